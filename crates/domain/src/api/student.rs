//! A student on OPT: their authorization, Portal account and record.

use serde::{Deserialize, Serialize};

use super::{contact::Contact, employment::EmploymentRecord, school::Official};
use crate::{
    Lang,
    calculators::{UnemploymentDays, UnemploymentError, UnemploymentLimit, unemployment_days},
    calendar::{Date, Timestamp},
    identifiers::{EmailAddress, SevisId},
    words,
};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OptKind {
    /// F-1 post-completion OPT.
    PostCompletion,
    /// The 24-month STEM OPT extension.
    Stem,
    /// M-1 practical training.
    M1,
}

impl OptKind {
    /// The days of unemployment allowed: an F-1 OPT rule (8 CFR 214.2(f)(10)(ii)(E)). M-1
    /// practical training has no such allowance, so `None`: the student asks their DSO.
    pub const fn unemployment_limit(self) -> Option<UnemploymentLimit> {
        match self {
            OptKind::Stem => Some(UnemploymentLimit::WithStemExtension),
            OptKind::PostCompletion => Some(UnemploymentLimit::PostCompletionOpt),
            OptKind::M1 => None,
        }
    }

    /// What to show instead of a count of unemployment days when there is no allowance
    /// (M-1 practical training: ask the DSO); `None` for F-1 OPT.
    pub fn no_unemployment_allowance(self, lang: Lang) -> Option<&'static str> {
        self.unemployment_limit()
            .is_none()
            .then(|| words::text(lang, "validation-m1-no-unemployment-allowance"))
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptAuthorization {
    pub kind: OptKind,
    /// Start and end of the current EAD.
    pub ead_start: Date,
    pub ead_end: Date,
    /// For STEM: the start of the first, post-completion EAD — unemployment counts from
    /// there (150 days in all).
    pub first_ead_start: Option<Date>,
}

impl OptAuthorization {
    /// The day unemployment counting starts.
    pub fn counting_from(&self) -> Date {
        self.first_ead_start.unwrap_or(self.ead_start)
    }

    /// The days of unemployment used and left; `None` for M-1 practical training, which
    /// has no unemployment allowance (its students are sent to their DSO).
    pub fn unemployment(
        &self,
        employment: &[EmploymentRecord],
        today: Date,
    ) -> Option<Result<UnemploymentDays, UnemploymentError>> {
        let limit = self.kind.unemployment_limit()?;
        let periods: Vec<_> = employment.iter().map(EmploymentRecord::period).collect();
        Some(unemployment_days(
            self.counting_from(),
            &periods,
            limit,
            today,
        ))
    }

    /// When SEVP Portal access ends: six months after the OPT end date.
    pub fn portal_closes(&self) -> Date {
        self.ead_end.add_months(6)
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PortalState {
    /// No invitation sent yet (OPT not started).
    NotInvited,
    /// Invitation sent; the link works until `invitation_expires`.
    Invited,
    /// The invitation link expired: the DSO can send it again.
    InvitationExpired,
    Active,
    /// Locked after too many failed sign-ins: until the 15-minute window ends, or until a
    /// DSO unlocks it.
    Locked,
    /// Six months after the OPT end date.
    Closed,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortalAccount {
    pub state: PortalState,
    pub email: EmailAddress,
    pub invitation_expires: Option<Timestamp>,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudentProfile {
    pub id: String,
    pub sevis_id: SevisId,
    pub first_name: String,
    pub last_name: String,
    pub school_name: String,
    pub opt: OptAuthorization,
    pub contact: Option<Contact>,
    pub portal: PortalAccount,
    pub employment: Vec<EmploymentRecord>,
    /// The school's officials (principal first): whom to contact, with e-mail and phone.
    pub school_officials: Vec<Official>,
}

/// The answer to a change of a student's record: a reference for the person's records and
/// the record as it now stands.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordReceipt {
    pub reference: crate::reference_number::ReferenceNumber,
    pub recorded_at: Timestamp,
    pub profile: StudentProfile,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    #[test]
    fn m1_students_have_no_unemployment_allowance() {
        // The 90-day allowance is an F-1 OPT rule (8 CFR 214.2(f)(10)(ii)(E)): M-1 practical
        // training has none, so nothing is counted and the student is sent to the DSO.
        let opt = OptAuthorization {
            kind: OptKind::M1,
            ead_start: date(2026, 7, 1),
            ead_end: date(2026, 12, 31),
            first_ead_start: None,
        };
        assert_eq!(OptKind::M1.unemployment_limit(), None);
        assert!(opt.unemployment(&[], date(2026, 8, 1)).is_none());
        for lang in Lang::ALL {
            let message = OptKind::M1.no_unemployment_allowance(lang).unwrap();
            assert!(message.contains("DSO"), "{message}");
            assert_eq!(OptKind::Stem.no_unemployment_allowance(lang), None);
        }
        assert_eq!(
            OptKind::PostCompletion.unemployment_limit(),
            Some(UnemploymentLimit::PostCompletionOpt)
        );
    }

    #[test]
    fn stem_counts_from_the_first_ead_with_150_days() {
        let opt = OptAuthorization {
            kind: OptKind::Stem,
            ead_start: date(2026, 7, 1),
            ead_end: date(2028, 6, 30),
            first_ead_start: Some(date(2025, 7, 1)),
        };
        let days = opt.unemployment(&[], date(2025, 7, 10)).unwrap().unwrap();
        assert_eq!((days.used, days.allowed), (10, 150));
        assert_eq!(opt.portal_closes(), date(2028, 12, 30));
    }
}
