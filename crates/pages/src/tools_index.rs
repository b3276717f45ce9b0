//! The list of tools.

use navigator_domain::{AppPath, Lang, Page, Tool};

use crate::{markup::Markup, static_page::StaticPage, text::tools_text};

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
