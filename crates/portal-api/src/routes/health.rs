use axum::{Json, extract::State, http::StatusCode};
use serde::Serialize;

use crate::{database, startup::AppState};

#[derive(Serialize)]
pub struct Health {
    status: &'static str,
    database: &'static str,
    version: &'static str,
}

/// 200 when the server can reach its database, 503 when it cannot, so a load balancer or
/// `cargo xtask run` can tell.
pub async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let reachable = database::is_reachable(&state.pool).await;
    let status = if reachable {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let health = Health {
        status: if reachable { "ok" } else { "unavailable" },
        database: if reachable { "ok" } else { "unreachable" },
        version: env!("CARGO_PKG_VERSION"),
    };
    (status, Json(health))
}
