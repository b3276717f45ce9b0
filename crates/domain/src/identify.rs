//! "What is this number?": every identifier a piece of text could be, what it is for, who
//! uses it and what it is often confused with (a receipt number is for USCIS case status,
//! not for the immigration court).

use serde::Serialize;

use crate::{
    Agency, Lang,
    identifiers::{
        ANumber, CipCode, Ein, I94Number, ReceiptNumber, SchoolCode, SevisId, without_separators,
    },
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifierKind {
    SevisId,
    SchoolCode,
    ANumber,
    ReceiptNumber,
    I94Number,
    Ein,
    CipCode,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Identification {
    pub kind: IdentifierKind,
    /// The identifier as the agency writes it (`A012345678`, `12-3456789`).
    pub normalised: String,
}

/// The identifiers `input` could be, most likely first; empty when it fits none.
pub fn identify(input: &str) -> Vec<Identification> {
    let mut found = Vec::new();
    let mut add = |kind, normalised: Option<String>| {
        if let Some(normalised) = normalised {
            found.push(Identification { kind, normalised });
        }
    };
    add(
        IdentifierKind::SevisId,
        SevisId::parse(input).ok().map(String::from),
    );
    add(
        IdentifierKind::SchoolCode,
        SchoolCode::parse(input).ok().map(String::from),
    );
    add(
        IdentifierKind::ReceiptNumber,
        ReceiptNumber::parse(input).ok().map(String::from),
    );
    add(
        IdentifierKind::I94Number,
        I94Number::parse(input).ok().map(String::from),
    );
    add(
        IdentifierKind::CipCode,
        CipCode::parse(input).ok().map(String::from),
    );
    // Nine bare digits can be an A-Number or an EIN: the way they are grouped says which
    // is more likely (`12-3456789` is how an EIN is printed).
    let a_number = ANumber::parse(input).ok().map(String::from);
    let ein = Ein::parse(input).ok().map(|e| e.display());
    let looks_like_ein = input.trim().as_bytes().get(2) == Some(&b'-');
    if looks_like_ein {
        add(IdentifierKind::Ein, ein);
        add(IdentifierKind::ANumber, a_number);
    } else {
        add(IdentifierKind::ANumber, a_number);
        add(IdentifierKind::Ein, ein);
    }
    found
}

/// Whether the text has any letters or digits at all (an empty box gets no "not
/// recognised" message).
pub fn has_content(input: &str) -> bool {
    !without_separators(input).is_empty()
}

impl IdentifierKind {
    pub const ALL: [IdentifierKind; 7] = [
        IdentifierKind::SevisId,
        IdentifierKind::SchoolCode,
        IdentifierKind::ANumber,
        IdentifierKind::ReceiptNumber,
        IdentifierKind::I94Number,
        IdentifierKind::Ein,
        IdentifierKind::CipCode,
    ];

    /// Who issues or mainly uses it.
    pub const fn agencies(self) -> &'static [Agency] {
        use IdentifierKind::*;
        match self {
            SevisId | SchoolCode | CipCode => &[Agency::Sevp],
            ANumber => &[Agency::Uscis, Agency::IceEro, Agency::Eoir],
            ReceiptNumber => &[Agency::Uscis],
            I94Number => &[Agency::Cbp],
            Ein => &[Agency::Irs],
        }
    }

    pub const fn name(self, lang: Lang) -> &'static str {
        use IdentifierKind::*;
        match (self, lang) {
            (SevisId, _) => "SEVIS ID",
            (SchoolCode, Lang::En) => "SEVP school code",
            (SchoolCode, Lang::Es) => "Código de escuela del SEVP",
            (ANumber, Lang::En) => "A-Number (Alien Registration Number)",
            (ANumber, Lang::Es) => "Número A (A-Number, número de registro de extranjero)",
            (ReceiptNumber, Lang::En) => "USCIS receipt number",
            (ReceiptNumber, Lang::Es) => "Número de recibo de USCIS",
            (I94Number, Lang::En) => "I-94 admission record number",
            (I94Number, Lang::Es) => "Número del registro de admisión I-94",
            (Ein, Lang::En) => "Employer Identification Number (EIN)",
            (Ein, Lang::Es) => "Número de identificación del empleador (EIN)",
            (CipCode, Lang::En) => "CIP code (field of study)",
            (CipCode, Lang::Es) => "Código CIP (campo de estudio)",
        }
    }

    pub const fn used_for(self, lang: Lang) -> &'static str {
        use IdentifierKind::*;
        match (self, lang) {
            (SevisId, Lang::En) => {
                "Identifies your F, M or J record in SEVIS. You need it for the SEVP Portal, the I-901 SEVIS fee and when your school official asks. It is at the top of Form I-20 or DS-2019."
            }
            (SevisId, Lang::Es) => {
                "Identifica su registro F, M o J en SEVIS. Lo necesita para el Portal del SEVP, la tarifa I-901 del SEVIS y cuando su funcionario escolar se lo pida. Está en la parte superior del Formulario I-20 o DS-2019."
            }
            (SchoolCode, Lang::En) => {
                "Identifies an SEVP-certified school and campus in SEVIS. It is printed on Form I-20."
            }
            (SchoolCode, Lang::Es) => {
                "Identifica una escuela y un campus certificados por el SEVP en SEVIS. Aparece en el Formulario I-20."
            }
            (ANumber, Lang::En) => {
                "Your immigration file number, used by USCIS, ICE and the immigration court. The court’s automated line (1-800-898-7180) and online case status ask for the 9 numbers without the A."
            }
            (ANumber, Lang::Es) => {
                "Su número de expediente de inmigración, usado por USCIS, ICE y la corte de inmigración. La línea automatizada de la corte (1-800-898-7180) y el estado del caso en línea piden los 9 números sin la A."
            }
            (ReceiptNumber, Lang::En) => {
                "Tracks one application or petition with USCIS. Use it for USCIS online case status."
            }
            (ReceiptNumber, Lang::Es) => {
                "Sigue una solicitud o petición ante USCIS. Úselo para consultar el estado del caso en línea de USCIS."
            }
            (I94Number, Lang::En) => {
                "Your arrival and departure record from CBP. It shows how you were admitted and until when you may stay (a date or “D/S”)."
            }
            (I94Number, Lang::Es) => {
                "Su registro de llegada y salida de CBP. Muestra cómo fue admitido y hasta cuándo puede quedarse (una fecha o “D/S”)."
            }
            (Ein, Lang::En) => {
                "Identifies an employer for taxes. Students on OPT give their employer’s EIN when they report employment."
            }
            (Ein, Lang::Es) => {
                "Identifica a un empleador para los impuestos. Los estudiantes con OPT dan el EIN de su empleador al informar su empleo."
            }
            (CipCode, Lang::En) => {
                "The code of a field of study on Form I-20. STEM OPT depends on the degree’s code being on the DHS STEM list."
            }
            (CipCode, Lang::Es) => {
                "El código de un campo de estudio en el Formulario I-20. La STEM OPT depende de que el código del título esté en la lista STEM del DHS."
            }
        }
    }

    /// The confusion this identifier is most often part of.
    pub const fn not_for(self, lang: Lang) -> &'static str {
        use IdentifierKind::*;
        match (self, lang) {
            (SevisId, Lang::En) => {
                "It is not a USCIS receipt number: it cannot be used to check a USCIS case."
            }
            (SevisId, Lang::Es) => {
                "No es un número de recibo de USCIS: no sirve para consultar un caso de USCIS."
            }
            (SchoolCode, Lang::En) => "It identifies the school, not a student.",
            (SchoolCode, Lang::Es) => "Identifica a la escuela, no a un estudiante.",
            (ANumber, Lang::En) => {
                "It is not a receipt number: USCIS case status needs the receipt number on your notice."
            }
            (ANumber, Lang::Es) => {
                "No es un número de recibo: el estado del caso de USCIS necesita el número de recibo de su aviso."
            }
            (ReceiptNumber, Lang::En) => {
                "The immigration court does not use it: court case status needs your A-Number."
            }
            (ReceiptNumber, Lang::Es) => {
                "La corte de inmigración no lo usa: el estado del caso en la corte necesita su número A."
            }
            (I94Number, Lang::En) => {
                "It is not your visa: the visa’s expiry date does not say how long you may stay; the I-94 does."
            }
            (I94Number, Lang::Es) => {
                "No es su visa: la fecha de vencimiento de la visa no indica cuánto tiempo puede quedarse; el I-94 sí."
            }
            (Ein, Lang::En) => {
                "It belongs to the employer, not to you; it is not a Social Security number."
            }
            (Ein, Lang::Es) => {
                "Pertenece al empleador, no a usted; no es un número de Seguro Social."
            }
            (CipCode, Lang::En) => "It is not a school code or a SEVIS ID.",
            (CipCode, Lang::Es) => "No es un código de escuela ni un SEVIS ID.",
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn kinds(input: &str) -> Vec<IdentifierKind> {
        identify(input).into_iter().map(|i| i.kind).collect()
    }

    #[test]
    fn unambiguous_numbers() {
        use IdentifierKind::*;
        assert_eq!(kinds("N0004720633"), [SevisId]);
        assert_eq!(kinds("BOS214F00123000"), [SchoolCode]);
        assert_eq!(kinds("EAC-21-900-00001"), [ReceiptNumber]);
        assert_eq!(kinds("123456789A1"), [I94Number]);
        assert_eq!(kinds("A-123-456-78"), [ANumber]);
        assert_eq!(kinds("11.0701"), [CipCode]);
        assert!(kinds("hello").is_empty());
        assert!(kinds("").is_empty());
    }

    #[test]
    fn nine_digits_can_be_two_things_in_the_likelier_order() {
        use IdentifierKind::*;
        assert_eq!(kinds("123456789"), [ANumber, Ein]);
        assert_eq!(kinds("12-3456789"), [Ein, ANumber]);
        let found = identify("12-3456789");
        assert_eq!(found[0].normalised, "12-3456789");
        assert_eq!(found[1].normalised, "A123456789");
    }

    #[test]
    fn eleven_digits_are_a_legacy_i94() {
        assert_eq!(kinds("12345678901"), [IdentifierKind::I94Number]);
    }

    #[test]
    fn every_kind_says_what_it_is_for_in_every_language() {
        for kind in IdentifierKind::ALL {
            for lang in Lang::ALL {
                assert!(!kind.name(lang).is_empty());
                assert!(kind.used_for(lang).len() > 20);
                assert!(kind.not_for(lang).len() > 20);
            }
            assert!(!kind.agencies().is_empty());
        }
        assert!(
            IdentifierKind::ReceiptNumber
                .not_for(Lang::En)
                .contains("court")
        );
    }

    proptest! {
        #[test]
        fn never_panics_and_results_are_parseable_again(input in "\\PC{0,20}") {
            for found in identify(&input) {
                prop_assert!(identify(&found.normalised).iter().any(|again| again.kind == found.kind));
            }
        }
    }
}
