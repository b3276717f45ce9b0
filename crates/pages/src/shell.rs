//! What surrounds every page: the skip link, the independent-helper notice, navigation,
//! the language switch and the footer — as [`Markup`], redrawn when the address changes.

use navigator_domain::{AppPath, FindStep, Lang, Page, PortalArea, path_in_language};

use crate::{markup::Markup, text::shell_text};

/// The section a navigation item stands for is current on all its pages.
fn current(here: Page, item: Page) -> Option<&'static str> {
    let same_section = match (here, item) {
        (Page::Find(_), Page::Find(_))
        | (Page::Guide(_), Page::Guides)
        | (Page::Tool(_), Page::Tools)
        | (Page::Portal(_), Page::Portal(_)) => true,
        (here, item) => here == item,
    };
    same_section.then_some(if here == item { "page" } else { "true" })
}

pub fn header(lang: Lang, page: Page, path: &str, query: &str) -> String {
    let t = shell_text(lang);
    let mut m = Markup::new();
    m.element(
        "a",
        &[("href", "#main"), ("class", "skip-link")],
        t.skip_link,
    );
    m.open("header", &[("class", "header")])
        .open("div", &[("class", "width-container header__bar")]);
    m.element(
        "a",
        &[
            ("href", &AppPath::href(lang, Page::Home).unwrap_or_default()),
            ("class", "header__name"),
        ],
        t.site_name,
    );
    m.open(
        "nav",
        &[
            ("class", "language-switch"),
            ("aria-label", t.language_label),
        ],
    );
    for other in Lang::ALL.into_iter().filter(|l| *l != lang) {
        let mut href = path_in_language(path, other);
        if !query.is_empty() {
            href = [href, "?".into(), query.to_owned()].concat();
        }
        m.element(
            "a",
            &[
                ("href", &href),
                ("hreflang", other.tag()),
                ("lang", other.tag()),
                ("data-lang", other.tag()),
            ],
            other.native_name(),
        );
    }
    m.close("nav").close("div");
    // Two lines on a phone: the rest of what it means (not ICE, never asks for passwords) is
    // on About, which the notice links.
    m.open("p", &[("class", "notice width-container")])
        .element("strong", &[("class", "notice__tag")], t.notice_tag)
        .text(" ")
        .text(t.notice)
        .text(" ")
        .link(
            &AppPath::href(lang, Page::About).unwrap_or_default(),
            t.notice_about,
        )
        .close("p");
    // On a phone the list folds behind "Menu" so the page's heading is in the first screen;
    // `<details>` opens and closes without JavaScript, and on a wide screen the stylesheet
    // shows the list without the button (docs/adr/0017-menu-without-javascript.md).
    m.open(
        "nav",
        &[
            ("class", "width-container nav"),
            ("aria-label", t.nav_label),
        ],
    )
    .open("details", &[("class", "nav-menu")])
    .element("summary", &[("class", "nav-menu__button")], t.nav_menu)
    .open("ul", &[("class", "nav__list")]);
    let items = [
        (Page::Home, t.nav_home),
        (Page::Find(FindStep::Start), t.nav_find),
        (Page::Guides, t.nav_guides),
        (Page::Tools, t.nav_tools),
        (Page::Search, t.nav_search),
        (Page::About, t.nav_about),
        (Page::Portal(PortalArea::SignIn), t.nav_portal),
    ];
    for (item, label) in items {
        let href = AppPath::href(lang, item).unwrap_or_default();
        m.open("li", &[])
            .element(
                "a",
                &[
                    ("class", "nav__link"),
                    ("href", &href),
                    current(page, item).map_or(("", ""), |c| ("aria-current", c)),
                ],
                label,
            )
            .close("li");
    }
    m.close("ul").close("details").close("nav").close("header");
    m.into_string()
}

pub fn footer(lang: Lang) -> String {
    let t = shell_text(lang);
    let mut m = Markup::new();
    m.open("div", &[("class", "width-container")])
        .paragraph(t.footer_notice)
        .paragraph(t.footer_official)
        .link(
            &AppPath::href(lang, Page::About).unwrap_or_default(),
            t.nav_about,
        )
        .close("div");
    m.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigation_marks_the_current_section() {
        let html = header(
            Lang::En,
            Page::Guide(navigator_domain::guides::Guide::Uscis),
            "/guides/uscis",
            "",
        );
        assert!(
            html.contains(
                "<a class=\"nav__link\" href=\"/guides\" aria-current=\"true\">Guides</a>"
            )
        );
        assert!(html.contains("<a class=\"nav__link\" href=\"/\">Home</a>"));
        assert!(html.starts_with("<a href=\"#main\" class=\"skip-link\">Skip to main content</a>"));
    }

    /// fmjfee.com (the I-901 fee) is official too: the footer must not say official services
    /// are only on .gov addresses (shared/domain.md §7).
    #[test]
    fn the_footer_does_not_say_official_services_are_only_on_gov_addresses() {
        for lang in Lang::ALL {
            let html = footer(lang);
            assert!(!html.contains(".gov"), "{html}");
        }
    }

    /// A `<details>` opens without JavaScript (ADR 17); its button is named in the page's
    /// language, and the notice links About for what it no longer says.
    #[test]
    fn the_navigation_folds_behind_a_menu_button_that_needs_no_script() {
        for (lang, menu, about) in [
            (Lang::En, "Menu", "/about"),
            (Lang::Es, "Menú", "/es/about"),
        ] {
            let html = header(lang, Page::Home, "/", "");
            assert!(
                html.contains(&format!(
                    "<details class=\"nav-menu\"><summary class=\"nav-menu__button\">{menu}</summary><ul class=\"nav__list\">"
                )),
                "{html}"
            );
            assert!(html.contains("</ul></details></nav></header>"), "{html}");
            let notice = &html[html.find("class=\"notice").unwrap()..html.find("</p>").unwrap()];
            assert!(
                notice.contains(&format!("<a href=\"{about}\">")),
                "{notice}"
            );
        }
    }

    #[test]
    fn language_switch_keeps_the_page_and_the_answers() {
        let html = header(
            Lang::En,
            Page::Find(FindStep::Result),
            "/find/result",
            "role=message",
        );
        assert!(html.contains("href=\"/es/find/result?role=message\" hreflang=\"es\" lang=\"es\" data-lang=\"es\">Español</a>"));
        let spanish = header(Lang::Es, Page::Home, "/es", "");
        assert!(spanish.contains("href=\"/\" hreflang=\"en\""));
        assert!(spanish.contains("Este no es un sitio web del gobierno"));
    }
}
