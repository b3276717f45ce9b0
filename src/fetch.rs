//! HTTP from the browser with the platform's `fetch`, cancelled when the component that
//! started it goes away (an AbortController aborted on cleanup), so a page change never
//! leaves requests in flight. No HTTP crate: fetch is already in every browser, and each
//! crate in the wasm is downloaded by every visitor.

use js_sys::Promise;
use leptos::prelude::{on_cleanup, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, DNS, connection refused.
    Network,
    /// The request was cancelled because the page changed.
    Aborted,
    /// An answer with an error status, and its body.
    Status(u16, String),
    /// An answer that is not what was expected.
    Decode,
}

/// A signal that aborts the request when the current reactive owner is cleaned up.
fn abort_on_cleanup() -> Option<web_sys::AbortSignal> {
    let controller = AbortController::new().ok()?;
    let signal = controller.signal();
    // on_cleanup needs Send; the browser has one thread, the wrapper only satisfies the type.
    let controller = send_wrapper::SendWrapper::new(controller);
    on_cleanup(move || controller.abort());
    Some(signal)
}

async fn wait(promise: Promise) -> Result<JsValue, FetchError> {
    JsFuture::from(promise).await.map_err(|error| {
        let aborted = error
            .dyn_ref::<web_sys::DomException>()
            .is_some_and(|e| e.name() == "AbortError");
        if aborted {
            FetchError::Aborted
        } else {
            FetchError::Network
        }
    })
}

/// Sends a request and reads the whole answer, whatever its status.
pub async fn send(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Result<(u16, String), FetchError> {
    let init = RequestInit::new();
    init.set_method(method);
    if let Some(signal) = abort_on_cleanup() {
        init.set_signal(Some(&signal));
    }
    if !headers.is_empty() {
        let list = web_sys::Headers::new().map_err(|_| FetchError::Decode)?;
        for (name, value) in headers {
            list.set(name, value).map_err(|_| FetchError::Decode)?;
        }
        init.set_headers(&list);
    }
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
    }
    let response: Response = wait(window().fetch_with_str_and_init(url, &init))
        .await?
        .dyn_into()
        .map_err(|_| FetchError::Decode)?;
    let text = match response.text() {
        Ok(promise) => wait(promise).await?.as_string().unwrap_or_default(),
        Err(_) => return Err(FetchError::Decode),
    };
    Ok((response.status(), text))
}

/// GET a text document.
pub async fn get_text(url: &str) -> Result<String, FetchError> {
    match send("GET", url, &[], None).await? {
        (status, body) if (200..300).contains(&status) => Ok(body),
        (status, body) => Err(FetchError::Status(status, body)),
    }
}

/// GET a JSON document.
pub async fn get_json<T: serde::de::DeserializeOwned>(url: &str) -> Result<T, FetchError> {
    let text = get_text(url).await?;
    serde_json::from_str(&text).map_err(|_| FetchError::Decode)
}
