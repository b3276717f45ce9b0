//! The portal: sign-in and the forms of each role, talking to the portal API from the
//! browser. Everything typed is kept on the device until the server has it; see
//! `form_flow` for how a form gets there exactly once.

mod api;
mod device_store;
mod facts;
mod form;
mod form_flow;
mod frame;
mod labels;
mod loaded;
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
use pages::*;
use role_gate::RoleGate;

/// The page the address names, inside the portal's frame and behind its role's gate.
#[component]
pub fn PortalPages() -> impl IntoView {
    let navigation = use_navigation();
    // Only a new route redraws the page: moving between a form's steps (`?step=`) keeps
    // the form, its errors and its request in flight.
    let route = Memo::new(move |_| PortalRoute::of_path(&navigation.path()));
    let page = move || {
        let Some(route) = route.get() else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let role = route.area().role();
        let page = move || page_of(route.clone());
        match role {
            Some(role) => {
                view! { <RoleGate role=role children=std::sync::Arc::new(page)/> }.into_any()
            }
            None => page().into_any(),
        }
    };
    view! { <PortalFrame>{page}</PortalFrame> }
}

fn page_of(route: PortalRoute) -> AnyView {
    use PortalRoute::*;
    match route {
        SignIn => view! { <SignInPage/> }.into_any(),
        Activate => view! { <ActivatePage/> }.into_any(),
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
        StudentHome => view! { <StudentHomePage/> }.into_any(),
        StudentContact => view! { <StudentContactPage/> }.into_any(),
        StudentAddEmployment => view! { <StudentAddEmploymentPage/> }.into_any(),
        StudentEditEmployment(job) => {
            view! { <StudentEditEmploymentPage employment_id=job/> }.into_any()
        }
        StudentEndEmployment(job) => {
            view! { <StudentEndEmploymentPage employment_id=job/> }.into_any()
        }
        ReportingHome => view! { <ReportingHomePage/> }.into_any(),
        ReportingAddress => view! { <ReportingAddressPage/> }.into_any(),
        ReportingBook => view! { <ReportingBookPage/> }.into_any(),
        ReportingReschedule(id) => view! { <ReportingReschedulePage id=id/> }.into_any(),
        ReportingCancel(id) => view! { <ReportingCancelPage id=id/> }.into_any(),
        OfficerAudit => view! { <OfficerAuditPage/> }.into_any(),
        OfficerSchools => view! { <OfficerSchoolsPage/> }.into_any(),
    }
}
