//! A portal page shows only to the role it is for. Anyone else sees why, with a way on:
//! sign in (and come back to this very page, with what they typed), or go to their own
//! pages.

use leptos::prelude::*;
use navigator_domain::{AppPath, Page, PortalArea, PortalRoute, api::session::AccountRole, words};

use super::{
    labels,
    session::{SessionState, use_session},
};
use crate::{
    navigation::use_navigation,
    page_heading::PageHeading,
    text::{portal_text, shell_text},
};

#[derive(Clone, Debug, PartialEq)]
enum Gate {
    Checking,
    Out { ended: bool },
    Unreachable,
    Wrong { name: String, role: AccountRole },
    Allowed,
}

/// The sign-in page's address, returning to the current page afterwards.
pub fn sign_in_href() -> String {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let mut here = navigation.path_untracked();
    let query = navigation.query_untracked();
    if !query.is_empty() {
        here = [here, "?".into(), query].concat();
    }
    let sign_in = AppPath::href(lang, Page::Portal(PortalArea::SignIn)).unwrap_or_default();
    [
        sign_in,
        "?next=".into(),
        String::from(js_sys::encode_uri_component(&here)),
    ]
    .concat()
}

#[component]
pub fn RoleGate(role: AccountRole, children: ChildrenFn) -> impl IntoView {
    let session = use_session();
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    // Only a change of who may see the page redraws it: a refreshed session does not
    // reset a form being filled.
    let gate = Memo::new(move |_| match session.state() {
        SessionState::Checking => Gate::Checking,
        SessionState::SignedOut => Gate::Out { ended: false },
        SessionState::Ended => Gate::Out { ended: true },
        SessionState::Unreachable => Gate::Unreachable,
        SessionState::SignedIn(s) if s.role() == role => Gate::Allowed,
        SessionState::SignedIn(s) => Gate::Wrong {
            name: s.info.account.display_name.clone(),
            role: s.role(),
        },
    });
    move || {
        match gate.get() {
        Gate::Checking => view! {
            <p class="loading" role="status">{shell_text(lang).loading()}</p>
        }
        .into_any(),
        Gate::Out { ended } => {
            let (title, body) = if ended {
                (t.session_ended_title(), t.session_ended_body())
            } else {
                (t.signed_out_title(), t.signed_out_body())
            };
            view! {
                <PageHeading text=title/>
                <p>{body}</p>
                <a class="button" href=sign_in_href()>{t.sign_in_again()}</a>
            }
            .into_any()
        }
        Gate::Unreachable => view! {
            <PageHeading text=t.unreachable_title()/>
            <p>{t.unreachable_body()}</p>
            <button type="button" class="button button--secondary" on:click=move |_| session.check(lang)>
                {shell_text(lang).try_again()}
            </button>
        }
        .into_any(),
        Gate::Wrong { name, role } => {
            let home = PortalRoute::home(PortalArea::home_of(role)).path();
            let home = navigator_domain::path_in_language(&home, lang);
            let body = words::format(
                lang,
                "portal-wrong_role_body",
                &[("name", name.into()), ("role", labels::role(role, lang).into())],
            );
            view! {
                <PageHeading text=t.wrong_role_title()/>
                <p>{body}</p>
                <a class="link-button" href=home>{t.go_to_yours()}</a>
            }
            .into_any()
        }
        Gate::Allowed => children().into_any(),
    }
    }
}
