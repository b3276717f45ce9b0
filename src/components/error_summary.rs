//! "There is a problem": every error of the page, each linking to its field, brought into
//! view and focused when it appears so screen readers announce it (GOV.UK error summary).
//! Its links focus their field through the app's one click handler (`app::page_action`), as
//! static pages' do.

use leptos::{html, prelude::*};

use super::focus_on_arrival;
use crate::{navigation::use_navigation, text::shell_text};

#[component]
pub fn ErrorSummary(#[prop(into)] items: Signal<Vec<(String, String)>>) -> impl IntoView {
    let t = shell_text(use_navigation().lang_untracked());
    let summary = NodeRef::<html::Div>::new();
    focus_on_arrival(summary);
    move || {
        (!items.with(Vec::is_empty)).then(|| {
            view! {
                <div class="error-summary" tabindex="-1" node_ref=summary aria-labelledby="error-summary-title">
                    <h2 class="error-summary__title" id="error-summary-title">{t.error_summary_title()}</h2>
                    <ul class="error-summary__list">
                        {items
                            .get()
                            .into_iter()
                            .map(|(id, message)| {
                                let href = ["#", &id].concat();
                                view! {
                                    <li>
                                        <a href=href>{message}</a>
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
