//! ICE staff: monitoring (who signed in and did what) and program management (schools and
//! their officials).

mod audit;
mod schools;

pub use audit::OfficerAuditPage;
pub use schools::OfficerSchoolsPage;

use leptos::prelude::*;
use navigator_domain::{Lang, PortalRoute};

use crate::{portal::section_nav::SectionNav, text::portal_text};

fn officer_nav(lang: Lang) -> impl IntoView {
    let t = portal_text(lang);
    view! {
        <SectionNav label=t.officer_title items=vec![
            (PortalRoute::OfficerAudit, t.officer_nav[0]),
            (PortalRoute::OfficerSchools, t.officer_nav[1]),
        ]/>
    }
}
