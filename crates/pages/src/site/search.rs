//! Search across guides, tools and outcomes. The form is an ordinary GET form
//! (`/search?q=…`), so the results are a function of the address: the browser app and the
//! server (without JavaScript) show the same page for it.

use navigator_domain::{
    AppPath, Lang, Page,
    search::{SearchEntry, search},
    words::format,
};

use crate::{markup::Markup, query::query_value, static_page::StaticPage, text::shell_text};

/// The `q` parameter of a query string (without `?`), decoded; `None` when there is none.
pub fn query_words(query: &str) -> Option<String> {
    query_value(query, "q")
}

/// The page for a query: the form, an error when the query is empty, or the results.
pub fn search_page(lang: Lang, words: Option<&str>, entries: &[SearchEntry]) -> StaticPage {
    let t = shell_text(lang);
    let missing = words.is_some_and(|w| w.trim().is_empty());
    let mut before = Markup::new();
    if missing {
        before.error_summary(t.error_summary_title(), &[("q", t.search_missing())]);
    }
    let mut m = Markup::new();
    let action = AppPath::href(lang, Page::Search).unwrap_or_default();
    m.open(
        "form",
        &[
            ("method", "get"),
            ("action", &action),
            ("data-navigate", ""),
            ("novalidate", ""),
            ("role", "search"),
            ("class", "search-form"),
        ],
    );
    m.open_form_group(missing).element(
        "label",
        &[("class", "label"), ("for", "q")],
        t.search_label(),
    );
    if missing {
        m.error_message("q-error", t.error_prefix(), t.search_missing());
    }
    m.open(
        "input",
        &[
            (
                "class",
                if missing {
                    "input input--error"
                } else {
                    "input"
                },
            ),
            ("id", "q"),
            ("name", "q"),
            ("type", "search"),
            ("value", words.unwrap_or_default()),
            (if missing { "aria-describedby" } else { "" }, "q-error"),
        ],
    );
    m.close("div")
        .element(
            "button",
            &[("type", "submit"), ("class", "button")],
            t.search_button(),
        )
        .close("form");
    if let Some(words) = words.filter(|w| !w.trim().is_empty()) {
        m.open("div", &[("role", "status")]).element(
            "h2",
            &[("class", "heading-m")],
            &format(lang, "shell-search-results-for", &[("words", words.into())]),
        );
        let found = search(entries, words, lang);
        if found.is_empty() {
            m.paragraph(t.search_none());
        } else {
            let links: Vec<(String, &SearchEntry)> = found
                .into_iter()
                .map(|e| ([lang.path_prefix(), e.path.as_str()].concat(), e))
                .collect();
            m.link_list(
                links
                    .iter()
                    .map(|(href, e)| (href.as_str(), e.title.as_str(), e.summary.as_str())),
            );
        }
        m.close("div");
    }
    StaticPage {
        heading: Some(t.search_title().to_owned()),
        title: t.search_title().to_owned(),
        before: before.into_string(),
        body: m.into_string(),
        has_errors: missing,
        focus_heading: false,
        section: "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_words_are_decoded_from_the_query() {
        assert_eq!(
            query_words("q=caf%C3%A9+ice&x=1").as_deref(),
            Some("café ice")
        );
        assert_eq!(query_words("q=").as_deref(), Some(""));
        assert_eq!(query_words("x=1"), None);
    }
}
