//! The list of guides (navigator-pages), from the fetched guides list.

use leptos::prelude::*;
use navigator_domain::guides::GuideSummary;
use navigator_pages::site::guides_page;

use crate::{content, navigation::use_navigation, static_view::static_view};

#[component]
pub fn GuidesPage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let list = LocalResource::new(move || content::json::<Vec<GuideSummary>>(lang, "guides.json"));
    content::loaded(list, move |list| static_view(guides_page(lang, &list)))
}
