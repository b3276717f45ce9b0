//! Classification of Instructional Programs code: `NN.NNNN` (`11.0701`), the field of study
//! on an I-20 and the basis of STEM OPT eligibility.

use serde::{Deserialize, Serialize};

use super::identifier_text;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CipCode(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CipCodeError {
    Missing,
    Format,
}

impl CipCode {
    /// Accepts `11.0701` and the same six digits without the dot.
    pub fn parse(input: &str) -> Result<CipCode, CipCodeError> {
        let text: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if text.is_empty() {
            return Err(CipCodeError::Missing);
        }
        let digits: String = match text.split_once('.') {
            Some((series, rest)) if series.len() == 2 && rest.len() == 4 => [series, rest].concat(),
            Some(_) => return Err(CipCodeError::Format),
            None => text,
        };
        if digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(CipCode([&digits[..2], ".", &digits[2..]].concat()))
        } else {
            Err(CipCodeError::Format)
        }
    }

    /// The two-digit series (`11` is computer and information sciences).
    pub fn series(&self) -> &str {
        &self.0[..2]
    }
}

impl CipCodeError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            CipCodeError::Missing => "validation-cip-code-missing",
            CipCodeError::Format => "validation-cip-code-format",
        }
    }
}

identifier_text!(CipCode, CipCodeError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn with_or_without_the_dot() {
        assert_eq!(CipCode::parse("11.0701").unwrap().as_str(), "11.0701");
        assert_eq!(CipCode::parse("110701").unwrap().as_str(), "11.0701");
        assert_eq!(CipCode::parse(" 14.0901 ").unwrap().series(), "14");
        for bad in [
            "1.10701", "11.701", "11.07011", "11-0701", "AB.CDEF", "11.07.01",
        ] {
            assert_eq!(CipCode::parse(bad), Err(CipCodeError::Format), "{bad}");
        }
        assert_eq!(CipCode::parse(""), Err(CipCodeError::Missing));
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,12}") {
            parser_properties::check(CipCode::parse, &input);
        }
    }
}
