//! Change of address: the new address, the day of the move, and whether there is a court
//! case — then the filings that also apply (EOIR-33, AR-11) with their deadlines.

use leptos::prelude::*;
use navigator_domain::{
    Lang, PortalRoute,
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
        t.move_title(),
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
            heading: t.address_heading(),
            fields: address_fields_for_person(lang),
        },
        Step {
            slug: "moved",
            heading: t.moved_on_heading(),
            fields: vec![Field::date("moved_on", t.moved_on())],
        },
        Step {
            slug: "court",
            heading: t.court_heading(),
            fields: vec![
                Field::choice("court_case", t.court_heading(), court).hint(t.court_hint()),
            ],
        },
    ];
    spec.submit = t.move_submit();
    spec.sent_title = t.move_sent();
    spec.sent_warning = Some(t.move_not_told());
    spec.next_heading = Some(t.still_to_do_heading());
    spec.back = path_in_language(&PortalRoute::ReportingHome.path(), lang);
    spec.next = std::sync::Arc::new(|answer, lang| {
        serde_json::from_value::<AddressChangeReceipt>(answer.clone())
            .map(|receipt| still_to_do(&receipt, lang))
            .unwrap_or_default()
    });
    view! { <FormFlow spec=spec/> }
}

/// What the person must still do themselves, soonest first: this demonstration told nobody,
/// so ICE's own deadline comes first, then the court's and USCIS's that apply.
fn still_to_do(receipt: &AddressChangeReceipt, lang: Lang) -> Vec<NextStep> {
    let ice = FollowUp {
        rule: DeadlineRule::IceAddressChange,
        due: deadline(DeadlineRule::IceAddressChange, receipt.moved_on).due,
    };
    std::iter::once(ice)
        .chain(receipt.follow_ups.iter().copied())
        .map(|f| NextStep {
            text: words::format(
                lang,
                &["portal-still_to_do-", f.rule.id()].concat(),
                &[("date", f.due.long(lang).into())],
            ),
            link: filing_link(f.rule).map(|l| (l.label(lang).to_owned(), l.url.to_owned())),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use navigator_domain::{
        api::supervision::follow_ups, calendar::date, reference_number::ReferenceNumber,
        routing::CourtCase,
    };

    use super::*;

    /// The confirmation of a move lists what the person must still do, ICE first, each
    /// with its date and an official link (a person could otherwise miss ICE's deadline).
    #[test]
    fn a_move_lists_what_is_still_to_do_ice_first() {
        let moved_on = date(2026, 11, 23);
        let receipt = AddressChangeReceipt {
            reference: ReferenceNumber::parse("K7QM-3XHP-2R").unwrap(),
            recorded_at: navigator_domain::calendar::Timestamp::from_unix_seconds(0),
            address: navigator_domain::identifiers::AddressInput {
                line1: "9 Elm St".into(),
                line2: String::new(),
                city: "Newark".into(),
                state: "NJ".into(),
                zip: "07102".into(),
            }
            .parse(Lang::En)
            .unwrap(),
            moved_on,
            follow_ups: follow_ups(moved_on, CourtCase::Yes),
        };
        for lang in Lang::ALL {
            let steps = still_to_do(&receipt, lang);
            assert_eq!(steps.len(), 3, "ICE, EOIR-33, AR-11");
            assert!(steps[0].text.contains("ICE"), "{}", steps[0].text);
            assert!(
                steps[0].text.contains("ice.gov/check-in"),
                "{}",
                steps[0].text
            );
            assert!(
                steps[0].text.contains(&date(2026, 12, 1).long(lang)),
                "{}",
                steps[0].text
            );
            assert!(steps[1].text.contains("EOIR-33"), "{}", steps[1].text);
            assert!(steps[2].text.contains("AR-11"), "{}", steps[2].text);
            assert!(steps.iter().all(|s| s.link.is_some()));
        }
    }
}
