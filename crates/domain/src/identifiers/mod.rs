//! Identifiers people type or paste, parsed once into types that can only hold valid values
//! ("parse, don't validate"). Each parser forgives what people paste (spaces, dashes, dots,
//! brackets, lower case) and each error has a GOV.UK-style message in every language.

mod a_number;
mod cip_code;
mod ein;
mod email_address;
mod i94_number;
mod new_password;
mod person_name;
mod phone_number;
mod receipt_number;
mod school_code;
mod sevis_id;
mod subject_id;
mod us_address;
mod us_state;
mod zip_code;

pub use a_number::{ANumber, ANumberError};
pub use cip_code::{CipCode, CipCodeError};
pub use ein::{Ein, EinError};
pub use email_address::{EmailAddress, EmailAddressError};
pub use i94_number::{I94Number, I94NumberError};
pub use new_password::{NewPassword, NewPasswordError};
pub use person_name::{FirstName, FirstNameError, LastName, LastNameError};
pub use phone_number::{PhoneNumber, PhoneNumberError};
pub use receipt_number::{ReceiptNumber, ReceiptNumberError, ServiceCenter};
pub use school_code::{SchoolCode, SchoolCodeError};
pub use sevis_id::{SevisId, SevisIdError};
pub use subject_id::{SubjectId, SubjectIdError};
pub use us_address::{AddressInput, UsAddress};
pub use us_state::{UsState, UsStateError};
pub use zip_code::{ZipCode, ZipCodeError};

/// What people paste: characters that only separate groups of letters or digits.
pub(crate) fn without_separators(input: &str) -> String {
    input
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '-' | '.' | '(' | ')' | '/' | '_' | '–' | '—')
        })
        .collect()
}

/// An error as logs and serde read it: its message in the default language when that
/// language's words are at hand (always on the server and in tests), else its message id.
pub(crate) fn write_error(f: &mut std::fmt::Formatter<'_>, id: &str) -> std::fmt::Result {
    let lang = crate::Lang::default();
    if crate::words::is_installed(lang) {
        f.write_str(crate::words::text(lang, id))
    } else {
        f.write_str(id)
    }
}

/// Implements what every identifier newtype shares: reading its text, its error's message in
/// a language, Display, and serde through its parser so that a value received over the API
/// is valid too.
macro_rules! identifier_text {
    ($name:ident, $error:ident) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl $error {
            /// The message in a language (`locales/<lang>/validation.ftl`).
            pub fn message(self, lang: $crate::Lang) -> &'static str {
                $crate::words::text(lang, self.message_id())
            }
        }

        impl std::fmt::Display for $error {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                $crate::identifiers::write_error(f, self.message_id())
            }
        }

        impl std::error::Error for $error {}

        impl TryFrom<String> for $name {
            type Error = $error;
            fn try_from(text: String) -> Result<Self, Self::Error> {
                $name::parse(&text)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }
    };
}
pub(crate) use identifier_text;

#[cfg(test)]
pub(crate) mod parser_properties {
    //! Properties every parser must have, checked with generated input.
    use std::fmt::Debug;

    /// Parsing never panics, and parsing a parsed value's text gives the same value.
    pub fn check<T: PartialEq + Debug + ToString, E>(parse: fn(&str) -> Result<T, E>, input: &str) {
        if let Ok(value) = parse(input) {
            let again = parse(&value.to_string());
            assert!(
                again.as_ref().is_ok_and(|v| *v == value),
                "{input:?} -> {value:?} -> not stable"
            );
        }
    }
}
