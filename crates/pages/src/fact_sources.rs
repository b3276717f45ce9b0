//! The "Sources" of a page that states facts (a day count, a fee, a phone number, an
//! official address): each fact as the page shows it, the official page it comes from and
//! when that was last checked (issue 10). A disclosure the person opens with one tap where
//! they read, closed by default so the page stays short (GOV.UK "details"); guides list
//! theirs at the end instead, with each fact linked to it (xtask's guide_facts.rs).
//!
//! Shared by the outcome pages and the tools: built as a string so each page pays for
//! words, not for a view of its own.

use navigator_domain::{Lang, words::Citation};

use crate::{markup::Markup, text::shell_text};

/// The disclosure, or nothing when the page states no fact. `facts` in the order the page
/// states them, each once (`words::facts_of`).
pub fn fact_sources(lang: Lang, facts: &[Citation]) -> Markup {
    let mut m = Markup::new();
    if facts.is_empty() {
        return m;
    }
    let s = shell_text(lang);
    m.open("details", &[("class", "details sources")])
        .element(
            "summary",
            &[("class", "details__summary")],
            s.guide_sources(),
        )
        // Rows laid out as a summary list's, but not one: on an outcome page "Your
        // answers" stays the only `.summary-list`.
        .open("dl", &[("class", "details__text")]);
    for fact in facts {
        m.open("div", &[("class", "summary-list__row")])
            .element("dt", &[("class", "summary-list__key")], fact.value)
            .open("dd", &[("class", "summary-list__value")])
            // Official pages are in English, and so are their names.
            .element(
                "a",
                &[("href", fact.url), ("hreflang", "en"), ("lang", "en")],
                fact.title,
            )
            .element(
                "span",
                &[("class", "hint details__checked")],
                &[s.last_checked(), " ", &fact.checked.long(lang)].concat(),
            )
            .close("dd")
            .close("div");
    }
    m.close("dl").close("details");
    m
}

#[cfg(test)]
mod tests {
    use navigator_domain::{calendar::date, words};

    use super::*;

    fn cited<'a>(value: &'a str, url: &'a str) -> Citation<'a> {
        Citation {
            value,
            title: "USCIS: How to Change Your Address",
            url,
            checked: date(2026, 11, 29),
        }
    }

    #[test]
    fn each_fact_with_its_official_page_and_the_day_it_was_checked() {
        let facts = [
            cited("10", "https://www.uscis.gov/addresschange"),
            cited(
                "uscis.gov/addresschange",
                "https://www.uscis.gov/addresschange?a=1&b=2",
            ),
        ];
        let html = fact_sources(Lang::Es, &facts).into_string();
        assert_eq!(
            html,
            [
                "<details class=\"details sources\"><summary class=\"details__summary\">",
                words::text(Lang::Es, "shell-guide_sources"),
                "</summary><dl class=\"details__text\">",
                "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">10</dt>",
                "<dd class=\"summary-list__value\"><a href=\"https://www.uscis.gov/addresschange\" hreflang=\"en\" lang=\"en\">USCIS: How to Change Your Address</a>",
                "<span class=\"hint details__checked\">Revisado por última vez: 29 de noviembre de 2026</span></dd></div>",
                "<div class=\"summary-list__row\"><dt class=\"summary-list__key\">uscis.gov/addresschange</dt>",
                "<dd class=\"summary-list__value\"><a href=\"https://www.uscis.gov/addresschange?a=1&amp;b=2\" hreflang=\"en\" lang=\"en\">USCIS: How to Change Your Address</a>",
                "<span class=\"hint details__checked\">Revisado por última vez: 29 de noviembre de 2026</span></dd></div>",
                "</dl></details>",
            ]
            .concat()
        );
    }

    #[test]
    fn a_page_without_facts_shows_no_sources() {
        assert_eq!(fact_sources(Lang::En, &[]).into_string(), "");
    }
}
