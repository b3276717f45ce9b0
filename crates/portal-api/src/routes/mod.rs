//! The JSON API under `/api/`. Each handler documents itself for the OpenAPI contract
//! (`GET /api/openapi.json`); routes are registered through utoipa's router, so a route
//! cannot exist without being in the contract.

mod activation;
mod demo;
mod dso;
mod health;
mod officer;
mod session;
pub(crate) use session::open as open_session;
mod standard_answers;
mod student;
mod supervision;

use axum::{
    Json,
    extract::{FromRequest, Request},
    http::StatusCode,
    response::IntoResponse,
};
use navigator_domain::api::{
    endpoints::Endpoint,
    errors::{ApiError as ErrorBody, ErrorCode},
};
use serde::{Serialize, de::DeserializeOwned};
use utoipa::{
    Modify, OpenApi,
    openapi::security::{ApiKey, ApiKeyValue, SecurityScheme},
};
use utoipa_axum::{router::OpenApiRouter, routes};

use crate::{error::ApiError, request_lang::RequestLang, startup::AppState};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "eservice-navigator portal API",
        description = "Reference portal API behind eservice-navigator's forms: accounts and roles, student records on OPT, \
                       reporting for people under ICE supervision, and an audit trail. An independent demonstration server, \
                       not a government system.\n\nSign-in sets an HttpOnly session cookie. Every unsafe request must send \
                       `Content-Type: application/json`, the session's `X-CSRF-Token` and, for writes, an `Idempotency-Key`: \
                       a repeat with the same key returns the stored answer and writes nothing (answers are kept 24 hours). Validation errors are 422 \
                       `{\"errors\": {\"field\": [\"message\"]}}` in the language of `Accept-Language` (en, es).",
        license(name = "MIT")
    ),
    tags(
        (name = "health"), (name = "session"), (name = "school officials"), (name = "students"),
        (name = "supervision"), (name = "officers"), (name = "demo")
    ),
    servers((url = "/api", description = "This server: every path below is under /api")),
    modifiers(&SessionCookie)
)]
pub struct ApiDoc;

struct SessionCookie;

impl Modify for SessionCookie {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::session::COOKIE))),
        );
        components.add_security_scheme(
            "csrf",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-CSRF-Token"))),
        );
    }
}

/// Every API route, and the contract that documents them (with the answers every
/// operation of a kind can give, once the routes are known).
pub fn api(demo: bool) -> (axum::Router<AppState>, utoipa::openapi::OpenApi) {
    let (router, mut contract) = routes(demo).split_for_parts();
    standard_answers::StandardAnswers.modify(&mut contract);
    (router, contract)
}

fn routes(demo: bool) -> OpenApiRouter<AppState> {
    let router = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(health::health))
        .routes(routes!(session::read, session::sign_in, session::sign_out))
        .routes(routes!(session::refresh))
        .routes(routes!(activation::activate))
        .routes(routes!(dso::students))
        .routes(routes!(dso::student))
        .routes(routes!(dso::update_contact))
        .routes(routes!(dso::add_employment))
        .routes(routes!(dso::edit_employment))
        .routes(routes!(dso::end_employment))
        .routes(routes!(dso::resend_invitation))
        .routes(routes!(dso::unlock_portal))
        .routes(routes!(dso::change_portal_email))
        .routes(routes!(dso::changes_report))
        .routes(routes!(dso::portal_accounts))
        .routes(routes!(dso::items_due))
        .routes(routes!(dso::mark_done))
        .routes(routes!(dso::reopen_item))
        .routes(routes!(student::profile))
        .routes(routes!(student::update_contact))
        .routes(routes!(student::add_employment))
        .routes(routes!(student::edit_employment))
        .routes(routes!(student::end_employment))
        .routes(routes!(student::unemployment))
        .routes(routes!(student::stem_reports))
        .routes(routes!(student::validation_report))
        .routes(routes!(supervision::change_address))
        .routes(routes!(supervision::slots))
        .routes(routes!(supervision::appointments, supervision::book))
        .routes(routes!(supervision::reschedule, supervision::cancel))
        .routes(routes!(officer::audit))
        .routes(routes!(officer::schools));
    if demo {
        router
            .routes(routes!(demo::outbox))
            .routes(routes!(demo::advance_clock))
    } else {
        router
    }
}

/// Unknown `/api/…` paths get a real 404 with a JSON body, never the app's HTML.
pub async fn unknown_endpoint(RequestLang(lang): RequestLang) -> impl IntoResponse {
    (
        StatusCode::NOT_FOUND,
        Json(ErrorBody {
            error: ErrorCode::NotFound,
            message: navigator_domain::words::text(lang, "server-no-endpoint").to_owned(),
        }),
    )
}

/// A JSON body whose rejection (not JSON, wrong shape) is an API error like the others.
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<JsonBody<T>, ApiError> {
        match Json::<T>::from_request(request, state).await {
            Ok(Json(value)) => Ok(JsonBody(value)),
            Err(_) => Err(ApiError::BadRequest("server-body-not-json")),
        }
    }
}

/// What makes two writes "the same request" for idempotency: the endpoint's method, its
/// path with `ids` filled in, and the body (`POST /dso/items-due/x/done {}`), the same
/// string as when every handler wrote its path by hand, so stored keys still compare.
pub fn fingerprint(endpoint: &Endpoint, ids: &[&str], body: &impl Serialize) -> String {
    [
        endpoint.method.as_str(),
        " ",
        &endpoint.path_with(ids),
        " ",
        &serde_json::to_string(body).unwrap_or_default(),
    ]
    .concat()
}
