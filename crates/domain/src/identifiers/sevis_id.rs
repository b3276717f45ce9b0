//! SEVIS ID: `N` and 10 digits, printed at the top of Form I-20 and DS-2019.

use serde::{Deserialize, Serialize};

use super::{identifier_text, without_separators};

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SevisId(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SevisIdError {
    Missing,
    Format,
}

impl SevisId {
    pub fn parse(input: &str) -> Result<SevisId, SevisIdError> {
        let text = without_separators(input).to_ascii_uppercase();
        if text.is_empty() {
            return Err(SevisIdError::Missing);
        }
        let digits = text.strip_prefix('N').ok_or(SevisIdError::Format)?;
        if digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(SevisId(text))
        } else {
            Err(SevisIdError::Format)
        }
    }
}

impl SevisIdError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            SevisIdError::Missing => "validation-sevis-id-missing",
            SevisIdError::Format => "validation-sevis-id-format",
        }
    }
}

identifier_text!(SevisId, SevisIdError);

#[cfg(test)]
mod tests {
    use crate::Lang;
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn accepts_what_people_paste() {
        for input in [
            "N0004720633",
            "n0004720633",
            " N000 472 0633 ",
            "N-0004720633",
        ] {
            assert_eq!(
                SevisId::parse(input).unwrap().as_str(),
                "N0004720633",
                "{input}"
            );
        }
    }

    #[test]
    fn rejects_other_shapes() {
        assert_eq!(SevisId::parse(""), Err(SevisIdError::Missing));
        assert_eq!(SevisId::parse("  "), Err(SevisIdError::Missing));
        for input in [
            "0004720633",
            "N000472063",
            "N00047206331",
            "A0004720633",
            "N00047206X3",
            "N０００4720633",
        ] {
            assert_eq!(SevisId::parse(input), Err(SevisIdError::Format), "{input}");
        }
    }

    #[test]
    fn messages_follow_the_style_guide() {
        assert_eq!(SevisIdError::Missing.message(Lang::En), "Enter a SEVIS ID");
        assert!(
            SevisIdError::Format
                .message(Lang::Es)
                .contains("N0012345678")
        );
    }

    #[test]
    fn serde_validates() {
        assert!(serde_json::from_str::<SevisId>("\"N0004720633\"").is_ok());
        assert!(serde_json::from_str::<SevisId>("\"N12\"").is_err());
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,20}") {
            parser_properties::check(SevisId::parse, &input);
        }

        #[test]
        fn every_n_plus_ten_digits_parses(digits in "[0-9]{10}") {
            let id = ["N", &digits].concat();
            let parsed = SevisId::parse(&id).unwrap();
            prop_assert_eq!(parsed.as_str(), id.as_str());
        }
    }
}
