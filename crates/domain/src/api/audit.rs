//! The audit trail officers read: who did what, when, and how it ended.

use serde::{Deserialize, Serialize};

use super::{field_change::FieldChange, session::AccountRole};
use crate::{
    FieldErrors, Lang,
    calendar::{Date, DateLabel, Timestamp},
    reference_number::ReferenceNumber,
    words,
};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    SignIn,
    SignOut,
    ActivateAccount,
    UpdateContact,
    AddEmployment,
    EditEmployment,
    EndEmployment,
    ResendInvitation,
    UnlockPortalAccount,
    ChangePortalEmail,
    DownloadChangesReport,
    /// A school official opened a student's record (personal data read).
    ViewStudentRecord,
    /// An officer read the audit trail.
    ViewAuditTrail,
    MarkItemDone,
    /// A school official undid "mark as done".
    ReopenItem,
    SubmitValidationReport,
    ChangeAddress,
    BookCheckIn,
    RescheduleCheckIn,
    CancelCheckIn,
}

impl AuditAction {
    pub const ALL: [AuditAction; 20] = [
        AuditAction::SignIn,
        AuditAction::SignOut,
        AuditAction::ActivateAccount,
        AuditAction::UpdateContact,
        AuditAction::AddEmployment,
        AuditAction::EditEmployment,
        AuditAction::EndEmployment,
        AuditAction::ResendInvitation,
        AuditAction::UnlockPortalAccount,
        AuditAction::ChangePortalEmail,
        AuditAction::DownloadChangesReport,
        AuditAction::ViewStudentRecord,
        AuditAction::ViewAuditTrail,
        AuditAction::MarkItemDone,
        AuditAction::ReopenItem,
        AuditAction::SubmitValidationReport,
        AuditAction::ChangeAddress,
        AuditAction::BookCheckIn,
        AuditAction::RescheduleCheckIn,
        AuditAction::CancelCheckIn,
    ];

    pub fn id(self) -> &'static str {
        use AuditAction::*;
        match self {
            SignIn => "sign_in",
            SignOut => "sign_out",
            ActivateAccount => "activate_account",
            UpdateContact => "update_contact",
            AddEmployment => "add_employment",
            EditEmployment => "edit_employment",
            EndEmployment => "end_employment",
            ResendInvitation => "resend_invitation",
            UnlockPortalAccount => "unlock_portal_account",
            ChangePortalEmail => "change_portal_email",
            DownloadChangesReport => "download_changes_report",
            ViewStudentRecord => "view_student_record",
            ViewAuditTrail => "view_audit_trail",
            MarkItemDone => "mark_item_done",
            ReopenItem => "reopen_item",
            SubmitValidationReport => "submit_validation_report",
            ChangeAddress => "change_address",
            BookCheckIn => "book_check_in",
            RescheduleCheckIn => "reschedule_check_in",
            CancelCheckIn => "cancel_check_in",
        }
    }

    pub fn from_id(id: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.id() == id)
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditOutcome {
    Success,
    /// Wrong credentials, invalid input, a rule refused.
    Failure,
    /// Not allowed for this account.
    Denied,
}

impl AuditOutcome {
    pub fn id(self) -> &'static str {
        match self {
            AuditOutcome::Success => "success",
            AuditOutcome::Failure => "failure",
            AuditOutcome::Denied => "denied",
        }
    }

    pub fn from_id(id: &str) -> Option<AuditOutcome> {
        [
            AuditOutcome::Success,
            AuditOutcome::Failure,
            AuditOutcome::Denied,
        ]
        .into_iter()
        .find(|o| o.id() == id)
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub sequence: i64,
    pub at: Timestamp,
    /// Who: an account's display name, or a masked identifier for failed sign-ins.
    pub actor: String,
    pub actor_role: Option<AccountRole>,
    pub action: AuditAction,
    /// What it was done to when that is not a person's record ("another school's record"),
    /// and whom it was about in entries written before `subject` was recorded.
    pub target: Option<String>,
    /// Whom it was about: the person the record belongs to (a student, a person under
    /// supervision), by name and a masked identifier (`Ana Lopez (N•••••0633)`).
    pub subject: Option<String>,
    /// The reference the write was stored under (a change, an appointment).
    pub reference: Option<ReferenceNumber>,
    /// What the write changed, field by field (old and new values); empty for an action
    /// that changes no record (a sign-in) and for entries written before this was kept.
    #[serde(default)]
    pub changes: Vec<FieldChange>,
    pub outcome: AuditOutcome,
}

