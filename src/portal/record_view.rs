//! A student's record as both the official and the student see it: address and phone, and
//! one card per employer with its links.

use leptos::prelude::*;
use navigator_domain::{
    Lang,
    api::{contact::Contact, employment::EmploymentRecord},
};

use super::{facts::facts, labels};
use crate::text::portal_text;

pub fn contact_facts(contact: Option<&Contact>, lang: Lang) -> AnyView {
    let t = portal_text(lang);
    match contact {
        Some(contact) => facts(vec![
            (t.address(), contact.address.lines().join(", ")),
            (t.phone(), contact.phone.display()),
        ])
        .into_any(),
        None => view! { <p>{t.no_contact()}</p> }.into_any(),
    }
}

/// `links(employment id)` gives the edit and end addresses; a job that has ended has no
/// end link.
pub fn employment_cards(
    jobs: &[EmploymentRecord],
    lang: Lang,
    links: impl Fn(&str) -> (String, String),
) -> AnyView {
    let t = portal_text(lang);
    if jobs.is_empty() {
        return view! { <p>{t.no_employment()}</p> }.into_any();
    }
    let c = t.columns_employment();
    view! {
        <ul class="card-list">
            {jobs.iter().map(|job| {
                let (edit, end) = links(&job.id);
                let e = &job.employment;
                let ended = e.end.is_some();
                view! {
                    <li class="card">
                        <h3 class="heading-s card__title">{e.employer_name.clone()}</h3>
                        {facts(vec![
                            (c[1], e.job_title.clone()),
                            (c[2], e.start.long(lang)),
                            (c[3], e.end.map(|d| d.long(lang)).unwrap_or_else(|| "—".into())),
                            (c[4], labels::reported_by(job.reported_by, lang).to_owned()),
                        ])}
                        <p class="card__actions">
                            <a href=edit>{t.edit()}<span class="visually-hidden">{[" ", e.employer_name.as_str()].concat()}</span></a>
                            {(!ended).then(|| view! {
                                " · " <a href=end>{t.record_end()}<span class="visually-hidden">{[" ", e.employer_name.as_str()].concat()}</span></a>
                            })}
                        </p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
