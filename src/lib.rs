//! eService Navigator, the browser app: an independent helper for people sent to U.S.
//! immigration portals. Pages stay thin; rules live in `navigator-domain`.

mod app;
pub mod bundles;
mod components;
mod content;
mod fact_sources;
mod fetch;
mod language_memory;
mod markup;
mod navigation;
mod page_heading;
mod pages;
mod portal;
mod shell;
mod static_page;
mod text;
mod today;
mod words;

pub use app::{App, PageView};
use navigator_domain::{AppPath, Bundle};

/// Fetches the words of the page's language, then mounts the app on the page's `<body>`
/// with the pages of one bundle. Without its words the app cannot draw a page, so when
/// they cannot be fetched the page's own HTML stays as it is.
pub fn start(bundle: Bundle, pages: PageView) {
    wasm_bindgen_futures::spawn_local(async move {
        let path = leptos::prelude::window()
            .location()
            .pathname()
            .unwrap_or_default();
        let lang = AppPath::parse(&path).lang;
        // The bare home page opens in the language chosen last time (App redirects).
        for lang in std::iter::once(lang).chain(language_memory::home_language(&path)) {
            if words::load(bundle, lang).await.is_err() {
                return;
            }
        }
        leptos::mount::mount_to_body(
            move || leptos::prelude::view! { <App bundle=bundle pages=pages/> },
        );
    });
}
