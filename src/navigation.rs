//! Moving between pages without reloading: the current address as a signal, links inside
//! the app followed with the History API, and the browser's Back and Forward honoured.
//!
//! A full client router (leptos_router) costs about 40 KB of brotli on the first visit,
//! a third of our budget; the app needs only flat paths and a query string
//! (docs/adr/0003-own-navigation.md).

use leptos::{ev, prelude::*};
use navigator_domain::{AppPath, Lang};
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent};

/// Where the person is in the app, shared through context.
#[derive(Clone, Copy)]
pub struct Navigation {
    path: RwSignal<String>,
    app_path: Memo<AppPath>,
    /// Whether the person has moved within the app since it loaded: focus moves to the new
    /// page's heading only then, so a screen reader starts at the top on a fresh load.
    navigated: RwSignal<bool>,
}

impl Navigation {
    /// Reads the browser's address, listens for Back and Forward, and provides the result
    /// to every component below.
    pub fn provide() -> Navigation {
        let location = window().location();
        let path = RwSignal::new(location.pathname().unwrap_or_default());
        let app_path = Memo::new(move |_| path.with(|p| AppPath::parse(p)));
        let navigation = Navigation {
            path,
            app_path,
            navigated: RwSignal::new(false),
        };
        let listener = window_event_listener(ev::popstate, move |_| {
            let location = window().location();
            navigation.arrive(location.pathname().unwrap_or_default());
        });
        on_cleanup(move || listener.remove());
        provide_context(navigation);
        navigation
    }

    pub fn path(self) -> String {
        self.path.get()
    }

    pub fn app_path(self) -> AppPath {
        self.app_path.get()
    }

    pub fn lang(self) -> Lang {
        self.app_path.with(|p| p.lang)
    }

    pub fn lang_untracked(self) -> Lang {
        self.app_path.with_untracked(|p| p.lang)
    }

    pub fn has_navigated(self) -> bool {
        self.navigated.get_untracked()
    }

    /// Goes to an address inside the app (`/es/about?x=1`), adding a history entry.
    pub fn go(self, href: &str) {
        let path = href.split(['?', '#']).next().unwrap_or(href);
        if let Ok(history) = window().history() {
            // Failing to record history (a sandboxed frame) still shows the page.
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
        self.arrive(path.to_owned());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    fn arrive(self, path: String) {
        self.navigated.set(true);
        self.path.set(path);
    }

    /// Click handler for a container of links: an ordinary click on a link to another page
    /// of the app is followed in place; everything else (new tab, downloads, other sites,
    /// the API, anchors on the same page) is left to the browser.
    pub fn follow_link(self, event: MouseEvent) {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.ctrl_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let Some(anchor) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten())
            .map(JsCast::unchecked_into::<HtmlAnchorElement>)
        else {
            return;
        };
        let path = anchor.pathname();
        let same_page = path == self.path.get_untracked() && !anchor.hash().is_empty();
        if !anchor.target().is_empty()
            || anchor.has_attribute("download")
            || anchor.origin() != window().location().origin().unwrap_or_default()
            || path.starts_with("/api/")
            || same_page
        {
            return;
        }
        event.prevent_default();
        self.go(&[path, anchor.search()].concat());
    }
}

pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}
