//! Employer Identification Number: shown `12-3456789`, stored as 9 digits.

use serde::{Deserialize, Serialize};

use super::{identifier_text, without_separators};

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Ein(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EinError {
    Missing,
    Format,
}

impl Ein {
    pub fn parse(input: &str) -> Result<Ein, EinError> {
        let text = without_separators(input);
        if text.is_empty() {
            return Err(EinError::Missing);
        }
        if text.len() == 9 && text.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Ein(text))
        } else {
            Err(EinError::Format)
        }
    }

    /// `12-3456789`, as the IRS prints it.
    pub fn display(&self) -> String {
        [&self.0[..2], "-", &self.0[2..]].concat()
    }
}

impl EinError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            EinError::Missing => "validation-ein-missing",
            EinError::Format => "validation-ein-format",
        }
    }
}

identifier_text!(Ein, EinError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn stored_as_digits_shown_with_a_dash() {
        let ein = Ein::parse("12-3456789").unwrap();
        assert_eq!(ein.as_str(), "123456789");
        assert_eq!(ein.display(), "12-3456789");
        assert_eq!(Ein::parse("12345678"), Err(EinError::Format));
        assert_eq!(Ein::parse("12-345678X"), Err(EinError::Format));
        assert_eq!(Ein::parse(""), Err(EinError::Missing));
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,20}") {
            parser_properties::check(Ein::parse, &input);
        }
    }
}