impl AuditEntry {
    /// Whom or what the entry is about, as the log shows it.
    pub fn about(&self) -> Option<&str> {
        self.subject.as_deref().or(self.target.as_deref())
    }
}

/// Filters for the audit log; every field optional.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditQuery {
    pub actor: Option<String>,
    pub action: Option<AuditAction>,
    pub outcome: Option<AuditOutcome>,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub page: Option<u32>,
}

/// The filter's boxes for the first and the last day, as messages name them.
pub const FILTER_FROM: DateLabel = DateLabel::new("validation-date-label-audit-from");
pub const FILTER_TO: DateLabel = DateLabel::new("validation-date-label-audit-to");

/// The days an officer typed to filter the log (`from`, `to`): each empty or `YYYY-MM-DD`,
/// as the server reads them. The page checks them before asking the server (which refuses
/// other text), and says in words which box is wrong, with `today` as the example.
pub fn filter_period(
    from: &str,
    to: &str,
    lang: Lang,
    today: Date,
) -> Result<(Option<Date>, Option<Date>), FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut day = |field: &str, typed: &str, label: DateLabel| {
        let typed = typed.trim();
        let date = Date::parse_iso(typed);
        if date.is_none() && !typed.is_empty() {
            let args = [
                ("label", label.text(lang).into()),
                ("example", today.to_iso().into()),
            ];
            errors.add(field, words::format(lang, "validation-date-iso", &args));
        }
        date
    };
    let period = (day("from", from, FILTER_FROM), day("to", to, FILTER_TO));
    errors.into_result(|| period)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    #[test]
    fn an_entry_is_about_its_subject_or_what_older_entries_named() {
        let mut entry = AuditEntry {
            sequence: 1,
            at: Timestamp::from_unix_seconds(0),
            actor: "Morgan Patel".into(),
            actor_role: None,
            action: AuditAction::UpdateContact,
            target: Some("Ana Lopez (N•••••0633)".into()),
            subject: None,
            reference: None,
            changes: Vec::new(),
            outcome: AuditOutcome::Success,
        };
        assert_eq!(entry.about(), Some("Ana Lopez (N•••••0633)"));
        entry.subject = Some("Wei Zhang (N•••••1234)".into());
        assert_eq!(entry.about(), Some("Wei Zhang (N•••••1234)"));
    }

    #[test]
    fn filter_days_are_empty_or_year_month_day() {
        let today = date(2026, 11, 29);
        assert_eq!(filter_period(" ", "", Lang::En, today), Ok((None, None)));
        assert_eq!(
            filter_period("2026-11-01", "2026-11-29", Lang::En, today),
            Ok((Some(date(2026, 11, 1)), Some(today)))
        );
        let errors = filter_period("29/11/2026", "2026-13-01", Lang::En, today).unwrap_err();
        assert_eq!(
            errors.first_message("from"),
            Some(
                "Enter the “From” date as year, month and day with dashes, for example 2026-11-29"
            )
        );
        assert!(errors.first_message("to").is_some());
        let errors = filter_period("", "ayer", Lang::Es, today).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors.first_message("to"),
            Some(
                "Escriba la fecha “Hasta” como año, mes y día separados por guiones, por ejemplo 2026-11-29"
            )
        );
    }

    #[test]
    fn ids_round_trip() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::from_id(action.id()), Some(action));
            let json = serde_json::to_string(&action).unwrap();
            assert_eq!(json, ["\"", action.id(), "\""].concat());
        }
    }
}
