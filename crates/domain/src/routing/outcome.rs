//! Where a walk ends: the service or agency to go to, with its links and deadlines. The
//! words (why, next steps, what to have ready) are in `locales/<lang>/router.ftl`, read by
//! `wording.rs`.

use crate::{Agency, calculators::DeadlineRule, page::Tool};

use super::CourtCase;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UscisService {
    CaseStatus,
    Citizenship,
    GreenCard,
    WorkPermit,
    ChangeOrExtendStay,
    AddressChange,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StateService {
    Visa,
    ExchangeSponsor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    SevpPortal,
    StudentDso,
    /// An F-1 or M-1 student not on practical training who moved: the DSO, and USCIS.
    StudentAddress,
    /// A STEM OPT student with a new employer or start date: I-983 review and E-Verify.
    StemNewEmployer,
    /// How many unemployment days an F-1 student on OPT has: the rule and the tool.
    OptUnemployment,
    /// M-1 practical training: not OPT, no unemployment allowance, the DSO decides.
    M1PracticalTraining,
    /// How long an F-1 student may stay after their program or OPT ends.
    GracePeriodF1,
    /// How long an M-1 student may stay after their program or practical training ends.
    GracePeriodM1,
    /// Getting back the money of a cash bond.
    BondMoneyBack,
    Sevis,
    SevpCertification,
    IceCheckIn,
    /// ICE first; EOIR-33 when there is (or may be) a court case; AR-11 always.
    IceChangeOfAddress {
        court_case: CourtCase,
    },
    CeBonds,
    EBonds,
    DetaineeLocator,
    I901Fee,
    Uscis(UscisService),
    StateDepartment(StateService),
    Cbp,
    Eoir,
    UrgentLegalHelp,
    PhishingWarning,
}

/// When the facts and official links of the outcomes and guides were last checked against
/// the domain facts.
pub const FACTS_LAST_CHECKED: crate::calendar::Date = crate::calendar::date(2026, 11, 28);

/// A link to an official page, labelled in each language (`common-link-*` in common.ftl:
/// the find and portal bundles both show them). Every URL's host is one of the official
/// hosts (checked by the tests with `official_links::check_link`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OfficialLink {
    pub url: &'static str,
    /// The message id of its label.
    pub label_id: &'static str,
}

impl OfficialLink {
    pub fn label(self, lang: crate::Lang) -> &'static str {
        crate::words::text(lang, self.label_id)
    }
}

/// The official page where a filing with a deadline is made, when it can be made online.
pub const fn filing_link(rule: DeadlineRule) -> Option<OfficialLink> {
    match rule {
        DeadlineRule::IceAddressChange => Some(ICE_CHANGE_OF_ADDRESS),
        DeadlineRule::Eoir33AddressChange => Some(EOIR_RESPONDENT_ACCESS),
        DeadlineRule::Ar11AddressChange => Some(USCIS_ADDRESS_CHANGE),
        DeadlineRule::StudentReportsChange => Some(SEVP_PORTAL),
        DeadlineRule::DsoUpdatesSevis
        | DeadlineRule::EmployerReportsTermination
        | DeadlineRule::DsoRegistersStudent => None,
    }
}

