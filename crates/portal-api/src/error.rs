//! Every failure of the API as one type: each becomes a status and a body the app can act
//! on. Database and internal errors are logged and never shown.

use axum::{
    Json,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use navigator_domain::{
    FieldErrors, Lang,
    api::errors::{ApiError as ErrorBody, ErrorCode, ValidationErrors},
};

#[derive(Debug)]
pub enum ApiError {
    Unauthorized,
    Forbidden,
    NotFound,
    Csrf,
    BadRequest(&'static str),
    Validation(FieldErrors),
    /// A domain rule refuses the change (the message is in the request's language).
    NotAllowed(String),
    Conflict(String),
    IdempotencyConflict,
    TooManyRequests {
        retry_after_seconds: i64,
    },
    Internal(String),
}

impl ApiError {
    pub fn internal(error: impl std::fmt::Display) -> ApiError {
        ApiError::Internal(error.to_string())
    }

    /// The same error answered in a language (for the fixed messages).
    pub fn body(&self, lang: Lang) -> (StatusCode, ErrorCode, String) {
        let en = lang == Lang::En;
        let say = |english: &str, spanish: &str| {
            if en {
                english.to_owned()
            } else {
                spanish.to_owned()
            }
        };
        match self {
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                ErrorCode::Unauthorized,
                say(
                    "Sign in to continue. Your session may have ended.",
                    "Inicie sesión para continuar. Es posible que su sesión haya terminado.",
                ),
            ),
            ApiError::Forbidden => (
                StatusCode::FORBIDDEN,
                ErrorCode::Forbidden,
                say(
                    "You cannot see or change this record.",
                    "No puede ver ni cambiar este registro.",
                ),
            ),
            ApiError::NotFound => (
                StatusCode::NOT_FOUND,
                ErrorCode::NotFound,
                say("Not found.", "No se encontró."),
            ),
            ApiError::Csrf => (
                StatusCode::FORBIDDEN,
                ErrorCode::Csrf,
                say(
                    "This request could not be checked. Reload the page and try again.",
                    "No se pudo verificar esta solicitud. Recargue la página e inténtelo de nuevo.",
                ),
            ),
            ApiError::BadRequest(message) => (
                StatusCode::BAD_REQUEST,
                ErrorCode::NotAllowed,
                (*message).to_owned(),
            ),
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
                StatusCode::UNPROCESSABLE_ENTITY,
                ErrorCode::IdempotencyConflict,
                say(
                    "This Idempotency-Key was already used for a different request.",
                    "Esta Idempotency-Key ya se usó para otra solicitud.",
                ),
            ),
            ApiError::TooManyRequests { .. } => (
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::TooManyRequests,
                say(
                    "Too many attempts. Wait a few minutes and try again.",
                    "Demasiados intentos. Espere unos minutos e inténtelo de nuevo.",
                ),
            ),
            ApiError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                ErrorCode::Internal,
                say(
                    "Something went wrong on our side. Nothing was saved; try again.",
                    "Algo falló de nuestro lado. No se guardó nada; inténtelo de nuevo.",
                ),
            ),
        }
    }

    pub fn into_response_in(self, lang: Lang) -> Response {
        if let ApiError::Internal(detail) = &self {
            tracing::error!(%detail, "internal error");
        }
        if let ApiError::Validation(errors) = self {
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                Json(ValidationErrors { errors }),
            )
                .into_response();
        }
        let retry_after = match &self {
            ApiError::TooManyRequests {
                retry_after_seconds,
            } => Some(*retry_after_seconds),
            _ => None,
        };
        let (status, error, message) = self.body(lang);
        let mut response = (status, Json(ErrorBody { error, message })).into_response();
        if let Some(seconds) = retry_after
            && let Ok(value) = HeaderValue::from_str(&seconds.max(1).to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

impl IntoResponse for ApiError {
    /// Without the request at hand (extractors), errors are answered in English; handlers
    /// answer with [`ApiError::into_response_in`].
    fn into_response(self) -> Response {
        self.into_response_in(Lang::En)
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(error: sqlx::Error) -> ApiError {
        ApiError::internal(error)
    }
}

/// A handler's result with the request's language attached for the error message.
pub struct Answer<T>(pub Lang, pub Result<T, ApiError>);

impl<T: IntoResponse> IntoResponse for Answer<T> {
    fn into_response(self) -> Response {
        match self.1 {
            Ok(value) => value.into_response(),
            Err(error) => error.into_response_in(self.0),
        }
    }
}
