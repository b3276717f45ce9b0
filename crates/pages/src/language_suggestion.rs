//! A page visited without a language in its address (English) while the browser prefers
//! another language the app speaks: the page as asked for, with one line in that language
//! offering the same page in it. Never a redirect: a shared English link stays English
//! (issue 15; docs/adr/0021-five-languages.md).

use navigator_domain::{AppPath, Lang, address_in_language, words};

use crate::markup::Markup;

/// The language to offer on `path` for a request's `Accept-Language`: only on pages served
/// at the root (English), and only when the browser prefers another language the app speaks.
pub fn language_to_offer(path: &str, accept_language: Option<&str>) -> Option<Lang> {
    // The language served at the root (English) is the only one without a prefix.
    if AppPath::parse(path).lang != Lang::default() {
        return None;
    }
    Lang::from_accept_language(accept_language?).filter(|lang| *lang != Lang::default())
}

/// `html` (a whole document) with the offer under the header: inside it, so the app drops
/// the offer when the person moves to another page.
pub fn offer(html: &str, path: &str, query: &str, lang: Lang) -> String {
    let Some(at) = html.find("</header>").map(|at| at + "</header>".len()) else {
        return html.to_owned();
    };
    let href = address_in_language(path, query, lang);
    let mut m = Markup::new();
    m.open(
        "p",
        &[
            ("class", "language-offer width-container"),
            ("lang", lang.tag()),
        ],
    )
    .open(
        "a",
        &[
            ("href", &href),
            ("hreflang", lang.tag()),
            ("data-lang", lang.tag()),
        ],
    )
    .text(words::text(lang, "translation-suggestion"))
    .close("a")
    .close("p");
    [&html[..at], &m.into_string(), &html[at..]].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offers_a_preferred_language_only_on_english_addresses() {
        let offered = |path: &str, header: Option<&str>| language_to_offer(path, header);
        assert_eq!(
            offered("/guides", Some("pt-BR,pt;q=0.9,en;q=0.5")),
            Some(Lang::Pt)
        );
        assert_eq!(offered("/", Some("ht")), Some(Lang::Ht));
        // The page asked for is in a language already, or English is preferred, or the
        // preferred language is not one the app speaks.
        assert_eq!(offered("/es/guides", Some("pt")), None);
        assert_eq!(offered("/guides", Some("en-US,en;q=0.9,fr;q=0.8")), None);
        assert_eq!(offered("/guides", Some("de-DE")), None);
        assert_eq!(offered("/guides", None), None);
    }

    #[test]
    fn the_offer_sits_under_the_header_in_its_own_language() {
        let html = "<body><div id=\"header\"><header>h</header></div><main>m</main></body>";
        let offered = offer(html, "/find/event", "a=1", Lang::Fr);
        assert_eq!(
            offered,
            [
                "<body><div id=\"header\"><header>h</header>",
                "<p class=\"language-offer width-container\" lang=\"fr\"><a href=\"/fr/find/event?a=1\" hreflang=\"fr\" data-lang=\"fr\">",
                words::text(Lang::Fr, "translation-suggestion"),
                "</a></p></div><main>m</main></body>",
            ]
            .concat()
        );
    }
}
