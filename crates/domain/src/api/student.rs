//! A student on OPT: their authorization, Portal account and record.

use serde::{Deserialize, Serialize};

use super::{contact::Contact, employment::EmploymentRecord};
use crate::{
    calculators::{UnemploymentDays, UnemploymentError, UnemploymentLimit, unemployment_days},
    calendar::{Date, Timestamp},
    identifiers::{EmailAddress, SevisId},
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
    pub const fn unemployment_limit(self) -> UnemploymentLimit {
        match self {
            OptKind::Stem => UnemploymentLimit::WithStemExtension,
            OptKind::PostCompletion | OptKind::M1 => UnemploymentLimit::PostCompletionOpt,
        }
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

    pub fn unemployment(
        &self,
        employment: &[EmploymentRecord],
        today: Date,
    ) -> Result<UnemploymentDays, UnemploymentError> {
        let periods: Vec<_> = employment.iter().map(EmploymentRecord::period).collect();
        unemployment_days(
            self.counting_from(),
            &periods,
            self.kind.unemployment_limit(),
            today,
        )
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
    /// Too many failed sign-ins: the DSO can unlock it.
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
    fn stem_counts_from_the_first_ead_with_150_days() {
        let opt = OptAuthorization {
            kind: OptKind::Stem,
            ead_start: date(2026, 7, 1),
            ead_end: date(2028, 6, 30),
            first_ead_start: Some(date(2025, 7, 1)),
        };
        let days = opt.unemployment(&[], date(2025, 7, 10)).unwrap();
        assert_eq!((days.used, days.allowed), (10, 150));
        assert_eq!(opt.portal_closes(), date(2028, 12, 30));
    }
}
