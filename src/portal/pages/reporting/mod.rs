//! A person under ICE supervision: report a move (and see the court and USCIS filings that
//! also apply), and book, move or cancel check-in appointments.

mod address;
mod check_in;
mod home;

pub use address::ReportingAddressPage;
pub use check_in::{ReportingBookPage, ReportingCancelPage, ReportingReschedulePage};
pub use home::ReportingHomePage;

use navigator_domain::{Lang, api::supervision::CheckInSlot};

use crate::text::portal_text;

/// "Monday, 1 December 2026, 09:00 at Newark ERO": a time as people say it.
fn slot_label(slot: &CheckInSlot, lang: Lang) -> String {
    [
        slot.date.long_with_weekday(lang),
        ", ".into(),
        slot.time.clone(),
        " ".into(),
        portal_text(lang).at_office.to_owned(),
        " ".into(),
        slot.office.clone(),
    ]
    .concat()
}
