//! The tools: small calculators and checkers that run entirely in the browser on
//! navigator-domain's rules.

mod calendar_download;
mod check_link;
mod deadlines;
mod form_errors;
mod identify;
mod kept_answers;
mod opt_unemployment;
mod tool_sources;

use leptos::prelude::*;
use navigator_pages::tools_index::tools_page;

use tool_sources::ToolSources;

use crate::{navigation::use_navigation, static_view::static_view};

#[component]
pub fn ToolsPage() -> impl IntoView {
    static_view(tools_page(use_navigation().lang_untracked()))
}

/// A tool's page: the tool, then the sources of the facts it states. Each tool is its own
/// bundle (ADR 8), so each has its own function and the linker leaves the others out.
fn tool_page<T: IntoView + 'static>(tool: impl FnOnce(ToolSources) -> T) -> AnyView {
    let sources = ToolSources::new(use_navigation().lang_untracked());
    let page = tool(sources);
    view! { {page} {sources.into_view()} }.into_any()
}

pub fn identify_page() -> AnyView {
    tool_page(|sources| identify::IdentifyTool(identify::IdentifyToolProps { sources }))
}

pub fn check_link_page() -> AnyView {
    tool_page(|sources| check_link::CheckLinkTool(check_link::CheckLinkToolProps { sources }))
}

pub fn opt_unemployment_page() -> AnyView {
    tool_page(|sources| {
        opt_unemployment::OptUnemploymentTool(opt_unemployment::OptUnemploymentToolProps {
            sources,
        })
    })
}

pub fn deadlines_page() -> AnyView {
    tool_page(|sources| deadlines::DeadlinesTool(deadlines::DeadlinesToolProps { sources }))
}

// The words are compiled from the Fluent files here: native only, like the compiler.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use navigator_domain::{
        Bundle, Lang, Tool,
        identify::IdentifierKind,
        words::{source, stated_facts_id},
    };

    /// A tool page cites the facts of the words it lists (`WORDS_WITH_FACTS`, and an
    /// identifier's card its own words): a word of the tools that states a fact but is on
    /// no list would be shown without its source.
    #[test]
    fn every_tool_word_that_states_a_fact_is_cited_by_its_page() {
        let cited: Vec<&str> = super::opt_unemployment::WORDS_WITH_FACTS
            .into_iter()
            .chain(super::deadlines::WORDS_WITH_FACTS)
            .chain(super::check_link::WORDS_WITH_FACTS)
            .chain(
                IdentifierKind::ALL
                    .into_iter()
                    .flat_map(IdentifierKind::word_ids),
            )
            .collect();
        // The tools' own areas; the ones every bundle shares (shell, common, dates) and the
        // form errors (validation) are not the tool pages' words.
        let areas = ["tools", "checker", "calculators"];
        for tool in Tool::ALL {
            assert!(
                areas
                    .iter()
                    .all(|a| Bundle::Tool(tool).word_areas().contains(a))
            );
        }
        for lang in Lang::ALL {
            let catalogue = source::compile(lang, Some(&areas)).unwrap();
            let stating: Vec<&str> = catalogue
                .messages
                .keys()
                .map(String::as_str)
                .filter(|id| catalogue.text(&stated_facts_id(id)).is_some())
                .collect();
            for id in &stating {
                assert!(
                    cited.contains(id),
                    "{}: {id} states a fact but no tool page cites it",
                    lang.tag()
                );
            }
            assert!(!stating.is_empty());
        }
    }
}
