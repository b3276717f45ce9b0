//! A student on OPT: their record (address, phone, employers), unemployment days used and
//! left, the STEM validation report schedule, and the forms that change the record.

mod forms;
mod home;

pub use forms::{
    StudentAddEmploymentPage, StudentContactPage, StudentEditEmploymentPage,
    StudentEndEmploymentPage,
};
pub use home::StudentHomePage;
