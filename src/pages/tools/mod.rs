//! The tools: small calculators and checkers that run entirely in the browser on
//! navigator-domain's rules.

mod calendar_download;
mod check_link;
mod deadlines;
mod form_errors;
mod identify;
mod opt_unemployment;

use leptos::prelude::*;
use navigator_domain::Tool;
use navigator_pages::tools_index::tools_page;

use crate::{navigation::use_navigation, static_view::static_view};

#[component]
pub fn ToolsPage() -> impl IntoView {
    static_view(tools_page(use_navigation().lang_untracked()))
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
