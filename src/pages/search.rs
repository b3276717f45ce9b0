//! Search across guides, tools and outcomes, in the browser. The form is an ordinary GET
//! form (`/search?q=…`), so the results are a function of the address: Back, reload and
//! shared links work. The index is loaded when the site bundle starts, so search keeps
//! working without a connection.

use leptos::prelude::*;
use navigator_domain::{
    AppPath, Lang, Page,
    search::{SearchEntry, search},
    words::format,
};

use crate::{
    content, markup::Markup, navigation::use_navigation, static_page::StaticPage, text::shell_text,
};

/// Loads the search index ahead of need.
pub fn preload_index(lang: Lang) {
    leptos::task::spawn_local(async move {
        // A failure here is retried when the search page loads the index itself.
        let _ = content::json::<Vec<SearchEntry>>(lang, "search.json").await;
    });
}

/// The `q` parameter of a query string, decoded; `None` when there is none.
pub fn query_words(query: &str) -> Option<String> {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("q="))
        .map(|q| {
            js_sys::decode_uri_component(&q.replace('+', " "))
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default()
        })
}

/// The page for a query: the form, an error when the query is empty, or the results.
pub fn search_page(lang: Lang, words: Option<&str>, entries: &[SearchEntry]) -> StaticPage {
    let t = shell_text(lang);
    let missing = words.is_some_and(|w| w.trim().is_empty());
    let mut before = Markup::new();
    if missing {
        before.error_summary(t.error_summary_title, &[("q", t.search_missing)]);
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
    m.open(
        "div",
        &[(
            "class",
            if missing {
                "form-group form-group--error"
            } else {
                "form-group"
            },
        )],
    )
    .element("label", &[("class", "label"), ("for", "q")], t.search_label);
    if missing {
        m.open("p", &[("id", "q-error"), ("class", "error-message")])
            .element("span", &[("class", "visually-hidden")], t.error_prefix)
            .text(t.search_missing)
            .close("p");
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
            t.search_button,
        )
        .close("form");
    if let Some(words) = words.filter(|w| !w.trim().is_empty()) {
        m.open("div", &[("role", "status")]).element(
            "h2",
            &[("class", "heading-m")],
            &format(lang, "shell-search-results-for", &[("words", words.into())]),
        );
        let found = search(entries, words);
        if found.is_empty() {
            m.paragraph(t.search_none);
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
        title: t.search_title.to_owned(),
        before: before.into_string(),
        body: m.into_string(),
        has_errors: missing,
        section: "",
    }
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let index = LocalResource::new(move || content::json::<Vec<SearchEntry>>(lang, "search.json"));
    move || match query_words(&navigation.query()) {
        Some(words) if !words.trim().is_empty() => content::loaded(index, move |entries| {
            search_page(lang, Some(&words), &entries).into_view()
        })
        .into_any(),
        words => search_page(lang, words.as_deref(), &[]).into_view(),
    }
}
