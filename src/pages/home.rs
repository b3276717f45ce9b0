use leptos::prelude::*;
use navigator_domain::{AppPath, Page};

use crate::{navigation::use_navigation, page_heading::PageHeading, text::text};

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = text(lang);
    view! {
        <PageHeading text=t.home_title/>
        <p class="lead">{t.home_lead}</p>
        <section class="inset" aria-labelledby="before-you-start">
            <h2 id="before-you-start" class="heading-m">{t.home_not_gov_heading}</h2>
            <p>{t.home_not_gov}</p>
        </section>
        <p><a href=AppPath::href(lang, Page::About)>{t.home_about_link}</a></p>
    }
}
