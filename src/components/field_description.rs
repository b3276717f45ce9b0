//! What ties a field to its hint and its error message: their element ids, the field's
//! `aria-describedby`, which names the hint (when there is one) and the error (while there
//! is one), so a screen reader reads both with the field; and the two messages themselves,
//! drawn the same way above every kind of field.

use leptos::prelude::*;

pub struct FieldDescription {
    hint_id: String,
    error_id: String,
    has_hint: bool,
}

impl FieldDescription {
    pub fn new(id: &str, has_hint: bool) -> Self {
        Self {
            hint_id: [id, "-hint"].concat(),
            error_id: [id, "-error"].concat(),
            has_hint,
        }
    }

    /// The `aria-describedby` value, as `has_error` changes.
    pub fn described_by<F>(&self, has_error: F) -> impl Fn() -> Option<String> + use<F>
    where
        F: Fn() -> bool + Send + Sync + 'static,
    {
        let hint = self.has_hint.then(|| self.hint_id.clone());
        let error_id = self.error_id.clone();
        move || {
            let error = has_error().then_some(error_id.as_str());
            let ids: Vec<&str> = hint.as_deref().into_iter().chain(error).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }

    /// The hint, then the error message while there is one (GOV.UK order).
    pub fn hint_and_error(
        self,
        hint: Option<String>,
        message: impl Fn() -> Option<String> + Send + Sync + 'static,
        error_prefix: &'static str,
    ) -> impl IntoView {
        let Self {
            hint_id, error_id, ..
        } = self;
        view! {
            {hint.map(|hint| view! { <div id=hint_id class="hint">{hint}</div> })}
            {move || message().map(|message| view! {
                <p id=error_id.clone() class="error-message">
                    <span class="visually-hidden">{error_prefix}</span>
                    {message}
                </p>
            })}
        }
    }
}
