//! The JSON API under `/api/`.

mod health;

use axum::{Json, Router, http::StatusCode, response::IntoResponse, routing::get};
use serde_json::json;

use crate::startup::AppState;

pub fn api() -> Router<AppState> {
    Router::new()
        .route("/health", get(health::health))
        .fallback(unknown_endpoint)
}

/// Unknown `/api/…` paths get a real 404 with a JSON body, never the app's HTML.
pub async fn unknown_endpoint() -> impl IntoResponse {
    (
        StatusCode::NOT_FOUND,
        Json(
            json!({ "error": "not_found", "message": "There is no API endpoint at this address." }),
        ),
    )
}
