//! The page for an address the app does not know.

use navigator_domain::{AppPath, Lang, Page};

use crate::{markup::Markup, static_page::StaticPage, text::shell_text};

pub fn not_found_page(lang: Lang) -> StaticPage {
    let t = shell_text(lang);
    let mut m = Markup::new();
    m.paragraph(t.not_found_typed())
        .paragraph(t.not_found_pasted());
    m.open("p", &[])
        .link(
            &AppPath::href(lang, Page::Home).unwrap_or_default(),
            t.not_found_home(),
        )
        .close("p");
    StaticPage::new(t.not_found_title(), m.into_string())
}
