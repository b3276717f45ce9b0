//! The student's forms: address and phone, employers (with the STEM OPT rule checked as
//! the server checks it), the end of a job, the STEM OPT validation report.

use leptos::prelude::*;
use navigator_domain::{
    Lang, PortalRoute,
    api::{
        employment::{EmploymentChange, EmploymentRequest, student_may_change},
        endpoints::{self, Endpoint},
        student::{OptKind, StudentProfile},
        validation_report::ValidationReportRequest,
    },
    form_draft::Draft,
    path_in_language, words,
};

use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        form::{Field, FormSpec, Step},
        form_flow::FormFlow,
        labels,
        loaded::{load, loaded},
        record_forms::{Filler, RecordForm, contact_form, employment_form, end_employment_form},
    },
    text::{portal_text, shell_text},
};

fn with_profile(
    make: impl Fn(StudentProfile, Lang) -> Option<FormSpec> + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let profile = load::<StudentProfile>(|| endpoints::STUDENT_PROFILE.path.to_owned());
    loaded(profile, move |profile| match make(profile, lang) {
        Some(spec) => view! { <FormFlow spec=spec/> }.into_any(),
        None => view! {
            <PageHeading text=shell_text(lang).not_found_title()/>
            <p>{portal_text(lang).not_found_record()}</p>
        }
        .into_any(),
    })
}

fn record_form(form: &str, api: Endpoint, ids: &[&str], initial: Draft, lang: Lang) -> RecordForm {
    RecordForm {
        id: ["student-", form].concat(),
        api: (api.method.as_str(), api.path_with(ids)),
        back: path_in_language(&PortalRoute::StudentHome.path(), lang),
        initial,
        filler: Filler::Student,
    }
}

#[component]
pub fn StudentContactPage() -> impl IntoView {
    with_profile(|p, lang| {
        let initial = p
            .contact
            .as_ref()
            .map(|c| Draft::from_request(&c.to_request()));
        Some(contact_form(
            record_form(
                "contact",
                endpoints::STUDENT_UPDATE_CONTACT,
                &[],
                initial.unwrap_or_default(),
                lang,
            ),
            lang,
        ))
    })
}

/// On STEM OPT a new employer goes through the DSO: the page says so instead of a form.
#[component]
pub fn StudentAddEmploymentPage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let profile = load::<StudentProfile>(|| endpoints::STUDENT_PROFILE.path.to_owned());
    loaded(profile, move |p: StudentProfile| {
        match student_may_change(p.opt.kind, EmploymentChange::Add) {
            Ok(()) => {
                let form = record_form(
                    "add-employment",
                    endpoints::STUDENT_ADD_EMPLOYMENT,
                    &[],
                    Draft::new(),
                    lang,
                );
                view! { <FormFlow spec=employment_form(form, false, lang)/> }.into_any()
            }
            Err(refused) => view! {
                <PageHeading text=t.add_employment_title()/>
                <p>{refused.message(lang)}</p>
                <a class="link-button" href=path_in_language(&PortalRoute::StudentHome.path(), lang)>{t.back_to_start()}</a>
            }
            .into_any(),
        }
    })
}

#[component]
pub fn StudentEditEmploymentPage(employment_id: String) -> impl IntoView {
    with_profile(move |p, lang| {
        let job = p.employment.iter().find(|j| j.id == employment_id)?;
        let form = record_form(
            &["edit-employment-", &job.id].concat(),
            endpoints::STUDENT_EDIT_EMPLOYMENT,
            &[&job.id],
            Draft::from_request(&job.employment.to_request()),
            lang,
        );
        let mut spec = employment_form(form, true, lang);
        let start = job.employment.start;
        let kind = p.opt.kind;
        let validate = spec.validate.clone();
        // The one rule of `student_may_change`, checked here as the server checks it.
        spec.validate = std::sync::Arc::new(move |draft, lang, today| {
            let mut errors = validate(draft, lang, today);
            let typed = draft.to_request::<EmploymentRequest>().start_date;
            let changed = typed.parse(&[], today).is_ok_and(|d| d != start);
            let change = EmploymentChange::Edit {
                start_date_changed: changed,
            };
            if let Err(refused) = student_may_change(kind, change) {
                errors.add("start_date", refused.message(lang));
            }
            errors
        });
        if kind == OptKind::Stem {
            spec.lead = student_may_change(kind, EmploymentChange::Add)
                .err()
                .map(|r| r.message(lang).to_owned());
        }
        Some(spec)
    })
}

#[component]
pub fn StudentEndEmploymentPage(employment_id: String) -> impl IntoView {
    with_profile(move |p, lang| {
        let job = p.employment.iter().find(|j| j.id == employment_id)?;
        let form = record_form(
            &["end-employment-", &job.id].concat(),
            endpoints::STUDENT_END_EMPLOYMENT,
            &[&job.id],
            Draft::new(),
            lang,
        );
        let mut spec = end_employment_form(form, job.employment.start, lang);
        spec.facts = vec![(
            portal_text(lang).employer_name().to_owned(),
            job.employment.employer_name.clone(),
        )];
        Some(spec)
    })
}

/// "Northwind Analytics" and "12 Elm Street, Boston, MA 02115": what the report confirms.
fn report_lead(p: &StudentProfile, lang: Lang) -> String {
    let none = || words::text(lang, "portal-report_none_on_record").to_owned();
    let employer = p
        .employment
        .iter()
        .rev()
        .find(|j| j.employment.end.is_none())
        .map_or_else(none, |j| j.employment.employer_name.clone());
    let address = p
        .contact
        .as_ref()
        .map_or_else(none, |c| c.address.lines().join(", "));
    words::format(
        lang,
        "portal-report_lead",
        &[("employer", employer.into()), ("address", address.into())],
    )
}

/// The STEM OPT validation report: three questions, then "Check your answers".
#[component]
pub fn StudentValidationReportPage() -> impl IntoView {
    with_profile(|p, lang| {
        if p.opt.kind != OptKind::Stem {
            return None;
        }
        let text = |id| words::text(lang, id);
        let answers = |ids: [&str; 2]| {
            ids.map(|id| (id.to_owned(), labels::report_answer(id, lang).to_owned()))
                .to_vec()
        };
        let title = text("portal-report_title");
        let mut spec = FormSpec::new::<ValidationReportRequest, _>(
            "student-validation-report".to_owned(),
            title,
            (
                endpoints::STUDENT_VALIDATION_REPORT.method.as_str(),
                endpoints::STUDENT_VALIDATION_REPORT.path.to_owned(),
            ),
            |request, lang, _| request.validate(lang),
        );
        spec.lead = Some(report_lead(&p, lang));
        spec.steps = vec![Step {
            slug: "",
            heading: title,
            fields: vec![
                Field::choice(
                    "employer_same",
                    text("portal-report_employer"),
                    answers(["yes", "no"]),
                ),
                Field::choice(
                    "address_same",
                    text("portal-report_address"),
                    answers(["yes", "no"]),
                ),
                Field::choice(
                    "employment_status",
                    text("portal-report_status"),
                    answers(["employed", "not_employed"]),
                ),
            ],
        }];
        spec.submit = text("portal-report_submit");
        spec.sent_title = text("portal-report_sent");
        spec.back = path_in_language(&PortalRoute::StudentHome.path(), lang);
        Some(spec)
    })
}
