//! A short list of labelled facts (`<dl>`), as record cards and pages show them.

use leptos::prelude::*;

pub fn facts(rows: Vec<(&'static str, String)>) -> impl IntoView {
    view! {
        <dl class="facts">
            {rows.into_iter().map(|(key, value)| view! { <dt>{key}</dt><dd>{value}</dd> }).collect_view()}
        </dl>
    }
}
