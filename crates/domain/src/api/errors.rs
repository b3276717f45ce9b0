//! Error bodies of the API.

use serde::{Deserialize, Serialize};

use crate::FieldErrors;

/// The 422 body: every problem with the request, keyed by field, in page order.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValidationErrors {
    pub errors: FieldErrors,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No session, or it expired: sign in again.
    Unauthorized,
    /// Signed in, but this is not yours to see or change.
    Forbidden,
    NotFound,
    /// The CSRF token is missing or wrong.
    Csrf,
    /// The rule of the domain refuses it (a STEM OPT student adding an employer).
    NotAllowed,
    /// The same Idempotency-Key was used with a different request.
    IdempotencyConflict,
    /// The thing changed meanwhile (a slot was taken).
    Conflict,
    TooManyRequests,
    /// The server is busy: try again in a moment (Retry-After says when).
    Busy,
    Internal,
}

/// Every other error: a code the app acts on and a message people can read.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: ErrorCode,
    pub message: String,
}

/// What a 422 can be, for the contract only: the fields' problems, or a rule of the domain
/// refusing the request as a whole (`not_allowed`: a STEM OPT student adding an employer or
/// moving a start date, an expired invitation link). The browser tells them apart by their fields (`portal::api`).
#[cfg(feature = "openapi")]
#[derive(Serialize, utoipa::ToSchema)]
#[serde(untagged)]
pub enum Unprocessable {
    Invalid(ValidationErrors),
    Refused(ApiError),
}
