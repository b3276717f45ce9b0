//! Every failure of the API as one type: each becomes a status and a body the app can act
//! on. Database and internal errors are logged and never shown.

use std::sync::Arc;

use axum::{
    Json,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use navigator_domain::{
    FieldErrors, Lang,
    api::errors::{ApiError as ErrorBody, ErrorCode, ValidationErrors},
    words,
};

#[derive(Debug)]
pub enum ApiError {
    Unauthorized,
    Forbidden,
    NotFound,
    Csrf,
    /// A request the contract does not allow; the message id in `server.ftl`.
    BadRequest(&'static str),
    Validation(FieldErrors),
    /// A domain rule refuses the change (the message is in the request's language).
    NotAllowed(String),
    Conflict(String),
    IdempotencyConflict,
    TooManyRequests {
        retry_after_seconds: i64,
    },
    /// Too much work at once (password hashes): try again in a second.
    Busy,
    Internal(String),
}

impl ApiError {
    pub fn internal(error: impl std::fmt::Display) -> ApiError {
        ApiError::Internal(error.to_string())
    }

    /// The same error answered in a language (the fixed messages are `server-…` in
    /// `locales/<lang>/server.ftl`).
    pub fn body(&self, lang: Lang) -> (StatusCode, ErrorCode, String) {
        let say = |id: &str| words::text(lang, id).to_owned();
        match self {
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthorized,
                say("server-sign-in-again"),
            ),
            ApiError::Forbidden => (
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                say("server-forbidden"),
            ),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                say("server-not-found"),
            ),
            ApiError::Csrf => (StatusCode::FORBIDDEN, ErrorCode::Csrf, say("server-csrf")),
            ApiError::BadRequest(id) => (StatusCode::BAD_REQUEST, ErrorCode::NotAllowed, say(id)),
            ApiError::Validation(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::NotAllowed,
                String::new(),
            ),
            ApiError::NotAllowed(message) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::NotAllowed,
                message.clone(),
            ),
            ApiError::Conflict(message) => {
                (StatusCode::CONFLICT, ErrorCode::Conflict, message.clone())
            }
            ApiError::IdempotencyConflict => (
                StatusCode::CONFLICT,
                ErrorCode::IdempotencyConflict,
                say("server-idempotency-conflict"),
            ),
            ApiError::TooManyRequests { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::TooManyRequests,
                say("server-too-many-attempts"),
            ),
            ApiError::Busy => (
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::Busy,
                say("server-busy"),
            ),
            ApiError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                ErrorCode::Internal,
                say("server-internal"),
            ),
        }
    }

    /// The answer in a language. Logs nothing: an error is logged once, when it becomes a
    /// response ([`IntoResponse`]), however often it is rendered after that.
    pub fn response_in(&self, lang: Lang) -> Response {
        if let ApiError::Validation(errors) = self {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(ValidationErrors {
                    errors: errors.clone(),
                }),
            )
                .into_response();
        }
        let (status, error, message) = self.body(lang);
        let mut response = (status, Json(ErrorBody { error, message })).into_response();
        if let Some(value) = self.retry_after() {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }

    /// When to try again (`Retry-After`), for a throttled or busy answer.
    pub fn retry_after(&self) -> Option<HeaderValue> {
        let seconds = match self {
            ApiError::TooManyRequests {
                retry_after_seconds,
            } => *retry_after_seconds,
            ApiError::Busy => 1,
            _ => return None,
        };
        HeaderValue::from_str(&seconds.max(1).to_string()).ok()
    }

    /// What only the server should see: the detail of an internal error, in its log.
    pub fn log_internal(&self) {
        if let ApiError::Internal(detail) = self {
            tracing::error!(%detail, "internal error");
        }
    }
}

impl IntoResponse for ApiError {
    /// Where an error is returned (a handler, an extractor, a layer) the request's language
    /// is not at hand: the answer is in the default language and carries the error itself,
    /// which `error_language` renders again in the request's language.
    fn into_response(self) -> Response {
        self.log_internal();
        let mut response = self.response_in(Lang::default());
        response.extensions_mut().insert(Arc::new(self));
        response
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> ApiError {
        ApiError::internal(error)
    }
}
