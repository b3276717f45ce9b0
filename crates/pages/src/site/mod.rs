//! Home, about, the guides, search and "not found".

mod about;
mod guide;
mod guides;
mod home;
mod not_found;
mod search;

pub use about::about_page;
pub use guide::guide_page;
pub use guides::guides_page;
pub use home::home_page;
pub use not_found::not_found_page;
pub use search::{query_words, search_page};
