//! The portal: sign-in and the forms of each role, talking to the portal API from the
//! browser. Everything typed is kept on the device until the server has it; see
//! `form_flow` for how a form gets there exactly once.

mod api;
mod device_store;
mod facts;
mod field_change_text;
mod form;
mod form_flow;
mod frame;
mod labels;
mod loaded;
mod local_time;
mod pages;
mod pagination;
mod record_forms;
mod record_view;
mod role_gate;
mod section_nav;
mod sent_history;
mod session;
mod session_timeout;

use leptos::prelude::*;
use navigator_domain::PortalRoute;

use crate::{navigation::use_navigation, pages::NotFoundPage};
use frame::PortalFrame;
pub use pages::{dso_pages, officer_pages, reporting_pages, sign_in_pages, student_pages};
use role_gate::RoleGate;

/// The pages of one portal bundle, by route; a route of another bundle never reaches it.
pub type AreaPages = fn(PortalRoute) -> AnyView;

/// The page the address names, inside the portal's frame and behind its role's gate.
#[component]
pub fn PortalPages(pages: AreaPages) -> impl IntoView {
    let navigation = use_navigation();
    if signed_in_on_the_servers_page() {
        navigation.arrived_from_site();
    }
    // Only a new route redraws the page: moving between a form's steps (`?step=`) keeps
    // the form, its errors and its request in flight.
    let route = Memo::new(move |_| PortalRoute::of_path(&navigation.path()));
    let page = move || {
        let Some(route) = route.get() else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let role = route.area().role();
        let page = move || pages(route.clone());
        match role {
            Some(role) => {
                view! { <RoleGate role=role children=std::sync::Arc::new(page)/> }.into_any()
            }
            None => page().into_any(),
        }
    };
    view! { <PortalFrame>{page}</PortalFrame> }
}

/// Whether the person comes from the sign-in page, which the server draws alone: its form's
/// answer (303) cannot leave the app's mark of a move within the site, but the page names
/// itself as the referrer, which the site's referrer policy keeps at home.
fn signed_in_on_the_servers_page() -> bool {
    document()
        .referrer()
        .strip_prefix(&window().location().origin().unwrap_or_default())
        .filter(|rest| rest.starts_with('/'))
        .is_some_and(|rest| {
            let path = rest.split(['?', '#']).next().unwrap_or_default();
            navigator_domain::AppPath::parse(path)
                .page
                .drawn_by_server_alone()
        })
}
