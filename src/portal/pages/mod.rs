//! One file (or folder) per portal page; each describes itself and leaves the rest to the
//! shared form flow, loaders and gate.

mod activate;
mod dso;
mod officer;
mod reporting;
mod sign_in;
mod student;

pub use dso::dso_pages;
pub use officer::officer_pages;
pub use reporting::reporting_pages;
pub use student::student_pages;

use leptos::prelude::*;
use navigator_domain::PortalRoute;

use crate::pages::NotFoundPage;
use activate::ActivatePage;
use sign_in::SignInPage;

/// Sign-in and account set-up: one small bundle that every role passes through.
pub fn sign_in_pages(route: PortalRoute) -> AnyView {
    match route {
        PortalRoute::SignIn => view! { <SignInPage/> }.into_any(),
        PortalRoute::Activate => view! { <ActivatePage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}
