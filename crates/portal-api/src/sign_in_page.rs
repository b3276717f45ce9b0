//! The sign-in page and its form, drawn by the server at every visit, for browsers with or
//! without JavaScript (docs/adr/0025-portal-pages-from-the-server.md). The form posts here;
//! a good sign-in answers 303 to the portal page the person came from or to their role's
//! first page, with the same cookies as the JSON API; anything else draws the page again
//! with the errors and what was typed (not the password). Signing in is the JSON API's own
//! function (`routes::open_session`), so both ways check, throttle and audit alike. These
//! are pages, not API operations: they are outside the OpenAPI contract, as the public
//! pages are.

use std::sync::Arc;

use axum::{
    Extension, Form, Router,
    extract::{OriginalUri, State, rejection::FormRejection},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use navigator_domain::{
    AppPath, FieldErrors, Lang, Page, PortalArea, api::sign_in_form::SignInForm,
};
use navigator_pages::{
    StaticPage,
    built_site::BuiltSite,
    language_suggestion::offer,
    sign_in::{SignInState, asked_page, sign_in_page},
};

use crate::{
    client_address::ClientAddress, error::ApiError, language_alternates, routes, same_origin,
    session::Peeked, startup::AppState, static_site,
};

/// What the pages are drawn into, and where people reach the server.
#[derive(Clone)]
struct Pages {
    site: Arc<Option<BuiltSite>>,
    public_origin: Arc<Option<String>>,
}

/// The page at each language's address (`/sign-in`, `/es/sign-in/`, …).
pub fn router(
    site: Arc<Option<BuiltSite>>,
    public_origin: Arc<Option<String>>,
) -> Router<AppState> {
    let page = Page::Portal(PortalArea::SignIn);
    Lang::ALL
        .into_iter()
        .filter_map(|lang| AppPath::href(lang, page))
        .flat_map(|path| [[path.as_str(), "/"].concat(), path])
        .fold(Router::new(), |router, path| {
            router.route(&path, get(show).post(send))
        })
        .layer(Extension(Pages {
            site,
            public_origin,
        }))
}

/// The page as its address asks for it, saying who is signed in on this browser already,
/// and offering the browser's language as every public page does.
async fn show(
    Extension(pages): Extension<Pages>,
    OriginalUri(uri): OriginalUri,
    headers: HeaderMap,
    signed: Result<Peeked, ApiError>,
) -> Response {
    let path = uri.path();
    let lang = AppPath::parse(path).lang;
    let query = uri.query().unwrap_or_default();
    let signed_in = match signed {
        Ok(Peeked(signed)) => Some(signed.account),
        Err(ApiError::Unauthorized) => None,
        // The page still lets the person sign in; the failure is the server's to see.
        Err(error) => {
            tracing::error!(?error, "the session could not be read");
            None
        }
    };
    let who = signed_in
        .as_ref()
        .map(|account| (account.display_name.as_str(), account.role));
    let offered = static_site::language_offered(path, &headers);
    let response = page(
        &pages.site,
        path,
        query,
        StatusCode::OK,
        &asked_page(lang, query, who, from_this_site(&headers)),
        |html| match offered {
            Some(offered) => offer(&html, path, query, offered),
            None => html,
        },
    );
    let origin = language_alternates::origin(pages.public_origin.as_deref(), &headers);
    static_site::with_languages(response, origin, path, query)
}

async fn send(
    State(state): State<AppState>,
    Extension(pages): Extension<Pages>,
    OriginalUri(uri): OriginalUri,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    form: Result<Form<SignInForm>, FormRejection>,
) -> Response {
    let path = uri.path();
    let lang = AppPath::parse(path).lang;
    // A body the form could not have sent is read as an empty form: the page asks again.
    let form = form.map(|Form(form)| form).unwrap_or_default();
    let opened = if posted_from_elsewhere(&headers) {
        Err(ApiError::Csrf)
    } else {
        match form.request(lang) {
            Ok(request) => routes::open_session(&state, lang, address, &headers, &request).await,
            Err(errors) => Err(ApiError::Validation(errors)),
        }
    };
    let error = match opened {
        Ok(opened) => {
            let destination = form.destination(opened.info.account.role, lang);
            // `safe_return` admits no control character, so every destination is a valid
            // header; "/" only if that ever changed.
            let location =
                HeaderValue::from_str(&destination).unwrap_or(HeaderValue::from_static("/"));
            let mut response = StatusCode::SEE_OTHER.into_response();
            response.headers_mut().insert(header::LOCATION, location);
            for cookie in opened.cookies {
                response.headers_mut().append(header::SET_COOKIE, cookie);
            }
            return own_page(response);
        }
        Err(error) => error,
    };
    error.log_internal();
    // Throttled or busy: the JSON API's answer says when to try again; so does this one.
    let retry_after = error.retry_after();
    let (status, errors) = match error {
        ApiError::Validation(errors) => (StatusCode::UNPROCESSABLE_ENTITY, errors),
        // Throttled, busy, refused: said at the question every sign-in answers.
        other => {
            let (status, _, message) = other.body(lang);
            let mut errors = FieldErrors::new();
            errors.add("method", message);
            (status, errors)
        }
    };
    let state = SignInState {
        form: &form,
        errors: &errors,
        signed_in: None,
        cleared: false,
        arrived: true,
    };
    let mut response = page(
        &pages.site,
        path,
        "",
        status,
        &sign_in_page(lang, &state),
        |html| html,
    );
    if let Some(retry_after) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, retry_after);
    }
    response
}

/// A form on another site must not sign this browser in (to someone else's account, say).
/// The API also asks for a CSRF token, which a sign-in cannot have yet; so here a post must
/// say where it comes from: every browser the site is for sends `Origin` with a form's post.
fn posted_from_elsewhere(headers: &HeaderMap) -> bool {
    let says_where = headers.contains_key("sec-fetch-site") || headers.contains_key(header::ORIGIN);
    !says_where || same_origin::from_elsewhere(&axum::http::Method::POST, headers)
}

/// Whether the browser says the visit comes from a page of this site (a link, the app
/// sending a signed-out person here, "Clear my data").
fn from_this_site(headers: &HeaderMap) -> bool {
    headers
        .get("sec-fetch-site")
        .is_some_and(|site| site == "same-origin")
}

fn page(
    site: &Option<BuiltSite>,
    path: &str,
    query: &str,
    status: StatusCode,
    content: &StaticPage,
    finish: impl FnOnce(String) -> String,
) -> Response {
    let Some(site) = site else {
        return static_site::not_built();
    };
    own_page(static_site::html_page(
        status,
        finish(site.document(path, query, content)),
    ))
}

/// What every answer of the page carries: no cache keeps it (it can name who is signed in,
/// and it sets the session); and its referrer policy lets this site's own requests say where
/// they come from, where every other page says nothing (`security_headers.rs`): under
/// `no-referrer` a browser posts the form with `Origin: null`, which must be refused, and
/// the page a 303 leads to could not tell it was reached by signing in.
fn own_page(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}
