//! The person's reporting page: their appointments and the ways to report.

use leptos::prelude::*;
use navigator_domain::{
    PortalRoute,
    api::{
        endpoints,
        supervision::{Appointment, AppointmentStatus},
    },
    calculators::DeadlineRule,
    path_in_language,
    routing::filing_link,
};

use super::slot_label;
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        labels,
        loaded::{load, loaded},
        sent_history::SentHistory,
    },
    text::portal_text,
};

#[component]
pub fn ReportingHomePage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let href = move |route: PortalRoute| path_in_language(&route.path(), lang);
    let appointments =
        load::<Vec<Appointment>>(|| endpoints::SUPERVISION_APPOINTMENTS.path.to_owned());
    let official = filing_link(DeadlineRule::IceAddressChange);
    view! {
        <PageHeading text=t.reporting_title()/>
        <p class="lead">{t.reporting_lead()}</p>
        <p><a class="button" href=href(PortalRoute::ReportingAddress)>{t.report_move()}</a></p>
        {official.map(|link| view! { <p class="hint">{t.official_ice()}" " <a href=link.url>{link.label(lang)}</a></p> })}
        <h2 class="heading-m">{t.appointments_heading()}</h2>
        {loaded(appointments, move |list: Vec<Appointment>| {
            let booked = list.iter().any(|a| a.status == AppointmentStatus::Booked);
            view! {
                {list.is_empty().then(|| view! { <p>{t.no_appointments()}</p> })}
                <ul class="card-list">
                    {list.into_iter().map(|a| {
                        let is_booked = a.status == AppointmentStatus::Booked;
                        let when = slot_label(&a.slot, lang);
                        view! {
                            <li class="card">
                                <h3 class="heading-s card__title">{when.clone()}</h3>
                                <dl class="facts">
                                    <dt>{t.appointment_status()}</dt>
                                    <dd>{labels::appointment_status(a.status, lang)}</dd>
                                    <dt>{t.reference_label()}</dt>
                                    <dd class="reference-inline">{a.reference.to_string()}</dd>
                                    {a.slot.office_address.as_ref().map(|address| view! {
                                        <dt>{t.office_address()}</dt>
                                        <dd>{[a.slot.office.as_str(), ", ", &address.lines().join(", ")].concat()}</dd>
                                    })}
                                </dl>
                                {is_booked.then(|| view! {
                                    <p class="card__actions">
                                        <a href=href(PortalRoute::ReportingReschedule(a.id.clone()))>{t.reschedule()}<span class="visually-hidden">{[" ", when.as_str()].concat()}</span></a>
                                        " · "
                                        <a href=href(PortalRoute::ReportingCancel(a.id.clone()))>{t.cancel_appointment()}<span class="visually-hidden">{[" ", when.as_str()].concat()}</span></a>
                                    </p>
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                {(!booked).then(|| view! { <p><a href=href(PortalRoute::ReportingBook)>{t.book()}</a></p> })}
            }
        })}
        <SentHistory/>
    }
}
