//! The list of tools.

use navigator_domain::{AppPath, Lang, Page, Tool, words};

use crate::{markup::Markup, static_page::StaticPage};

/// Its words are common ones: the list is a page of the site bundle, which does not carry
/// the tools' words.
pub fn tools_page(lang: Lang) -> StaticPage {
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
    m.element(
        "p",
        &[("class", "lead")],
        words::text(lang, "common-tools-index-lead"),
    )
    .link_list(
        links
            .iter()
            .map(|(href, tool)| (href.as_str(), tool.title(lang), tool.summary(lang))),
    );
    StaticPage::new(
        words::text(lang, "common-tools-index-title"),
        m.into_string(),
    )
}
