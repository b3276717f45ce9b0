//! The forms that change a student's record, as school officials and students both use
//! them: address and phone, an employer, the end of a job. A student on a phone gets a
//! few questions per page; an official at a desk gets the whole form on one page.

use navigator_domain::{
    Lang,
    api::{
        contact::ContactRequest,
        employment::{EmploymentRequest, EndEmploymentRequest, Hours},
    },
    calendar::Date,
    form_draft::Draft,
    identifiers::UsState,
};

use super::{
    device_store::NextStep,
    form::{Field, FormSpec, Step},
    labels,
};
use crate::text::portal_text;

/// Who fills the form: the person whose record it is (their own details, a phone) or a
/// school official (someone else's details, a desk).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Filler {
    Student,
    Official,
}

impl Filler {
    /// `autocomplete` only for a person's own details (WCAG 1.3.5): on an official's
    /// screen the browser would offer the official's own address.
    fn own(self, token: &'static str) -> Option<&'static str> {
        (self == Filler::Student).then_some(token)
    }

    fn next(self, lang: Lang) -> Vec<NextStep> {
        let t = portal_text(lang);
        vec![NextStep {
            text: match self {
                Filler::Student => t.student_next(),
                Filler::Official => t.dso_next_sevis(),
            }
            .to_owned(),
            link: None,
        }]
    }
}

/// Where the form lives and what it changes.
pub struct RecordForm {
    pub id: String,
    /// The API call that saves it: its endpoint's method, and path with the ids filled in.
    pub api: (&'static str, String),
    pub back: String,
    pub initial: Draft,
    pub filler: Filler,
}

impl RecordForm {
    /// What every record form ends with: its button, its confirmation, where it starts
    /// from and goes back to, and what happens next for whoever filled it.
    fn finish(self, mut spec: FormSpec, submit: &'static str, sent: &'static str) -> FormSpec {
        let filler = self.filler;
        spec.submit = submit;
        spec.sent_title = sent;
        spec.initial = self.initial;
        spec.back = self.back;
        spec.next = std::sync::Arc::new(move |_, lang| filler.next(lang));
        spec
    }
}

fn address_fields(filler: Filler, lang: Lang) -> Vec<Field> {
    let t = portal_text(lang);
    vec![
        Field::text("address.line1", t.address_line1()).text_options(
            filler.own("address-line1"),
            None,
            None,
            false,
            None,
        ),
        Field::text("address.line2", t.address_line2())
            .optional()
            .text_options(filler.own("address-line2"), None, None, false, None),
        Field::text("address.city", t.city()).text_options(
            filler.own("address-level2"),
            None,
            Some("input--width-20"),
            false,
            None,
        ),
        Field::text("address.state", t.state())
            .hint(t.state_hint())
            .shown_as(UsState::as_typed)
            .text_options(
                filler.own("address-level1"),
                None,
                Some("input--width-3"),
                true,
                None,
            ),
        Field::text("address.zip", t.zip()).text_options(
            filler.own("postal-code"),
            Some("numeric"),
            Some("input--width-10"),
            true,
            None,
        ),
    ]
}

/// A person's own new address (the browser may fill it in).
pub fn address_fields_for_person(lang: Lang) -> Vec<Field> {
    address_fields(Filler::Student, lang)
}

fn phone_field(
    key: &'static str,
    label: &'static str,
    autocomplete: Option<&'static str>,
    lang: Lang,
) -> Field {
    Field::text(key, label)
        .hint(portal_text(lang).phone_hint())
        .text_options(
            autocomplete,
            Some("tel"),
            Some("input--width-20"),
            true,
            Some("tel"),
        )
}

pub fn contact_form(form: RecordForm, lang: Lang) -> FormSpec {
    let t = portal_text(lang);
    let filler = form.filler;
    let mut spec = FormSpec::new::<ContactRequest, _>(
        form.id.clone(),
        t.contact_form_title(),
        form.api.clone(),
        |request, lang, _| request.validate(lang),
    );
    let address = address_fields(filler, lang);
    let phone = phone_field("phone", t.phone(), filler.own("tel"), lang);
    spec.steps = match filler {
        Filler::Official => vec![Step {
            slug: "",
            heading: t.contact_form_title(),
            fields: address.into_iter().chain([phone]).collect(),
        }],
        Filler::Student => vec![
            Step {
                slug: "",
                heading: t.address_heading(),
                fields: address,
            },
            Step {
                slug: "phone",
                heading: t.phone_heading(),
                fields: vec![phone],
            },
        ],
    };
    form.finish(spec, t.contact_submit(), t.contact_sent())
}

/// Adds an employer, or edits one (`editing`).
pub fn employment_form(form: RecordForm, editing: bool, lang: Lang) -> FormSpec {
    let t = portal_text(lang);
    let filler = form.filler;
    let (title, submit, sent) = if editing {
        (
            t.edit_employment_title(),
            t.edit_employment_submit(),
            t.edit_employment_sent(),
        )
    } else {
        (
            t.add_employment_title(),
            t.add_employment_submit(),
            t.add_employment_sent(),
        )
    };
    let mut spec = FormSpec::new::<EmploymentRequest, _>(
        form.id.clone(),
        title,
        form.api.clone(),
        |request, lang, today| request.validate(lang, today),
    );
    let hours = Field::choice(
        "hours",
        t.hours(),
        [Hours::FullTime, Hours::PartTime]
            .map(|h| (h.id().to_owned(), labels::hours(h, lang).to_owned()))
            .to_vec(),
    );
    let employer: Vec<Field> =
        [Field::text("employer_name", t.employer_name())
            .text_options(None, None, None, true, None)]
        .into_iter()
        .chain(
            address_fields(Filler::Official, lang)
                .into_iter()
                .map(|f| Field {
                    label: match f.key {
                        "address.line1" => t.employer_address(),
                        _ => f.label,
                    },
                    ..f
                }),
        )
        .chain([Field::text("ein", t.ein())
            .hint(t.ein_hint())
            .optional()
            .text_options(None, Some("numeric"), Some("input--width-10"), true, None)])
        .collect();
    let job = vec![
        Field::text("job_title", t.job_title()),
        hours,
        Field::date("start_date", t.start_date()),
        Field::date("end_date", t.end_date())
            .hint(t.end_date_hint())
            .optional(),
        Field::long_text("relation_to_study", t.relation_to_study()).hint(t.relation_hint()),
    ];
    let supervisor = vec![
        Field::text("supervisor_name", t.supervisor_name())
            .text_options(None, None, None, true, None),
        phone_field("supervisor_phone", t.supervisor_phone(), None, lang),
        Field::text("supervisor_email", t.supervisor_email()).text_options(
            None,
            None,
            None,
            true,
            Some("email"),
        ),
    ];
    spec.steps = match filler {
        Filler::Official => vec![Step {
            slug: "",
            heading: title,
            fields: employer.into_iter().chain(job).chain(supervisor).collect(),
        }],
        Filler::Student => vec![
            Step {
                slug: "",
                heading: t.employer_heading(),
                fields: employer,
            },
            Step {
                slug: "job",
                heading: t.job_heading(),
                fields: job,
            },
            Step {
                slug: "supervisor",
                heading: t.supervisor_heading(),
                fields: supervisor,
            },
        ],
    };
    form.finish(spec, submit, sent)
}

/// Records the last day of a job that started on `start`.
pub fn end_employment_form(form: RecordForm, start: Date, lang: Lang) -> FormSpec {
    let t = portal_text(lang);
    let mut spec = FormSpec::new::<EndEmploymentRequest, _>(
        form.id.clone(),
        t.end_employment_title(),
        form.api.clone(),
        move |request, lang, today| request.validate(start, lang, today),
    );
    spec.steps = vec![Step {
        slug: "",
        heading: t.end_heading(),
        fields: vec![Field::date("end_date", t.end_date())],
    }];
    form.finish(spec, t.end_employment_submit(), t.end_employment_sent())
}

#[cfg(test)]
mod tests {
    use navigator_domain::{Lang, form_draft::Draft, words};

