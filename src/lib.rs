//! eService Navigator, the browser app: an independent helper for people sent to U.S.
//! immigration portals. Pages stay thin; rules live in `navigator-domain`.

mod app;
pub mod bundles;
mod components;
mod content;
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

pub use app::{App, PageView};
use navigator_domain::Bundle;

/// Mounts the app on the page's `<body>` with the pages of one bundle.
pub fn start(bundle: Bundle, pages: PageView) {
    leptos::mount::mount_to_body(
        move || leptos::prelude::view! { <App bundle=bundle pages=pages/> },
    );
}
