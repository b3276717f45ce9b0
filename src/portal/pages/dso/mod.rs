//! The school official's workspace: their students, each student's record and Portal
//! account, items due in SEVIS, and reports.

mod items_due;
mod record_forms;
mod reports;
mod student;
mod students;

use items_due::DsoItemsDuePage;
use record_forms::{
    DsoAddEmploymentPage, DsoContactPage, DsoEditEmploymentPage, DsoEndEmploymentPage,
    DsoPortalActionPage, DsoPortalEmailPage, PortalAction,
};
use reports::DsoReportsPage;
use student::DsoStudentPage;
use students::DsoStudentsPage;

use leptos::prelude::*;
use navigator_domain::{Lang, PortalRoute};

use crate::{pages::NotFoundPage, portal::section_nav::SectionNav, text::portal_text};

/// The pages of the school officials' bundle.
pub fn dso_pages(route: PortalRoute) -> AnyView {
    use PortalRoute::*;
    match route {
        DsoStudents => view! { <DsoStudentsPage/> }.into_any(),
        DsoStudent(id) => view! { <DsoStudentPage id=id/> }.into_any(),
        DsoContact(id) => view! { <DsoContactPage id=id/> }.into_any(),
        DsoAddEmployment(id) => view! { <DsoAddEmploymentPage id=id/> }.into_any(),
        DsoEditEmployment(id, job) => {
            view! { <DsoEditEmploymentPage id=id employment_id=job/> }.into_any()
        }
        DsoEndEmployment(id, job) => {
            view! { <DsoEndEmploymentPage id=id employment_id=job/> }.into_any()
        }
        DsoPortalEmail(id) => view! { <DsoPortalEmailPage id=id/> }.into_any(),
        DsoResendInvitation(id) => {
            view! { <DsoPortalActionPage id=id action=PortalAction::ResendInvitation/> }.into_any()
        }
        DsoUnlock(id) => {
            view! { <DsoPortalActionPage id=id action=PortalAction::Unlock/> }.into_any()
        }
        DsoReports => view! { <DsoReportsPage/> }.into_any(),
        DsoItemsDue => view! { <DsoItemsDuePage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

fn dso_nav(lang: Lang) -> impl IntoView {
    let t = portal_text(lang);
    view! {
        <SectionNav label=t.dso_title() items=vec![
            (PortalRoute::DsoStudents, t.dso_nav()[0]),
            (PortalRoute::DsoItemsDue, t.dso_nav()[1]),
            (PortalRoute::DsoReports, t.dso_nav()[2]),
        ]/>
    }
}

/// A record page's address in the page's language.
fn href(route: PortalRoute, lang: Lang) -> String {
    navigator_domain::path_in_language(&route.path(), lang)
}
