//! One student of the official's school: contact details, employment and the SEVP Portal
//! account, with the changes the official can make.

use leptos::prelude::*;
use navigator_domain::{
    PortalRoute,
    api::{
        endpoints,
        student::{PortalState, StudentProfile},
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
        record_view::{contact_facts, employment_cards},
    },
    text::portal_text,
};

#[component]
pub fn DsoStudentPage(id: String) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let profile = {
        let id = id.clone();
        load::<StudentProfile>(move || endpoints::DSO_STUDENT.path_with(&[&id]))
    };
    view! {
        {dso_nav(lang)}
        {loaded(profile, move |p: StudentProfile| {
            let id = p.id.clone();
            let route = |make: fn(String) -> PortalRoute| href(make(id.clone()), lang);
            let name = [p.first_name.as_str(), " ", &p.last_name].concat();
            let state = p.portal.state;
            let can_invite = matches!(state, PortalState::NotInvited | PortalState::Invited | PortalState::InvitationExpired);
            let jobs = employment_cards(&p.employment, lang, |job_id| {
                (
                    href(PortalRoute::DsoEditEmployment(id.clone(), job_id.to_owned()), lang),
                    href(PortalRoute::DsoEndEmployment(id.clone(), job_id.to_owned()), lang),
                )
            });
            view! {
                <PageHeading text=name/>
                {facts(vec![
                    (t.sevis_id(), p.sevis_id.to_string()),
                    (t.opt(), labels::opt_kind(p.opt.kind, lang).to_owned()),
                    (t.ead(), [p.opt.ead_start.long(lang), " – ".into(), p.opt.ead_end.long(lang)].concat()),
                ])}
                <h2 class="heading-m">{t.contact_heading()}</h2>
                {contact_facts(p.contact.as_ref(), lang)}
                <p><a href=route(PortalRoute::DsoContact)>{t.change_contact()}</a></p>
                <h2 class="heading-m">{t.employment_heading()}</h2>
                {jobs}
                <p><a href=route(PortalRoute::DsoAddEmployment)>{t.add_employer()}</a></p>
                <h2 class="heading-m">{t.portal_heading()}</h2>
                {facts(
                    [
                        Some((t.portal_state(), labels::portal_state(state, lang).to_owned())),
                        Some((t.portal_email(), p.portal.email.to_string())),
                        p.portal.invitation_expires.map(|at| (t.invitation_expires(), at.date().long(lang))),
                    ]
                    .into_iter()
                    .flatten()
                    .collect(),
                )}
                <ul class="list">
                    {can_invite.then(|| view! { <li><a href=route(PortalRoute::DsoResendInvitation)>{t.resend_invitation()}</a></li> })}
                    {(state == PortalState::Locked).then(|| view! { <li><a href=route(PortalRoute::DsoUnlock)>{t.unlock()}</a></li> })}
                    <li><a href=route(PortalRoute::DsoPortalEmail)>{t.change_portal_email()}</a></li>
                </ul>
            }
        })}
    }
}
