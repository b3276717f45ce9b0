//! Search across guides, tools and outcomes, in the browser. The form is an ordinary GET
//! form (`/search?q=…`), so the results are a function of the address: Back, reload and
//! shared links work. The index is loaded when the site bundle starts, so search keeps
//! working without a connection.

use leptos::prelude::*;
use navigator_domain::{Lang, search::SearchEntry};
use navigator_pages::site::{query_words, search_page};

use crate::{content, navigation::use_navigation, static_view::static_view};

/// Loads the search index ahead of need.
pub fn preload_index(lang: Lang) {
    leptos::task::spawn_local(async move {
        // A failure here is retried when the search page loads the index itself.
        let _ = content::json::<Vec<SearchEntry>>(lang, "search.json").await;
    });
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let index = LocalResource::new(move || content::json::<Vec<SearchEntry>>(lang, "search.json"));
    move || match query_words(&navigation.query()) {
        Some(words) if !words.trim().is_empty() => content::loaded(index, move |entries| {
            static_view(search_page(lang, Some(&words), &entries))
        })
        .into_any(),
        words => static_view(search_page(lang, words.as_deref(), &[])),
    }
}
