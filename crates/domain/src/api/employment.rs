//! OPT employment as SEVIS holds it, and who may change what: STEM OPT students cannot add
//! an employer or change a start date themselves (the DSO reviews Form I-983 first).

use serde::{Deserialize, Serialize};

use super::{required_text, student::OptKind};
use crate::{
    FieldErrors, Lang,
    calculators::EmploymentPeriod,
    calendar::{Date, DateInput, DateLabel, DateRule, Timestamp},
    identifiers::{AddressInput, Ein, EmailAddress, PhoneNumber, UsAddress},
    words,
};

pub const MAX_EMPLOYER_NAME: usize = 121;
pub const MAX_JOB_TITLE: usize = 64;
pub const MAX_RELATION_TO_STUDY: usize = 1000;

pub const START_DATE: DateLabel = DateLabel::new("validation-date-label-start");
pub const END_DATE: DateLabel = DateLabel::new("validation-date-label-end");

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hours {
    FullTime,
    PartTime,
}

impl Hours {
    pub fn from_id(id: &str) -> Option<Hours> {
        match id {
            "full_time" => Some(Hours::FullTime),
            "part_time" => Some(Hours::PartTime),
            _ => None,
        }
    }

    pub const fn id(self) -> &'static str {
        match self {
            Hours::FullTime => "full_time",
            Hours::PartTime => "part_time",
        }
    }
}

