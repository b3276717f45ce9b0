//! What surrounds every page: the skip link, the independent-helper notice, navigation,
//! the language switch and the footer — as [`Markup`], redrawn when the address changes.

use navigator_domain::{AppPath, FindStep, Lang, Page, PortalArea, address_in_language, words};

use crate::{document, markup::Markup, text::shell_text};

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
        &[
            ("href", &["#", document::MAIN_ID].concat()),
            ("class", "skip-link"),
        ],
        t.skip_link(),
    );
    m.open("header", &[("class", "header")])
        .open("div", &[("class", "width-container header__bar")]);
    m.element(
        "a",
        &[
            ("href", &AppPath::href(lang, Page::Home).unwrap_or_default()),
            ("class", "header__name"),
        ],
        t.site_name(),
    );
    language_menu(&mut m, lang, path, query, t.language_label());
    m.close("div");
    // Two lines on a phone: the rest of what it means (not ICE, never asks for passwords) is
    // on About, which the notice links.
    m.open("p", &[("class", "notice width-container")])
        .element("strong", &[("class", "notice__tag")], t.notice_tag())
        .text(" ")
        .text(t.notice())
        .text(" ")
        .link(
            &AppPath::href(lang, Page::About).unwrap_or_default(),
            t.notice_about(),
        )
        .close("p");
    if !translation_reviewed(lang) {
        // Until a person has checked this language's words, every page says so, in the
        // language, with the way to the English page (issue 15).
        m.open(
            "p",
            &[("class", "notice notice--translation width-container")],
        )
        .text(words::text(lang, "translation-unreviewed"))
        .text(" ")
        .open(
            "a",
            &[
                ("href", &address_in_language(path, query, Lang::En)),
                ("hreflang", "en"),
                ("data-lang", "en"),
            ],
        )
        .text(words::text(lang, "translation-read_in_english"))
        .close("a")
        .close("p");
    }
    // On a phone the list folds behind "Menu" so the page's heading is in the first screen;
    // `<details>` opens and closes without JavaScript, and on a wide screen the stylesheet
    // shows the list without the button (docs/adr/0017-menu-without-javascript.md).
    m.open(
        "nav",
        &[
            ("class", "width-container nav"),
            ("aria-label", t.nav_label()),
        ],
    )
    .open("details", &[("class", "nav-menu")])
    .element("summary", &[("class", "nav-menu__button")], t.nav_menu())
    .open("ul", &[("class", "nav__list")]);
    let items = [
        (Page::Home, t.nav_home()),
        (Page::Find(FindStep::Start), t.nav_find()),
        (Page::Guides, t.nav_guides()),
        (Page::Tools, t.nav_tools()),
        (Page::Search, t.nav_search()),
        (Page::About, t.nav_about()),
        (Page::Portal(PortalArea::SignIn), t.nav_portal()),
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

/// Whether a person has checked the language's words (`locales/<lang>/translation.ftl`).
pub fn translation_reviewed(lang: Lang) -> bool {
    words::text(lang, "translation-reviewed") == "yes"
}

/// Every language, each named in its own words, behind one button that names the current
/// one: five names do not fit beside the site's name on a phone. `<details>` opens without
/// JavaScript; each link says its language (`lang`, `hreflang`) so a screen reader reads
/// "Français" in French.
fn language_menu(m: &mut Markup, lang: Lang, path: &str, query: &str, label: &str) {
    m.open("nav", &[("class", "language-menu"), ("aria-label", label)])
        .open("details", &[("class", "language-menu__details")])
        .open("summary", &[("class", "language-menu__button")])
        .raw(GLOBE)
        // On a phone the button shows the tag (`PT`) so it fits beside the site's name; the
        // name stays for screen readers, and the tag is part of the button's name so a voice
        // command naming what is seen works.
        .element(
            "span",
            &[("class", "language-menu__name"), ("lang", lang.tag())],
            lang.native_name(),
        )
        .text(" ")
        .element(
            "span",
            &[("class", "language-menu__tag")],
            // Tags are ASCII; `to_uppercase` would bring Unicode's case tables into the site
            // bundle (measured: +4.5 KB brotli on the first visit).
            &lang.tag().to_ascii_uppercase(),
        )
        .close("summary")
        .open("ul", &[("class", "language-menu__list")]);
    for other in Lang::ALL {
        let href = address_in_language(path, query, other);
        let current = if other == lang {
            ("aria-current", "true")
        } else {
            ("", "")
        };
        m.open("li", &[])
            .element(
                "a",
                &[
                    ("href", &href),
                    ("hreflang", other.tag()),
                    ("lang", other.tag()),
                    ("data-lang", other.tag()),
                    current,
                ],
                other.native_name(),
            )
            .close("li");
    }
    m.close("ul").close("details").close("nav");
}

/// A globe: the sign for "languages" that needs no reading.
const GLOBE: &str = "<svg class=\"language-menu__globe\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 24 24\" width=\"20\" height=\"20\"><circle cx=\"12\" cy=\"12\" r=\"9.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.8\"/><path d=\"M2.5 12h19M12 2.5c2.6 2.6 3.9 5.8 3.9 9.5s-1.3 6.9-3.9 9.5M12 2.5C9.4 5.1 8.1 8.3 8.1 12s1.3 6.9 3.9 9.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.8\"/></svg>";

pub fn footer(lang: Lang) -> String {
    let t = shell_text(lang);
    let mut m = Markup::new();
    m.open("div", &[("class", "width-container")])
        .paragraph(t.footer_notice())
        .paragraph(t.footer_official())
        .link(
            &AppPath::href(lang, Page::About).unwrap_or_default(),
            t.nav_about(),
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
        assert!(html.contains("href=\"/ht/find/result?role=message\" hreflang=\"ht\" lang=\"ht\" data-lang=\"ht\">Kreyòl ayisyen</a>"));
        let spanish = header(Lang::Es, Page::Home, "/es", "");
        assert!(spanish.contains("href=\"/\" hreflang=\"en\""));
        assert!(spanish.contains("Este no es un sitio web del gobierno"));
    }

    /// Five names do not fit beside the site's name: one button names the current language,
    /// the menu every language in its own words, the current one marked.
    #[test]
    fn the_language_menu_names_every_language_in_its_own_words() {
        let html = header(Lang::Fr, Page::About, "/fr/about", "");
        assert!(
            html.contains("<summary class=\"language-menu__button\"><svg"),
            "{html}"
        );
        assert!(html.contains("<span class=\"language-menu__name\" lang=\"fr\">Français</span> <span class=\"language-menu__tag\">FR</span></summary>"), "{html}");
        let menu = &html[html.find("language-menu__list").unwrap()..];
        let menu = &menu[..menu.find("</ul>").unwrap()];
        for lang in Lang::ALL {
            assert!(menu.contains(&format!("lang=\"{}\"", lang.tag())), "{menu}");
            assert!(menu.contains(lang.native_name()), "{menu}");
        }
        assert!(
            menu.contains("data-lang=\"fr\" aria-current=\"true\">Français</a>"),
            "{menu}"
        );
    }

    /// Until a person has reviewed a language, its pages say so in it, linking the same page
    /// in English; English, the source, says nothing of the kind.
    #[test]
    fn an_unreviewed_language_says_so_on_every_page() {
        for lang in Lang::ALL {
            let path = navigator_domain::path_in_language("/guides", lang);
            let html = header(lang, Page::Guides, &path, "");
            let notice = html.contains("notice--translation");
            assert_eq!(notice, !translation_reviewed(lang), "{}", lang.tag());
            if notice {
                assert!(html.contains(words::text(lang, "translation-unreviewed")));
                assert!(
                    html.contains("<a href=\"/guides\" hreflang=\"en\" data-lang=\"en\">"),
                    "{html}"
                );
            }
        }
        assert!(translation_reviewed(Lang::En));
    }
}
