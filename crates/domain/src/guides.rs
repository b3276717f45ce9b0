//! The guides: one per ICE online service and one per place people are sent instead. Their
//! words live in `content/guides/<lang>/<slug>.md`; `cargo xtask content` fails the build
//! when a guide lacks a file in some language, or a file has no guide here.

use serde::{Deserialize, Serialize};

use crate::{calendar::Date, routing::Outcome};

/// A guide as listed on the guides page (`/content/<lang>/guides.json`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuideSummary {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// When the official links and facts were last checked.
    pub last_checked: Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Guide {
    WhatIsEservice,
    SevpPortal,
    IceCheckIn,
    IceChangeOfAddress,
    CeBonds,
    EBonds,
    DetaineeLocator,
    I901Fee,
    SevisForSchools,
    Uscis,
    StateDepartment,
    CbpI94,
    ImmigrationCourt,
    LegalHelp,
}

/// Where a guide sends people: to an ICE service, or somewhere else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuideGroup {
    Start,
    IceService,
    Elsewhere,
}

impl Guide {
    /// In the order of the guides page.
    pub const ALL: [Guide; 14] = [
        Guide::WhatIsEservice,
        Guide::SevpPortal,
        Guide::IceCheckIn,
        Guide::IceChangeOfAddress,
        Guide::CeBonds,
        Guide::EBonds,
        Guide::DetaineeLocator,
        Guide::I901Fee,
        Guide::SevisForSchools,
        Guide::Uscis,
        Guide::StateDepartment,
        Guide::CbpI94,
        Guide::ImmigrationCourt,
        Guide::LegalHelp,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            Guide::WhatIsEservice => "what-is-eservice",
            Guide::SevpPortal => "sevp-portal",
            Guide::IceCheckIn => "ice-check-in",
            Guide::IceChangeOfAddress => "ice-change-of-address",
            Guide::CeBonds => "cebonds",
            Guide::EBonds => "ebonds",
            Guide::DetaineeLocator => "detainee-locator",
            Guide::I901Fee => "i901-fee",
            Guide::SevisForSchools => "sevis-for-schools",
            Guide::Uscis => "uscis",
            Guide::StateDepartment => "state-department",
            Guide::CbpI94 => "cbp-i94",
            Guide::ImmigrationCourt => "immigration-court",
            Guide::LegalHelp => "legal-help",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Guide> {
        Guide::ALL.into_iter().find(|g| g.slug() == slug)
    }

    pub const fn group(self) -> GuideGroup {
        match self {
            Guide::WhatIsEservice => GuideGroup::Start,
            Guide::SevpPortal
            | Guide::IceCheckIn
            | Guide::IceChangeOfAddress
            | Guide::CeBonds
            | Guide::EBonds
            | Guide::DetaineeLocator
            | Guide::I901Fee
            | Guide::SevisForSchools => GuideGroup::IceService,
            Guide::Uscis
            | Guide::StateDepartment
            | Guide::CbpI94
            | Guide::ImmigrationCourt
            | Guide::LegalHelp => GuideGroup::Elsewhere,
        }
    }
}

impl Outcome {
    /// The guide that explains this outcome's destination in full.
    pub const fn guide(self) -> Guide {
        match self {
            Outcome::SevpPortal
            | Outcome::StudentDso
            | Outcome::StudentAddress
            | Outcome::StemNewEmployer
            | Outcome::OptUnemployment
            | Outcome::M1PracticalTraining
            | Outcome::GracePeriodF1
            | Outcome::GracePeriodM1 => Guide::SevpPortal,
            Outcome::Sevis | Outcome::SevpCertification => Guide::SevisForSchools,
            Outcome::IceCheckIn => Guide::IceCheckIn,
            Outcome::IceChangeOfAddress { .. } => Guide::IceChangeOfAddress,
            Outcome::CeBonds | Outcome::BondMoneyBack => Guide::CeBonds,
            Outcome::EBonds => Guide::EBonds,
            Outcome::DetaineeLocator => Guide::DetaineeLocator,
            Outcome::I901Fee => Guide::I901Fee,
            Outcome::Uscis(_) => Guide::Uscis,
            Outcome::StateDepartment(_) => Guide::StateDepartment,
            Outcome::Cbp => Guide::CbpI94,
            Outcome::Eoir => Guide::ImmigrationCourt,
            Outcome::UrgentLegalHelp => Guide::LegalHelp,
            Outcome::PhishingWarning => Guide::WhatIsEservice,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn slugs_are_unique_and_round_trip() {
        let slugs: HashSet<&str> = Guide::ALL.iter().map(|g| g.slug()).collect();
        assert_eq!(slugs.len(), Guide::ALL.len());
        for guide in Guide::ALL {
            assert_eq!(Guide::from_slug(guide.slug()), Some(guide));
        }
    }

    #[test]
    fn every_ice_service_of_the_domain_facts_has_a_guide() {
        let ice: Vec<Guide> = Guide::ALL
            .into_iter()
            .filter(|g| g.group() == GuideGroup::IceService)
            .collect();
        assert_eq!(ice.len(), 8);
    }
}