/// What a person typed in the employer form.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmploymentRequest {
    pub employer_name: String,
    pub address: AddressInput,
    #[serde(default)]
    pub ein: String,
    pub hours: String,
    pub start_date: DateInput,
    #[serde(default)]
    pub end_date: DateInput,
    pub job_title: String,
    pub supervisor_name: String,
    pub supervisor_phone: String,
    pub supervisor_email: String,
    pub relation_to_study: String,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Supervisor {
    pub name: String,
    pub phone: PhoneNumber,
    pub email: EmailAddress,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Employment {
    pub employer_name: String,
    pub address: UsAddress,
    pub ein: Option<Ein>,
    pub hours: Hours,
    pub start: Date,
    pub end: Option<Date>,
    pub job_title: String,
    pub supervisor: Supervisor,
    pub relation_to_study: String,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportedBy {
    Student,
    SchoolOfficial,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmploymentRecord {
    pub id: String,
    pub employment: Employment,
    pub reported_by: ReportedBy,
    pub updated_at: Timestamp,
}

impl EmploymentRecord {
    pub fn period(&self) -> EmploymentPeriod {
        EmploymentPeriod {
            start: self.employment.start,
            end: self.employment.end,
            // SEVIS records full or part time, not the hours: a reported job is taken to be
            // OPT employment (20 hours a week or more).
            part_time_under_20_hours: false,
        }
    }
}

impl EmploymentRequest {
    pub fn validate(&self, lang: Lang, today: Date) -> Result<Employment, FieldErrors> {
        let l = lang;
        let mut errors = FieldErrors::new();
        let employer_name = required_text(
            &mut errors,
            "employer_name",
            &self.employer_name,
            MAX_EMPLOYER_NAME,
            words::text(l, "validation-employer-name-missing"),
            words::text(l, "validation-employer-name-too-long"),
        );
        let address = match self.address.parse(lang) {
            Ok(address) => Some(address),
            Err(address_errors) => {
                errors.merge_prefixed("address", address_errors);
                None
            }
        };
        let ein = if self.ein.trim().is_empty() {
            Some(None)
        } else {
            errors
                .check("ein", Ein::parse(&self.ein), |e| e.message(lang).into())
                .map(Some)
        };
        let hours = Hours::from_id(self.hours.trim());
        if hours.is_none() {
            errors.add("hours", words::text(l, "validation-hours-missing"));
        }
        let start = errors.check(
            "start_date",
            self.start_date.parse(&[DateRule::WithinYears(10)], today),
            |e| e.message(START_DATE, lang),
        );
        let end = match (self.end_date.is_empty(), start) {
            (true, _) => Some(None),
            (false, Some(start)) => errors
                .check(
                    "end_date",
                    self.end_date
                        .parse(&[DateRule::OnOrAfter(start, START_DATE)], today),
                    |e| e.message(END_DATE, lang),
                )
                .map(Some),
            (false, None) => errors
                .check("end_date", self.end_date.parse(&[], today), |e| {
                    e.message(END_DATE, lang)
                })
                .map(Some),
        };
        let job_title = required_text(
            &mut errors,
            "job_title",
            &self.job_title,
            MAX_JOB_TITLE,
            words::text(l, "validation-job-title-missing"),
            words::text(l, "validation-job-title-too-long"),
        );
        let supervisor_name = required_text(
            &mut errors,
            "supervisor_name",
            &self.supervisor_name,
            MAX_EMPLOYER_NAME,
            words::text(l, "validation-supervisor-name-missing"),
            words::text(l, "validation-supervisor-name-too-long"),
        );
        let supervisor_phone = errors.check(
            "supervisor_phone",
            PhoneNumber::parse(&self.supervisor_phone),
            |e| e.message(lang).into(),
        );
        let supervisor_email = errors.check(
            "supervisor_email",
            EmailAddress::parse(&self.supervisor_email),
            |e| e.message(lang).into(),
        );
        let relation_to_study = required_text(
            &mut errors,
            "relation_to_study",
            &self.relation_to_study,
            MAX_RELATION_TO_STUDY,
            words::text(l, "validation-relation-to-study-missing"),
            words::text(l, "validation-relation-to-study-too-long"),
        );
        match (
            employer_name,
            address,
            ein,
            hours,
            start,
            end,
            job_title,
            supervisor_name,
            supervisor_phone,
            supervisor_email,
            relation_to_study,
        ) {
            (
                Some(employer_name),
                Some(address),
                Some(ein),
                Some(hours),
                Some(start),
                Some(end),
                Some(job_title),
                Some(name),
                Some(phone),
                Some(email),
                Some(relation_to_study),
            ) if errors.is_empty() => Ok(Employment {
                employer_name,
                address,
                ein,
                hours,
                start,
                end,
                job_title,
                supervisor: Supervisor { name, phone, email },
                relation_to_study,
            }),
            _ => Err(errors),
        }
    }
}

impl Employment {
    /// Back to form fields, to edit a stored job.
    pub fn to_request(&self) -> EmploymentRequest {
        EmploymentRequest {
            employer_name: self.employer_name.clone(),
            address: self.address.to_input(),
            ein: self.ein.as_ref().map(Ein::display).unwrap_or_default(),
            hours: self.hours.id().to_owned(),
            start_date: DateInput::from_date(self.start),
            end_date: self.end.map(DateInput::from_date).unwrap_or_default(),
            job_title: self.job_title.clone(),
            supervisor_name: self.supervisor.name.clone(),
            supervisor_phone: self.supervisor.phone.display(),
            supervisor_email: self.supervisor.email.as_str().to_owned(),
            relation_to_study: self.relation_to_study.clone(),
        }
    }
}

/// The last day of a job.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndEmploymentRequest {
    pub end_date: DateInput,
}

impl EndEmploymentRequest {
    pub fn validate(&self, start: Date, lang: Lang, today: Date) -> Result<Date, FieldErrors> {
        let mut errors = FieldErrors::new();
        let end = errors.check(
            "end_date",
            self.end_date
                .parse(&[DateRule::OnOrAfter(start, START_DATE)], today),
            |e| e.message(END_DATE, lang),
        );
        errors.into_result(|| end.expect("no errors means a date"))
    }
}

/// A change a student asks to make to their own employment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmploymentChange {
    Add,
    Edit { start_date_changed: bool },
    End,
}

/// Why a student may not make a change themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeRefused {
    /// STEM OPT: a new employer or a new start date goes through the DSO (Form I-983).
    StemNeedsDso,
}

impl ChangeRefused {
    pub const fn message_id(self) -> &'static str {
        match self {
            ChangeRefused::StemNeedsDso => "validation-stem-needs-dso",
        }
    }

    pub fn message(self, lang: Lang) -> &'static str {
        words::text(lang, self.message_id())
    }
}

