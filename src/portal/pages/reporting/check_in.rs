//! Check-in appointments: book a free time, move a booked one, or cancel it.

use leptos::prelude::*;
use navigator_domain::{
    Lang, PortalRoute,
    api::{
        endpoints::{
            SUPERVISION_APPOINTMENTS, SUPERVISION_BOOK, SUPERVISION_CANCEL, SUPERVISION_RESCHEDULE,
            SUPERVISION_SLOTS,
        },
        supervision::{Appointment, AppointmentStatus, BookingRequest, CheckInSlot},
    },
    path_in_language,
};

use super::{slot_label, where_to_go};
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        device_store::NextStep,
        form::{Field, FormSpec, Step},
        form_flow::FormFlow,
        loaded::{load, loaded},
    },
    text::{portal_text, shell_text},
};

/// How many free times to offer: enough to choose from, few enough to read on a phone.
const TIMES_OFFERED: usize = 12;

fn home(lang: Lang) -> String {
    path_in_language(&PortalRoute::ReportingHome.path(), lang)
}

fn booking_form(
    id: String,
    title: &'static str,
    (method, path): (&'static str, String),
    slots: &[CheckInSlot],
    lang: Lang,
) -> FormSpec {
    let t = portal_text(lang);
    let options = slots
        .iter()
        .filter(|s| s.available)
        .take(TIMES_OFFERED)
        .map(|s| (s.id.clone(), slot_label(s, lang)))
        .collect();
    let mut spec =
        FormSpec::new::<BookingRequest, _>(id, title, (method, path), |request, lang, _| {
            request.validate(lang)
        });
    spec.steps = vec![Step {
        slug: "",
        heading: title,
        fields: vec![Field::choice("slot_id", t.slot_heading(), options).hint(t.slot_hint())],
    }];
    spec.back = home(lang);
    spec.next = std::sync::Arc::new(|answer, lang| {
        let appointment = serde_json::from_value::<Appointment>(answer.clone()).ok();
        appointment
            .and_then(|a| where_to_go(&a.slot, lang))
            .into_iter()
            .chain([portal_text(lang).check_in_next().to_owned()])
            .map(|text| NextStep { text, link: None })
            .collect()
    });
    spec
}

fn not_found(lang: Lang) -> AnyView {
    view! {
        <PageHeading text=shell_text(lang).not_found_title()/>
        <p>{portal_text(lang).not_found_record()}</p>
    }
    .into_any()
}

#[component]
pub fn ReportingBookPage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let slots = load::<Vec<CheckInSlot>>(|| SUPERVISION_SLOTS.path.to_owned());
    loaded(slots, move |slots: Vec<CheckInSlot>| {
        if !slots.iter().any(|s| s.available) {
            return view! { <PageHeading text=t.slot_heading()/><p>{t.no_slots()}</p> }.into_any();
        }
        let mut spec = booking_form(
            "reporting-book".into(),
            t.slot_heading(),
            (
                SUPERVISION_BOOK.method.as_str(),
                SUPERVISION_BOOK.path.into(),
            ),
            &slots,
            lang,
        );
        spec.submit = t.book_submit();
        spec.sent_title = t.booked();
        view! { <FormFlow spec=spec/> }.into_any()
    })
}

#[component]
pub fn ReportingReschedulePage(id: String) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let slots = load::<Vec<CheckInSlot>>(|| SUPERVISION_SLOTS.path.to_owned());
    let appointments = load::<Vec<Appointment>>(|| SUPERVISION_APPOINTMENTS.path.to_owned());
    loaded(appointments, move |list: Vec<Appointment>| {
        let Some(current) = list
            .into_iter()
            .find(|a| a.id == id && a.status == AppointmentStatus::Booked)
        else {
            return not_found(lang);
        };
        loaded(slots, move |slots: Vec<CheckInSlot>| {
            let mut spec = booking_form(
                ["reporting-reschedule-", &current.id].concat(),
                t.reschedule_title(),
                (
                    SUPERVISION_RESCHEDULE.method.as_str(),
                    SUPERVISION_RESCHEDULE.path_with(&[&current.id]),
                ),
                &slots,
                lang,
            );
            let was = slot_label(&current.slot, lang);
            spec.facts = vec![(t.current_time().to_owned(), was.clone())];
            spec.facts_after = Some(vec![(t.previous_time().to_owned(), was)]);
            spec.submit = t.reschedule_submit();
            spec.sent_title = t.rescheduled();
            view! { <FormFlow spec=spec/> }
        })
        .into_any()
    })
}

#[component]
pub fn ReportingCancelPage(id: String) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let appointments = load::<Vec<Appointment>>(|| SUPERVISION_APPOINTMENTS.path.to_owned());
    loaded(appointments, move |list: Vec<Appointment>| {
        let Some(current) = list.into_iter().find(|a| a.id == id) else {
            return not_found(lang);
        };
        let mut spec = FormSpec::action(
            ["reporting-cancel-", &current.id].concat(),
            t.cancel_title(),
            SUPERVISION_CANCEL.method.as_str(),
            SUPERVISION_CANCEL.path_with(&[&current.id]),
        );
        spec.facts = vec![
            (
                t.check_in_time().to_owned(),
                slot_label(&current.slot, lang),
            ),
            (
                t.reference_label().to_owned(),
                current.reference.to_string(),
            ),
        ];
        spec.submit = t.cancel_submit();
        spec.sent_title = t.cancelled();
        spec.back = home(lang);
        view! { <FormFlow spec=spec/> }.into_any()
    })
}