const SEVP_PORTAL: OfficialLink = OfficialLink {
    url: "https://sevp.ice.gov/opt/",
    label_id: "common-link-sevp-portal",
};
const STUDY_IN_THE_STATES: OfficialLink = OfficialLink {
    url: "https://studyinthestates.dhs.gov",
    label_id: "common-link-study-in-the-states",
};
const ICE_CHECK_IN: OfficialLink = OfficialLink {
    url: "https://www.ice.gov/check-in",
    label_id: "common-link-ice-check-in",
};
const ICE_CHANGE_OF_ADDRESS: OfficialLink = OfficialLink {
    url: "https://onlinechangeofaddress.ice.gov/",
    label_id: "common-link-ice-change-of-address",
};
const EOIR_RESPONDENT_ACCESS: OfficialLink = OfficialLink {
    url: "https://respondentaccess.eoir.justice.gov",
    label_id: "common-link-eoir-respondent-access",
};
const EOIR: OfficialLink = OfficialLink {
    url: "https://www.justice.gov/eoir",
    label_id: "common-link-eoir",
};
const USCIS: OfficialLink = OfficialLink {
    url: "https://www.uscis.gov",
    label_id: "common-link-uscis",
};
const USCIS_ADDRESS_CHANGE: OfficialLink = OfficialLink {
    url: "https://www.uscis.gov/addresschange",
    label_id: "common-link-uscis-address-change",
};
const ICE_BONDS: OfficialLink = OfficialLink {
    url: "https://www.ice.gov/detain/detention-management/bonds",
    label_id: "common-link-ice-bonds",
};
const EBONDS: OfficialLink = OfficialLink {
    url: "https://ebonds.ice.gov/ebonds/welcome.do",
    label_id: "common-link-ebonds",
};
const LOCATOR: OfficialLink = OfficialLink {
    url: "https://locator.ice.gov",
    label_id: "common-link-locator",
};
const FMJ_FEE: OfficialLink = OfficialLink {
    url: "https://www.fmjfee.com",
    label_id: "common-link-fmj-fee",
};
const ICE_I901: OfficialLink = OfficialLink {
    url: "https://www.ice.gov/sevis/i901",
    label_id: "common-link-ice-i901",
};
const ICE_I17: OfficialLink = OfficialLink {
    url: "https://www.ice.gov/sevis/i17",
    label_id: "common-link-ice-i17",
};
const CBP_I94: OfficialLink = OfficialLink {
    url: "https://i94.cbp.dhs.gov",
    label_id: "common-link-cbp-i94",
};
const E_VERIFY: OfficialLink = OfficialLink {
    url: "https://www.e-verify.gov",
    label_id: "common-link-e-verify",
};
const STATE_VISAS: OfficialLink = OfficialLink {
    url: "https://travel.state.gov/content/travel/en/us-visas.html",
    label_id: "common-link-state-visas",
};
const STATE_EXCHANGE_VISITORS: OfficialLink = OfficialLink {
    url: "https://j1visa.state.gov",
    label_id: "common-link-state-exchange-visitors",
};
const EOIR_PRO_BONO: OfficialLink = OfficialLink {
    url: "https://www.justice.gov/eoir/list-pro-bono-legal-service-providers",
    label_id: "common-link-eoir-pro-bono",
};
const ICE_HOME: OfficialLink = OfficialLink {
    url: "https://www.ice.gov",
    label_id: "common-link-ice-home",
};

impl Outcome {
    /// Every outcome, including each variant's data.
    pub const ALL: [Outcome; 31] = [
        Outcome::SevpPortal,
        Outcome::StudentDso,
        Outcome::StudentAddress,
        Outcome::StemNewEmployer,
        Outcome::OptUnemployment,
        Outcome::M1PracticalTraining,
        Outcome::GracePeriodF1,
        Outcome::GracePeriodM1,
        Outcome::BondMoneyBack,
        Outcome::Sevis,
        Outcome::SevpCertification,
        Outcome::IceCheckIn,
        Outcome::IceChangeOfAddress {
            court_case: CourtCase::Yes,
        },
        Outcome::IceChangeOfAddress {
            court_case: CourtCase::No,
        },
        Outcome::IceChangeOfAddress {
            court_case: CourtCase::NotSure,
        },
        Outcome::CeBonds,
        Outcome::EBonds,
        Outcome::DetaineeLocator,
        Outcome::I901Fee,
        Outcome::Uscis(UscisService::CaseStatus),
        Outcome::Uscis(UscisService::Citizenship),
        Outcome::Uscis(UscisService::GreenCard),
        Outcome::Uscis(UscisService::WorkPermit),
        Outcome::Uscis(UscisService::ChangeOrExtendStay),
        Outcome::Uscis(UscisService::AddressChange),
        Outcome::StateDepartment(StateService::Visa),
        Outcome::StateDepartment(StateService::ExchangeSponsor),
        Outcome::Cbp,
        Outcome::Eoir,
        Outcome::UrgentLegalHelp,
        Outcome::PhishingWarning,
    ];

