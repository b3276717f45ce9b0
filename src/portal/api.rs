//! Calls to the portal API (`/api/…`, the contract at `/api/openapi.json`): the session's
//! CSRF token on every unsafe request, the page's language for the server's messages, and
//! every answer turned into what the page can act on.

use std::cell::RefCell;

use navigator_domain::{
    FieldErrors, Lang,
    api::errors::{ApiError as ErrorBody, ValidationErrors},
};
use serde::de::DeserializeOwned;

use crate::fetch::{self, FetchError};

thread_local! {
    /// The token of the current session (the cookie itself is HttpOnly).
    static CSRF: RefCell<String> = const { RefCell::new(String::new()) };
}

pub fn set_csrf_token(token: &str) {
    CSRF.with(|t| *t.borrow_mut() = token.to_owned());
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiFailure {
    /// No answer: offline, or the server is down.
    Unreachable,
    /// The page changed before the answer came.
    Aborted,
    /// 401: not signed in, or the session ended.
    SignedOut,
    /// 422 with errors for the form's fields.
    Invalid(FieldErrors),
    /// 404: no such record, or not one this account may see.
    NotFound,
    /// Refused with a message people can read (a rule, a taken slot, too many attempts).
    Refused(String),
    /// A 5xx, or an answer that is not the contract's.
    Server,
}

impl ApiFailure {
    /// Failures where sending the same request again may work.
    pub fn is_retryable(&self) -> bool {
        matches!(self, ApiFailure::Unreachable | ApiFailure::Server)
    }
}

fn failure(status: u16, body: &str) -> ApiFailure {
    match status {
        401 => ApiFailure::SignedOut,
        404 => ApiFailure::NotFound,
        422 => match serde_json::from_str::<ValidationErrors>(body) {
            Ok(v) => ApiFailure::Invalid(v.errors),
            Err(_) => refused(body),
        },
        400..=499 => refused(body),
        _ => ApiFailure::Server,
    }
}

fn refused(body: &str) -> ApiFailure {
    serde_json::from_str::<ErrorBody>(body)
        .map(|e| ApiFailure::Refused(e.message))
        .unwrap_or(ApiFailure::Server)
}

async fn call<T: DeserializeOwned>(
    lang: Lang,
    method: &str,
    path: &str,
    body: Option<&str>,
    idempotency_key: Option<&str>,
) -> Result<T, ApiFailure> {
    let url = ["/api", path].concat();
    let csrf = CSRF.with(|t| t.borrow().clone());
    let mut headers = vec![("Accept-Language", lang.tag())];
    if method != "GET" {
        headers.push(("Content-Type", "application/json"));
        headers.push(("X-CSRF-Token", &csrf));
    }
    if let Some(key) = idempotency_key {
        headers.push(("Idempotency-Key", key));
    }
    match fetch::send(method, &url, &headers, body).await {
        Ok((status, text)) if (200..300).contains(&status) => {
            // 204 has no body; the unit type reads it from "null".
            let text = if text.is_empty() { "null" } else { &text };
            serde_json::from_str(text).map_err(|_| ApiFailure::Server)
        }
        Ok((status, text)) => Err(failure(status, &text)),
        Err(FetchError::Aborted) => Err(ApiFailure::Aborted),
        Err(_) => Err(ApiFailure::Unreachable),
    }
}

pub async fn get<T: DeserializeOwned>(lang: Lang, path: &str) -> Result<T, ApiFailure> {
    call(lang, "GET", path, None, None).await
}

/// An unsafe request; `key` is the Idempotency-Key every write needs.
pub async fn send<T: DeserializeOwned>(
    lang: Lang,
    method: &str,
    path: &str,
    body: &str,
    key: Option<&str>,
) -> Result<T, ApiFailure> {
    call(lang, method, path, Some(body), key).await
}

/// A new Idempotency-Key: random, so two devices never collide. (`crypto.randomUUID`
/// exists in every browser the app supports, on HTTPS and on localhost.)
pub fn new_key() -> String {
    leptos::prelude::window()
        .crypto()
        .map(|c| c.random_uuid())
        .unwrap_or_default()
}
