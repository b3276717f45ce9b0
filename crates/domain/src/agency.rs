//! Who handles what: the organisations the app sends people to.

use serde::{Deserialize, Serialize};

use crate::{Lang, words};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Agency {
    /// Student and Exchange Visitor Program (part of ICE): SEVIS, SEVP Portal, I-17, I-901.
    Sevp,
    /// ICE Enforcement and Removal Operations: check-ins, supervision, bonds, detention.
    IceEro,
    /// U.S. Citizenship and Immigration Services: benefits, case status, AR-11.
    Uscis,
    /// Executive Office for Immigration Review (Department of Justice): immigration courts.
    Eoir,
    /// U.S. Customs and Border Protection: entry, I-94.
    Cbp,
    /// U.S. Department of State: visas, J exchange-visitor sponsors.
    StateDepartment,
    /// The student's school, through its designated school officials.
    School,
    /// Internal Revenue Service: gives employers their EIN.
    Irs,
    /// An immigration lawyer or a DOJ-accredited representative.
    LegalHelp,
}

impl Agency {
    pub fn name(self, lang: Lang) -> &'static str {
        words::text(lang, self.word_id())
    }

    /// The id of the agency's name (`locales/<lang>/common.ftl`).
    const fn word_id(self) -> &'static str {
        use Agency::*;
        match self {
            Sevp => "common-agency-sevp",
            IceEro => "common-agency-ice-ero",
            Uscis => "common-agency-uscis",
            Eoir => "common-agency-eoir",
            Cbp => "common-agency-cbp",
            StateDepartment => "common-agency-state-department",
            School => "common-agency-school",
            Irs => "common-agency-irs",
            LegalHelp => "common-agency-legal-help",
        }
    }
}

/// How sure a stated rule is: from an official page, or from several schools and law firms
/// that agree. Rules of the second kind are shown with "check with …".
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Official,
    SecondaryAgreement,
}