    /// A stable id (`uscis-case-status`), for tests, graphs and page anchors.
    pub const fn id(self) -> &'static str {
        use Outcome::*;
        match self {
            SevpPortal => "sevp-portal",
            StudentDso => "student-dso",
            StudentAddress => "student-address",
            StemNewEmployer => "stem-new-employer",
            OptUnemployment => "opt-unemployment",
            M1PracticalTraining => "m1-practical-training",
            GracePeriodF1 => "grace-period-f1",
            GracePeriodM1 => "grace-period-m1",
            BondMoneyBack => "bond-money-back",
            Sevis => "sevis",
            SevpCertification => "sevp-certification",
            IceCheckIn => "ice-check-in",
            IceChangeOfAddress {
                court_case: CourtCase::Yes,
            } => "ice-change-of-address-with-court",
            IceChangeOfAddress {
                court_case: CourtCase::No,
            } => "ice-change-of-address",
            IceChangeOfAddress {
                court_case: CourtCase::NotSure,
            } => "ice-change-of-address-court-unsure",
            CeBonds => "cebonds",
            EBonds => "ebonds",
            DetaineeLocator => "detainee-locator",
            I901Fee => "i901-fee",
            Uscis(UscisService::CaseStatus) => "uscis-case-status",
            Uscis(UscisService::Citizenship) => "uscis-citizenship",
            Uscis(UscisService::GreenCard) => "uscis-green-card",
            Uscis(UscisService::WorkPermit) => "uscis-work-permit",
            Uscis(UscisService::ChangeOrExtendStay) => "uscis-change-or-extend-stay",
            Uscis(UscisService::AddressChange) => "uscis-address-change",
            StateDepartment(StateService::Visa) => "state-visa",
            StateDepartment(StateService::ExchangeSponsor) => "state-exchange-sponsor",
            Cbp => "cbp-i94",
            Eoir => "eoir",
            UrgentLegalHelp => "urgent-legal-help",
            PhishingWarning => "phishing-warning",
        }
    }

    /// Who to go to; `None` for the warning about look-alike sites, whose answer is to go
    /// nowhere until the address is checked.
    pub const fn agency(self) -> Option<Agency> {
        use Outcome::*;
        Some(match self {
            SevpPortal | Sevis | SevpCertification | I901Fee => Agency::Sevp,
            StudentDso | StudentAddress | StemNewEmployer | OptUnemployment
            | M1PracticalTraining | GracePeriodF1 | GracePeriodM1 => Agency::School,
            IceCheckIn
            | IceChangeOfAddress { .. }
            | CeBonds
            | EBonds
            | DetaineeLocator
            | BondMoneyBack => Agency::IceEro,
            Uscis(_) => Agency::Uscis,
            StateDepartment(_) => Agency::StateDepartment,
            Cbp => Agency::Cbp,
            Eoir => Agency::Eoir,
            UrgentLegalHelp => Agency::LegalHelp,
            PhishingWarning => return None,
        })
    }

    /// Official pages for this outcome, most useful first (every outcome has at least one).
    pub fn links(self) -> &'static [OfficialLink] {
        use Outcome::*;
        match self {
            SevpPortal => &[SEVP_PORTAL, STUDY_IN_THE_STATES, USCIS_ADDRESS_CHANGE],
            StudentDso | Sevis | OptUnemployment | M1PracticalTraining => &[STUDY_IN_THE_STATES],
            StudentAddress => &[USCIS_ADDRESS_CHANGE, STUDY_IN_THE_STATES],
            StemNewEmployer => &[E_VERIFY, STUDY_IN_THE_STATES],
            GracePeriodF1 | GracePeriodM1 => &[STUDY_IN_THE_STATES, USCIS],
            BondMoneyBack => &[ICE_BONDS],
            SevpCertification => &[ICE_I17, STUDY_IN_THE_STATES],
            IceCheckIn => &[ICE_CHECK_IN],
            IceChangeOfAddress {
                court_case: CourtCase::No,
            } => &[ICE_CHECK_IN, ICE_CHANGE_OF_ADDRESS, USCIS_ADDRESS_CHANGE],
            IceChangeOfAddress { .. } => &[
                ICE_CHECK_IN,
                ICE_CHANGE_OF_ADDRESS,
                EOIR_RESPONDENT_ACCESS,
                USCIS_ADDRESS_CHANGE,
            ],
            CeBonds => &[ICE_BONDS],
            EBonds => &[EBONDS, ICE_BONDS],
            DetaineeLocator => &[LOCATOR, EOIR_PRO_BONO],
            I901Fee => &[FMJ_FEE, ICE_I901],
            Uscis(UscisService::AddressChange) => &[USCIS_ADDRESS_CHANGE, USCIS],
            Uscis(_) => &[USCIS],
            StateDepartment(StateService::Visa) => &[STATE_VISAS, FMJ_FEE],
            StateDepartment(StateService::ExchangeSponsor) => &[STATE_EXCHANGE_VISITORS],
            Cbp => &[CBP_I94],
            Eoir => &[EOIR, EOIR_RESPONDENT_ACCESS],
            UrgentLegalHelp => &[EOIR_PRO_BONO, EOIR, ICE_CHECK_IN, LOCATOR],
            PhishingWarning => &[ICE_HOME, SEVP_PORTAL],
        }
    }

    /// Deadlines that start when the person acts on this outcome.
    pub fn deadlines(self) -> &'static [DeadlineRule] {
        use Outcome::*;
        match self {
            SevpPortal | StudentDso | StemNewEmployer => &[DeadlineRule::StudentReportsChange],
            StudentAddress => &[DeadlineRule::Ar11AddressChange],
            Sevis => &[DeadlineRule::DsoUpdatesSevis],
            IceChangeOfAddress {
                court_case: CourtCase::No,
            } => &[
                DeadlineRule::IceAddressChange,
                DeadlineRule::Ar11AddressChange,
            ],
            IceChangeOfAddress { .. } => &[
                DeadlineRule::IceAddressChange,
                DeadlineRule::Eoir33AddressChange,
                DeadlineRule::Ar11AddressChange,
            ],
            Uscis(UscisService::AddressChange) => &[DeadlineRule::Ar11AddressChange],
            Eoir => &[DeadlineRule::Eoir33AddressChange],
            _ => &[],
        }
    }

    /// The app's tools that help with this outcome.
    pub fn tools(self) -> &'static [Tool] {
        use Outcome::*;
        match self {
            SevpPortal | OptUnemployment => &[Tool::Deadlines, Tool::OptUnemployment],
            StudentAddress | StemNewEmployer | M1PracticalTraining => &[Tool::Deadlines],
            GracePeriodF1 | GracePeriodM1 => &[Tool::Deadlines],
            StudentDso | Sevis | IceChangeOfAddress { .. } | Eoir => &[Tool::Deadlines],
            SevpCertification => &[Tool::Deadlines],
            Uscis(UscisService::WorkPermit) => &[Tool::Deadlines, Tool::OptUnemployment],
            Uscis(UscisService::CaseStatus) => &[Tool::Identify],
            Uscis(UscisService::AddressChange) => &[Tool::Deadlines],
            PhishingWarning => &[Tool::CheckLink],
            _ => &[],
        }
    }
}
