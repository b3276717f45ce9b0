//! A password someone chooses: 12 to 128 characters, typed the same twice. Length is what
//! protects a password; composition rules only make people write them down (NIST SP 800-63B).

use crate::Lang;

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
    pub const fn message(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (NewPasswordError::Missing, Lang::En) => "Enter a password",
            (NewPasswordError::Missing, Lang::Es) => "Escriba una contraseña",
            (NewPasswordError::TooShort, Lang::En) => "Password must be 12 characters or more",
            (NewPasswordError::TooShort, Lang::Es) => {
                "La contraseña debe tener 12 caracteres o más"
            }
            (NewPasswordError::TooLong, Lang::En) => "Password must be 128 characters or fewer",
            (NewPasswordError::TooLong, Lang::Es) => {
                "La contraseña debe tener 128 caracteres o menos"
            }
            (NewPasswordError::DoesNotMatch, Lang::En) => "Passwords must match",
            (NewPasswordError::DoesNotMatch, Lang::Es) => "Las contraseñas deben coincidir",
        }
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
