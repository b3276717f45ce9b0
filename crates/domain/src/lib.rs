//! What the browser app and the portal API share. No I/O, no clock, no regex: this crate
//! compiles to wasm32 for the app and natively for the server, and every rule in it is
//! defined once.

pub mod agency;
pub mod api;
pub mod calculators;
pub mod calendar;
pub mod facts;
mod field_errors;
pub mod form_draft;
pub mod guides;
pub mod identifiers;
pub mod identify;
pub mod lang;
mod latin_case;
pub mod official_links;
#[cfg(feature = "openapi")]
mod openapi;
pub mod page;
pub mod portal_route;
pub mod reference_number;
pub mod routing;
pub mod search;
pub mod words;

pub use agency::Agency;
pub use field_errors::FieldErrors;
pub use lang::Lang;
pub use page::{AppPath, Bundle, FindStep, Page, Tool, address_in_language, path_in_language};
pub use portal_route::{PortalArea, PortalRoute};
