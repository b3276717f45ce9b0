use axum::{Json, extract::State, http::StatusCode};
use navigator_domain::api::endpoints;
use serde::Serialize;
use utoipa::ToSchema;

use crate::{database, startup::AppState};

#[derive(Serialize, ToSchema)]
pub struct Health {
    status: &'static str,
    database: &'static str,
    version: &'static str,
}

/// 200 when the server can reach its database, 503 when it cannot.
#[utoipa::path(get, path = endpoints::HEALTH.path, tag = "health", responses(
    (status = 200, description = "Server and database are up", body = Health),
    (status = 503, description = "The database cannot be reached", body = Health)
))]
pub async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let reachable = database::is_reachable(&state.db.pool).await;
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
