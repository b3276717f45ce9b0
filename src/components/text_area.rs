//! A labelled multi-line answer with hint and error, showing exactly what was typed.

use leptos::prelude::*;

use super::{FieldDescription, field_id};
use crate::{navigation::use_navigation, text::shell_text};

#[component]
pub fn TextArea(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
    #[prop(into, default = None)] hint: Option<String>,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let t = shell_text(use_navigation().lang_untracked());
    let id = field_id(&name);
    let description = FieldDescription::new(&id, hint.is_some());
    let described_by = description.described_by(move || error.with(Option::is_some));
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <label class="label" for=id.clone()>{label}</label>
            {description.hint_and_error(hint, move || error.get(), t.error_prefix())}
            <textarea
                class="textarea"
                class:textarea--error=move || error.with(Option::is_some)
                id=id
                name=name
                rows="5"
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        </div>
    }
}
