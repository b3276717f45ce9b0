//! Every error under `/api/` is JSON, as the contract says: axum's own rejections (a query
//! string or path that does not parse, an unknown method, a body too large) answer plain
//! text, which a client reading the documented error body cannot use. Those are rewritten
//! here, keeping their status.

use axum::{
    Json,
    extract::Request,
    http::{StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use navigator_domain::{
    api::errors::{ApiError as ErrorBody, ErrorCode},
    words,
};

use crate::request_lang::lang_of;

pub async fn always_json(request: Request, next: Next) -> Response {
    let lang = lang_of(request.headers());
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"application/json"));
    if is_json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let (error, message) = match status {
        StatusCode::UNAUTHORIZED => (ErrorCode::Unauthorized, "server-sign-in-again"),
        StatusCode::FORBIDDEN => (ErrorCode::Forbidden, "server-forbidden"),
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => {
            (ErrorCode::NotFound, "server-no-endpoint")
        }
        StatusCode::CONFLICT => (ErrorCode::Conflict, "server-request-not-understood"),
        StatusCode::TOO_MANY_REQUESTS => (ErrorCode::TooManyRequests, "server-too-many-attempts"),
        s if s.is_server_error() => (ErrorCode::Internal, "server-internal"),
        _ => (ErrorCode::NotAllowed, "server-request-not-understood"),
    };
    let mut rewritten = (
        status,
        Json(ErrorBody {
            error,
            message: words::text(lang, message).to_owned(),
        }),
    )
        .into_response();
    // Keep what tells the client how to go on (Allow on a 405, Retry-After).
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = response.headers().get(&name) {
            rewritten.headers_mut().insert(name, value.clone());
        }
    }
    rewritten
}
