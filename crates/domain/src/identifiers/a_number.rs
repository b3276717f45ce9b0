//! Alien Registration Number (A-Number): `A` and 7 to 9 digits, written with or without
//! dashes; kept as `A` and 9 digits, left-padded with zeros. The immigration court's
//! hotline asks for the 9 digits without the `A`.

use serde::{Deserialize, Serialize};

use super::{identifier_text, without_separators};

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ANumber(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ANumberError {
    Missing,
    Format,
}

impl ANumber {
    /// Accepts `A123456789`, `A-123-456-789`, `a 12345678` and, since people often leave it
    /// off, the digits without the `A`.
    pub fn parse(input: &str) -> Result<ANumber, ANumberError> {
        let text = without_separators(input).to_ascii_uppercase();
        if text.is_empty() {
            return Err(ANumberError::Missing);
        }
        let digits = text.strip_prefix('A').unwrap_or(&text);
        let valid = (7..=9).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && digits.bytes().any(|b| b != b'0');
        if !valid {
            return Err(ANumberError::Format);
        }
        let mut normalised = String::with_capacity(10);
        normalised.push('A');
        for _ in digits.len()..9 {
            normalised.push('0');
        }
        normalised.push_str(digits);
        Ok(ANumber(normalised))
    }

    /// The 9 digits without the `A`, as the EOIR hotline (1-800-898-7180) asks for them.
    pub fn digits(&self) -> &str {
        &self.0[1..]
    }

    /// `A-123-456-789`, the grouping printed on many notices.
    pub fn grouped(&self) -> String {
        let d = self.digits();
        ["A-", &d[0..3], "-", &d[3..6], "-", &d[6..9]].concat()
    }

    /// The last four digits, for showing which record is meant without revealing it.
    pub fn masked(&self) -> String {
        ["A•••••", &self.0[6..]].concat()
    }
}

impl ANumberError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            ANumberError::Missing => "validation-a-number-missing",
            ANumberError::Format => "validation-a-number-format",
        }
    }
}

identifier_text!(ANumber, ANumberError);

#[cfg(test)]
mod tests {
    use crate::Lang;
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn normalises_to_a_and_nine_digits() {
        assert_eq!(ANumber::parse("A123456789").unwrap().as_str(), "A123456789");
        assert_eq!(
            ANumber::parse("A-123-456-789").unwrap().as_str(),
            "A123456789"
        );
        assert_eq!(ANumber::parse("a12345678").unwrap().as_str(), "A012345678");
        assert_eq!(ANumber::parse("1234567").unwrap().as_str(), "A001234567");
        assert_eq!(
            ANumber::parse("A 012 345 678").unwrap().digits(),
            "012345678"
        );
        assert_eq!(
            ANumber::parse("A12345678").unwrap().grouped(),
            "A-012-345-678"
        );
        assert_eq!(ANumber::parse("A123456789").unwrap().masked(), "A•••••6789");
    }

    #[test]
    fn rejects_wrong_lengths_and_letters() {
        assert_eq!(ANumber::parse(" "), Err(ANumberError::Missing));
        for bad in [
            "A123456",
            "A1234567890",
            "B123456789",
            "A12345678X",
            "A000000000",
            "AA12345678",
        ] {
            assert_eq!(ANumber::parse(bad), Err(ANumberError::Format), "{bad}");
        }
    }

    #[test]
    fn messages_say_seven_to_nine_numbers() {
        // A-Numbers have 7 to 9 digits (older ones 7 or 8): never "8 or 9".
        assert!(
            ANumberError::Format
                .message(Lang::En)
                .contains("7 to 9 numbers")
        );
        assert!(
            ANumberError::Format
                .message(Lang::Es)
                .contains("de 7 a 9 números")
        );
        assert!(ANumber::parse("A1234567").is_ok());
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,20}") {
            parser_properties::check(ANumber::parse, &input);
        }

        #[test]
        fn seven_to_nine_digits_normalise_to_nine(digits in "[1-9][0-9]{6,8}") {
            let parsed = ANumber::parse(&digits).unwrap();
            prop_assert_eq!(parsed.digits().len(), 9);
            prop_assert!(parsed.digits().ends_with(digits.as_str()));
        }
    }
}
