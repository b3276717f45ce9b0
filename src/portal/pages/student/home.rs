//! The student's own record, with what they can change and what is coming up.

use leptos::prelude::*;
use navigator_domain::{
    Lang, PortalRoute,
    api::{
        employment::{ChangeRefused, EmploymentChange, student_may_change},
        endpoints,
        school::Official,
        student::StudentProfile,
    },
    calculators::{StemReport, UnemploymentDays},
    guides::Guide,
    page::{Page, Tool},
    path_in_language, words,
};

use crate::{
    components::unemployment_count,
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        facts::facts,
        labels,
        loaded::{load, loaded},
        record_view::{contact_facts, employment_cards},
        sent_history::SentHistory,
    },
    text::portal_text,
};

fn page_href(page: Page, lang: Lang) -> String {
    path_in_language(&page.path().unwrap_or_default(), lang)
}

/// "Counted from 1 June 2026 to 29 November 2026 (today)": the days the numbers are about.
fn counted_dates(days: &UnemploymentDays, lang: Lang) -> String {
    words::format(
        lang,
        "portal-unemployment_counted",
        &[
            ("from", days.counted_from.long(lang).into()),
            ("to", days.counted_to.long(lang).into()),
        ],
    )
}

/// Whom to contact at the school: each official's name, e-mail and phone.
fn officials_contact(officials: &[Official], lang: Lang) -> impl IntoView + use<> {
    let t = portal_text(lang);
    let cards = officials
        .iter()
        .map(|o| {
            let role = if o.is_principal { "portal-pdso" } else { "portal-dso" };
            let mail = ["mailto:", o.email.as_str()].concat();
            let phone = o.phone.as_ref().map(|p| (["tel:+1", p.digits()].concat(), p.display()));
            view! {
                <li class="card">
                    <h3 class="heading-s card__title">{o.name.clone()}</h3>
                    <p class="hint">{words::text(lang, role)}</p>
                    <dl class="facts">
                        <dt>{t.email()}</dt><dd><a href=mail>{o.email.to_string()}</a></dd>
                        {phone.map(|(tel, shown)| view! { <dt>{t.phone()}</dt><dd><a href=tel>{shown}</a></dd> })}
                    </dl>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 class="heading-m">{words::text(lang, "portal-dso_contact_heading")}</h2>
        <ul class="card-list">{cards}</ul>
    }
}

#[component]
pub fn StudentHomePage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let href = move |route: PortalRoute| path_in_language(&route.path(), lang);
    let profile = load::<StudentProfile>(|| endpoints::STUDENT_PROFILE.path.to_owned());
    let days = load::<UnemploymentDays>(|| endpoints::STUDENT_UNEMPLOYMENT.path.to_owned());
    let reports = load::<Vec<StemReport>>(|| endpoints::STUDENT_STEM_REPORTS.path.to_owned());
    view! {
        <PageHeading text=t.student_title()/>
        {loaded(profile, move |p: StudentProfile| {
            let jobs = employment_cards(&p.employment, lang, |id| {
                (
                    href(PortalRoute::StudentEditEmployment(id.to_owned())),
                    href(PortalRoute::StudentEndEmployment(id.to_owned())),
                )
            });
            let add = match student_may_change(p.opt.kind, EmploymentChange::Add) {
                Ok(()) => view! { <p><a href=href(PortalRoute::StudentAddEmployment)>{t.add_employer()}</a></p> }.into_any(),
                Err(refused) => view! { <p class="inset">{ChangeRefused::message(refused, lang)}</p> }.into_any(),
            };
            view! {
                {facts(vec![
                    (t.sevis_id(), p.sevis_id.to_string()),
                    (t.opt(), labels::opt_kind(p.opt.kind, lang).to_owned()),
                    (t.ead(), [p.opt.ead_start.long(lang), " – ".into(), p.opt.ead_end.long(lang)].concat()),
                    (t.portal_closes(), p.opt.portal_closes().long(lang)),
                ])}
                <h2 class="heading-m">{t.contact_heading()}</h2>
                {contact_facts(p.contact.as_ref(), lang)}
                <p><a href=href(PortalRoute::StudentContact)>{t.update_contact()}</a></p>
                <h2 class="heading-m">{t.employment_heading()}</h2>
                {jobs}
                {add}
                {officials_contact(&p.school_officials, lang)}
            }
        })}
        <h2 class="heading-m">{t.unemployment_heading()}</h2>
        {loaded(days, move |d: UnemploymentDays| view! {
            <div inner_html=unemployment_count(&d, lang)></div>
            <p>{counted_dates(&d, lang)}</p>
            <p>{words::text(lang, "portal-unemployment_rule")}</p>
            <ul class="list">
                <li><a href=page_href(Page::Guide(Guide::SevpPortal), lang)>{words::text(lang, "portal-unemployment_guide")}</a></li>
                <li><a href=page_href(Page::Tool(Tool::OptUnemployment), lang)>{words::text(lang, "portal-unemployment_tool")}</a></li>
            </ul>
        })}
        <h2 class="heading-m">{t.stem_reports_heading()}</h2>
        {loaded(reports, move |reports: Vec<StemReport>| {
            if reports.is_empty() {
                view! { <p>{t.stem_reports_none()}</p> }.into_any()
            } else {
                view! {
                    <ul class="list">
                        {reports.into_iter().map(|r| view! {
                            <li><strong>{r.kind.label(lang)}</strong>": " {words::format(lang, "portal-report_due", &[("date", r.due.long(lang).into())])}</li>
                        }).collect_view()}
                    </ul>
                    <p><a href=href(PortalRoute::StudentValidationReport)>{words::text(lang, "portal-report_send")}</a></p>
                }.into_any()
            }
        })}
        <SentHistory/>
    }
}
