//! Shows a [`StaticPage`] (navigator-pages): one HTML string, exactly as the prerendered
//! document has it, so static pages add text, not code, to the wasm. Like
//! [`PageHeading`](crate::page_heading::PageHeading) it names the browser tab and moves
//! focus: to the error summary when the page shows errors (screen readers announce it,
//! GOV.UK), else to the heading after the person has moved within the app.

use leptos::{html, prelude::*};
use navigator_pages::{StaticPage, static_page::PAGE_CLASS};
use wasm_bindgen::JsCast;

use crate::{navigation::use_navigation, text::shell_text};

pub fn static_view(page: StaticPage) -> AnyView {
    let navigation = use_navigation();
    let t = shell_text(navigation.lang_untracked());
    document().set_title(&page.tab_title(t.error_prefix(), t.site_name()));
    let container = NodeRef::<html::Div>::new();
    let has_errors = page.has_errors;
    Effect::new(move |_| {
        let Some(container) = container.get() else {
            return;
        };
        let target = if has_errors {
            ".error-summary"
        } else if navigation.has_navigated() {
            "h1"
        } else {
            return;
        };
        if let Some(element) = container
            .query_selector(target)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // Focus only fails on a detached element, which is not shown anyway.
            let _ = element.focus();
        }
    });
    view! { <div class=PAGE_CLASS node_ref=container inner_html=page.html()></div> }.into_any()
}
