//! Who handles what: the organisations the app sends people to.

use serde::{Deserialize, Serialize};

use crate::Lang;

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
    pub const fn name(self, lang: Lang) -> &'static str {
        use Agency::*;
        match (self, lang) {
            (Sevp, Lang::En) => "Student and Exchange Visitor Program (SEVP), part of ICE",
            (Sevp, Lang::Es) => {
                "Programa de Estudiantes y Visitantes de Intercambio (SEVP), parte de ICE"
            }
            (IceEro, Lang::En) => "ICE Enforcement and Removal Operations (ERO)",
            (IceEro, Lang::Es) => "Operaciones de Control y Deportación de ICE (ERO)",
            (Uscis, Lang::En) => "U.S. Citizenship and Immigration Services (USCIS)",
            (Uscis, Lang::Es) => "Servicio de Ciudadanía e Inmigración de EE. UU. (USCIS)",
            (Eoir, Lang::En) => "Immigration court (EOIR), Department of Justice",
            (Eoir, Lang::Es) => "Corte de inmigración (EOIR), Departamento de Justicia",
            (Cbp, Lang::En) => "U.S. Customs and Border Protection (CBP)",
            (Cbp, Lang::Es) => "Oficina de Aduanas y Protección Fronteriza (CBP)",
            (StateDepartment, Lang::En) => "U.S. Department of State",
            (StateDepartment, Lang::Es) => "Departamento de Estado de EE. UU.",
            (School, Lang::En) => "Your school’s designated school official (DSO)",
            (School, Lang::Es) => "El funcionario escolar designado (DSO) de su escuela",
            (Irs, Lang::En) => "Internal Revenue Service (IRS)",
            (Irs, Lang::Es) => "Servicio de Impuestos Internos (IRS)",
            (LegalHelp, Lang::En) => "An immigration lawyer or accredited representative",
            (LegalHelp, Lang::Es) => "Un abogado de inmigración o un representante acreditado",
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
