//! "Sent from this device": what this account sent from this browser, newest first, each
//! with its reference number.

use leptos::prelude::*;

use super::{device_store, session::use_session};
use crate::{navigation::use_navigation, text::portal_text};

#[component]
pub fn SentHistory() -> impl IntoView {
    let t = portal_text(use_navigation().lang_untracked());
    let sent = use_session()
        .signed_in_untracked()
        .map(|s| device_store::history(s.account_id()))
        .unwrap_or_default();
    view! {
        <h2 class="heading-m">{t.history_heading()}</h2>
        {sent.is_empty().then(|| view! { <p>{t.history_none()}</p> })}
        <ul class="list history">
            {sent.into_iter().map(|s| view! {
                <li>
                    <strong>{s.title}</strong>
                    " · " {t.reference_label()}": " <span class="reference-inline">{s.reference}</span>
                    {(!s.sent_at.is_empty()).then(|| view! { " · " {s.sent_at} })}
                </li>
            }).collect_view()}
        </ul>
    }
}
