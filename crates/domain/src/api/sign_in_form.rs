//! The sign-in page's form as a browser posts it, with or without JavaScript
//! (docs/adr/0025-portal-pages-from-the-server.md): the fields the page draws, turned into
//! the API's [`SignInRequest`], so the form and the JSON API are checked by one `validate`.

use serde::Deserialize;

use crate::{
    FieldErrors, Lang, PortalArea, PortalRoute,
    api::session::{AccountRole, SignInRequest},
    calendar::DateInput,
    path_in_language, words,
};

/// The two answers of `method`, in the order the page lists them.
pub const METHODS: [&str; 2] = ["password", "supervision"];

/// What was posted, by the names of the page's fields (`date_of_birth-day`: a date's boxes
/// are named as the app's date fields name them). What was typed is shown again when the
/// page comes back with errors, except the password.
#[derive(Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct SignInForm {
    pub method: Option<String>,
    pub email: String,
    pub password: String,
    pub a_number: String,
    pub subject_id: String,
    #[serde(rename = "date_of_birth-day")]
    pub birth_day: String,
    #[serde(rename = "date_of_birth-month")]
    pub birth_month: String,
    #[serde(rename = "date_of_birth-year")]
    pub birth_year: String,
    /// The portal page the person was sent from (`?next=`), carried through the form.
    pub next: Option<String>,
}

impl std::fmt::Debug for SignInForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SignInForm({:?}, …)", self.method)
    }
}

impl SignInForm {
    /// The API's request, or "select how you sign in".
    pub fn request(&self, lang: Lang) -> Result<SignInRequest, FieldErrors> {
        match self.method.as_deref() {
            Some("password") => Ok(SignInRequest::Password {
                email: self.email.clone(),
                password: self.password.clone(),
            }),
            Some("supervision") => Ok(SignInRequest::Supervision {
                a_number: self.a_number.clone(),
                subject_id: self.subject_id.clone(),
                date_of_birth: self.date_of_birth(),
            }),
            _ => {
                let mut errors = FieldErrors::new();
                errors.add("method", words::text(lang, "portal-sign_in_method_missing"));
                Err(errors)
            }
        }
    }

    pub fn date_of_birth(&self) -> DateInput {
        DateInput {
            day: self.birth_day.clone(),
            month: self.birth_month.clone(),
            year: self.birth_year.clone(),
        }
    }

    /// Where a signed-in person goes: back to the portal page they were sent from, or to
    /// their role's first page in the language they signed in with.
    pub fn destination(&self, role: AccountRole, lang: Lang) -> String {
        self.next
            .as_deref()
            .and_then(PortalRoute::safe_return)
            .unwrap_or_else(|| {
                path_in_language(&PortalRoute::home(PortalArea::home_of(role)).path(), lang)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &str) -> SignInForm {
        serde_urlencoded::from_str(pairs).expect("a form")
    }

    #[test]
    fn each_method_reads_its_own_fields() {
        let password = form("method=password&email=a%40b.example&password=x&a_number=A1");
        assert_eq!(
            password.request(Lang::En),
            Ok(SignInRequest::Password {
                email: "a@b.example".into(),
                password: "x".into()
            })
        );
        let supervision = form(
            "method=supervision&a_number=A012345678&subject_id=SUB1&date_of_birth-day=12&date_of_birth-month=4&date_of_birth-year=1988",
        );
        assert_eq!(
            supervision.request(Lang::En),
            Ok(SignInRequest::Supervision {
                a_number: "A012345678".into(),
                subject_id: "SUB1".into(),
                date_of_birth: DateInput {
                    day: "12".into(),
                    month: "4".into(),
                    year: "1988".into()
                },
            })
        );
    }

    #[test]
    fn without_a_method_the_form_asks_for_one() {
        for pairs in ["", "method=", "method=other&email=a%40b.example"] {
            let errors = form(pairs).request(Lang::Es).expect_err(pairs);
            assert_eq!(
                errors.first_message("method"),
                Some(words::text(Lang::Es, "portal-sign_in_method_missing"))
            );
        }
    }

    #[test]
    fn a_person_goes_back_where_they_were_sent_from_and_nowhere_else() {
        let sent = form("next=%2Fes%2Fstudent%2Fcontact%3Fstep%3Dcheck");
        assert_eq!(
            sent.destination(AccountRole::Student, Lang::Es),
            "/es/student/contact?step=check"
        );
        let elsewhere = form("next=https%3A%2F%2Fevil.example%2Fdso");
        assert_eq!(
            elsewhere.destination(AccountRole::SchoolOfficial, Lang::Pt),
            "/pt/dso"
        );
        assert_eq!(
            SignInForm::default().destination(AccountRole::Supervised, Lang::En),
            "/reporting"
        );
    }

    #[test]
    fn the_password_is_never_printed() {
        let printed = format!("{:?}", form("method=password&password=secret"));
        assert!(!printed.contains("secret"), "{printed}");
    }
}
