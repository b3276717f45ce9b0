//! The audit log with filters (who, action, outcome, from, to) in the address, so a view
//! of the log can be shared and Back works, a page at a time.

use leptos::prelude::*;
use navigator_domain::api::{
    audit::{AuditAction, AuditEntry},
    endpoints,
    listing::Listing,
};

use super::officer_nav;
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        facts::facts,
        form_flow::query_value,
        labels,
        loaded::{load, loaded},
        pagination::Pagination,
    },
    text::portal_text,
};

#[component]
pub fn OfficerAuditPage() -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let t = portal_text(lang);
    let entries = load::<Listing<AuditEntry>>(move || {
        [endpoints::OFFICER_AUDIT.path, "?", &navigation.query()].concat()
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
                    <option value="" selected=current.is_empty()>{t.any}</option>
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
    let text = |name: &'static str, label: &'static str, current: String| {
        view! {
            <div class="form-group">
                <label class="label" for=name>{label}</label>
                <input class="input input--width-20" id=name name=name type="text" value=current spellcheck="false"/>
            </div>
        }
    };
    view! {
        {officer_nav(lang)}
        <PageHeading text=t.officer_title/>
        <form class="filters" method="get" action=navigation.path_untracked() data-navigate="">
            <h2 class="heading-s">{t.filter_heading}</h2>
            {text("actor", t.filter_actor, value("actor"))}
            {select("action", t.filter_action, action, actions)}
            {select("outcome", t.filter_outcome, outcome, outcomes)}
            {text("from", t.filter_from, value("from"))}
            {text("to", t.filter_to, value("to"))}
            <button type="submit" class="button button--secondary">{t.apply_filters}</button>
            <a class="link-button" href=navigation.path_untracked()>{t.clear_filters}</a>
        </form>
        {loaded(entries, move |listing: Listing<AuditEntry>| {
            let pages = listing.pages();
            let c = t.columns_audit;
            view! {
                {listing.items.is_empty().then(|| view! { <p>{t.no_entries}</p> })}
                <ol class="card-list audit-log">
                    {listing.items.into_iter().map(|e| {
                        let who = match e.actor_role {
                            Some(role) => [e.actor.as_str(), " (", labels::role(role, lang), ")"].concat(),
                            None => e.actor.clone(),
                        };
                        view! {
                            <li class="card">
                                <h3 class="heading-s card__title">{labels::audit_action(e.action, lang)}</h3>
                                {facts(vec![
                                    (c[0], [e.at.date().to_iso(), " ".into(), e.at.time_hm()].concat()),
                                    (c[1], who),
                                    (c[3], e.target.clone().unwrap_or_else(|| "—".into())),
                                    (c[4], labels::audit_outcome(e.outcome, lang).to_owned()),
                                ])}
                            </li>
                        }
                    }).collect_view()}
                </ol>
                <Pagination page=listing.page pages=pages/>
            }
        })}
    }
}
