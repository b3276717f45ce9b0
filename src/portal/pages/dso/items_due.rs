//! The official's task list: changes students made that must reach SEVIS within 21 days,
//! each with what changed (old → new), when and by whom, its deadline and status, marked
//! done one by one — with Undo, since one tap is easy to make by mistake.

use leptos::{html, prelude::*, task::spawn_local_scoped};
use navigator_domain::{
    Lang, PortalRoute,
    api::{
        dso::DueItem,
        endpoints::{DSO_ITEMS_DUE, DSO_MARK_DONE, DSO_REOPEN_ITEM, Endpoint},
    },
    words,
};

use super::{dso_nav, href};
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    portal::{
        api::{self, ApiFailure},
        field_change_text, labels,
        loaded::{load, loaded},
        local_time::local_date_time,
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
        <PageHeading text=t.items_title()/>
        <p class="lead">{t.items_lead()}</p>
        {loaded(items, move |items: Vec<DueItem>| view! {
            {items.is_empty().then(|| view! { <p>{t.items_none()}</p> })}
            <ul class="task-list">
                {items.into_iter().map(|item| view! { <DueItemRow item=item/> }).collect_view()}
            </ul>
        })}
    }
}

/// "Changed 21 September 2026, 10:13 EDT by Ana Lopez", in the official's own time zone.
fn changed_line(item: &DueItem, lang: Lang) -> String {
    words::format(
        lang,
        "portal-changed_by",
        &[
            ("when", local_date_time(item.changed_at, lang).into()),
            ("who", item.changed_by.as_str().into()),
        ],
    )
}

#[component]
fn DueItemRow(item: DueItem) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let session = use_session();
    let done = RwSignal::new(item.done);
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let status = RwSignal::new(None::<String>);
    let status_ref = NodeRef::<html::P>::new();
    let title = [labels::change(item.change, lang), ": ", &item.student_name].concat();
    // One key per item and direction for the life of the page: pressing again after a
    // failure cannot mark it twice. Undo then mark again is a new change: a new key.
    let send = {
        let (id, title) = (item.id.clone(), title.clone());
        move |endpoint: Endpoint, now_done: bool| {
            if busy.get_untracked() {
                return;
            }
            busy.set(true);
            let (key, path, title) = (api::new_key(), endpoint.path_with(&[&id]), title.clone());
            spawn_local_scoped(async move {
                let answer = api::send::<serde_json::Value>(
                    lang,
                    endpoint.method.as_str(),
                    &path,
                    "{}",
                    Some(&key),
                )
                .await;
                let _ = busy.try_set(false);
                match answer {
                    Ok(_) => {
                        let message = if now_done {
                            "portal-marked_done"
                        } else {
                            "portal-reopened"
                        };
                        let _ = done.try_set(now_done);
                        let _ = problem.try_set(None);
                        let _ = status.try_set(Some(words::format(
                            lang,
                            message,
                            &[("item", title.as_str().into())],
                        )));
                        // The button pressed is gone: focus goes to what happened, where
                        // Undo is next.
                        if let Some(element) = status_ref.get_untracked() {
                            let _ = element.focus();
                        }
                    }
                    Err(ApiFailure::Aborted) => {}
                    Err(failure) => {
                        session.notice(&failure);
                        let message = match failure {
                            ApiFailure::Refused(message) => message,
                            _ => t.not_sent_server().to_owned(),
                        };
                        let _ = problem.try_set(Some(message));
                    }
                }
            });
        }
    };
    let overdue = item.due < today();
    let student = href(PortalRoute::DsoStudent(item.student_id.clone()), lang);
    let due = [
        words::format(lang, "portal-due", &[("date", item.due.long(lang).into())]).as_str(),
        " · ",
        item.reference.as_str(),
    ]
    .concat();
    let changes: Vec<String> = item
        .changes
        .iter()
        .map(|c| field_change_text::describe(c, lang))
        .collect();
    let mark = {
        let send = send.clone();
        move |_| send(DSO_MARK_DONE, true)
    };
    let undo = move |_| send(DSO_REOPEN_ITEM, false);
    let undo_label = [words::text(lang, "portal-undo"), ": ", &title].concat();
    view! {
        <li class="task-list__item">
            <div>
                <a href=student>{title.clone()}</a>
                <p class="hint">{changed_line(&item, lang)}</p>
                {(!changes.is_empty()).then(|| view! {
                    <ul class="list list--bullet">
                        {changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                    </ul>
                })}
                <p class="hint">{due}</p>
                {move || problem.get().map(|m| view! { <p class="error-message" role="alert">{m}</p> })}
                <p role="status" tabindex="-1" node_ref=status_ref>
                    {move || status.get()}
                    {move || (done.get() && status.with(Option::is_some)).then(|| view! {
                        " "
                        <button type="button" class="button button--secondary" aria-label=undo_label.clone() on:click=undo.clone()>{words::text(lang, "portal-undo")}</button>
                    })}
                </p>
            </div>
            {move || if done.get() {
                view! { <strong class="tag tag--done">{t.done()}</strong> }.into_any()
            } else {
                let label = [t.mark_done(), ": ", &title].concat();
                view! {
                    {overdue.then(|| view! { <strong class="tag tag--overdue">{t.overdue()}</strong> })}
                    <button type="button" class="button button--secondary" aria-label=label on:click=mark.clone()>{t.mark_done()}</button>
                }.into_any()
            }}
        </li>
    }
}
