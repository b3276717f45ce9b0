//! One file per page; each is thin and takes its words from [`crate::text`].

mod about;
mod home;
mod not_found;

pub use about::AboutPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
