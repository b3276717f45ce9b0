//! SEVP-certified schools in the portal, with their students and officials (PDSO marked).

use leptos::prelude::*;
use navigator_domain::api::{endpoints, school::SchoolOfficials};

use super::officer_nav;
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        facts::facts,
        loaded::{load, loaded},
    },
    text::portal_text,
};

#[component]
pub fn OfficerSchoolsPage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let schools = load::<Vec<SchoolOfficials>>(|| endpoints::OFFICER_SCHOOLS.path.to_owned());
    view! {
        {officer_nav(lang)}
        <PageHeading text=t.schools_title()/>
        {loaded(schools, move |schools: Vec<SchoolOfficials>| {
            let c = t.columns_schools();
            view! {
                <ul class="card-list">
                    {schools.into_iter().map(|s| view! {
                        <li class="card">
                            <h2 class="heading-s card__title">{s.name.clone()}</h2>
                            {facts(vec![(c[1], s.code.to_string()), (c[2], s.students.to_string())])}
                            <h3 class="heading-s">{c[3]}</h3>
                            <ul class="list">
                                {s.officials.into_iter().map(|o| view! {
                                    <li>
                                        {o.name}" · " {o.email.to_string()}
                                        {o.is_principal.then(|| view! { " · " <strong>{t.principal()}</strong> })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        </li>
                    }).collect_view()}
                </ul>
            }
        })}
    }
}
