//! Signing in, the session the server keeps, and activating a student's Portal account.

use serde::{Deserialize, Serialize};

use crate::{
    FieldErrors, Lang,
    calendar::{Date, DateInput, DateLabel, DateRule, Timestamp},
    identifiers::{ANumber, EmailAddress, NewPassword, SubjectId},
    words,
};

pub const DATE_OF_BIRTH: DateLabel = DateLabel::new("validation-date-label-birth");

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountRole {
    /// PDSO or DSO: sees only their own school's students.
    SchoolOfficial,
    /// Student on OPT: sees only their own record.
    Student,
    /// Person under ICE supervision: their own address and check-ins.
    Supervised,
    /// ICE officer: monitoring and program management.
    Officer,
}

impl AccountRole {
    pub const fn id(self) -> &'static str {
        match self {
            AccountRole::SchoolOfficial => "school_official",
            AccountRole::Student => "student",
            AccountRole::Supervised => "supervised",
            AccountRole::Officer => "officer",
        }
    }

    pub fn from_id(id: &str) -> Option<AccountRole> {
        [
            AccountRole::SchoolOfficial,
            AccountRole::Student,
            AccountRole::Supervised,
            AccountRole::Officer,
        ]
        .into_iter()
        .find(|r| r.id() == id)
    }
}

/// How people sign in: email and password (school officials, students, officers), or the
/// details on Form I-385 (people under ICE supervision, docs/adr/0007-supervision-sign-in.md).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum SignInRequest {
    Password {
        email: String,
        password: String,
    },
    Supervision {
        a_number: String,
        subject_id: String,
        date_of_birth: DateInput,
    },
}

/// A checked sign-in. The password is compared by the server only.
#[derive(Clone, PartialEq, Eq)]
pub enum SignIn {
    Password {
        email: EmailAddress,
        password: String,
    },
    Supervision {
        a_number: ANumber,
        subject_id: SubjectId,
        date_of_birth: Date,
    },
}

impl std::fmt::Debug for SignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SignIn::Password { email, .. } => write!(f, "SignIn::Password({email}, …)"),
            SignIn::Supervision { a_number, .. } => {
                write!(f, "SignIn::Supervision({}, …)", a_number.masked())
            }
        }
    }
}

impl SignInRequest {
    pub fn validate(&self, lang: Lang, today: Date) -> Result<SignIn, FieldErrors> {
        let mut errors = FieldErrors::new();
        match self {
            SignInRequest::Password { email, password } => {
                let email = errors.check("email", EmailAddress::parse(email), |e| {
                    e.message(lang).into()
                });
                if password.is_empty() {
                    errors.add(
                        "password",
                        words::text(lang, "validation-sign-in-password-missing"),
                    );
                }
                match email {
                    Some(email) if errors.is_empty() => Ok(SignIn::Password {
                        email,
                        password: password.clone(),
                    }),
                    _ => Err(errors),
                }
            }
            SignInRequest::Supervision {
                a_number,
                subject_id,
                date_of_birth,
            } => {
                let a_number = errors.check("a_number", ANumber::parse(a_number), |e| {
                    e.message(lang).into()
                });
                let subject_id = errors.check("subject_id", SubjectId::parse(subject_id), |e| {
                    e.message(lang).into()
                });
                let date_of_birth = errors.check(
                    "date_of_birth",
                    date_of_birth.parse(&[DateRule::InThePast, DateRule::WithinYears(120)], today),
                    |e| e.message(DATE_OF_BIRTH, lang),
                );
                match (a_number, subject_id, date_of_birth) {
                    (Some(a_number), Some(subject_id), Some(date_of_birth)) => {
                        Ok(SignIn::Supervision {
                            a_number,
                            subject_id,
                            date_of_birth,
                        })
                    }
                    _ => Err(errors),
                }
            }
        }
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: String,
    pub role: AccountRole,
    pub display_name: String,
    /// School officials and students: their school.
    pub school_name: Option<String>,
    /// A principal DSO (PDSO).
    pub is_principal: bool,
}

/// The session as the app sees it. The session id itself is only in an HttpOnly cookie.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub account: AccountSummary,
    /// Sent back in the `X-CSRF-Token` header of every change.
    pub csrf_token: String,
    /// The server's clock now, so the app can count down without trusting its own.
    pub now: Timestamp,
    /// The session ends here unless something is done before (each request moves it).
    pub idle_expires_at: Timestamp,
    /// The session ends here whatever happens.
    pub absolute_expires_at: Timestamp,
}

