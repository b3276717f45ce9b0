use leptos::prelude::*;
use navigator_domain::Page;

use crate::{
    navigation::Navigation,
    pages::{AboutPage, HomePage, NotFoundPage},
    shell::{Footer, Header},
};

/// The whole app: shell around the page the address names.
#[component]
pub fn App() -> impl IntoView {
    let navigation = Navigation::provide();
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            // The lang attribute tells screen readers which voice to use (WCAG 3.1.1).
            let _ = root.set_attribute("lang", navigation.lang().tag());
        }
    });
    let page = move || match navigation.app_path().page {
        Page::Home => view! { <HomePage/> }.into_any(),
        Page::About => view! { <AboutPage/> }.into_any(),
        Page::NotFound => view! { <NotFoundPage/> }.into_any(),
    };
    view! {
        <div class="app" on:click=move |event| navigation.follow_link(event)>
            <Header/>
            <main id="main" class="width-container main" tabindex="-1">
                {page}
            </main>
            <Footer/>
        </div>
    }
}
