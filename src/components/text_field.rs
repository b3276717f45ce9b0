//! A labelled text input with hint and error, showing exactly what was typed.

use leptos::prelude::*;

use super::{FieldDescription, field_id};
use crate::{navigation::use_navigation, text::shell_text};

#[component]
pub fn TextField(
    /// The field key (`address.line1`).
    #[prop(into)]
    name: String,
    #[prop(into)] label: String,
    #[prop(into, default = None)] hint: Option<String>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    /// `autocomplete` token, when the field has a purpose (WCAG 1.3.5).
    #[prop(default = None)]
    autocomplete: Option<&'static str>,
    /// `numeric` for digits (not `type=number`, which mangles leading zeros).
    #[prop(default = None)]
    inputmode: Option<&'static str>,
    /// Names, emails and reference numbers are not words: no spellcheck.
    #[prop(optional)]
    no_spellcheck: bool,
    #[prop(default = None)] input_type: Option<&'static str>,
    /// A width class (`input--width-10`); full width when absent.
    #[prop(default = None)]
    width: Option<&'static str>,
) -> impl IntoView {
    let t = shell_text(use_navigation().lang_untracked());
    let id = field_id(&name);
    let description = FieldDescription::new(&id, hint.is_some());
    let described_by = description.described_by(move || error.with(Option::is_some));
    let class = ["input ", width.unwrap_or("")].concat();
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for=id.clone()>{label}</label>
            {description.hint_and_error(hint, move || error.get(), t.error_prefix())}
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
