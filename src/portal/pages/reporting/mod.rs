//! A person under ICE supervision: report a move (and see the court and USCIS filings that
//! also apply), and book, move or cancel check-in appointments.

mod address;
mod check_in;
mod home;

use address::ReportingAddressPage;
use check_in::{ReportingBookPage, ReportingCancelPage, ReportingReschedulePage};
use home::ReportingHomePage;

use leptos::prelude::*;
use navigator_domain::{Lang, PortalRoute, api::supervision::CheckInSlot, words};

use crate::pages::NotFoundPage;

/// The pages of the bundle for people under supervision.
pub fn reporting_pages(route: PortalRoute) -> AnyView {
    use PortalRoute::*;
    match route {
        ReportingHome => view! { <ReportingHomePage/> }.into_any(),
        ReportingAddress => view! { <ReportingAddressPage/> }.into_any(),
        ReportingBook => view! { <ReportingBookPage/> }.into_any(),
        ReportingReschedule(id) => view! { <ReportingReschedulePage id=id/> }.into_any(),
        ReportingCancel(id) => view! { <ReportingCancelPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// "Go to Newark ERO Field Office, 970 Broad St, Newark, NJ 07102.": where a check-in is,
/// when the office's address is known.
fn where_to_go(slot: &CheckInSlot, lang: Lang) -> Option<String> {
    let address = slot.office_address.as_ref()?;
    Some(words::format(
        lang,
        "portal-check_in_where",
        &[
            ("office", slot.office.as_str().into()),
            ("address", address.lines().join(", ").into()),
        ],
    ))
}

/// "Monday, 1 December 2026, 09:00 at Newark ERO": a time as people say it.
fn slot_label(slot: &CheckInSlot, lang: Lang) -> String {
    words::format(
        lang,
        "portal-slot",
        &[
            ("date", slot.date.long_with_weekday(lang).into()),
            ("time", slot.time.as_str().into()),
            ("office", slot.office.as_str().into()),
        ],
    )
}
