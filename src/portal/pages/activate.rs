//! A student sets up their Portal account from the invitation link
//! (`/activate?token=…`, valid 14 days). The answer signs them in. The password is never
//! saved on the device.

use leptos::{ev::SubmitEvent, prelude::*, task::spawn_local};
use navigator_domain::{
    FieldErrors, PortalArea, PortalRoute,
    api::{
        endpoints::ACTIVATE,
        session::{ActivationRequest, SessionInfo},
    },
    path_in_language,
};

use crate::{
    components::{ErrorSummary, TextField, field_id},
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        api::{self, ApiFailure},
        form_flow::query_value,
        session::use_session,
    },
    text::portal_text,
};

#[component]
pub fn ActivatePage() -> impl IntoView {
    let navigation = use_navigation();
    let session = use_session();
    let lang = navigation.lang_untracked();
    let t = portal_text(lang);
    let token = query_value(&navigation.query_untracked(), "token").unwrap_or_default();
    let password = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let busy = RwSignal::new(false);
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let request = ActivationRequest {
            token: token.clone(),
            password: password.get_untracked(),
            confirm_password: confirm.get_untracked(),
        };
        if let Err(found) = request.validate(lang) {
            errors.set(found);
            return;
        }
        let body = serde_json::to_string(&request).unwrap_or_default();
        busy.set(true);
        spawn_local(async move {
            let answer = api::send::<SessionInfo>(
                lang,
                ACTIVATE.method.as_str(),
                ACTIVATE.path,
                &body,
                None,
            )
            .await;
            busy.set(false);
            match answer {
                Ok(info) => {
                    session.signed_in(info);
                    let home =
                        path_in_language(&PortalRoute::home(PortalArea::Student).path(), lang);
                    navigation.replace(&home);
                }
                Err(ApiFailure::Invalid(found)) => errors.set(found),
                Err(failure) => {
                    let mut found = FieldErrors::new();
                    let message = match failure {
                        ApiFailure::Refused(message) => message,
                        _ => t.unreachable_body().to_owned(),
                    };
                    found.add("token", message);
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
                .filter_map(|(key, m)| {
                    // Link problems have no field: they point at the button.
                    let id = if key == "token" {
                        "activate".to_owned()
                    } else {
                        field_id(key)
                    };
                    Some((id, m.first()?.clone()))
                })
                .collect::<Vec<_>>()
        })
    });
    let has_errors = Signal::derive(move || !errors.with(FieldErrors::is_empty));
    view! {
        <ErrorSummary items=summary/>
        <PageHeading text=t.activate_title() has_errors=has_errors/>
        <p class="lead">{t.activate_lead()}</p>
        <form novalidate on:submit=submit>
            <TextField name="password" label=t.new_password() hint=t.new_password_hint().to_owned() value=password
                error=message("password") autocomplete=Some("new-password") input_type=Some("password")/>
            <TextField name="confirm_password" label=t.confirm_password() value=confirm
                error=message("confirm_password") autocomplete=Some("new-password") input_type=Some("password")/>
            <button type="submit" class="button" id="activate">{t.activate_button()}</button>
        </form>
    }
}
