//! eService Navigator, the browser app: an independent helper for people sent to U.S.
//! immigration portals. Pages stay thin; rules live in `navigator-domain`.

mod app;
mod navigation;
mod page_heading;
mod pages;
mod shell;
mod text;

pub use app::App;

/// Mounts the app on the page's `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(App);
}
