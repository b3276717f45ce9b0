//! U.S. phone number: 10 digits (an optional leading country code 1 is dropped) and an
//! optional extension of 1 to 4 digits. Stored as `2025550123` or `2025550123x12`.

use serde::{Deserialize, Serialize};

use super::{identifier_text, without_separators};

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneNumberError {
    Missing,
    Format,
    Extension,
}

/// Words people write before an extension, longest first so `extension` is not read as `ext`.
const EXTENSION_MARKERS: [&str; 5] = ["extension", "ext.", "ext", "x", "#"];

impl PhoneNumber {
    pub fn parse(input: &str) -> Result<PhoneNumber, PhoneNumberError> {
        let lower = input.trim().to_ascii_lowercase();
        if lower.is_empty() {
            return Err(PhoneNumberError::Missing);
        }
        let (main, extension) = split_extension(&lower);
        let main = without_separators(main);
        let main = main.strip_prefix('+').unwrap_or(&main);
        if !main.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PhoneNumberError::Format);
        }
        let digits = match main.len() {
            11 if main.starts_with('1') => &main[1..],
            10 => main,
            _ => return Err(PhoneNumberError::Format),
        };
        // North American numbers: area code and exchange never start with 0 or 1.
        let b = digits.as_bytes();
        if b[0] < b'2' || b[3] < b'2' {
            return Err(PhoneNumberError::Format);
        }
        let mut stored = digits.to_owned();
        if let Some(extension) = extension {
            let extension = without_separators(extension);
            if extension.is_empty()
                || extension.len() > 4
                || !extension.bytes().all(|b| b.is_ascii_digit())
            {
                return Err(PhoneNumberError::Extension);
            }
            stored.push('x');
            stored.push_str(&extension);
        }
        Ok(PhoneNumber(stored))
    }

    pub fn digits(&self) -> &str {
        &self.0[..10]
    }

    pub fn extension(&self) -> Option<&str> {
        self.0.get(11..)
    }

    /// `(202) 555-0123 ext. 12`.
    pub fn display(&self) -> String {
        let d = self.digits();
        let mut out = ["(", &d[..3], ") ", &d[3..6], "-", &d[6..]].concat();
        if let Some(extension) = self.extension() {
            out.push_str(" ext. ");
            out.push_str(extension);
        }
        out
    }
}

fn split_extension(text: &str) -> (&str, Option<&str>) {
    for marker in EXTENSION_MARKERS {
        if let Some(at) = text.find(marker) {
            return (&text[..at], Some(&text[at + marker.len()..]));
        }
    }
    (text, None)
}

impl PhoneNumberError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            PhoneNumberError::Missing => "validation-phone-missing",
            PhoneNumberError::Format => "validation-phone-format",
            PhoneNumberError::Extension => "validation-phone-extension",
        }
    }
}

identifier_text!(PhoneNumber, PhoneNumberError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn accepts_common_ways_of_writing_numbers() {
        for input in [
            "202-555-0123",
            "(202) 555 0123",
            "+1 202.555.0123",
            "1 (202) 555-0123",
            "2025550123",
        ] {
            assert_eq!(
                PhoneNumber::parse(input).unwrap().as_str(),
                "2025550123",
                "{input}"
            );
        }
        let with_extension = PhoneNumber::parse("202 555 0123 ext. 12").unwrap();
        assert_eq!(with_extension.as_str(), "2025550123x12");
        assert_eq!(with_extension.extension(), Some("12"));
        assert_eq!(with_extension.display(), "(202) 555-0123 ext. 12");
        assert_eq!(
            PhoneNumber::parse("2025550123 x 1234").unwrap().extension(),
            Some("1234")
        );
        assert_eq!(
            PhoneNumber::parse("2025550123 extension 7")
                .unwrap()
                .extension(),
            Some("7")
        );
    }

    #[test]
    fn rejects_what_cannot_be_a_us_number() {
        assert_eq!(PhoneNumber::parse(""), Err(PhoneNumberError::Missing));
        for bad in [
            "555-0123",
            "202555012",
            "20255501234",
            "0025550123",
            "2020550123",
            "202-555-CALL",
            "44 20 7946 0958",
        ] {
            assert_eq!(
                PhoneNumber::parse(bad),
                Err(PhoneNumberError::Format),
                "{bad}"
            );
        }
        assert_eq!(
            PhoneNumber::parse("2025550123 x12345"),
            Err(PhoneNumberError::Extension)
        );
        assert_eq!(
            PhoneNumber::parse("2025550123 ext"),
            Err(PhoneNumberError::Extension)
        );
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,24}") {
            parser_properties::check(PhoneNumber::parse, &input);
        }
    }
}
