use leptos::prelude::*;
use navigator_domain::{AppPath, Page};

use crate::{navigation::use_navigation, page_heading::PageHeading, text::text};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = text(lang);
    view! {
        <PageHeading text=t.not_found_title/>
        <p>{t.not_found_typed}</p>
        <p>{t.not_found_pasted}</p>
        <p><a href=AppPath::href(lang, Page::Home)>{t.not_found_home}</a></p>
    }
}
