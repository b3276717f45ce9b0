//! Reference numbers for confirmations: 10 characters from an alphabet without look-alikes
//! (no 0/O, 1/I/L, U), grouped `K7QM-3XHP-2R`, easy to read over the phone. The server
//! supplies the randomness; reading one back forgives case, spaces, dashes and look-alikes.

use serde::{Deserialize, Serialize};

use crate::identifiers::identifier_text;

const ALPHABET: &[u8; 30] = b"23456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH: usize = 10;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ReferenceNumber(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceNumberError {
    Missing,
    Format,
}

impl ReferenceNumber {
    /// Ten characters from 8 random bytes (about 49 bits used).
    pub fn from_random(bytes: [u8; 8]) -> ReferenceNumber {
        let mut value = u64::from_le_bytes(bytes);
        let mut characters = Vec::with_capacity(LENGTH);
        for _ in 0..LENGTH {
            characters.push(ALPHABET[(value % ALPHABET.len() as u64) as usize]);
            value /= ALPHABET.len() as u64;
        }
        ReferenceNumber(group(&characters))
    }

    pub fn parse(input: &str) -> Result<ReferenceNumber, ReferenceNumberError> {
        let characters: Vec<u8> = input
            .bytes()
            .filter(|b| !b.is_ascii_whitespace() && *b != b'-')
            .map(|b| match b.to_ascii_uppercase() {
                b'O' => b'0',
                b'I' | b'L' => b'1',
                b'U' => b'V',
                other => other,
            })
            .collect();
        if characters.is_empty() {
            return Err(ReferenceNumberError::Missing);
        }
        if characters.len() != LENGTH || !characters.iter().all(|c| ALPHABET.contains(c)) {
            return Err(ReferenceNumberError::Format);
        }
        Ok(ReferenceNumber(group(&characters)))
    }
}

fn group(characters: &[u8]) -> String {
    let text = String::from_utf8_lossy(characters);
    [&text[..4], "-", &text[4..8], "-", &text[8..]].concat()
}

impl ReferenceNumberError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            ReferenceNumberError::Missing => "validation-reference-number-missing",
            ReferenceNumberError::Format => "validation-reference-number-format",
        }
    }
}

identifier_text!(ReferenceNumber, ReferenceNumberError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn shape_and_forgiving_reading() {
        let reference = ReferenceNumber::from_random([1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(reference.as_str().len(), 12);
        assert_eq!(
            ReferenceNumber::parse(&reference.as_str().to_lowercase().replace('-', " ")),
            Ok(reference)
        );
        assert_eq!(
            ReferenceNumber::parse("k7qm 3xhp 2r").unwrap().as_str(),
            "K7QM-3XHP-2R"
        );
        assert_eq!(
            ReferenceNumber::parse(""),
            Err(ReferenceNumberError::Missing)
        );
        assert_eq!(
            ReferenceNumber::parse("K7QM-3XHP"),
            Err(ReferenceNumberError::Format)
        );
        // Look-alikes typed by mistake are not in the alphabet, so they cannot collide.
        assert_eq!(
            ReferenceNumber::parse("O7QM3XHP2R"),
            Err(ReferenceNumberError::Format)
        );
    }

    proptest! {
        #[test]
        fn generated_numbers_parse_back(bytes in any::<[u8; 8]>()) {
            let reference = ReferenceNumber::from_random(bytes);
            prop_assert_eq!(ReferenceNumber::parse(reference.as_str()), Ok(reference.clone()));
            prop_assert!(reference.as_str().bytes().all(|b| b == b'-' || ALPHABET.contains(&b)));
        }

        #[test]
        fn parse_never_panics(input in "\\PC{0,16}") {
            let _ = ReferenceNumber::parse(&input);
        }
    }
}
