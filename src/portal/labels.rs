//! The words for the domain's categories, in the page's language.

use navigator_domain::{
    Lang,
    api::{
        audit::{AuditAction, AuditOutcome},
        dso::ChangeKind,
        employment::ReportedBy,
        student::{OptKind, PortalState},
        supervision::AppointmentStatus,
    },
};

use crate::text::portal_text;

pub fn opt_kind(kind: OptKind, lang: Lang) -> &'static str {
    let words = portal_text(lang).opt_kinds;
    match kind {
        OptKind::PostCompletion => words[0],
        OptKind::Stem => words[1],
        OptKind::M1 => words[2],
    }
}

pub fn portal_state(state: PortalState, lang: Lang) -> &'static str {
    let words = portal_text(lang).portal_states;
    match state {
        PortalState::NotInvited => words[0],
        PortalState::Invited => words[1],
        PortalState::InvitationExpired => words[2],
        PortalState::Active => words[3],
        PortalState::Locked => words[4],
        PortalState::Closed => words[5],
    }
}

pub fn reported_by(by: ReportedBy, lang: Lang) -> &'static str {
    let words = portal_text(lang).reported_by;
    match by {
        ReportedBy::Student => words[0],
        ReportedBy::SchoolOfficial => words[1],
    }
}

pub fn change(kind: ChangeKind, lang: Lang) -> &'static str {
    let words = portal_text(lang).changes;
    match kind {
        ChangeKind::Contact => words[0],
        ChangeKind::EmploymentAdded => words[1],
        ChangeKind::EmploymentEdited => words[2],
        ChangeKind::EmploymentEnded => words[3],
    }
}

pub fn audit_action(action: AuditAction, lang: Lang) -> &'static str {
    let index = AuditAction::ALL
        .iter()
        .position(|a| *a == action)
        .unwrap_or_default();
    portal_text(lang).actions[index]
}

pub const OUTCOMES: [AuditOutcome; 3] = [
    AuditOutcome::Success,
    AuditOutcome::Failure,
    AuditOutcome::Denied,
];

pub fn audit_outcome(outcome: AuditOutcome, lang: Lang) -> &'static str {
    let index = OUTCOMES
        .iter()
        .position(|o| *o == outcome)
        .unwrap_or_default();
    portal_text(lang).outcomes[index]
}

pub fn appointment_status(status: AppointmentStatus, lang: Lang) -> &'static str {
    let words = portal_text(lang).appointment_states;
    match status {
        AppointmentStatus::Booked => words[0],
        AppointmentStatus::Cancelled => words[1],
    }
}
