//! I-94 admission record number (CBP): 11 digits on older records, or — since May 2019 —
//! 9 digits, a letter and a digit (`123456789A1`).

use serde::{Deserialize, Serialize};

use super::{identifier_text, without_separators};

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct I94Number(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum I94NumberError {
    Missing,
    Format,
}

impl I94Number {
    pub fn parse(input: &str) -> Result<I94Number, I94NumberError> {
        let text = without_separators(input).to_ascii_uppercase();
        if text.is_empty() {
            return Err(I94NumberError::Missing);
        }
        let b = text.as_bytes();
        let legacy = b.len() == 11 && b.iter().all(u8::is_ascii_digit);
        let current = b.len() == 11
            && b[..9].iter().all(u8::is_ascii_digit)
            && b[9].is_ascii_uppercase()
            && b[10].is_ascii_digit();
        if legacy || current {
            Ok(I94Number(text))
        } else {
            Err(I94NumberError::Format)
        }
    }

    /// Whether the number has the format used since May 2019.
    pub fn is_current_format(&self) -> bool {
        self.0.as_bytes()[9].is_ascii_uppercase()
    }
}

impl I94NumberError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            I94NumberError::Missing => "validation-i94-missing",
            I94NumberError::Format => "validation-i94-format",
        }
    }
}

identifier_text!(I94Number, I94NumberError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn both_formats() {
        let legacy = I94Number::parse("123 4567 8901").unwrap();
        assert_eq!(legacy.as_str(), "12345678901");
        assert!(!legacy.is_current_format());
        let current = I94Number::parse("123456789a1").unwrap();
        assert_eq!(current.as_str(), "123456789A1");
        assert!(current.is_current_format());
        for bad in [
            "1234567890",
            "123456789AA",
            "12345678A01",
            "123456789012",
            "A23456789A1",
        ] {
            assert_eq!(I94Number::parse(bad), Err(I94NumberError::Format), "{bad}");
        }
        assert_eq!(I94Number::parse(""), Err(I94NumberError::Missing));
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,20}") {
            parser_properties::check(I94Number::parse, &input);
        }
    }
}
