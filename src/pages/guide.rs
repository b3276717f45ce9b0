//! One guide (navigator-pages), from the fetched guides list and the guide's HTML.

use leptos::prelude::*;
use navigator_domain::guides::{Guide, GuideSummary};
use navigator_pages::site::guide_page;

use crate::{content, navigation::use_navigation, static_view::static_view};

#[component]
pub fn GuidePage(guide: Guide) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let page = LocalResource::new(move || async move {
        let list = content::json::<Vec<GuideSummary>>(lang, "guides.json").await?;
        let body = content::html(lang, &["guides/", guide.slug(), ".html"].concat()).await?;
        Ok((list, body))
    });
    content::loaded(page, move |(list, body)| {
        static_view(guide_page(
            lang,
            list.iter().find(|s| s.slug == guide.slug()),
            &body,
        ))
    })
}
