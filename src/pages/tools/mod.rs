//! The tools: small calculators and checkers that run entirely in the browser on
//! navigator-domain's rules.

mod calendar_download;
mod check_link;
mod deadlines;
mod form_errors;
mod identify;
mod opt_unemployment;

use leptos::prelude::*;
use navigator_domain::{AppPath, Lang, Page, Tool};

use crate::{
    markup::Markup, navigation::use_navigation, static_page::StaticPage, text::tools_text,
};

pub fn tools_page(lang: Lang) -> StaticPage {
    let t = tools_text(lang);
    let links: Vec<(String, Tool)> = Tool::ALL
        .into_iter()
        .map(|tool| {
            (
                AppPath::href(lang, Page::Tool(tool)).unwrap_or_default(),
                tool,
            )
        })
        .collect();
    let mut m = Markup::new();
    m.element("p", &[("class", "lead")], t.index_lead)
        .link_list(
            links
                .iter()
                .map(|(href, tool)| (href.as_str(), tool.title(lang), tool.summary(lang))),
        );
    StaticPage::new(t.index_title, m.into_string())
}

#[component]
pub fn ToolsPage() -> impl IntoView {
    tools_page(use_navigation().lang_untracked()).into_view()
}

#[component]
pub fn ToolPage(tool: Tool) -> impl IntoView {
    match tool {
        Tool::Identify => identify::IdentifyTool().into_any(),
        Tool::CheckLink => check_link::CheckLinkTool().into_any(),
        Tool::OptUnemployment => opt_unemployment::OptUnemploymentTool().into_any(),
        Tool::Deadlines => deadlines::DeadlinesTool().into_any(),
    }
}
