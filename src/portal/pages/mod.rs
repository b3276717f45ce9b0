//! One file (or folder) per portal page; each describes itself and leaves the rest to the
//! shared form flow, loaders and gate.

mod activate;
mod dso;
mod officer;
mod reporting;
mod student;

pub use dso::dso_pages;
pub use officer::officer_pages;
pub use reporting::reporting_pages;
pub use student::student_pages;

use leptos::prelude::*;
use navigator_domain::PortalRoute;

use crate::pages::NotFoundPage;
use activate::ActivatePage;

/// Account set-up. Sign-in shares its bundle's page but is the server's: its form posts to
/// the server and the app never draws it (docs/adr/0025-portal-pages-from-the-server.md).
pub fn sign_in_pages(route: PortalRoute) -> AnyView {
    match route {
        PortalRoute::Activate => view! { <ActivatePage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}
