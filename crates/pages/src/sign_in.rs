//! The sign-in page, drawn whole by the server (docs/adr/0025-portal-pages-from-the-server.md):
//! a form that posts to its own address and works without JavaScript; with errors, the
//! same page again with what was typed (never the password). The two ways of signing in are
//! radios; each reveals its own fields (CSS, no script), as GOV.UK's conditional radios do.

use navigator_domain::{
    AppPath, FieldErrors, Lang, Page, PortalArea, PortalRoute,
    api::{
        session::AccountRole,
        sign_in_form::{METHODS, SignInForm},
    },
    path_in_language,
};

use crate::{
    form_fields::{Described, Input, Radios, date_fields, radios, text_field},
    markup::{Markup, field_id},
    query::query_value,
    static_page::StaticPage,
    text::{choice_label, portal_text, shell_text},
};

/// What the page shows besides its form.
pub struct SignInState<'a> {
    /// What was posted, shown again (without the password) with `errors`.
    pub form: &'a SignInForm,
    pub errors: &'a FieldErrors,
    /// Who this browser is signed in as already (name, role).
    pub signed_in: Option<(&'a str, AccountRole)>,
    /// The person has just cleared their data from this device (`?cleared`).
    pub cleared: bool,
    /// The person came from another page of the site: the heading takes focus.
    pub arrived: bool,
}

/// The page as its address asks for it: `?next=` (the portal page to go back to), `?cleared`
/// (after "Clear my data on this device"), with nothing typed yet.
pub fn asked_page(
    lang: Lang,
    query: &str,
    signed_in: Option<(&str, AccountRole)>,
    arrived: bool,
) -> StaticPage {
    let form = SignInForm {
        next: query_value(query, "next"),
        ..SignInForm::default()
    };
    let state = SignInState {
        form: &form,
        errors: &FieldErrors::new(),
        signed_in,
        cleared: query_value(query, "cleared").is_some(),
        arrived,
    };
    sign_in_page(lang, &state)
}

pub fn sign_in_page(lang: Lang, state: &SignInState) -> StaticPage {
    let t = portal_text(lang);
    let errors = state.errors;
    let form = state.form;
    let error = |key: &str| errors.first_message(key);

    let mut before = Markup::new();
    // Above everything: where the answers go, before anyone types.
    before.element("p", &[("class", "portal-notice")], t.notice_sign_in());
    if state.cleared {
        before.element(
            "p",
            &[("class", "notification"), ("role", "status")],
            t.cleared(),
        );
    }
    if !errors.is_empty() {
        let items: Vec<(String, &str)> = errors
            .iter()
            .filter_map(|(key, messages)| {
                let id = match key {
                    // A date's summary link goes to its first box.
                    "date_of_birth" => "date-of-birth-day".to_owned(),
                    other => field_id(other),
                };
                Some((id, messages.first()?.as_str()))
            })
            .collect();
        let items: Vec<(&str, &str)> = items.iter().map(|(id, m)| (id.as_str(), *m)).collect();
        before.error_summary(shell_text(lang).error_summary_title(), &items);
    }

    let mut m = Markup::new();
    if let Some((name, role)) = state.signed_in {
        let home = path_in_language(&PortalRoute::home(PortalArea::home_of(role)).path(), lang);
        m.open("div", &[("class", "notification")])
            .open("p", &[])
            .text(t.signed_in_as())
            .text(" ")
            .element("strong", &[], name)
            .text(" (")
            .text(choice_label(lang, "portal-role", role.id()))
            .text(").")
            .close("p")
            .link(&home, t.go_to_yours())
            .close("div");
    }
    m.element("p", &[("class", "lead")], t.sign_in_lead());
    let action = AppPath::href(lang, Page::Portal(PortalArea::SignIn)).unwrap_or_default();
    m.open(
        "form",
        &[("method", "post"), ("action", &action), ("novalidate", "")],
    );
    if let Some(next) = &form.next {
        m.open(
            "input",
            &[("type", "hidden"), ("name", "next"), ("value", next)],
        );
    }
    let mut legend = Markup::new();
    legend.element("span", &[("class", "fieldset__heading")], t.sign_in_how());
    let options =
        METHODS.map(|method| (method, choice_label(lang, "portal-sign_in_method", method)));
    radios(
        &mut m,
        lang,
        Radios {
            name: "method",
            legend: &legend.into_string(),
            options: &options,
            selected: form.method.as_deref(),
            error: error("method"),
        },
        |m, method| {
            if method == "password" {
                password_fields(m, lang, form, errors);
            } else {
                supervision_fields(m, lang, form, errors);
            }
        },
    );
    m.element(
        "button",
        &[("type", "submit"), ("class", "button")],
        t.sign_in_button(),
    )
    .close("form");

    StaticPage {
        before: before.into_string(),
        has_errors: !errors.is_empty(),
        // With errors, the summary takes focus instead.
        focus_heading: state.arrived && errors.is_empty(),
        ..StaticPage::new(t.sign_in_title(), m.into_string())
    }
}

/// A field's hint and, from `errors`, its message.
fn described<'a>(errors: &'a FieldErrors, key: &str, hint: Option<&'a str>) -> Described<'a> {
    Described {
        hint,
        error: errors.first_message(key),
    }
}

