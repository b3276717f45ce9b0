use leptos::prelude::*;
use navigator_domain::{AppPath, Bundle, Lang, Page};
use wasm_bindgen::JsCast;
use web_sys::MouseEvent;

use crate::{language_memory, navigation::Navigation, shell};

/// Shows the pages of one bundle; see [`crate::bundles`].
pub type PageView = fn(Page) -> AnyView;

/// Clicks the static pages' markup asks for: printing, and remembering a language choice.
fn page_action(event: &MouseEvent) {
    let Some(element) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    if element
        .closest("[data-action=print]")
        .ok()
        .flatten()
        .is_some()
    {
        // Printing can be blocked (kiosk browsers); there is nothing else to do then.
        let _ = window().print();
    }
    if let Some(lang) = element
        .closest("[data-lang]")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("data-lang"))
        .and_then(|tag| Lang::from_tag(&tag))
    {
        language_memory::remember(lang);
    }
}

/// The whole app: shell around the page the address names, drawn by the bundle's `pages`.
#[component]
pub fn App(bundle: Bundle, pages: PageView) -> impl IntoView {
    let navigation = Navigation::provide(bundle);
    // The bare home page opens in the language the person chose last time.
    if let Some(lang) = language_memory::home_language(&navigation.path_untracked())
        && let Some(home) = AppPath::href(lang, Page::Home)
    {
        navigation.replace(&home);
    }
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            // The lang attribute tells screen readers which voice to use (WCAG 3.1.1).
            let _ = root.set_attribute("lang", navigation.lang().tag());
        }
    });
    let header = move || {
        let app_path = navigation.app_path();
        shell::header(
            app_path.lang,
            app_path.page,
            &navigation.path(),
            &navigation.query(),
        )
    };
    let footer = move || shell::footer(navigation.lang());
    let page = move || pages(navigation.app_path().page);
    view! {
        <div
            class="app"
            on:click=move |event| {
                page_action(&event);
                navigation.follow_link(event);
            }
            on:submit=move |event| navigation.submit_form(event)
        >
            <div inner_html=header></div>
            <main id="main" class="width-container main" tabindex="-1">
                {page}
            </main>
            <footer class="footer" inner_html=footer></footer>
        </div>
    }
}