    use super::{Filler, address_fields};
    use crate::text::portal_text;

    /// "ma" is Massachusetts: the check page and the confirmation show it as the server
    /// stores it, "MA".
    #[test]
    fn a_state_shows_as_its_code_however_it_was_typed() {
        let state = address_fields(Filler::Student, Lang::En)
            .into_iter()
            .find(|f| f.key == "address.state")
            .unwrap();
        let mut draft = Draft::new();
        for (typed, shown) in [("ma", "MA"), (" new jersey ", "NJ"), ("zz", "zz")] {
            draft.set("address.state", typed);
            assert_eq!(state.display(&draft, Lang::En), shown, "{typed:?}");
        }
    }

    /// The hint and the error name one example phone number.
    #[test]
    fn the_phone_hint_and_its_error_give_the_same_example() {
        for lang in Lang::ALL {
            let hint = portal_text(lang).phone_hint();
            let error = words::text(lang, "validation-phone-format");
            let example: String = hint.rsplit(' ').take(3).collect::<Vec<_>>().join(" ");
            let example_in_error: String = error.rsplit(' ').take(3).collect::<Vec<_>>().join(" ");
            assert_eq!(
                example,
                example_in_error,
                "{}: {hint} / {error}",
                lang.tag()
            );
        }
    }

    /// A change a student makes in the SEVP Portal reaches SEVIS at once; the DSO's 21 days
    /// are for changes reported to the school (shared/domain.md §1 and §7).
    #[test]
    fn a_students_own_change_does_not_wait_for_the_dso() {
        for lang in Lang::ALL {
            let student = &Filler::Student.next(lang)[0].text;
            assert!(!student.contains("21"), "{}: {student}", lang.tag());
            let official = &Filler::Official.next(lang)[0].text;
            assert!(official.contains("21"), "{}: {official}", lang.tag());
        }
    }
}
