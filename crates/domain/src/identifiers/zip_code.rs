//! U.S. ZIP code: 5 digits, or ZIP+4 (`20500-0001`).

use serde::{Deserialize, Serialize};

use super::{identifier_text, without_separators};

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ZipCode(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZipCodeError {
    Missing,
    Format,
}

impl ZipCode {
    pub fn parse(input: &str) -> Result<ZipCode, ZipCodeError> {
        let digits = without_separators(input);
        if digits.is_empty() {
            return Err(ZipCodeError::Missing);
        }
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ZipCodeError::Format);
        }
        match digits.len() {
            5 => Ok(ZipCode(digits)),
            9 => Ok(ZipCode([&digits[..5], "-", &digits[5..]].concat())),
            _ => Err(ZipCodeError::Format),
        }
    }
}

impl ZipCodeError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            ZipCodeError::Missing => "validation-zip-missing",
            ZipCodeError::Format => "validation-zip-format",
        }
    }
}

identifier_text!(ZipCode, ZipCodeError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn five_or_nine_digits() {
        assert_eq!(ZipCode::parse("20500").unwrap().as_str(), "20500");
        assert_eq!(ZipCode::parse("20500 0001").unwrap().as_str(), "20500-0001");
        assert_eq!(ZipCode::parse("205000001").unwrap().as_str(), "20500-0001");
        for bad in ["2050", "205000", "2050A", "20500-00012"] {
            assert_eq!(ZipCode::parse(bad), Err(ZipCodeError::Format), "{bad}");
        }
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,14}") {
            parser_properties::check(ZipCode::parse, &input);
        }
    }
}
