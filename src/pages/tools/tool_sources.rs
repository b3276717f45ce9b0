//! The "Sources" of what a tool page shows (`fact_sources.rs`): the tool names the facts as
//! what it shows changes (a result, an error), and `tools::tool_page` draws the list once,
//! after the tool. (When the tools were one bundle, a view of its own in each tool cost
//! 0.6 KB brotli more than this one shared view.)

use leptos::prelude::*;
use navigator_domain::{Lang, words::Citation};

use crate::fact_sources::fact_sources;

#[derive(Clone, Copy)]
pub struct ToolSources {
    lang: Lang,
    html: RwSignal<String>,
}

impl ToolSources {
    pub fn new(lang: Lang) -> ToolSources {
        ToolSources {
            lang,
            html: RwSignal::new(String::new()),
        }
    }

    /// Lists these facts' sources; none hides the list.
    pub fn cite(self, facts: &[Citation]) {
        self.html.set(fact_sources(self.lang, facts).into_string());
    }

    pub fn into_view(self) -> impl IntoView {
        view! { <div inner_html=move || self.html.get()></div> }
    }
}
