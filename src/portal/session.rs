//! Who is signed in, as the portal pages see it: read once when the bundle loads, set by
//! sign-in, cleared by sign-out or when any call answers 401. The session's end is tracked
//! so people are warned before it and can stay signed in (docs/adr/0010-sessions-and-csrf.md).

use leptos::{prelude::*, task::spawn_local};
use navigator_domain::{
    Lang,
    api::{
        endpoints,
        session::{AccountRole, SessionInfo},
    },
};

use super::api::{self, ApiFailure};

#[derive(Clone, Debug, PartialEq)]
pub enum SessionState {
    Checking,
    SignedOut,
    /// The session ended while the person was working (401, or the time ran out).
    Ended,
    /// The portal did not answer.
    Unreachable,
    SignedIn(SignedIn),
}

#[derive(Clone, Debug, PartialEq)]
pub struct SignedIn {
    pub info: SessionInfo,
    /// When the answer arrived (ms since the epoch, the browser's clock): the time left
    /// is the server's figure less what has passed since, so a wrong device clock does not
    /// matter.
    pub received_at_ms: f64,
}

impl SignedIn {
    pub fn seconds_left(&self) -> i64 {
        let elapsed = ((js_sys::Date::now() - self.received_at_ms) / 1000.0) as i64;
        self.info.seconds_left() - elapsed
    }

    pub fn role(&self) -> AccountRole {
        self.info.account.role
    }

    pub fn account_id(&self) -> &str {
        &self.info.account.id
    }
}

/// A handle on the bundle's one session. The state itself is a reference-counted signal
/// kept for the life of the document, so it outlives the page that first asked for it and
/// moving between areas of the portal does not ask the server again.
#[derive(Clone, Copy)]
pub struct Session;

thread_local! {
    static STATE: ArcRwSignal<SessionState> = {
        Session.check(Lang::default());
        ArcRwSignal::new(SessionState::Checking)
    };
}

fn state() -> ArcRwSignal<SessionState> {
    STATE.with(ArcRwSignal::clone)
}

impl Session {
    pub fn check(self, lang: Lang) {
        spawn_local(async move {
            // 204 (nobody signed in) reads as None.
            match api::get::<Option<SessionInfo>>(lang, endpoints::SESSION.path).await {
                Ok(Some(info)) => self.signed_in(info),
                Ok(None) | Err(ApiFailure::SignedOut) => state().set(SessionState::SignedOut),
                Err(ApiFailure::Aborted) => {}
                Err(_) => state().set(SessionState::Unreachable),
            }
        });
    }

    pub fn state(self) -> SessionState {
        state().get()
    }

    pub fn signed_in_untracked(self) -> Option<SignedIn> {
        match state().get_untracked() {
            SessionState::SignedIn(s) => Some(s),
            _ => None,
        }
    }

    pub fn signed_in(self, info: SessionInfo) {
        api::set_csrf_token(&info.csrf_token);
        state().set(SessionState::SignedIn(SignedIn {
            info,
            received_at_ms: js_sys::Date::now(),
        }));
    }

    /// A call answered 401: the work on the page stays, the person signs in again.
    pub fn ended(self) {
        api::set_csrf_token("");
        if matches!(state().get_untracked(), SessionState::SignedIn(_)) {
            state().set(SessionState::Ended);
        }
    }

    pub fn signed_out(self) {
        api::set_csrf_token("");
        state().set(SessionState::SignedOut);
    }

    /// Sees a failure of any call: a 401 ends the session here too.
    pub fn notice(self, failure: &ApiFailure) {
        if *failure == ApiFailure::SignedOut {
            self.ended();
        }
    }
}

/// The bundle's session, asked of the server on first use.
pub fn use_session() -> Session {
    Session
}