/// The one definition of what a student may change in their own employment (the DSO may
/// change anything).
pub fn student_may_change(kind: OptKind, change: EmploymentChange) -> Result<(), ChangeRefused> {
    match (kind, change) {
        (
            OptKind::Stem,
            EmploymentChange::Add
            | EmploymentChange::Edit {
                start_date_changed: true,
            },
        ) => Err(ChangeRefused::StemNeedsDso),
        _ => Ok(()),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::calendar::date;

    const TODAY: Date = date(2026, 11, 28);

    pub fn filled() -> EmploymentRequest {
        EmploymentRequest {
            employer_name: "Acme Robotics".into(),
            address: AddressInput {
                line1: "200 Market St".into(),
                line2: String::new(),
                city: "San Francisco".into(),
                state: "CA".into(),
                zip: "94105".into(),
            },
            ein: "12-3456789".into(),
            hours: "full_time".into(),
            start_date: DateInput::new("1", "7", "2026"),
            end_date: DateInput::default(),
            job_title: "Software engineer".into(),
            supervisor_name: "Dana Lee".into(),
            supervisor_phone: "415 555 0100".into(),
            supervisor_email: "dana@acme.example".into(),
            relation_to_study:
                "Builds robot control software, as studied in the MS in Computer Science.".into(),
        }
    }

    #[test]
    fn a_complete_job_round_trips() {
        let job = filled().validate(Lang::En, TODAY).unwrap();
        assert_eq!(job.start, date(2026, 7, 1));
        assert_eq!(job.end, None);
        assert_eq!(job.to_request().validate(Lang::En, TODAY).unwrap(), job);
    }

    #[test]
    fn every_field_reports_its_own_error() {
        let errors = EmploymentRequest::default()
            .validate(Lang::En, TODAY)
            .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            [
                "employer_name",
                "address.line1",
                "address.city",
                "address.state",
                "address.zip",
                "hours",
                "start_date",
                "job_title",
                "supervisor_name",
                "supervisor_phone",
                "supervisor_email",
                "relation_to_study",
            ]
        );
        assert_eq!(
            errors.first_message("start_date"),
            Some("Enter the start date")
        );
    }

    #[test]
    fn end_date_cannot_be_before_start_date() {
        let mut request = filled();
        request.end_date = DateInput::new("30", "6", "2026");
        let errors = request.validate(Lang::Es, TODAY).unwrap_err();
        assert_eq!(
            errors.first_message("end_date"),
            Some(
                "La fecha de finalización debe ser igual o posterior a la fecha de inicio (07/01/2026)"
            )
        );
        let end = EndEmploymentRequest {
            end_date: DateInput::new("1", "7", "2026"),
        };
        assert_eq!(
            end.validate(date(2026, 7, 1), Lang::En, TODAY),
            Ok(date(2026, 7, 1))
        );
    }

    #[test]
    fn limits_of_sevis_fields() {
        let mut request = filled();
        request.employer_name = "x".repeat(122);
        request.job_title = "y".repeat(65);
        request.relation_to_study = "z".repeat(1001);
        let errors = request.validate(Lang::En, TODAY).unwrap_err();
        assert_eq!(errors.len(), 3);
    }

    #[test]
    fn stem_students_need_the_dso_for_new_employers_and_start_dates() {
        use EmploymentChange::*;
        assert_eq!(
            student_may_change(OptKind::Stem, Add),
            Err(ChangeRefused::StemNeedsDso)
        );
        assert_eq!(
            student_may_change(
                OptKind::Stem,
                Edit {
                    start_date_changed: true
                }
            ),
            Err(ChangeRefused::StemNeedsDso)
        );
        assert_eq!(
            student_may_change(
                OptKind::Stem,
                Edit {
                    start_date_changed: false
                }
            ),
            Ok(())
        );
        assert_eq!(student_may_change(OptKind::Stem, End), Ok(()));
        assert_eq!(student_may_change(OptKind::PostCompletion, Add), Ok(()));
        assert_eq!(
            student_may_change(
                OptKind::M1,
                Edit {
                    start_date_changed: true
                }
            ),
            Ok(())
        );
    }
}
