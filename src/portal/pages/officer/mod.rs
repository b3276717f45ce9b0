//! ICE staff: monitoring (who signed in and did what) and program management (schools and
//! their officials).

mod audit;
mod schools;

use audit::OfficerAuditPage;
use schools::OfficerSchoolsPage;

use leptos::prelude::*;
use navigator_domain::{Lang, PortalRoute};

use crate::{pages::NotFoundPage, portal::section_nav::SectionNav, text::portal_text};

/// The pages of the ICE staff bundle.
pub fn officer_pages(route: PortalRoute) -> AnyView {
    match route {
        PortalRoute::OfficerAudit => view! { <OfficerAuditPage/> }.into_any(),
        PortalRoute::OfficerSchools => view! { <OfficerSchoolsPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn officer_nav(lang: Lang) -> impl IntoView {
    let t = portal_text(lang);
    view! {
        <SectionNav label=t.officer_title() items=vec![
            (PortalRoute::OfficerAudit, t.officer_nav()[0]),
            (PortalRoute::OfficerSchools, t.officer_nav()[1]),
        ]/>
    }
}