fn password_fields(m: &mut Markup, lang: Lang, form: &SignInForm, errors: &FieldErrors) {
    let t = portal_text(lang);
    text_field(
        m,
        lang,
        "email",
        t.email(),
        &form.email,
        described(errors, "email", None),
        Input {
            input_type: Some("email"),
            autocomplete: Some("username"),
            no_spellcheck: true,
            ..Input::default()
        },
    );
    // Never shown again: a password does not travel back in a page.
    text_field(
        m,
        lang,
        "password",
        t.password(),
        "",
        described(errors, "password", None),
        Input {
            input_type: Some("password"),
            autocomplete: Some("current-password"),
            ..Input::default()
        },
    );
    m.element("p", &[("class", "hint")], t.students_activate());
}

fn supervision_fields(m: &mut Markup, lang: Lang, form: &SignInForm, errors: &FieldErrors) {
    let t = portal_text(lang);
    // Typed on a shared computer, an A-Number must not stay in the browser's form history.
    let identifier = Input {
        autocomplete: Some("off"),
        no_spellcheck: true,
        width: Some("input--width-10"),
        ..Input::default()
    };
    text_field(
        m,
        lang,
        "a_number",
        t.a_number(),
        &form.a_number,
        described(errors, "a_number", Some(t.a_number_hint())),
        identifier,
    );
    text_field(
        m,
        lang,
        "subject_id",
        t.subject_id(),
        &form.subject_id,
        described(errors, "subject_id", Some(t.subject_id_hint())),
        identifier,
    );
    date_fields(
        m,
        lang,
        "date_of_birth",
        t.date_of_birth(),
        [&form.birth_day, &form.birth_month, &form.birth_year],
        described(errors, "date_of_birth", Some(t.date_of_birth_hint())),
        Some("bday"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(form: &SignInForm, errors: &FieldErrors) -> String {
        let state = SignInState {
            form,
            errors,
            signed_in: None,
            cleared: false,
            arrived: false,
        };
        sign_in_page(Lang::En, &state).html()
    }

    /// Every field the page draws is one the form reads: posting the page's own names and
    /// values gives back the same form.
    #[test]
    fn the_page_posts_the_fields_the_form_reads() {
        let typed = SignInForm {
            method: Some("supervision".into()),
            email: "a@b.example".into(),
            a_number: "A012345678".into(),
            subject_id: "SUB1".into(),
            birth_day: "12".into(),
            birth_month: "4".into(),
            birth_year: "1988".into(),
            next: Some("/dso".into()),
            ..SignInForm::default()
        };
        let html = page(&typed, &FieldErrors::new());
        let mut posted = Vec::new();
        for input in html.split("<input").skip(1) {
            let attribute = |name: &str| {
                let start = input.find(&[" ", name, "=\""].concat())? + name.len() + 3;
                Some(input[start..start + input[start..].find('"')?].to_owned())
            };
            let (Some(name), value) = (attribute("name"), attribute("value")) else {
                continue;
            };
            let is_radio = attribute("type").as_deref() == Some("radio");
            if !is_radio || input.contains(" checked") {
                posted.push((name, value.unwrap_or_default()));
            }
        }
        let body = serde_urlencoded::to_string(&posted).expect("a body");
        let read: SignInForm = serde_urlencoded::from_str(&body).expect("a form");
        assert!(read == typed, "{body}");
    }

    #[test]
    fn errors_are_summarised_and_shown_at_their_fields_and_the_password_is_not_shown_again() {
        let form = SignInForm {
            method: Some("password".into()),
            email: "nobody@".into(),
            password: "secret-typed".into(),
            ..SignInForm::default()
        };
        let mut errors = FieldErrors::new();
        errors.add("email", "Enter an email address like name@example.com");
        errors.add("date_of_birth", "Enter a date of birth");
        let state = SignInState {
            form: &form,
            errors: &errors,
            signed_in: Some(("Ana Lopez", AccountRole::Student)),
            cleared: true,
            arrived: true,
        };
        let shown = sign_in_page(Lang::En, &state);
        assert!(shown.has_errors);
        let html = shown.html();
        assert!(html.contains("<a href=\"#email\">Enter an email"), "{html}");
        assert!(html.contains("<a href=\"#date-of-birth-day\">"), "{html}");
        assert!(html.contains("id=\"email-error\""), "{html}");
        assert!(html.contains("value=\"nobody@\""), "{html}");
        assert!(!html.contains("secret-typed"), "{html}");
        assert!(html.contains("<strong>Ana Lopez</strong>"), "{html}");
        assert!(html.contains("role=\"status\""), "{html}");
    }

    #[test]
    fn every_language_has_the_page() {
        for lang in Lang::ALL {
            let form = SignInForm::default();
            let errors = FieldErrors::new();
            let state = SignInState {
                form: &form,
                errors: &errors,
                signed_in: None,
                cleared: false,
                arrived: false,
            };
            let html = sign_in_page(lang, &state).html();
            assert!(
                html.contains("action=\"") && html.contains("method=\"post\""),
                "{html}"
            );
        }
    }
}
