//! A page whose content is [`Markup`](crate::markup::Markup): the heading is the shared
//! [`PageHeading`] (tab title, focus), everything else one HTML string. All static pages
//! share these two views, so each new page adds text, not code, to the wasm.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::page_heading::PageHeading;

pub struct StaticPage {
    pub title: String,
    /// Shown above the heading: a back link, an error summary.
    pub before: String,
    pub body: String,
    pub has_errors: bool,
    /// Appended to the tab title (" – Find the right place").
    pub section: &'static str,
}

impl StaticPage {
    pub fn new(title: impl Into<String>, body: String) -> StaticPage {
        StaticPage {
            title: title.into(),
            before: String::new(),
            body,
            has_errors: false,
            section: "",
        }
    }

    pub fn into_view(self) -> AnyView {
        if self.has_errors {
            // The error summary takes focus so screen readers announce it (GOV.UK).
            Effect::new(move |_| {
                if let Some(summary) = document()
                    .query_selector(".error-summary")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = summary.focus();
                }
            });
        }
        view! {
            <div inner_html=self.before></div>
            <PageHeading text=self.title has_errors=self.has_errors section=self.section/>
            <div class="page-body" inner_html=self.body></div>
        }
        .into_any()
    }
}
