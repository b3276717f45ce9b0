//! Only in demo mode: the mail the portal would have sent, so a demo (and the tests) can
//! follow an invitation link; and a clock that can be moved forward, to show what happens
//! when a session or a link runs out without waiting for it.

use axum::{Json, extract::State};
use navigator_domain::calendar::Timestamp;
use serde::{Deserialize, Serialize};
use sqlx::Row;
use utoipa::ToSchema;

use super::JsonBody;
use crate::{error::ApiError, startup::AppState};

/// A month: enough for every limit the portal has (sessions, 14-day links).
const MOST_SECONDS: i64 = 31 * 86_400;

#[derive(Serialize, ToSchema)]
pub struct OutboxMessage {
    recipient: String,
    subject: String,
    body: String,
    created_at: i64,
}

/// Messages the portal would have sent, newest first (demo mode only).
#[utoipa::path(get, path = "/demo/outbox", tag = "demo", responses((status = 200, body = Vec<OutboxMessage>)))]
pub async fn outbox(State(state): State<AppState>) -> Result<Json<Vec<OutboxMessage>>, ApiError> {
    let rows = sqlx::query(
        "SELECT recipient, subject, body, created_at FROM outbox ORDER BY created_at DESC, id",
    )
    .fetch_all(&state.db.pool)
    .await?;
    let messages = rows
        .iter()
        .map(|row| {
            Ok(OutboxMessage {
                recipient: row.try_get("recipient")?,
                subject: row.try_get("subject")?,
                body: row.try_get("body")?,
                created_at: row.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(Json(messages))
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
#[utoipa::path(post, path = "/demo/clock", tag = "demo", request_body = ClockAdvance,
    responses((status = 200, body = ClockNow), (status = 400, description = "Not 1 second to 31 days")))]
pub async fn advance_clock(
    State(state): State<AppState>,
    JsonBody(request): JsonBody<ClockAdvance>,
) -> Result<Json<ClockNow>, ApiError> {
    if !(1..=MOST_SECONDS).contains(&request.advance_seconds) {
        return Err(ApiError::BadRequest("server-demo-clock-range"));
    }
    state.clock.advance(request.advance_seconds);
    Ok(Json(ClockNow {
        now: state.clock.now(),
    }))
}
