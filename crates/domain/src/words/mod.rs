//! Every word the app, the domain crate and the server show, as data: Fluent files a
//! translator can edit, one folder per language (`locales/<lang>/*.ftl`), compiled at build
//! time into one small [`Catalogue`] per language and area
//! (docs/adr/0012-words-as-fluent-catalogues.md).
//!
//! The browser fetches only its own language's catalogue and installs it before the first
//! page is drawn; the server and native tests compile the same files, embedded, on first
//! use. Both render with the same code, so a 422 from the server reads exactly like the
//! browser's own check.

mod bundle_words;
mod catalogue;
mod citation;
mod plural;
mod registry;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;

pub use catalogue::{Arg, Catalogue, Message, Piece, VariantKey};
#[cfg(not(target_arch = "wasm32"))]
pub use citation::citation_entry;
pub use citation::{Citation, citation_id, is_fact_entry, stated_facts_id};
pub use plural::PluralCategory;
pub use registry::{facts_of, format, has, install, is_installed, text};
