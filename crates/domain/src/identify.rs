//! "What is this number?": every identifier a piece of text could be, what it is for, who
//! uses it and what it is often confused with (a receipt number is for USCIS case status,
//! not for the immigration court).

use serde::Serialize;

use crate::{
    Agency, Lang,
    identifiers::{
        ANumber, CipCode, Ein, I94Number, ReceiptNumber, SchoolCode, SevisId, without_separators,
    },
    words,
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

    pub fn name(self, lang: Lang) -> &'static str {
        words::text(lang, self.word_ids()[0])
    }

    pub fn used_for(self, lang: Lang) -> &'static str {
        words::text(lang, self.word_ids()[1])
    }

    /// The confusion this identifier is most often part of.
    pub fn not_for(self, lang: Lang) -> &'static str {
        words::text(lang, self.word_ids()[2])
    }

    /// The ids of its name, what it is for and what it is not for
    /// (`locales/<lang>/checker.ftl`): a page showing them cites the facts they state.
    pub const fn word_ids(self) -> [&'static str; 3] {
        use IdentifierKind::*;
        match self {
            SevisId => [
                "checker-identify-sevis-id-name",
                "checker-identify-sevis-id-used-for",
                "checker-identify-sevis-id-not-for",
            ],
            SchoolCode => [
                "checker-identify-school-code-name",
                "checker-identify-school-code-used-for",
                "checker-identify-school-code-not-for",
            ],
            ANumber => [
                "checker-identify-a-number-name",
                "checker-identify-a-number-used-for",
                "checker-identify-a-number-not-for",
            ],
            ReceiptNumber => [
                "checker-identify-receipt-number-name",
                "checker-identify-receipt-number-used-for",
                "checker-identify-receipt-number-not-for",
            ],
            I94Number => [
                "checker-identify-i94-number-name",
                "checker-identify-i94-number-used-for",
                "checker-identify-i94-number-not-for",
            ],
            Ein => [
                "checker-identify-ein-name",
                "checker-identify-ein-used-for",
                "checker-identify-ein-not-for",
            ],
            CipCode => [
                "checker-identify-cip-code-name",
                "checker-identify-cip-code-used-for",
                "checker-identify-cip-code-not-for",
            ],
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
