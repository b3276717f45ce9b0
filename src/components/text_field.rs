//! A labelled text input with hint and error, showing exactly what was typed.

use leptos::prelude::*;

use super::field_id;
use crate::{navigation::use_navigation, text::shell_text};

#[component]
pub fn TextField(
    /// The field key (`address.line1`).
    #[prop(into)]
    name: String,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    /// `autocomplete` token, when the field has a purpose (WCAG 1.3.5).
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// `numeric` for digits (not `type=number`, which mangles leading zeros).
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// Names, emails and reference numbers are not words: no spellcheck.
    #[prop(optional)]
    no_spellcheck: bool,
    #[prop(optional)] input_type: Option<&'static str>,
    /// A width class (`input--width-10`); full width when absent.
    #[prop(optional)]
    width: Option<&'static str>,
) -> impl IntoView {
    let t = shell_text(use_navigation().lang_untracked());
    let id = field_id(&name);
    let hint_id = [id.as_str(), "-hint"].concat();
    let error_id = [id.as_str(), "-error"].concat();
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let class = ["input ", width.unwrap_or("")].concat();
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <div id=hint_id class="hint">{hint}</div> })}
            {move || error.get().map(|message| view! {
                <p id=error_id.clone() class="error-message">
                    <span class="visually-hidden">{t.error_prefix}</span>
                    {message}
                </p>
            })}
            <input
                class=class
                class:input--error=move || error.with(Option::is_some)
                id=id
                name=name
                type=input_type.unwrap_or("text")
                autocomplete=autocomplete
                inputmode=inputmode
                spellcheck=no_spellcheck.then_some("false")
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}
