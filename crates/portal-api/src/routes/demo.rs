//! Only in demo mode: the mail the portal would have sent, so a demo (and the tests) can
//! follow an invitation link.

use axum::{Json, extract::State};
use serde::Serialize;
use sqlx::Row;
use utoipa::ToSchema;

use crate::{error::ApiError, startup::AppState};

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
