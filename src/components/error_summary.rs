//! "There is a problem": every error of the page, each linking to its field, focused when
//! it appears so screen readers announce it (GOV.UK error summary).

use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;

use crate::{navigation::use_navigation, text::shell_text};

#[component]
pub fn ErrorSummary(#[prop(into)] items: Signal<Vec<(String, String)>>) -> impl IntoView {
    let t = shell_text(use_navigation().lang_untracked());
    let summary = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if !items.with(Vec::is_empty)
            && let Some(summary) = summary.get()
        {
            let _ = summary.focus();
        }
    });
    // Follow the link by focusing the field itself; the browser's jump would only scroll.
    let focus_field = |event: web_sys::MouseEvent, id: String| {
        if let Some(field) = document().get_element_by_id(&id) {
            event.prevent_default();
            if let Ok(field) = field.dyn_into::<web_sys::HtmlElement>() {
                let _ = field.focus();
            }
        }
    };
    move || {
        (!items.with(Vec::is_empty)).then(|| {
            view! {
                <div class="error-summary" tabindex="-1" node_ref=summary aria-labelledby="error-summary-title">
                    <h2 class="error-summary__title" id="error-summary-title">{t.error_summary_title}</h2>
                    <ul class="error-summary__list">
                        {items
                            .get()
                            .into_iter()
                            .map(|(id, message)| {
                                let href = ["#", &id].concat();
                                view! {
                                    <li>
                                        <a href=href on:click=move |ev| focus_field(ev, id.clone())>{message}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
