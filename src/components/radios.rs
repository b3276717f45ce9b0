//! A set of radios in a fieldset: error message above the options, the first radio's id is
//! the field's, so the error summary can focus it.

use leptos::prelude::*;

use super::{FieldDescription, field_id};
use crate::navigation::use_navigation;
use crate::text::shell_text;

#[component]
pub fn Radios(
    /// The field key (`court_case`).
    name: &'static str,
    /// The legend: a plain label, or the page heading on one-question pages.
    legend: AnyView,
    #[prop(into, default = None)] hint: Option<String>,
    /// Answer id and label, in order.
    options: Vec<(String, String)>,
    selected: RwSignal<Option<String>>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let t = shell_text(use_navigation().lang_untracked());
    let base = field_id(name);
    let description = FieldDescription::new(&base, hint.is_some());
    let described_by = description.described_by(move || error.with(Option::is_some));
    let items = options
        .into_iter()
        .enumerate()
        .map(|(index, (id, label))| {
            let input_id = if index == 0 {
                base.clone()
            } else {
                [base.as_str(), "-", &(index + 1).to_string()].concat()
            };
            let value = id.clone();
            let checked = move || selected.with(|s| s.as_deref() == Some(id.as_str()));
            view! {
                <div class="radios__item">
                    <input
                        class="radios__input"
                        id=input_id.clone()
                        name=name
                        type="radio"
                        value=value.clone()
                        prop:checked=checked
                        on:change=move |_| selected.set(Some(value.clone()))
                    />
                    <label class="radios__label" for=input_id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" aria-describedby=described_by>
                <legend class="fieldset__legend">{legend}</legend>
                {description.hint_and_error(hint, move || error.get(), t.error_prefix())}
                <div class="radios">{items}</div>
            </fieldset>
        </div>
    }
}
