//! SEVP school code: three letters, `214F`, then eight digits (`BOS214F00123000`).

use serde::{Deserialize, Serialize};

use super::{identifier_text, without_separators};

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SchoolCode(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchoolCodeError {
    Missing,
    Format,
}

impl SchoolCode {
    pub fn parse(input: &str) -> Result<SchoolCode, SchoolCodeError> {
        let text = without_separators(input).to_ascii_uppercase();
        if text.is_empty() {
            return Err(SchoolCodeError::Missing);
        }
        let b = text.as_bytes();
        let valid = b.len() == 15
            && b[..3].iter().all(u8::is_ascii_uppercase)
            && &b[3..7] == b"214F"
            && b[7..].iter().all(u8::is_ascii_digit);
        if valid {
            Ok(SchoolCode(text))
        } else {
            Err(SchoolCodeError::Format)
        }
    }
}

impl SchoolCodeError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            SchoolCodeError::Missing => "validation-school-code-missing",
            SchoolCodeError::Format => "validation-school-code-format",
        }
    }
}

identifier_text!(SchoolCode, SchoolCodeError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn examples() {
        assert_eq!(
            SchoolCode::parse("bos214f00123000").unwrap().as_str(),
            "BOS214F00123000"
        );
        assert_eq!(
            SchoolCode::parse("BOS 214F 00123000").unwrap().as_str(),
            "BOS214F00123000"
        );
        assert_eq!(SchoolCode::parse(""), Err(SchoolCodeError::Missing));
        for bad in [
            "BOS214M00123000",
            "BO214F00123000",
            "BOS214F0012300",
            "1OS214F00123000",
            "BOS214F0012300A",
        ] {
            assert_eq!(
                SchoolCode::parse(bad),
                Err(SchoolCodeError::Format),
                "{bad}"
            );
        }
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,20}") {
            parser_properties::check(SchoolCode::parse, &input);
        }

        #[test]
        fn generated_codes_parse(letters in "[A-Z]{3}", digits in "[0-9]{8}") {
            let code = [letters.as_str(), "214F", &digits].concat();
            prop_assert!(SchoolCode::parse(&code).is_ok());
        }
    }
}
