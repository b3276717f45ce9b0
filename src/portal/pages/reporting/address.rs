//! Change of address: the new address, the day of the move, and whether there is a court
//! case — then the filings that also apply (EOIR-33, AR-11) with their deadlines.

use leptos::prelude::*;
use navigator_domain::{
    PortalRoute,
    api::{
        endpoints::SUPERVISION_CHANGE_ADDRESS,
        supervision::{AddressChangeReceipt, AddressChangeRequest, FollowUp},
    },
    calculators::{DeadlineRule, deadline},
    path_in_language,
    routing::{CourtCase, filing_link},
    words,
};

use crate::{
    navigation::use_navigation,
    portal::{
        device_store::NextStep,
        form::{Field, FormSpec, Step},
        form_flow::FormFlow,
        labels,
        record_forms::address_fields_for_person,
    },
    text::portal_text,
};

#[component]
pub fn ReportingAddressPage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let mut spec = FormSpec::new::<AddressChangeRequest, _>(
        "reporting-address".into(),
        t.move_title,
        (
            SUPERVISION_CHANGE_ADDRESS.method.as_str(),
            SUPERVISION_CHANGE_ADDRESS.path.into(),
        ),
        |request, lang, today| request.validate(lang, today),
    );
    let court = CourtCase::ALL
        .iter()
        .map(|case| {
            (
                case.id().to_owned(),
                labels::court_case(*case, lang).to_owned(),
            )
        })
        .collect();
    spec.steps = vec![
        Step {
            slug: "",
            heading: t.address_heading,
            fields: address_fields_for_person(lang),
        },
        Step {
            slug: "moved",
            heading: t.moved_on_heading,
            fields: vec![Field::date("moved_on", t.moved_on)],
        },
        Step {
            slug: "court",
            heading: t.court_heading,
            fields: vec![Field::choice("court_case", t.court_heading, court).hint(t.court_hint)],
        },
    ];
    spec.submit = t.move_submit;
    spec.sent_title = t.move_sent;
    spec.back = path_in_language(&PortalRoute::ReportingHome.path(), lang);
    spec.next = std::sync::Arc::new(|answer, lang| {
        let t = portal_text(lang);
        let Ok(receipt) = serde_json::from_value::<AddressChangeReceipt>(answer.clone()) else {
            return Vec::new();
        };
        // The portal is a demonstration: ICE's own deadline still applies, first.
        let ice = FollowUp {
            rule: DeadlineRule::IceAddressChange,
            due: deadline(DeadlineRule::IceAddressChange, receipt.moved_on).due,
        };
        std::iter::once(ice)
            .chain(receipt.follow_ups)
            .map(|f| {
                let due = words::format(
                    lang,
                    "portal-due_by",
                    &[
                        ("rule", f.rule.title(lang).into()),
                        ("date", f.due.long(lang).into()),
                    ],
                );
                NextStep {
                    text: if f.rule == DeadlineRule::IceAddressChange {
                        [t.tell_ice_too, " ", &due].concat()
                    } else {
                        due
                    },
                    link: filing_link(f.rule).map(|l| (l.label(lang).to_owned(), l.url.to_owned())),
                }
            })
            .collect::<Vec<_>>()
    });
    view! { <FormFlow spec=spec/> }
}