impl SessionInfo {
    /// When the session really ends: the earlier of the two limits.
    pub fn expires_at(&self) -> Timestamp {
        self.idle_expires_at.min(self.absolute_expires_at)
    }

    /// Seconds left, by the server's clock at the time of the answer.
    pub fn seconds_left(&self) -> i64 {
        self.expires_at().unix_seconds() - self.now.unix_seconds()
    }
}

/// A student sets a password from the invitation link (valid 14 days).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivationRequest {
    pub token: String,
    pub password: String,
    pub confirm_password: String,
}

impl ActivationRequest {
    pub fn validate(&self, lang: Lang) -> Result<NewPassword, FieldErrors> {
        let mut errors = FieldErrors::new();
        if self.token.trim().is_empty() {
            errors.add(
                "token",
                words::text(lang, "validation-activation-link-incomplete"),
            );
        }
        let password = match NewPassword::parse(&self.password, &self.confirm_password) {
            Ok(password) => Some(password),
            Err(error) => {
                errors.add(error.field(), error.message(lang));
                None
            }
        };
        match password {
            Some(password) if errors.is_empty() => Ok(password),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    const TODAY: Date = date(2026, 11, 28);

    #[test]
    fn password_sign_in() {
        let request = SignInRequest::Password {
            email: " Dso@School.EDU ".into(),
            password: "secret".into(),
        };
        assert_eq!(
            request.validate(Lang::En, TODAY).unwrap(),
            SignIn::Password {
                email: EmailAddress::parse("Dso@school.edu").unwrap(),
                password: "secret".into()
            }
        );
        let empty = SignInRequest::Password {
            email: String::new(),
            password: String::new(),
        };
        let errors = empty.validate(Lang::Es, TODAY).unwrap_err();
        assert_eq!(
            errors.first_message("email"),
            Some("Escriba un correo electrónico")
        );
        assert_eq!(
            errors.first_message("password"),
            Some("Escriba su contraseña")
        );
    }

    #[test]
    fn supervision_sign_in_follows_form_i385() {
        let request = SignInRequest::Supervision {
            a_number: "A-012-345-678".into(),
            subject_id: "ab12cd".into(),
            date_of_birth: DateInput::new("3", "4", "1990"),
        };
        let SignIn::Supervision {
            a_number,
            subject_id,
            date_of_birth,
        } = request.validate(Lang::En, TODAY).unwrap()
        else {
            panic!("expected a supervision sign-in");
        };
        assert_eq!(
            (a_number.as_str(), subject_id.as_str(), date_of_birth),
            ("A012345678", "AB12CD", date(1990, 4, 3))
        );
        let future = SignInRequest::Supervision {
            a_number: "A012345678".into(),
            subject_id: "AB12".into(),
            date_of_birth: DateInput::new("3", "4", "2030"),
        };
        assert_eq!(
            future
                .validate(Lang::En, TODAY)
                .unwrap_err()
                .first_message("date_of_birth"),
            Some("Date of birth must be in the past")
        );
        assert!(!format!("{:?}", request.validate(Lang::En, TODAY).unwrap()).contains("345"));
    }

    #[test]
    fn requests_are_tagged_json() {
        let json = r#"{"method":"password","email":"a@b.co","password":"x"}"#;
        assert!(matches!(
            serde_json::from_str::<SignInRequest>(json).unwrap(),
            SignInRequest::Password { .. }
        ));
    }

    #[test]
    fn activation() {
        let ok = ActivationRequest {
            token: "t".into(),
            password: "a long password".into(),
            confirm_password: "a long password".into(),
        };
        assert!(ok.validate(Lang::En).is_ok());
        let mismatch = ActivationRequest {
            confirm_password: "other".into(),
            ..ok
        };
        assert_eq!(
            mismatch
                .validate(Lang::En)
                .unwrap_err()
                .first_message("confirm_password"),
            Some("Passwords must match")
        );
    }
}
