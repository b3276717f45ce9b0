//! A date as three boxes (day, month, year), GOV.UK style: the boxes the error concerns are
//! highlighted, and what was typed is kept exactly.

use leptos::prelude::*;
use navigator_domain::{
    Lang,
    calendar::{DateError, DateInput, DateLabel},
};

use super::{FieldDescription, field_id};
use crate::{navigation::use_navigation, text::shell_text};

/// A date error as the component shows it: message and highlighted boxes.
pub fn date_error(error: &DateError, label: DateLabel, lang: Lang) -> (String, [bool; 3]) {
    (error.message(label, lang), error.highlight)
}

#[component]
pub fn DateFields(
    #[prop(into)] name: String,
    #[prop(into)] legend: String,
    #[prop(into, default = None)] hint: Option<String>,
    value: RwSignal<DateInput>,
    #[prop(into)] error: Signal<Option<(String, [bool; 3])>>,
    /// `bday` for a date of birth: browsers then fill `bday-day` and so on.
    #[prop(default = None)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let t = shell_text(use_navigation().lang_untracked());
    let id = field_id(&name);
    let description = FieldDescription::new(&id, hint.is_some());
    let described_by = description.described_by(move || error.with(Option::is_some));
    let part = |index: usize, label: &'static str, suffix: &'static str, width: &'static str| {
        let input_id = [id.as_str(), "-", suffix].concat();
        let autocomplete = autocomplete.map(|a| [a, "-", suffix].concat());
        let highlighted = move || error.with(|e| e.as_ref().is_some_and(|(_, h)| h[index]));
        view! {
            <div class="date-input__item">
                <label class="label date-input__label" for=input_id.clone()>{label}</label>
                <input
                    class=["input date-input__input ", width].concat()
                    class:input--error=highlighted
                    id=input_id
                    name=[name.as_str(), "-", suffix].concat()
                    type="text"
                    inputmode="numeric"
                    autocomplete=autocomplete
                    prop:value=move || value.with(|d| [&d.day, &d.month, &d.year][index].clone())
                    on:input=move |ev| {
                        let typed = event_target_value(&ev);
                        value.update(|d| *[&mut d.day, &mut d.month, &mut d.year][index] = typed);
                    }
                />
            </div>
        }
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.with(Option::is_some)>
            <fieldset class="fieldset" role="group" aria-describedby=described_by>
                <legend class="fieldset__legend fieldset__legend--s">{legend}</legend>
                {description.hint_and_error(hint, move || error.get().map(|(message, _)| message), t.error_prefix())}
                <div class="date-input">
                    {part(0, t.day(), "day", "input--width-2")}
                    {part(1, t.month(), "month", "input--width-3")}
                    {part(2, t.year(), "year", "input--width-4")}
                </div>
            </fieldset>
        </div>
    }
}
