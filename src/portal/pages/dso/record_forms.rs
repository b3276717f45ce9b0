//! The official's forms for one student: each loads the record, then describes itself to
//! the shared form flow (`portal::form_flow`).

use leptos::prelude::*;
use navigator_domain::{
    Lang, PortalRoute,
    api::{
        dso::PortalEmailRequest,
        endpoints::{self, Endpoint},
        student::StudentProfile,
    },
    form_draft::Draft,
    words,
};

use super::{dso_nav, href};
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        form::{Field, FormSpec, Step},
        form_flow::FormFlow,
        loaded::{load, loaded},
        record_forms::{Filler, RecordForm, contact_form, employment_form, end_employment_form},
    },
    text::{portal_text, shell_text},
};

/// Loads the student, then shows the form `make` describes for them.
fn with_student(
    id: String,
    make: impl Fn(StudentProfile, Lang) -> Option<FormSpec> + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let profile = load::<StudentProfile>(move || endpoints::DSO_STUDENT.path_with(&[&id]));
    view! {
        {dso_nav(lang)}
        {loaded(profile, move |profile| match make(profile.clone(), lang) {
            Some(mut spec) => {
                spec.subject = Some(record_subject(&profile, lang));
                view! { <FormFlow spec=spec/> }.into_any()
            }
            None => view! {
                <PageHeading text=shell_text(lang).not_found_title()/>
                <p>{portal_text(lang).not_found_record()}</p>
            }
            .into_any(),
        })}
    }
}

/// "Ana Lopez · SEVIS ID N0004720633": whose record the official is changing.
fn record_subject(p: &StudentProfile, lang: Lang) -> String {
    words::format(
        lang,
        "portal-record_subject",
        &[
            (
                "name",
                [p.first_name.as_str(), " ", &p.last_name].concat().into(),
            ),
            ("sevis", p.sevis_id.to_string().into()),
        ],
    )
}

fn record_form(
    p: &StudentProfile,
    form: &str,
    api: Endpoint,
    ids: &[&str],
    initial: Draft,
    lang: Lang,
) -> RecordForm {
    RecordForm {
        id: ["dso-", form, "-", &p.id].concat(),
        api: (api.method.as_str(), api.path_with(ids)),
        back: href(PortalRoute::DsoStudent(p.id.clone()), lang),
        initial,
        filler: Filler::Official,
    }
}

#[component]
pub fn DsoContactPage(id: String) -> impl IntoView {
    with_student(id, |p, lang| {
        let initial = p
            .contact
            .as_ref()
            .map(|c| Draft::from_request(&c.to_request()));
        Some(contact_form(
            record_form(
                &p,
                "contact",
                endpoints::DSO_UPDATE_CONTACT,
                &[&p.id],
                initial.unwrap_or_default(),
                lang,
            ),
            lang,
        ))
    })
}

#[component]
pub fn DsoAddEmploymentPage(id: String) -> impl IntoView {
    with_student(id, |p, lang| {
        Some(employment_form(
            record_form(
                &p,
                "add-employment",
                endpoints::DSO_ADD_EMPLOYMENT,
                &[&p.id],
                Draft::new(),
                lang,
            ),
            false,
            lang,
        ))
    })
}

#[component]
pub fn DsoEditEmploymentPage(id: String, employment_id: String) -> impl IntoView {
    with_student(id, move |p, lang| {
        let job = p.employment.iter().find(|j| j.id == employment_id)?;
        let initial = Draft::from_request(&job.employment.to_request());
        let mut form = record_form(
            &p,
            "edit-employment",
            endpoints::DSO_EDIT_EMPLOYMENT,
            &[&p.id, &job.id],
            initial,
            lang,
        );
        form.id.push_str(&["-", &job.id].concat());
        Some(employment_form(form, true, lang))
    })
}

#[component]
pub fn DsoEndEmploymentPage(id: String, employment_id: String) -> impl IntoView {
    with_student(id, move |p, lang| {
        let job = p.employment.iter().find(|j| j.id == employment_id)?;
        let mut form = record_form(
            &p,
            "end-employment",
            endpoints::DSO_END_EMPLOYMENT,
            &[&p.id, &job.id],
            Draft::new(),
            lang,
        );
        form.id.push_str(&["-", &job.id].concat());
        let mut spec = end_employment_form(form, job.employment.start, lang);
        spec.facts = vec![(
            portal_text(lang).employer_name().to_owned(),
            job.employment.employer_name.clone(),
        )];
        Some(spec)
    })
}

#[component]
pub fn DsoPortalEmailPage(id: String) -> impl IntoView {
    with_student(id, |p, lang| {
        let t = portal_text(lang);
        let mut spec = FormSpec::new::<PortalEmailRequest, _>(
            ["dso-portal-email-", &p.id].concat(),
            t.portal_email_title(),
            (
                endpoints::DSO_CHANGE_PORTAL_EMAIL.method.as_str(),
                endpoints::DSO_CHANGE_PORTAL_EMAIL.path_with(&[&p.id]),
            ),
            |request, lang, _| request.validate(lang),
        );
        spec.steps = vec![Step {
            slug: "",
            heading: t.portal_email_title(),
            fields: vec![Field::text("email", t.portal_email()).text_options(
                None,
                None,
                None,
                true,
                Some("email"),
            )],
        }];
        spec.initial = Draft::from_request(&PortalEmailRequest {
            email: p.portal.email.to_string(),
        });
        spec.submit = t.portal_email_submit();
        spec.sent_title = t.portal_email_sent();
        spec.back = href(PortalRoute::DsoStudent(p.id.clone()), lang);
        Some(spec)
    })
}

/// The Portal account actions that need no typing, only a confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortalAction {
    ResendInvitation,
    Unlock,
}

#[component]
pub fn DsoPortalActionPage(id: String, action: PortalAction) -> impl IntoView {
    with_student(id, move |p, lang| {
        let t = portal_text(lang);
        let (slug, title, done, api) = match action {
            PortalAction::ResendInvitation => (
                "invite",
                t.resend_invitation(),
                t.invitation_sent(),
                endpoints::DSO_RESEND_INVITATION,
            ),
            PortalAction::Unlock => (
                "unlock",
                t.unlock(),
                t.unlocked(),
                endpoints::DSO_UNLOCK_PORTAL,
            ),
        };
        let mut spec = FormSpec::action(
            ["dso-", slug, "-", &p.id].concat(),
            title,
            api.method.as_str(),
            api.path_with(&[&p.id]),
        );
        spec.facts = vec![
            (
                t.columns_students()[0].to_owned(),
                [p.first_name.as_str(), " ", &p.last_name].concat(),
            ),
            (t.portal_email().to_owned(), p.portal.email.to_string()),
        ];
        spec.sent_title = done;
        spec.back = href(PortalRoute::DsoStudent(p.id.clone()), lang);
        Some(spec)
    })
}
