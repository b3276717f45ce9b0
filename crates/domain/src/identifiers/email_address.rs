//! Email address: at most 255 characters, one `@`, and a domain with a dot. Deliberately
//! loose — the only real check of an address is a message that arrives.

use serde::{Deserialize, Serialize};

use super::identifier_text;

pub const MAX_EMAIL_LENGTH: usize = 255;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailAddressError {
    Missing,
    Format,
    TooLong,
}

impl EmailAddress {
    /// Trims spaces and lower-cases the domain (which is case-insensitive); the part before
    /// the `@` is kept as typed.
    pub fn parse(input: &str) -> Result<EmailAddress, EmailAddressError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(EmailAddressError::Missing);
        }
        if text.chars().count() > MAX_EMAIL_LENGTH {
            return Err(EmailAddressError::TooLong);
        }
        let (local, domain) = text.split_once('@').ok_or(EmailAddressError::Format)?;
        let domain_ok = domain.contains('.')
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && domain
                .rsplit('.')
                .next()
                .is_some_and(|tld| tld.chars().count() >= 2);
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local.chars().all(|c| {
                !c.is_whitespace() && !c.is_control() && !matches!(c, '<' | '>' | ',' | ';' | '"')
            });
        if !(domain_ok && local_ok) {
            return Err(EmailAddressError::Format);
        }
        // The domain in small letters (ASCII and Latin-1: `BÜCHER.DE` → `bücher.de`), so
        // the same address typed in capitals is the same account; other letters are kept as
        // typed (and Unicode's case tables stay out of the bundles).
        let domain: String = domain.chars().map(crate::latin_case::small).collect();
        Ok(EmailAddress([local, "@", &domain].concat()))
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map(|(_, d)| d).unwrap_or_default()
    }
}

impl EmailAddressError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            EmailAddressError::Missing => "validation-email-missing",
            EmailAddressError::Format => "validation-email-format",
            EmailAddressError::TooLong => "validation-email-too-long",
        }
    }
}

identifier_text!(EmailAddress, EmailAddressError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn a_domain_in_capitals_is_the_same_domain() {
        assert_eq!(
            EmailAddress::parse("ANA@BÜCHER.DE").unwrap().as_str(),
            "ANA@bücher.de"
        );
    }

    #[test]
    fn ordinary_addresses() {
        assert_eq!(
            EmailAddress::parse(" Ana.Lopez@Example.EDU ")
                .unwrap()
                .as_str(),
            "Ana.Lopez@example.edu"
        );
        assert_eq!(
            EmailAddress::parse("do-not-reply.sevp@ice.dhs.gov")
                .unwrap()
                .domain(),
            "ice.dhs.gov"
        );
        for bad in [
            "ana",
            "ana@",
            "@example.com",
            "ana@example",
            "ana@@example.com",
            "ana lopez@example.com",
            "ana@ex ample.com",
            "ana@example.c",
            "ana..x@example.com",
        ] {
            assert_eq!(
                EmailAddress::parse(bad),
                Err(EmailAddressError::Format),
                "{bad}"
            );
        }
    }

    #[test]
    fn length_limit_is_255() {
        let domain = [
            "d".repeat(63),
            ".".into(),
            "e".repeat(63),
            ".".into(),
            "f".repeat(58),
            ".com".into(),
        ]
        .concat();
        let at_limit = ["a".repeat(64), "@".into(), domain.clone()].concat();
        assert_eq!(at_limit.len(), 255);
        assert!(EmailAddress::parse(&at_limit).is_ok());
        let over = ["a".repeat(64), "@".into(), "g".into(), domain].concat();
        assert_eq!(EmailAddress::parse(&over), Err(EmailAddressError::TooLong));
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,40}") {
            parser_properties::check(EmailAddress::parse, &input);
        }

        #[test]
        fn generated_addresses_parse(local in "[a-z0-9]{1,20}", domain in "[a-z]{1,20}", tld in "[a-z]{2,6}") {
            let address = [local.as_str(), "@", &domain, ".", &tld].concat();
            prop_assert!(EmailAddress::parse(&address).is_ok());
        }
    }
}
