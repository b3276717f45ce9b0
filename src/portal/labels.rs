//! The words for the domain's categories, in the page's language: each value has its own
//! message in `locales/<lang>/portal.ftl` (`portal-opt_kind-stem`), named by the value, so
//! no list has to stay in the order of an enum.

use navigator_domain::{
    Lang,
    api::{
        audit::{AuditAction, AuditOutcome},
        dso::ChangeKind,
        employment::{Hours, ReportedBy},
        session::AccountRole,
        student::{OptKind, PortalState},
        supervision::AppointmentStatus,
    },
    routing::CourtCase,
};

use crate::text::choice_label;

/// The message `portal-<kind>-<value>`.
fn label(lang: Lang, kind: &str, value: &str) -> &'static str {
    choice_label(lang, &["portal-", kind].concat(), value)
}

pub fn role(role: AccountRole, lang: Lang) -> &'static str {
    label(lang, "role", role.id())
}

pub fn opt_kind(kind: OptKind, lang: Lang) -> &'static str {
    let value = match kind {
        OptKind::PostCompletion => "post_completion",
        OptKind::Stem => "stem",
        OptKind::M1 => "m1",
    };
    label(lang, "opt_kind", value)
}

pub fn portal_state(state: PortalState, lang: Lang) -> &'static str {
    let value = match state {
        PortalState::NotInvited => "not_invited",
        PortalState::Invited => "invited",
        PortalState::InvitationExpired => "invitation_expired",
        PortalState::Active => "active",
        PortalState::Locked => "locked",
        PortalState::Closed => "closed",
    };
    label(lang, "portal_state", value)
}

pub fn reported_by(by: ReportedBy, lang: Lang) -> &'static str {
    let value = match by {
        ReportedBy::Student => "student",
        ReportedBy::SchoolOfficial => "school_official",
    };
    label(lang, "reported_by", value)
}

pub fn change(kind: ChangeKind, lang: Lang) -> &'static str {
    let value = match kind {
        ChangeKind::Contact => "contact",
        ChangeKind::EmploymentAdded => "employment_added",
        ChangeKind::EmploymentEdited => "employment_edited",
        ChangeKind::EmploymentEnded => "employment_ended",
        ChangeKind::ValidationReport => "validation_report",
    };
    label(lang, "change_kind", value)
}

/// The name of a record field a change touched (`address_zip`).
pub fn changed_field(field: &str, lang: Lang) -> &'static str {
    label(lang, "changed_field", field)
}

/// An answer of the STEM validation report: `yes`, `no`, `employed`, `not_employed`.
pub fn report_answer(answer: &str, lang: Lang) -> &'static str {
    label(lang, "report_answer", answer)
}

pub fn audit_action(action: AuditAction, lang: Lang) -> &'static str {
    label(lang, "audit_action", action.id())
}

pub const OUTCOMES: [AuditOutcome; 3] = [
    AuditOutcome::Success,
    AuditOutcome::Failure,
    AuditOutcome::Denied,
];

pub fn audit_outcome(outcome: AuditOutcome, lang: Lang) -> &'static str {
    label(lang, "audit_outcome", outcome.id())
}

pub fn appointment_status(status: AppointmentStatus, lang: Lang) -> &'static str {
    let value = match status {
        AppointmentStatus::Booked => "booked",
        AppointmentStatus::Cancelled => "cancelled",
    };
    label(lang, "appointment_status", value)
}

/// "Yes", "No", "I’m not sure" for "Do you have a case in immigration court?".
pub fn court_case(case: CourtCase, lang: Lang) -> &'static str {
    label(lang, "court_case", case.id())
}

pub fn hours(hours: Hours, lang: Lang) -> &'static str {
    label(lang, "hours_option", hours.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value has its words in every language (a missing message panics in tests).
    #[test]
    fn every_value_has_a_label_in_every_language() {
        use navigator_domain::api::{session::AccountRole::*, student::PortalState::*};
        for lang in Lang::ALL {
            let mut all = Vec::new();
            all.extend([SchoolOfficial, Student, Supervised, Officer].map(|r| role(r, lang)));
            all.extend(
                [OptKind::PostCompletion, OptKind::Stem, OptKind::M1].map(|k| opt_kind(k, lang)),
            );
            all.extend(
                [
                    NotInvited,
                    Invited,
                    InvitationExpired,
                    Active,
                    Locked,
                    Closed,
                ]
                .map(|s| portal_state(s, lang)),
            );
            all.extend(
                [ReportedBy::Student, ReportedBy::SchoolOfficial].map(|b| reported_by(b, lang)),
            );
            all.extend(
                [
                    ChangeKind::Contact,
                    ChangeKind::EmploymentAdded,
                    ChangeKind::EmploymentEdited,
                    ChangeKind::EmploymentEnded,
                    ChangeKind::ValidationReport,
                ]
                .map(|c| change(c, lang)),
            );
            all.extend(AuditAction::ALL.map(|a| audit_action(a, lang)));
            all.extend(OUTCOMES.map(|o| audit_outcome(o, lang)));
            all.extend(
                [AppointmentStatus::Booked, AppointmentStatus::Cancelled]
                    .map(|s| appointment_status(s, lang)),
            );
            all.extend(CourtCase::ALL.iter().map(|c| court_case(*c, lang)));
            all.extend([Hours::FullTime, Hours::PartTime].map(|h| hours(h, lang)));
            all.extend(["yes", "no", "employed", "not_employed"].map(|a| report_answer(a, lang)));
            assert!(all.iter().all(|w| !w.is_empty()), "{}", lang.tag());
        }
    }
}
