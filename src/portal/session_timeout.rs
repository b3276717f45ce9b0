//! The warning before the session ends, with "Stay signed in". The server's answer says
//! when the session ends; asking it (`GET /api/session`) does not count as activity, so
//! the warning only shows when the person really has been away.

use std::time::Duration;

use leptos::{prelude::*, task::spawn_local};
use navigator_domain::{
    api::{endpoints, session::SessionInfo},
    words,
};

use super::{
    api::{self, ApiFailure},
    session::{SessionState, use_session},
};
use crate::{navigation::use_navigation, text::portal_text};

/// Warn this long before the end (GOV.UK: two minutes is enough to react).
const WARN_BEFORE_SECONDS: i64 = 120;
const TICK: Duration = Duration::from_secs(10);

#[component]
pub fn SessionTimeout() -> impl IntoView {
    let session = use_session();
    let lang = use_navigation().lang_untracked();
    let t = portal_text(lang);
    let minutes_left = RwSignal::new(None::<i64>);
    let asked_at = StoredValue::new(0.0f64);
    let confirm = move || {
        spawn_local(async move {
            match api::get::<Option<SessionInfo>>(lang, endpoints::SESSION.path).await {
                Ok(Some(info)) => session.signed_in(info),
                Ok(None) | Err(ApiFailure::SignedOut) => session.ended(),
                Err(_) => {}
            }
        });
    };
    let tick = move || {
        let Some(signed_in) = session.signed_in_untracked() else {
            minutes_left.set(None);
            return;
        };
        let left = signed_in.seconds_left();
        if left <= 0 {
            minutes_left.set(None);
            session.ended();
        } else if left <= WARN_BEFORE_SECONDS + 30
            && js_sys::Date::now() - asked_at.get_value() > 30_000.0
        {
            // Activity elsewhere (another tab, a form sent) may have moved the end: ask.
            asked_at.set_value(js_sys::Date::now());
            confirm();
        } else if left <= WARN_BEFORE_SECONDS {
            minutes_left.set(Some((left + 59) / 60));
        } else {
            minutes_left.set(None);
        }
    };
    if let Ok(handle) = set_interval_with_handle(tick, TICK) {
        on_cleanup(move || handle.clear());
    }
    let stay = move |_| {
        spawn_local(async move {
            match api::send::<SessionInfo>(
                lang,
                endpoints::REFRESH_SESSION.method.as_str(),
                endpoints::REFRESH_SESSION.path,
                "{}",
                None,
            )
            .await
            {
                Ok(info) => {
                    session.signed_in(info);
                    minutes_left.set(None);
                }
                Err(failure) => session.notice(&failure),
            }
        });
    };
    move || {
        let ended = matches!(session.state(), SessionState::Ended);
        minutes_left.get().filter(|_| !ended).map(|minutes| {
            let body = words::format(
                lang,
                "portal-session_ending_body",
                &[("minutes", minutes.into())],
            );
            view! {
                <div class="notification notification--warning" role="alert">
                    <h2 class="heading-m">{t.session_ending_title()}</h2>
                    <p>{body}</p>
                    <button type="button" class="button" on:click=stay>{t.stay_signed_in()}</button>
                </div>
            }
        })
    }
}
