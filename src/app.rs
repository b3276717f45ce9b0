use leptos::{ev, prelude::*};
use navigator_domain::{AppPath, Bundle, Lang, Page};
use navigator_pages::document::{FOOTER_ID, HEADER_ID};
use wasm_bindgen::JsCast;
use web_sys::MouseEvent;

use crate::{language_memory, navigation::Navigation, prerendered::Prerendered, shell};

/// Shows the pages of one bundle; see [`crate::bundles`].
pub type PageView = fn(Page) -> AnyView;

/// Clicks the static pages' markup asks for: printing, focusing the field an error summary
/// names, and remembering a language choice.
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
    // An error summary's link focuses its field instead of only scrolling to it (GOV.UK).
    if let Some(field) = element
        .closest(".error-summary a[href^='#']")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"))
        .and_then(|href| document().get_element_by_id(href.trim_start_matches('#')))
        .and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok())
    {
        event.prevent_default();
        let _ = field.focus();
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

/// Sets the inner HTML of the element with `id` (the header, the footer).
fn fill(id: &str, html: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        element.set_inner_html(html);
    }
}

/// The whole app, mounted inside `<main>`: the page the address names, drawn by the
/// bundle's `pages`; the header and footer around it (the document's own elements) are
/// redrawn when the address changes. The server's page stays until the person moves
/// ([`Prerendered`]).
#[component]
pub fn App(bundle: Bundle, pages: PageView, prerendered: Prerendered) -> impl IntoView {
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
    // The server drew the header and footer of the first page (a page from `trunk serve`
    // has none yet); they change only when the person moves.
    let drawn = document()
        .get_element_by_id(HEADER_ID)
        .is_some_and(|header| header.child_element_count() > 0);
    Effect::new(move |_| {
        let app_path = navigation.app_path();
        let (path, query) = (navigation.path(), navigation.query());
        if navigation.navigated() || !drawn {
            fill(
                HEADER_ID,
                &shell::header(app_path.lang, app_path.page, &path, &query),
            );
            fill(FOOTER_ID, &shell::footer(app_path.lang));
        }
    });
    // Listening on the window rather than an element: the header, main and footer are the
    // document's own elements, not the app's.
    let clicks = window_event_listener(ev::click, move |event| {
        page_action(&event);
        navigation.follow_link(event);
    });
    let submits = window_event_listener(ev::submit, move |event| navigation.submit_form(event));
    on_cleanup(move || {
        clicks.remove();
        submits.remove();
    });
    move || {
        let page = navigation.app_path().page;
        if prerendered.is_shown(|| navigation.navigated()) {
            return ().into_any();
        }
        prerendered.remove();
        pages(page)
    }
}
