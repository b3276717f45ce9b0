//! The HTML of every page that is a function of its address — the shell around pages, the
//! help pages and "Find the right place" — as strings, without Leptos. One renderer for
//! three users: the web app shows these strings (src/static_view.rs), `cargo xtask build`
//! writes them as prerendered files, and the server renders the pages that depend on the
//! query (a question with earlier answers, an outcome, search results), so the public help
//! works without JavaScript (docs/adr/0016-html-first.md).

pub mod address;
pub mod built_site;
pub mod document;
pub mod fact_sources;
pub mod find;
pub mod form_fields;
pub mod language_suggestion;
pub mod library;
pub mod markup;
pub mod query;
pub mod shell;
pub mod sign_in;
pub mod site;
pub mod static_page;
pub mod text;
pub mod tools_index;

pub use static_page::StaticPage;
