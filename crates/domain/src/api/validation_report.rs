//! The STEM OPT validation report a student sends every six months (8 CFR
//! 214.2(f)(12)(ii)(B)): they confirm their employer, their address and whether they are
//! employed; the DSO brings it into SEVIS.

use serde::{Deserialize, Serialize};

use crate::{FieldErrors, Lang, words};

/// What the student answered, as typed: `yes`/`no`, and `employed`/`not_employed`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidationReportRequest {
    /// `yes` when the employer on the record is still the student's employer.
    pub employer_same: String,
    /// `yes` when the address on the record is still the student's address.
    pub address_same: String,
    /// `employed` or `not_employed`.
    pub employment_status: String,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidationReport {
    pub employer_same: bool,
    pub address_same: bool,
    pub employed: bool,
}

fn yes_no(answer: &str) -> Option<bool> {
    match answer.trim() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

impl ValidationReportRequest {
    pub fn validate(&self, lang: Lang) -> Result<ValidationReport, FieldErrors> {
        let mut errors = FieldErrors::new();
        let employer_same = yes_no(&self.employer_same);
        if employer_same.is_none() {
            errors.add(
                "employer_same",
                words::text(lang, "validation-report-employer-missing"),
            );
        }
        let address_same = yes_no(&self.address_same);
        if address_same.is_none() {
            errors.add(
                "address_same",
                words::text(lang, "validation-report-address-missing"),
            );
        }
        let employed = match self.employment_status.trim() {
            "employed" => Some(true),
            "not_employed" => Some(false),
            _ => {
                errors.add(
                    "employment_status",
                    words::text(lang, "validation-report-status-missing"),
                );
                None
            }
        };
        match (employer_same, address_same, employed) {
            (Some(employer_same), Some(address_same), Some(employed)) => Ok(ValidationReport {
                employer_same,
                address_same,
                employed,
            }),
            _ => Err(errors),
        }
    }
}

impl ValidationReport {
    /// The answers as the DSO's list of changes shows them: one line each, keyed like the
    /// request's fields.
    pub fn as_record(&self) -> serde_json::Value {
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        serde_json::json!({
            "employer_same": yes_no(self.employer_same),
            "address_same": yes_no(self.address_same),
            "employment_status": if self.employed { "employed" } else { "not_employed" },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_needs_an_answer() {
        let errors = ValidationReportRequest::default()
            .validate(Lang::En)
            .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            ["employer_same", "address_same", "employment_status"]
        );
        let report = ValidationReportRequest {
            employer_same: "yes".into(),
            address_same: "no".into(),
            employment_status: "employed".into(),
        }
        .validate(Lang::En)
        .unwrap();
        assert_eq!(
            report,
            ValidationReport {
                employer_same: true,
                address_same: false,
                employed: true
            }
        );
    }
}
