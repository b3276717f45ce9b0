//! Moving between pages without reloading: the current address as a signal, links inside
//! the app followed with the History API, and the browser's Back and Forward honoured.
//!
//! A full client router (leptos_router) costs about 40 KB of brotli on the first visit,
//! a third of our budget; the app needs only flat paths and a query string
//! (docs/adr/0003-own-navigation.md).

use leptos::{ev, prelude::*};
use navigator_domain::{AppPath, Bundle, Lang};
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent};

/// Marks, in this tab, that the app itself is loading another section's page (after signing
/// in, after signing out): that page then moves focus to its heading as a move within the
/// app does, instead of leaving it on the page's body.
const ARRIVING: &str = "navigator.arriving";

/// This tab's session storage; `None` where the browser blocks it.
pub(crate) fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// Whether the app sent the person here from another section, forgetting the mark.
fn arrived_from_app() -> bool {
    let Some(storage) = session_storage() else {
        return false;
    };
    let marked = storage.get_item(ARRIVING).ok().flatten().is_some();
    // Storage that fails only loses the focus move.
    let _ = storage.remove_item(ARRIVING);
    marked
}

/// Where the person is in the app, shared through context.
#[derive(Clone, Copy)]
pub struct Navigation {
    path: RwSignal<String>,
    /// The query string without `?` (the answers of "Find the right place", a search).
    query: RwSignal<String>,
    app_path: Memo<AppPath>,
    /// Whether the person has moved within the app since it loaded: focus moves to the new
    /// page's heading only then, so a screen reader starts at the top on a fresh load.
    navigated: RwSignal<bool>,
    /// The section whose code is loaded: links to other sections load their own bundle.
    bundle: Bundle,
}

impl Navigation {
    /// Reads the browser's address, listens for Back and Forward, and provides the result
    /// to every component below.
    pub fn provide(bundle: Bundle) -> Navigation {
        let location = window().location();
        let path = RwSignal::new(location.pathname().unwrap_or_default());
        let query = RwSignal::new(search_without_mark(&location));
        let app_path = Memo::new(move |_| path.with(|p| AppPath::parse(p)));
        let navigation = Navigation {
            path,
            query,
            app_path,
            navigated: RwSignal::new(arrived_from_app()),
            bundle,
        };
        let listener = window_event_listener(ev::popstate, move |_| {
            let location = window().location();
            navigation.arrive(
                location.pathname().unwrap_or_default(),
                search_without_mark(&location),
            );
        });
        on_cleanup(move || listener.remove());
        provide_context(navigation);
        navigation
    }

    pub fn path(self) -> String {
        self.path.get()
    }

    pub fn path_untracked(self) -> String {
        self.path.get_untracked()
    }

    pub fn query(self) -> String {
        self.query.get()
    }

    pub fn query_untracked(self) -> String {
        self.query.get_untracked()
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

    /// Counts this page as reached by a move within the site, though no mark of the app's
    /// says so (the server's sign-in page sent the person here).
    pub fn arrived_from_site(self) {
        self.navigated.set(true);
    }

    /// Whether the person has moved within the app, as a dependency of the caller.
    pub fn navigated(self) -> bool {
        self.navigated.get()
    }

    /// Makes the current history entry say `href` without showing another page: a
    /// question's entry then carries its answer, so browser Back shows it ticked.
    pub fn record(self, href: &str) {
        if let Ok(history) = window().history() {
            // Failing to record history (a sandboxed frame) only loses the tick on Back.
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
        }
    }

    /// Goes to an address inside the app (`/es/find/urgent?role=supervision`), adding a
    /// history entry.
    pub fn go(self, href: &str) {
        self.visit(href, true);
    }

    /// Shows another address in place of the current one (no new history entry).
    pub fn replace(self, href: &str) {
        self.visit(href, false);
    }

    fn visit(self, href: &str, push: bool) {
        let without_fragment = href.split('#').next().unwrap_or(href);
        let (path, query) = without_fragment
            .split_once('?')
            .unwrap_or((without_fragment, ""));
        if !self.draws(path) {
            // Another section's code is not loaded here: the browser loads that page. A page
            // the server draws alone never reads the mark (the server sees the move itself).
            if !AppPath::parse(path).page.drawn_by_server_alone()
                && let Some(storage) = session_storage()
            {
                let _ = storage.set_item(ARRIVING, "1");
            }
            let location = window().location();
            // Failing to navigate (a sandboxed frame) leaves the current page on screen.
            let _ = if push {
                location.assign(href)
            } else {
                location.replace(href)
            };
            return;
        }
        if let Ok(history) = window().history() {
            let url = Some(without_fragment);
            // Failing to record history (a sandboxed frame) still shows the page.
            let _ = if push {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", url)
            } else {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", url)
            };
        }
        self.arrive(path.to_owned(), query.to_owned());
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }

    /// Whether this bundle draws the page at `path` in place: a page of another section, or
    /// one the server draws whole (sign-in), is loaded by the browser instead.
    fn draws(self, path: &str) -> bool {
        let page = AppPath::parse(path).page;
        page.bundle() == self.bundle && !page.drawn_by_server_alone()
    }

    fn arrive(self, path: String, query: String) {
        self.navigated.set(true);
        self.path.set(path);
        self.query.set(query);
    }

    /// Click handler for a container of links: an ordinary click on a link to another page
    /// of this section is followed in place; everything else (new tab, downloads, other
    /// sites, other sections, the API, anchors on the same page) is left to the browser.
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
        let same_page = path == self.path.get_untracked()
            && !anchor.hash().is_empty()
            && anchor.search().trim_start_matches('?') == self.query.get_untracked();
        if !anchor.target().is_empty()
            || anchor.has_attribute("download")
            || anchor.origin() != window().location().origin().unwrap_or_default()
            || path.starts_with("/api/")
            || !self.draws(&path)
            // Another language's words are fetched by a fresh start of the app (ADR 12).
            || !navigator_domain::words::is_installed(AppPath::parse(&path).lang)
            || same_page
        {
            return;
        }
        event.prevent_default();
        self.go(&[path, anchor.search()].concat());
    }
}

impl Navigation {
    /// Submit handler for a container of forms: a GET form marked `data-navigate` (search,
    /// a question) goes to its address with the form's fields as the query, in place;
    /// `data-navigate="replace"` (a question: the page it leads to is its own address with
    /// the answer) takes the place of the current history entry.
    pub fn submit_form(self, event: web_sys::SubmitEvent) {
        let Some(form) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            .filter(|form| form.has_attribute("data-navigate"))
        else {
            return;
        };
        let Ok(data) = web_sys::FormData::new_with_form(&form) else {
            return;
        };
        let Ok(query) = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data) else {
            return;
        };
        event.prevent_default();
        let action = form.get_attribute("action").unwrap_or_default();
        let href = [action, "?".into(), String::from(query.to_string())].concat();
        if form.get_attribute("data-navigate").as_deref() == Some("replace") {
            self.replace(&href);
        } else {
            self.go(&href);
        }
    }
}

fn search_without_mark(location: &web_sys::Location) -> String {
    location
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_owned()
}

#[track_caller]
pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}
