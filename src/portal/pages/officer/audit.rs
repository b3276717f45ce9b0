//! The audit log with filters (who, action, outcome, from, to) in the address, so a view
//! of the log can be shared and Back works, a page at a time. Days typed in another shape
//! than the server reads are named in an error summary instead of being sent.

use leptos::prelude::*;
use navigator_domain::{
    FieldErrors,
    api::{
        audit::{AuditAction, AuditEntry, AuditOutcome, filter_period},
        endpoints,
        listing::Listing,
    },
};

use super::officer_nav;
use crate::{
    components::{ErrorSummary, TextField, field_id},
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        field_change_text,
        form_flow::query_value,
        labels,
        loaded::{load_checked, loaded},
        local_time::local_date_time,
        pagination::Pagination,
    },
    text::portal_text,
    today::today,
};

#[component]
pub fn OfficerAuditPage() -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let t = portal_text(lang);
    // The days as the address holds them: checked here, with the server's own reading.
    let period = move |query: &str| {
        let day = |name: &str| query_value(query, name).unwrap_or_default();
        filter_period(&day("from"), &day("to"), lang, today())
    };
    let errors = Memo::new(move |_| period(&navigation.query()).err().unwrap_or_default());
    let entries = load_checked::<Listing<AuditEntry>>(move || {
        let query = navigation.query();
        period(&query)?;
        Ok([endpoints::OFFICER_AUDIT.path, "?", &query].concat())
    });
    let query = navigation.query_untracked();
    let value = |name: &str| query_value(&query, name).unwrap_or_default();
    let (action, outcome) = (value("action"), value("outcome"));
    let select = |name: &'static str,
                  label: &'static str,
                  current: String,
                  options: Vec<(&'static str, &'static str)>| {
        view! {
            <div class="form-group">
                <label class="label" for=name>{label}</label>
                <select class="select" id=name name=name>
                    <option value="" selected=current.is_empty()>{t.any()}</option>
                    {options.into_iter().map(|(id, text)| {
                        view! { <option value=id selected=current == id>{text}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let actions = AuditAction::ALL
        .iter()
        .map(|a| (a.id(), labels::audit_action(*a, lang)))
        .collect();
    let outcomes = labels::OUTCOMES
        .iter()
        .map(|o| (o.id(), labels::audit_outcome(*o, lang)))
        .collect();
    let text = |name: &'static str, label: &'static str| {
        let error =
            Signal::derive(move || errors.with(|e| e.first_message(name).map(str::to_owned)));
        view! {
            <TextField name=name label=label value=RwSignal::new(value(name)) error=error
                width=Some("input--width-20") no_spellcheck=true/>
        }
    };
    let summary = Signal::derive(move || errors.with(summary_items));
    view! {
        {officer_nav(lang)}
        <ErrorSummary items=summary/>
        <PageHeading text=t.officer_title() has_errors=Signal::derive(move || !errors.with(FieldErrors::is_empty))/>
        <form class="filters" method="get" action=navigation.path_untracked() data-navigate="" novalidate>
            <h2 class="heading-s">{t.filter_heading()}</h2>
            {text("actor", t.filter_actor())}
            {select("action", t.filter_action(), action, actions)}
            {select("outcome", t.filter_outcome(), outcome, outcomes)}
            {text("from", t.filter_from())}
            {text("to", t.filter_to())}
            <button type="submit" class="button button--secondary">{t.apply_filters()}</button>
            <a class="link-button" href=navigation.path_untracked()>{t.clear_filters()}</a>
        </form>
        {loaded(entries, move |listing: Listing<AuditEntry>| {
            let pages = listing.pages();
            view! {
                {listing.items.is_empty().then(|| view! { <p>{t.no_entries()}</p> })}
                <ol class="card-list audit-log">
                    {listing.items.into_iter().map(|e| entry(e, lang)).collect_view()}
                </ol>
                <Pagination page=listing.page pages=pages/>
            }
        })}
    }
}

/// The summary's links: each field's first message.
fn summary_items(errors: &FieldErrors) -> Vec<(String, String)> {
    errors
        .iter()
        .filter_map(|(field, messages)| Some((field_id(field), messages.first()?.clone())))
        .collect()
}

/// "3 fields": the folded list of what an entry changed.
fn changes_count(count: usize, lang: navigator_domain::Lang) -> String {
    navigator_domain::words::format(lang, "portal-changes_count", &[("count", count.into())])
}

/// One entry, compact enough for a phone: what happened and how it ended, then when, who,
/// about whom, the reference and what changed, as a list of terms and their values.
fn entry(e: AuditEntry, lang: navigator_domain::Lang) -> impl IntoView {
    let t = portal_text(lang);
    let c = t.columns_audit();
    let who = match e.actor_role {
        Some(role) => [e.actor.as_str(), " (", labels::role(role, lang), ")"].concat(),
        None => e.actor.clone(),
    };
    let title = [
        labels::audit_action(e.action, lang),
        " — ",
        labels::audit_outcome(e.outcome, lang),
    ]
    .concat();
    let mut rows = vec![(c[0], local_date_time(e.at, lang)), (c[1], who)];
    if let Some(about) = e.about() {
        rows.push((c[3], about.to_owned()));
    }
    if let Some(reference) = &e.reference {
        rows.push((c[5], reference.as_str().to_owned()));
    }
    let changes: Vec<String> = e
        .changes
        .iter()
        .map(|change| field_change_text::describe(change, lang))
        .collect();
    let class = if e.outcome == AuditOutcome::Success {
        "card audit-entry"
    } else {
        "card audit-entry audit-entry--refused"
    };
    view! {
        <li class=class>
            <h3 class="audit-entry__title">{title}</h3>
            <dl class="audit-entry__facts">
                {rows.into_iter().map(|(key, value)| view! { <dt>{key}</dt><dd>{value}</dd> }).collect_view()}
                {(!changes.is_empty()).then(|| view! {
                    <dt>{c[6]}</dt>
                    <dd>
                        // Folded: an entry stays a few lines on a phone however much changed.
                        <details class="audit-entry__changes">
                            <summary>{changes_count(changes.len(), lang)}</summary>
                            <ul>
                                {changes.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                            </ul>
                        </details>
                    </dd>
                })}
            </dl>
        </li>
    }
}
