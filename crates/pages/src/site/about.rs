//! About: who makes this helper, what it is not, and where its facts come from.

use navigator_domain::Lang;

use crate::{markup::Markup, static_page::StaticPage, text::shell_text};

pub fn about_page(lang: Lang) -> StaticPage {
    let t = shell_text(lang);
    let mut m = Markup::new();
    m.element("p", &[("class", "lead")], t.about_lead())
        .heading(t.about_not_gov_heading());
    for paragraph in t.about_not_gov() {
        m.paragraph(paragraph);
    }
    m.heading(t.about_what_heading()).bullets(t.about_what());
    m.heading(t.about_sources_heading())
        .paragraph(t.about_sources_intro());
    m.open("ul", &[("class", "list list--bullet")]);
    for (name, url) in t.about_sources() {
        m.open("li", &[]).link(url, name).close("li");
    }
    m.close("ul").paragraph(t.about_sources_note());
    StaticPage::new(t.about_title(), m.into_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Official services are not all on .gov: the I-901 fee is paid at fmjfee.com
    /// (shared/domain.md §7). The page sends people to the addresses it lists instead.
    #[test]
    fn official_services_are_not_said_to_be_only_on_gov_addresses() {
        for lang in Lang::ALL {
            let t = shell_text(lang);
            for text in t.about_not_gov().into_iter().chain([t.home_not_gov()]) {
                assert!(!text.contains(".gov"), "{text}");
            }
        }
    }
}
