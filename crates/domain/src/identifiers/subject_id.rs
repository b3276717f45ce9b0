//! ICE Subject ID, printed on Form I-385 and used for the first online check-in. Its exact
//! format is not published in our sources, so only what is safe is checked: 1 to 20 letters
//! and digits once separators are removed (docs/adr/0007-supervision-sign-in.md).

use serde::{Deserialize, Serialize};

use super::{identifier_text, without_separators};

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SubjectId(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubjectIdError {
    Missing,
    Format,
}

impl SubjectId {
    pub fn parse(input: &str) -> Result<SubjectId, SubjectIdError> {
        let text = without_separators(input).to_ascii_uppercase();
        if text.is_empty() {
            return Err(SubjectIdError::Missing);
        }
        if text.len() <= 20 && text.bytes().all(|b| b.is_ascii_alphanumeric()) {
            Ok(SubjectId(text))
        } else {
            Err(SubjectIdError::Format)
        }
    }
}

impl SubjectIdError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            SubjectIdError::Missing => "validation-subject-id-missing",
            SubjectIdError::Format => "validation-subject-id-format",
        }
    }
}

identifier_text!(SubjectId, SubjectIdError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn letters_and_digits() {
        assert_eq!(SubjectId::parse(" ab-12 34 ").unwrap().as_str(), "AB1234");
        assert_eq!(SubjectId::parse(""), Err(SubjectIdError::Missing));
        assert_eq!(SubjectId::parse("12#4"), Err(SubjectIdError::Format));
        assert_eq!(
            SubjectId::parse(&"1".repeat(21)),
            Err(SubjectIdError::Format)
        );
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,24}") {
            parser_properties::check(SubjectId::parse, &input);
        }
    }
}
