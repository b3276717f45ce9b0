//! The outcome (navigator-pages) for the answers in the address.

use leptos::prelude::*;
use navigator_domain::routing::{Answers, walk};
use navigator_pages::find::{next_href, result_page};

use super::wording;
use crate::{content::loaded, navigation::use_navigation, static_view::static_view};

#[component]
pub fn FindResultPage(
    /// The query string of the address (the answers).
    query: String,
) -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let answers = Answers::from_query(&query);
    let Some(outcome) = walk(&answers).outcome() else {
        // Not every question is answered yet (an edited or old link): ask the next one.
        let next = next_href(lang, &answers);
        Effect::new(move |_| navigation.replace(&next));
        return ().into_any();
    };
    loaded(wording(lang), move |wording| {
        static_view(result_page(lang, &answers, outcome, &wording))
    })
    .into_any()
}
