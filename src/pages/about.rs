use leptos::prelude::*;

use crate::{navigation::use_navigation, page_heading::PageHeading, text::text};

#[component]
pub fn AboutPage() -> impl IntoView {
    let t = text(use_navigation().lang_untracked());
    view! {
        <PageHeading text=t.about_title/>
        <p class="lead">{t.about_lead}</p>
        <h2 class="heading-m">{t.about_not_gov_heading}</h2>
        {t.about_not_gov.map(|p| view! { <p>{p}</p> })}
        <h2 class="heading-m">{t.about_what_heading}</h2>
        <ul class="list">{t.about_what.map(|item| view! { <li>{item}</li> })}</ul>
        <h2 class="heading-m">{t.about_sources_heading}</h2>
        <p>{t.about_sources_intro}</p>
        <ul class="list">
            {t.about_sources.map(|(name, url)| view! { <li><a href=url>{name}</a></li> })}
        </ul>
        <p>{t.about_sources_note}</p>
    }
}
