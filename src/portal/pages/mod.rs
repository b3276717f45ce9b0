//! One file (or folder) per portal page; each describes itself and leaves the rest to the
//! shared form flow, loaders and gate.

mod activate;
mod dso;
mod officer;
mod reporting;
mod sign_in;
mod student;

pub use activate::ActivatePage;
pub use dso::*;
pub use officer::*;
pub use reporting::*;
pub use sign_in::SignInPage;
pub use student::*;
