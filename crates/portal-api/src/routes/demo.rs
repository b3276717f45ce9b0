//! Only in demo mode: the mail the portal would have sent, so a demo (and the tests) can
//! follow an invitation link; and a clock that can be moved forward, to show what happens
//! when a session or a link runs out without waiting for it.

use axum::{Json, extract::State};
use navigator_domain::{
    api::{endpoints, errors::ApiError as ErrorBody, session::AccountRole},
    calendar::Timestamp,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::JsonBody;
use crate::{error::ApiError, outbox::OutboxMessage, session::SignedIn, startup::AppState};

/// A month: enough for every limit the portal has (sessions, 14-day links).
const MOST_SECONDS: i64 = 31 * 86_400;

/// Messages the portal would have sent, newest first, with their links (demo mode only;
/// ICE staff only, since the links open accounts).
#[utoipa::path(get, path = endpoints::DEMO_OUTBOX.path, tag = "demo", security(("session" = [])), responses(
    (status = 200, body = Vec<OutboxMessage>),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)
))]
pub async fn outbox(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Json<Vec<OutboxMessage>>, ApiError> {
    signed.and_then(|signed| {
        signed.require(AccountRole::Officer)?;
        state
            .outbox
            .demo_messages()
            .map(Json)
            .ok_or(ApiError::NotFound)
    })
}

#[derive(Deserialize, ToSchema)]
pub struct ClockAdvance {
    /// How far to move the server's clock forward, 1 second to 31 days.
    advance_seconds: i64,
}

#[derive(Serialize, ToSchema)]
pub struct ClockNow {
    now: Timestamp,
}

/// Moves the server's clock forward for everyone (demo mode only; it never goes back).
#[utoipa::path(post, path = endpoints::DEMO_ADVANCE_CLOCK.path, tag = "demo", request_body = ClockAdvance,
    security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = ClockNow),
    (status = 400, description = "Not 1 second to 31 days", body = ErrorBody),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)
))]
pub async fn advance_clock(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
    JsonBody(request): JsonBody<ClockAdvance>,
) -> Result<Json<ClockNow>, ApiError> {
    signed.and_then(|signed| {
        signed.require(AccountRole::Officer)?;
        if !(1..=MOST_SECONDS).contains(&request.advance_seconds) {
            return Err(ApiError::BadRequest("server-demo-clock-range"));
        }
        state.clock.advance(request.advance_seconds);
        Ok(Json(ClockNow {
            now: state.clock.now(),
        }))
    })
}
