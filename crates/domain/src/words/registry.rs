//! The catalogue of each language, kept for the life of the program so that plain messages
//! can be borrowed as `&'static str` wherever a word is needed, without passing a
//! catalogue through every function. The browser installs the one it fetched before the
//! first page is drawn; the server and native tests compile the embedded Fluent files on
//! first use.

use std::sync::OnceLock;

use super::{Arg, Catalogue, Citation};
use crate::Lang;

static CATALOGUES: [OnceLock<Catalogue>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

fn slot(lang: Lang) -> &'static OnceLock<Catalogue> {
    &CATALOGUES[lang as usize]
}

/// Keeps a language's catalogue; a second install of the same language is ignored (the
/// words of one build do not change while it runs).
pub fn install(lang: Lang, catalogue: Catalogue) {
    let _ = slot(lang).set(catalogue);
}

pub fn is_installed(lang: Lang) -> bool {
    catalogue(lang).is_some()
}

fn catalogue(lang: Lang) -> Option<&'static Catalogue> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some(slot(lang).get_or_init(|| super::source::embedded_catalogue(lang)))
    }
    #[cfg(target_arch = "wasm32")]
    {
        slot(lang).get()
    }
}

/// Whether the language's words hold a message: for lists and optional parts whose length
/// the words decide (an outcome's steps, a question's hint), not the code.
pub fn has(lang: Lang, id: &str) -> bool {
    catalogue(lang).is_some_and(|c| c.get(id).is_some())
}

/// A message without placeholders.
pub fn text(lang: Lang, id: &str) -> &'static str {
    match catalogue(lang).and_then(|c| c.text(id)) {
        Some(text) => text,
        None => missing(lang, id),
    }
}

/// A message with its placeholders (`{ $days }`) filled in.
pub fn format(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    match catalogue(lang).and_then(|c| c.format(lang, id, args)) {
        Some(text) => text,
        None => missing(lang, id).to_owned(),
    }
}

/// The facts a page states, each once, with their sources (`Catalogue::facts_of`): those
/// its messages state, then the numbers it shows from a calculator's rule, by fact id. What
/// the page lists under "Sources".
pub fn facts_of(lang: Lang, message_ids: &[&str], fact_ids: &[&str]) -> Vec<Citation<'static>> {
    catalogue(lang).map_or_else(Vec::new, |c| c.facts_of(message_ids, fact_ids))
}

/// Every key is checked in every language by the tests (`source::check`), so this is a
/// programming error: loud in debug builds, the key itself in a release build.
fn missing(lang: Lang, id: &str) -> &'static str {
    if cfg!(debug_assertions) {
        panic!("no message `{id}` in the {} catalogue", lang.tag());
    }
    Box::leak(id.to_owned().into_boxed_str())
}
