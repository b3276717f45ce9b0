//! Sign-in for every role: email and password, or A-Number, Subject ID and date of birth
//! for people under supervision (docs/adr/0007-supervision-sign-in.md). Afterwards the
//! person lands where they were sent from (a form they were filling), or on their pages.
//! Nothing typed here is saved on the device: it is a password, or close to one.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use navigator_domain::{
    FieldErrors, PortalArea, PortalRoute,
    api::{
        endpoints::SIGN_IN,
        session::{SessionInfo, SignInRequest},
    },
    calendar::DateInput,
    path_in_language,
};

use crate::{
    components::{DateFields, ErrorSummary, Radios, TextField, field_id},
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        api::{self, ApiFailure},
        form_flow::query_value,
        labels,
        session::use_session,
    },
    text::portal_text,
    today::today,
};

const METHODS: [&str; 2] = ["password", "supervision"];

#[component]
pub fn SignInPage() -> impl IntoView {
    let navigation = use_navigation();
    let session = use_session();
    let lang = navigation.lang_untracked();
    let t = portal_text(lang);
    let method = RwSignal::new(None::<String>);
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let a_number = RwSignal::new(String::new());
    let subject_id = RwSignal::new(String::new());
    let date_of_birth = RwSignal::new(DateInput::default());
    let errors = RwSignal::new(FieldErrors::new());
    let busy = RwSignal::new(false);

    let go_on = move |info: &SessionInfo| {
        let next = query_value(&navigation.query_untracked(), "next")
            .and_then(|n| PortalRoute::safe_return(&n));
        let home = || {
            let area = PortalArea::home_of(info.account.role);
            path_in_language(&PortalRoute::home(area).path(), lang)
        };
        navigation.replace(&next.unwrap_or_else(home));
    };
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let request = match method.get_untracked().as_deref() {
            Some("password") => SignInRequest::Password {
                email: email.get_untracked(),
                password: password.get_untracked(),
            },
            Some(_) => SignInRequest::Supervision {
                a_number: a_number.get_untracked(),
                subject_id: subject_id.get_untracked(),
                date_of_birth: date_of_birth.get_untracked(),
            },
            None => {
                let mut found = FieldErrors::new();
                found.add("method", t.sign_in_method_missing());
                errors.set(found);
                return;
            }
        };
        if let Err(found) = request.validate(lang, today()) {
            errors.set(found);
            return;
        }
        let body = serde_json::to_string(&request).unwrap_or_default();
        busy.set(true);
        spawn_local(async move {
            let answer =
                api::send::<SessionInfo>(lang, SIGN_IN.method.as_str(), SIGN_IN.path, &body, None)
                    .await;
            busy.set(false);
            match answer {
                Ok(info) => {
                    // The password leaves memory with the page.
                    password.set(String::new());
                    session.signed_in(info.clone());
                    go_on(&info);
                }
                Err(ApiFailure::Invalid(found)) => errors.set(found),
                Err(ApiFailure::Refused(message)) => {
                    let mut found = FieldErrors::new();
                    found.add("method", message);
                    errors.set(found);
                }
                Err(_) => {
                    let mut found = FieldErrors::new();
                    found.add("method", t.unreachable_body());
                    errors.set(found);
                }
            }
        });
    };

    let message = move |key: &'static str| {
        Signal::derive(move || errors.with(|e| e.first_message(key).map(str::to_owned)))
    };
    let summary = Signal::derive(move || {
        errors.with(|e| {
            e.iter()
                .filter_map(|(key, messages)| {
                    let id = match key {
                        "date_of_birth" => "date-of-birth-day".to_owned(),
                        other => field_id(other),
                    };
                    Some((id, messages.first()?.clone()))
                })
                .collect::<Vec<_>>()
        })
    });
    let has_errors = Signal::derive(move || !errors.with(FieldErrors::is_empty));
    let options = METHODS
        .iter()
        .map(|id| {
            (
                (*id).to_owned(),
                labels::sign_in_method(id, lang).to_owned(),
            )
        })
        .collect();
    let fields = move || {
        match method.get().as_deref() {
        Some("password") => view! {
            <TextField name="email" label=t.email() value=email error=message("email")
                autocomplete=Some("username") input_type=Some("email") no_spellcheck=true/>
            <TextField name="password" label=t.password() value=password error=message("password")
                autocomplete=Some("current-password") input_type=Some("password")/>
            <p class="hint">{t.students_activate()}</p>
        }
        .into_any(),
        Some(_) => view! {
            <TextField name="a_number" label=t.a_number() hint=t.a_number_hint().to_owned() value=a_number
                error=message("a_number") no_spellcheck=true width=Some("input--width-10")/>
            <TextField name="subject_id" label=t.subject_id() hint=t.subject_id_hint().to_owned() value=subject_id
                error=message("subject_id") no_spellcheck=true width=Some("input--width-10")/>
            <DateFields name="date_of_birth" legend=t.date_of_birth() hint=t.date_of_birth_hint().to_owned()
                value=date_of_birth autocomplete=Some("bday")
                error=Signal::derive(move || message("date_of_birth").get().map(|m| (m, [true; 3])))/>
        }
        .into_any(),
        None => ().into_any(),
    }
    };
    let already = move || {
        session.signed_in_untracked().map(|s| {
            let home = path_in_language(
                &PortalRoute::home(PortalArea::home_of(s.role())).path(),
                lang,
            );
            view! {
                <div class="notification">
                    <p>{t.signed_in_as()}" " <strong>{s.info.account.display_name.clone()}</strong>
                        " (" {labels::role(s.role(), lang)} ")."</p>
                    <a href=home>{t.go_to_yours()}</a>
                </div>
            }
        })
    };
    view! {
        <ErrorSummary items=summary/>
        <PageHeading text=t.sign_in_title() has_errors=has_errors/>
        {already}
        <p class="lead">{t.sign_in_lead()}</p>
        <form novalidate on:submit=submit>
            <Radios
                name="method"
                legend=view! { <span class="fieldset__heading">{t.sign_in_how()}</span> }.into_any()
                options=options
                selected=method
                error=message("method")
            />
            {fields}
            <button type="submit" class="button">{t.sign_in_button()}</button>
        </form>
    }
}
