//! The school official's workspace: their students, Portal account actions and items due.

use serde::{Deserialize, Serialize};

use super::{
    field_change::FieldChange,
    student::{OptKind, PortalState},
};
use crate::{
    FieldErrors, Lang,
    calendar::{Date, Timestamp},
    identifiers::{EmailAddress, SevisId},
    reference_number::ReferenceNumber,
};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentSummary {
    pub id: String,
    pub sevis_id: SevisId,
    pub name: String,
    pub opt_kind: OptKind,
    pub ead_end: Date,
    pub portal: PortalState,
    /// Changes the student made that the DSO has not yet reviewed.
    pub open_items: u32,
}

/// The Portal email a DSO sets for a student.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalEmailRequest {
    pub email: String,
}

impl PortalEmailRequest {
    pub fn validate(&self, lang: Lang) -> Result<EmailAddress, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = errors.check("email", EmailAddress::parse(&self.email), |e| {
            e.message(lang).into()
        });
        errors.into_result(|| email.expect("no errors means an email"))
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Contact,
    EmploymentAdded,
    EmploymentEdited,
    EmploymentEnded,
    /// A STEM OPT validation report the student sent.
    ValidationReport,
}

/// Something a student changed that the DSO must bring into SEVIS within 21 days.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DueItem {
    pub id: String,
    pub student_id: String,
    pub student_name: String,
    pub change: ChangeKind,
    pub reference: ReferenceNumber,
    pub changed_at: Timestamp,
    /// Who made the change (the student's name as their account shows it).
    pub changed_by: String,
    /// Each field the change touched, before and after.
    pub changes: Vec<FieldChange>,
    /// 21 days after the change (calculators::DeadlineRule::DsoUpdatesSevis).
    pub due: Date,
    pub done: bool,
}

/// One row of "who has a Portal account".
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalAccountRow {
    pub student_id: String,
    pub name: String,
    pub sevis_id: SevisId,
    pub state: PortalState,
    pub email: EmailAddress,
}
