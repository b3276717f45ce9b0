//! The audit trail officers read: who did what, when, and how it ended.

use serde::{Deserialize, Serialize};

use super::session::AccountRole;
use crate::calendar::{Date, Timestamp};

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
    /// What it was done to (a student's name, an appointment reference), never a full
    /// identifier.
    pub target: Option<String>,
    pub outcome: AuditOutcome,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::from_id(action.id()), Some(action));
            let json = serde_json::to_string(&action).unwrap();
            assert_eq!(json, ["\"", action.id(), "\""].concat());
        }
    }
}
