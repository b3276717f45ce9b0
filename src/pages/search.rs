//! Search across guides, tools and outcomes, in the browser. The form is an ordinary GET
//! form (`/search?q=…`), so the results are a function of the address: Back, reload and
//! shared links work. The server's page stays until the person searches (what they typed
//! while the app loaded stays with it); the index the app then reads is precached by the
//! service worker, so search keeps working without a connection.

use leptos::prelude::*;
use navigator_domain::search::SearchEntry;
use navigator_pages::site::{query_words, search_page};

use crate::{content, navigation::use_navigation, static_view::static_view};

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
