//! What every portal page has around it: the demonstration notice and the session warning
//! above it; who is signed in with "Sign out" and "Clear my data on this device" after it.
//! Clearing cannot be undone, so it asks first (GOV.UK: a destructive action confirms).

use leptos::{html, prelude::*, task::spawn_local};
use navigator_domain::{AppPath, Page, PortalArea, api::endpoints};

use super::{
    api, device_store, labels,
    session::{SessionState, use_session},
    session_timeout::SessionTimeout,
};
use crate::{components::focus_on_arrival, navigation::use_navigation, text::portal_text};

#[component]
pub fn PortalFrame(children: Children) -> impl IntoView {
    let session = use_session();
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let t = portal_text(lang);
    // Signed in, "Clear my data" ends on the sign-in page, which the server draws with the
    // confirmation (`?cleared`); signed out, the confirmation shows here.
    let cleared = RwSignal::new(false);
    let sign_in = AppPath::href(lang, Page::Portal(PortalArea::SignIn)).unwrap_or_default();
    let sign_out = move |destination: String| {
        spawn_local(async move {
            // Whatever the answer, this device forgets the session; an unreachable
            // server ends it by itself within the idle time.
            let _ = api::send::<()>(
                lang,
                endpoints::SIGN_OUT.method.as_str(),
                endpoints::SIGN_OUT.path,
                "{}",
                None,
            )
            .await;
            session.signed_out();
            navigation.go(&destination);
        });
    };
    // "Clear my data" first asks; only "Yes, clear my data" clears.
    let confirming = RwSignal::new(false);
    let question = NodeRef::<html::Div>::new();
    focus_on_arrival(question);
    let clear = {
        let sign_in = sign_in.clone();
        move |_| {
            device_store::clear_all();
            confirming.set(false);
            cleared.set(true);
            if session.signed_in_untracked().is_some() {
                sign_out([sign_in.as_str(), "?cleared"].concat());
            }
        }
    };
    let account = move || match session.state() {
        SessionState::SignedIn(s) => {
            let sign_in = sign_in.clone();
            Some(view! {
                <p class="account-bar__who">
                    {t.signed_in_as()}" " <strong>{s.info.account.display_name.clone()}</strong>
                    " (" {labels::role(s.role(), lang)} ")"
                </p>
                <button type="button" class="button button--secondary" on:click=move |_| sign_out(sign_in.clone())>{t.sign_out()}</button>
            })
        }
        _ => None,
    };
    // The page's heading comes first on a phone's first screen: the account controls follow
    // the page (docs/adr/0017-menu-without-javascript.md). The demonstration notice stays
    // above, as it says where the answers go before anyone types; the session warning and
    // the "cleared" confirmation show only when they matter, where they are seen.
    let confirm = move || {
        confirming.get().then(|| {
            let clear = clear.clone();
            view! {
                <div class="panel panel--warning account-bar__confirm" role="alertdialog" aria-labelledby="clear-confirm-title"
                    aria-describedby="clear-confirm-warning" tabindex="-1" node_ref=question>
                    <h2 class="heading-m" id="clear-confirm-title">{t.clear_confirm_title()}</h2>
                    <p id="clear-confirm-warning"><strong>{t.clear_confirm_warning()}</strong></p>
                    <div class="button-group">
                        <button type="button" class="button button--warning" on:click=clear>{t.clear_confirm()}</button>
                        <button type="button" class="button button--secondary" on:click=move |_| confirming.set(false)>{t.clear_keep()}</button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <p class="portal-notice">{t.notice()}</p>
        {move || cleared.get().then(|| view! { <p class="notification" role="status">{t.cleared()}</p> })}
        <SessionTimeout/>
        {children()}
        <div class="account-bar">
            {account}
            <button type="button" class="button button--secondary" on:click=move |_| confirming.set(true)
                aria-describedby="clear-device-hint" aria-expanded=move || confirming.get().to_string()>
                {t.clear_device()}
            </button>
            <p id="clear-device-hint" class="hint account-bar__hint">{t.clear_device_hint()}</p>
            {confirm}
        </div>
    }
}
