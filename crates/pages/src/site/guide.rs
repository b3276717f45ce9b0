//! One guide: its title and summary from the guides list, its body as HTML the build made
//! from Markdown (our own content, checked for official links only).

use navigator_domain::{AppPath, FindStep, Lang, Page, guides::GuideSummary};

use crate::{markup::Markup, static_page::StaticPage, text::shell_text};

pub fn guide_page(lang: Lang, summary: Option<&GuideSummary>, body: &str) -> StaticPage {
    let s = shell_text(lang);
    let mut m = Markup::new();
    if let Some(summary) = summary {
        m.element("p", &[("class", "lead")], &summary.summary);
        m.element(
            "p",
            &[("class", "hint")],
            &[s.last_checked(), " ", &summary.last_checked.long(lang)].concat(),
        );
    }
    m.open("div", &[("class", "guide")]).raw(body).close("div");
    m.open("div", &[("class", "button-group no-print")])
        .print_button(s.print());
    m.element(
        "a",
        &[
            (
                "href",
                &AppPath::href(lang, Page::Find(FindStep::Start)).unwrap_or_default(),
            ),
            ("class", "link-button"),
        ],
        s.guide_find_link(),
    );
    m.close("div");
    StaticPage::new(
        summary.map(|s| s.title.clone()).unwrap_or_default(),
        m.into_string(),
    )
}
