//! The student's own record, with what they can change and what is coming up.

use leptos::prelude::*;
use navigator_domain::{
    PortalRoute,
    api::{
        employment::{ChangeRefused, EmploymentChange, student_may_change},
        endpoints,
        student::StudentProfile,
    },
    calculators::{StemReport, UnemploymentDays},
    path_in_language, words,
};

use crate::{
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

#[component]
pub fn StudentHomePage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let href = move |route: PortalRoute| path_in_language(&route.path(), lang);
    let profile = load::<StudentProfile>(|| endpoints::STUDENT_PROFILE.path.to_owned());
    let days = load::<UnemploymentDays>(|| endpoints::STUDENT_UNEMPLOYMENT.path.to_owned());
    let reports = load::<Vec<StemReport>>(|| endpoints::STUDENT_STEM_REPORTS.path.to_owned());
    view! {
        <PageHeading text=t.student_title/>
        {loaded(profile, move |p: StudentProfile| {
            let jobs = employment_cards(&p.employment, lang, |id| {
                (
                    href(PortalRoute::StudentEditEmployment(id.to_owned())),
                    href(PortalRoute::StudentEndEmployment(id.to_owned())),
                )
            });
            let add = match student_may_change(p.opt.kind, EmploymentChange::Add) {
                Ok(()) => view! { <p><a href=href(PortalRoute::StudentAddEmployment)>{t.add_employer}</a></p> }.into_any(),
                Err(refused) => view! { <p class="inset">{ChangeRefused::message(refused, lang)}</p> }.into_any(),
            };
            view! {
                {facts(vec![
                    (t.sevis_id, p.sevis_id.to_string()),
                    (t.opt, labels::opt_kind(p.opt.kind, lang).to_owned()),
                    (t.ead, [p.opt.ead_start.long(lang), " – ".into(), p.opt.ead_end.long(lang)].concat()),
                    (t.portal_closes, p.opt.portal_closes().long(lang)),
                ])}
                <h2 class="heading-m">{t.contact_heading}</h2>
                {contact_facts(p.contact.as_ref(), lang)}
                <p><a href=href(PortalRoute::StudentContact)>{t.update_contact}</a></p>
                <h2 class="heading-m">{t.employment_heading}</h2>
                {jobs}
                {add}
            }
        })}
        <h2 class="heading-m">{t.unemployment_heading}</h2>
        {loaded(days, move |d: UnemploymentDays| view! {
            <p class="big-number"><strong>{d.used.to_string()}</strong>" " {t.days_used}" " {t.of}" " {d.allowed.to_string()}</p>
            <p class="big-number"><strong>{d.left.to_string()}</strong>" " {t.days_left}</p>
        })}
        <h2 class="heading-m">{t.stem_reports_heading}</h2>
        {loaded(reports, move |reports: Vec<StemReport>| {
            if reports.is_empty() {
                view! { <p>{t.stem_reports_none}</p> }.into_any()
            } else {
                view! {
                    <ul class="list">
                        {reports.into_iter().map(|r| view! {
                            <li><strong>{r.kind.label(lang)}</strong>": " {words::format(lang, "portal-report_due", &[("date", r.due.long(lang).into())])}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
        })}
        <SentHistory/>
    }
}
