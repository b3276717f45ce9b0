//! The home page: the ways in, the most asked-for pages, and what this site is not.

use navigator_domain::{
    AppPath, FindStep, Lang, Page, Tool,
    guides::Guide,
    routing::{Answers, Question},
};

use crate::{markup::Markup, static_page::StaticPage, text::shell_text};

pub fn home_page(lang: Lang) -> StaticPage {
    let t = shell_text(lang);
    let href = |page| AppPath::href(lang, page).unwrap_or_default();
    let with_answers = |page, query: &str| {
        [
            href(page),
            "?".into(),
            Answers::from_query(query).to_query(),
        ]
        .concat()
    };
    let ways = [
        href(Page::Find(FindStep::Start)),
        with_answers(
            Page::Find(FindStep::Question(Question::SchoolNeed)),
            "event=school",
        ),
        href(Page::Guides),
    ];
    let common = [
        href(Page::Guide(Guide::SevpPortal)),
        href(Page::Guide(Guide::IceCheckIn)),
        href(Page::Guide(Guide::IceChangeOfAddress)),
        href(Page::Guide(Guide::DetaineeLocator)),
        with_answers(
            Page::Find(FindStep::Result),
            "event=task&role=benefit&benefit-need=case-status",
        ),
        href(Page::Guide(Guide::I901Fee)),
        href(Page::Tool(Tool::CheckLink)),
    ];
    let mut m = Markup::new();
    m.element("p", &[("class", "lead")], t.home_lead())
        .heading(t.home_ways_heading());
    m.open("ul", &[("class", "ways")]);
    for (href, (title, body)) in ways.iter().zip(t.home_ways()) {
        m.open("li", &[("class", "ways__item")])
            .element("a", &[("href", href), ("class", "ways__link")], title)
            .element("p", &[("class", "ways__body")], body)
            .close("li");
    }
    m.close("ul").heading(t.home_common_heading());
    m.open("ul", &[("class", "list list--bullet common-links")]);
    for (href, label) in common.iter().zip(t.home_common()) {
        m.open("li", &[]).link(href, label).close("li");
    }
    m.close("ul");
    m.open(
        "section",
        &[("class", "inset"), ("aria-labelledby", "before-you-start")],
    )
    .element(
        "h2",
        &[("id", "before-you-start"), ("class", "heading-m")],
        t.home_not_gov_heading(),
    )
    .paragraph(t.home_not_gov())
    .close("section");
    m.open("p", &[])
        .link(&href(Page::About), t.home_about_link())
        .close("p");
    StaticPage::new(t.home_title(), m.into_string())
}
