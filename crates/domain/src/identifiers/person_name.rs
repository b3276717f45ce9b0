//! Names as SEVIS holds them: a last name of 1 to 40 characters and an optional first name
//! of up to 80, neither with digits. Spaces are tidied; everything else is kept as typed.

use serde::{Deserialize, Serialize};

use super::identifier_text;

pub const MAX_LAST_NAME: usize = 40;
pub const MAX_FIRST_NAME: usize = 80;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LastName(String);

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct FirstName(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LastNameError {
    Missing,
    TooLong,
    HasDigits,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstNameError {
    TooLong,
    HasDigits,
}

/// Trims, joins runs of spaces into one and drops control characters.
fn tidy(input: &str) -> String {
    input
        .split_whitespace()
        .map(|word| word.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl LastName {
    pub fn parse(input: &str) -> Result<LastName, LastNameError> {
        let name = tidy(input);
        if name.is_empty() {
            Err(LastNameError::Missing)
        } else if name.chars().count() > MAX_LAST_NAME {
            Err(LastNameError::TooLong)
        } else if name.chars().any(|c| c.is_numeric()) {
            Err(LastNameError::HasDigits)
        } else {
            Ok(LastName(name))
        }
    }
}

impl FirstName {
    /// An empty first name is allowed: some people have only one name.
    pub fn parse(input: &str) -> Result<FirstName, FirstNameError> {
        let name = tidy(input);
        if name.chars().count() > MAX_FIRST_NAME {
            Err(FirstNameError::TooLong)
        } else if name.chars().any(|c| c.is_numeric()) {
            Err(FirstNameError::HasDigits)
        } else {
            Ok(FirstName(name))
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl LastNameError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            LastNameError::Missing => "validation-last-name-missing",
            LastNameError::TooLong => "validation-last-name-too-long",
            LastNameError::HasDigits => "validation-last-name-has-digits",
        }
    }
}

impl FirstNameError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            FirstNameError::TooLong => "validation-first-name-too-long",
            FirstNameError::HasDigits => "validation-first-name-has-digits",
        }
    }
}

identifier_text!(LastName, LastNameError);
identifier_text!(FirstName, FirstNameError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn names_are_tidied_not_changed() {
        assert_eq!(
            LastName::parse("  de la   Cruz ").unwrap().as_str(),
            "de la Cruz"
        );
        assert_eq!(
            LastName::parse("O’Brien-Núñez").unwrap().as_str(),
            "O’Brien-Núñez"
        );
        assert_eq!(LastName::parse(""), Err(LastNameError::Missing));
        assert_eq!(LastName::parse("Smith3"), Err(LastNameError::HasDigits));
        assert_eq!(LastName::parse(&"a".repeat(40)).unwrap().as_str().len(), 40);
        assert_eq!(
            LastName::parse(&"a".repeat(41)),
            Err(LastNameError::TooLong)
        );
        assert_eq!(
            LastName::parse(&"é".repeat(40))
                .unwrap()
                .as_str()
                .chars()
                .count(),
            40
        );
    }

    #[test]
    fn first_name_may_be_empty() {
        assert!(FirstName::parse("").unwrap().is_empty());
        assert_eq!(
            FirstName::parse(&"b".repeat(81)),
            Err(FirstNameError::TooLong)
        );
        assert_eq!(FirstName::parse("Ana2"), Err(FirstNameError::HasDigits));
    }

    proptest! {
        #[test]
        fn parsers_are_total_and_stable(input in "\\PC{0,50}") {
            parser_properties::check(LastName::parse, &input);
            parser_properties::check(FirstName::parse, &input);
        }
    }
}
