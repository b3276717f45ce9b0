//! Remembers the language a person chose with the switch, so opening the home page again
//! shows it in that language. Shared links keep the language they were copied in: only the
//! bare home page follows the remembered choice.

use leptos::prelude::window;
use navigator_domain::Lang;

const KEY: &str = "navigator.lang";

pub fn remember(lang: Lang) {
    if let Ok(Some(storage)) = window().local_storage() {
        // Storage can be full or disabled (private browsing): the choice is then not kept.
        let _ = storage.set_item(KEY, lang.tag());
    }
}

/// The language the page at `path` must switch to: only the bare home page follows the
/// remembered choice, and only when it is not the language served at the root.
pub fn home_language(path: &str) -> Option<Lang> {
    remembered().filter(|lang| path == "/" && *lang != Lang::default())
}

fn remembered() -> Option<Lang> {
    let storage = window().local_storage().ok()??;
    Lang::from_tag(&storage.get_item(KEY).ok()??)
}
