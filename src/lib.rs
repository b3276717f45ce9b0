//! eService Navigator, the browser app: an independent helper for people sent to U.S.
//! immigration portals. Pages stay thin; rules live in `navigator-domain`.

mod app;
pub mod bundles;
mod components;
mod content;
mod fetch;
mod language_memory;
mod navigation;
mod next_task;
mod page_heading;
mod pages;
mod portal;
mod prerendered;
mod static_view;
mod today;
mod words;

// The string renderer the server and the build share (docs/adr/0016-html-first.md).
use navigator_pages::{fact_sources, shell, text};

pub use app::{App, PageView};
use navigator_domain::{AppPath, Bundle};

/// Mounts the app in `main` (the document's `<main>`; the header and footer are the
/// elements `#header` and `#footer`), taking over what the server put there. Dropping the
/// handle unmounts it (the component tests do).
pub fn mount(
    main: web_sys::HtmlElement,
    bundle: Bundle,
    pages: PageView,
) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    let prerendered = prerendered::Prerendered::take(&main);
    leptos::mount::mount_to(main, move || {
        leptos::prelude::view! { <App bundle=bundle pages=pages prerendered=prerendered/> }
    })
}

/// Fetches the words of the page's language, then mounts the app in the page's `<main>`
/// with the pages of one bundle. Without its words the app cannot draw a page, so when
/// they cannot be fetched the page's own HTML stays as it is.
pub fn start(bundle: Bundle, pages: PageView) {
    wasm_bindgen_futures::spawn_local(async move {
        // Instantiating the wasm, reading the words and drawing the page are separate tasks.
        next_task::next_task().await;
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
        next_task::next_task().await;
        let Some(main) = prerendered::main_element() else {
            return;
        };
        mount(main, bundle, pages).forget();
        // For tests that need the app rather than the server's page.
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.set_attribute("data-app", "started");
        }
    });
}
