//! A password someone chooses: 12 to 128 characters, typed the same twice. Length is what
//! protects a password; composition rules only make people write them down (NIST SP 800-63B).

use crate::{Lang, words};

pub const MIN_PASSWORD: usize = 12;
pub const MAX_PASSWORD: usize = 128;

/// Holds the chosen password; deliberately has no Display or Serialize.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewPasswordError {
    Missing,
    TooShort,
    TooLong,
    /// The confirmation differs (reported on the confirmation field).
    DoesNotMatch,
}

impl NewPassword {
    pub fn parse(password: &str, confirmation: &str) -> Result<NewPassword, NewPasswordError> {
        let length = password.chars().count();
        if password.is_empty() {
            Err(NewPasswordError::Missing)
        } else if length < MIN_PASSWORD {
            Err(NewPasswordError::TooShort)
        } else if length > MAX_PASSWORD {
            Err(NewPasswordError::TooLong)
        } else if password != confirmation {
            Err(NewPasswordError::DoesNotMatch)
        } else {
            Ok(NewPassword(password.to_owned()))
        }
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl NewPasswordError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            NewPasswordError::Missing => "validation-password-missing",
            NewPasswordError::TooShort => "validation-password-too-short",
            NewPasswordError::TooLong => "validation-password-too-long",
            NewPasswordError::DoesNotMatch => "validation-password-does-not-match",
        }
    }

    pub fn message(self, lang: Lang) -> &'static str {
        words::text(lang, self.message_id())
    }

    /// The form field the message belongs to.
    pub const fn field(self) -> &'static str {
        match self {
            NewPasswordError::DoesNotMatch => "confirm_password",
            _ => "password",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules() {
        assert!(NewPassword::parse("correct horse battery", "correct horse battery").is_ok());
        assert_eq!(NewPassword::parse("", ""), Err(NewPasswordError::Missing));
        assert_eq!(
            NewPassword::parse("short", "short"),
            Err(NewPasswordError::TooShort)
        );
        assert_eq!(
            NewPassword::parse(&"x".repeat(129), &"x".repeat(129)),
            Err(NewPasswordError::TooLong)
        );
        assert_eq!(
            NewPassword::parse("long enough pass", "long enough pas"),
            Err(NewPasswordError::DoesNotMatch)
        );
        assert_eq!(NewPasswordError::DoesNotMatch.field(), "confirm_password");
        assert!(
            !format!(
                "{:?}",
                NewPassword::parse("secret secret!", "secret secret!").unwrap()
            )
            .contains("secret")
        );
    }
}
