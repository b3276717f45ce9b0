//! A student on OPT: their record (address, phone, employers), unemployment days used and
//! left, the STEM validation report schedule, and the forms that change the record.

mod forms;
mod home;

use forms::{
    StudentAddEmploymentPage, StudentContactPage, StudentEditEmploymentPage,
    StudentEndEmploymentPage, StudentValidationReportPage,
};
use home::StudentHomePage;

use leptos::prelude::*;
use navigator_domain::PortalRoute;

use crate::pages::NotFoundPage;

/// The pages of the students' bundle.
pub fn student_pages(route: PortalRoute) -> AnyView {
    use PortalRoute::*;
    match route {
        StudentHome => view! { <StudentHomePage/> }.into_any(),
        StudentContact => view! { <StudentContactPage/> }.into_any(),
        StudentAddEmployment => view! { <StudentAddEmploymentPage/> }.into_any(),
        StudentEditEmployment(job) => {
            view! { <StudentEditEmploymentPage employment_id=job/> }.into_any()
        }
        StudentEndEmployment(job) => {
            view! { <StudentEndEmploymentPage employment_id=job/> }.into_any()
        }
        StudentValidationReport => view! { <StudentValidationReportPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}
