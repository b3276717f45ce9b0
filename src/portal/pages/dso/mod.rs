//! The school official's workspace: their students, each student's record and Portal
//! account, items due in SEVIS, and reports.

mod items_due;
mod record_forms;
mod reports;
mod student;
mod students;

pub use items_due::DsoItemsDuePage;
pub use record_forms::{
    DsoAddEmploymentPage, DsoContactPage, DsoEditEmploymentPage, DsoEndEmploymentPage,
    DsoPortalActionPage, DsoPortalEmailPage, PortalAction,
};
pub use reports::DsoReportsPage;
pub use student::DsoStudentPage;
pub use students::DsoStudentsPage;

use leptos::prelude::*;
use navigator_domain::{Lang, PortalRoute};

use crate::{portal::section_nav::SectionNav, text::portal_text};

fn dso_nav(lang: Lang) -> impl IntoView {
    let t = portal_text(lang);
    view! {
        <SectionNav label=t.dso_title items=vec![
            (PortalRoute::DsoStudents, t.dso_nav[0]),
            (PortalRoute::DsoItemsDue, t.dso_nav[1]),
            (PortalRoute::DsoReports, t.dso_nav[2]),
        ]/>
    }
}

/// A record page's address in the page's language.
fn href(route: PortalRoute, lang: Lang) -> String {
    navigator_domain::path_in_language(&route.path(), lang)
}
