//! The official's task list: changes students made that must reach SEVIS within 21 days,
//! each with its deadline and status, marked done one by one.

use leptos::{prelude::*, task::spawn_local_scoped};
use navigator_domain::{
    PortalRoute,
    api::{
        dso::DueItem,
        endpoints::{DSO_ITEMS_DUE, DSO_MARK_DONE},
    },
    words,
};

use super::{dso_nav, href};
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        api::{self, ApiFailure},
        labels,
        loaded::{load, loaded},
        session::use_session,
    },
    text::portal_text,
    today::today,
};

#[component]
pub fn DsoItemsDuePage() -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let items = load::<Vec<DueItem>>(|| DSO_ITEMS_DUE.path.to_owned());
    view! {
        {dso_nav(lang)}
        <PageHeading text=t.items_title/>
        <p class="lead">{t.items_lead}</p>
        {loaded(items, move |items: Vec<DueItem>| view! {
            {items.is_empty().then(|| view! { <p>{t.items_none}</p> })}
            <ul class="task-list">
                {items.into_iter().map(|item| view! { <DueItemRow item=item/> }).collect_view()}
            </ul>
        })}
    }
}

#[component]
fn DueItemRow(item: DueItem) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let session = use_session();
    let done = RwSignal::new(item.done);
    let problem = RwSignal::new(None::<String>);
    // One key per item for the life of the page: pressing again after a failure cannot
    // mark it twice.
    let key = api::new_key();
    let path = DSO_MARK_DONE.path_with(&[&item.id]);
    let mark = move |_| {
        let (key, path) = (key.clone(), path.clone());
        spawn_local_scoped(async move {
            match api::send::<serde_json::Value>(
                lang,
                DSO_MARK_DONE.method.as_str(),
                &path,
                "{}",
                Some(&key),
            )
            .await
            {
                Ok(_) => {
                    let _ = done.try_set(true);
                    let _ = problem.try_set(None);
                }
                Err(ApiFailure::Aborted) => {}
                Err(failure) => {
                    session.notice(&failure);
                    let message = match failure {
                        ApiFailure::Refused(message) => message,
                        _ => t.not_sent_server.to_owned(),
                    };
                    let _ = problem.try_set(Some(message));
                }
            }
        });
    };
    let overdue = item.due < today();
    let title = [labels::change(item.change, lang), ": ", &item.student_name].concat();
    let student = href(PortalRoute::DsoStudent(item.student_id.clone()), lang);
    let due = [
        words::format(lang, "portal-due", &[("date", item.due.long(lang).into())]).as_str(),
        " · ",
        item.reference.as_str(),
    ]
    .concat();
    view! {
        <li class="task-list__item">
            <div>
                <a href=student>{title.clone()}</a>
                <p class="hint">{due}</p>
                {move || problem.get().map(|m| view! { <p class="error-message" role="alert">{m}</p> })}
            </div>
            {move || if done.get() {
                view! { <strong class="tag tag--done">{t.done}</strong> }.into_any()
            } else {
                let label = [t.mark_done, ": ", &title].concat();
                view! {
                    {overdue.then(|| view! { <strong class="tag tag--overdue">{t.overdue}</strong> })}
                    <button type="button" class="button button--secondary" aria-label=label on:click=mark.clone()>{t.mark_done}</button>
                }.into_any()
            }}
        </li>
    }
}
