//! One file (or folder) per page; each is thin and takes its words from [`crate::text`] or
//! from fetched content.

mod about;
mod find;
mod guide;
mod guides;
mod home;
mod not_found;
mod search;
mod tools;

pub use about::AboutPage;
pub use find::{FindQuestionPage, FindResultPage, FindStartPage};
pub use guide::GuidePage;
pub use guides::GuidesPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use search::SearchPage;
pub use tools::{ToolsPage, check_link_page, deadlines_page, identify_page, opt_unemployment_page};
