//! Reports for the official: the CSV of changes students made (for bringing into SEVIS)
//! and who has a Portal account.

use leptos::prelude::*;
use navigator_domain::{
    PortalRoute,
    api::{
        dso::PortalAccountRow,
        endpoints::{DSO_CHANGES_REPORT, DSO_PORTAL_ACCOUNTS},
    },
};

use super::{dso_nav, href};
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        facts::facts,
        labels,
        loaded::{load, loaded},
    },
    text::portal_text,
};

#[component]
pub fn DsoReportsPage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let accounts = load::<Vec<PortalAccountRow>>(|| DSO_PORTAL_ACCOUNTS.path.to_owned());
    // A download the browser makes itself, not a call through `api`: the full address.
    let changes_report = ["/api", DSO_CHANGES_REPORT.path].concat();
    view! {
        {dso_nav(lang)}
        <PageHeading text=t.reports_title()/>
        <p>
            <a href=changes_report download="student-changes.csv">{t.changes_report()}</a>
        </p>
        <p class="hint">{t.changes_report_hint()}</p>
        <h2 class="heading-m">{t.accounts_heading()}</h2>
        {loaded(accounts, move |rows: Vec<PortalAccountRow>| {
            let c = t.columns_accounts();
            view! {
                <ul class="card-list">
                    {rows.into_iter().map(|row| view! {
                        <li class="card">
                            <h3 class="heading-s card__title">
                                <a href=href(PortalRoute::DsoStudent(row.student_id.clone()), lang)>{row.name.clone()}</a>
                            </h3>
                            {facts(vec![
                                (c[1], row.sevis_id.to_string()),
                                (c[2], labels::portal_state(row.state, lang).to_owned()),
                                (c[3], row.email.to_string()),
                            ])}
                        </li>
                    }).collect_view()}
                </ul>
            }
        })}
    }
}
