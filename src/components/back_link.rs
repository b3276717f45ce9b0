use leptos::prelude::*;

use crate::{navigation::use_navigation, text::shell_text};

/// The "Back" link above a question: to the previous step of the path, not the browser's
/// history, so it works after a reload too.
#[component]
pub fn BackLink(#[prop(into)] href: Signal<String>) -> impl IntoView {
    let t = shell_text(use_navigation().lang_untracked());
    view! { <a href=href class="back-link">{t.back()}</a> }
}
