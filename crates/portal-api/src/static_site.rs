//! Serves the built web app: files from `dist/` (brotli or gzip when the build left a
//! compressed copy beside them); for a page's address without a query, the document the
//! build prerendered (`dist/pages/…`); for the rest — a question with earlier answers, an
//! outcome, search results, an address the app does not know (404) — the same document
//! rendered here by navigator-pages, so the public help works without JavaScript
//! (docs/adr/0016-html-first.md).

use std::{convert::Infallible, path::Path, sync::Arc};

use axum::{
    Router,
    body::Body,
    extract::Request,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Redirect, Response},
};
use navigator_domain::Lang;
use navigator_pages::{
    address::Shown,
    built_site::BuiltSite,
    document::prerendered_file,
    language_suggestion::{language_to_offer, offer},
};
use tower::{ServiceExt, service_fn};
use tower_http::services::{ServeDir, ServeFile};

use crate::{language_alternates, startup::AppState};

/// `public_origin`: where people reach the server (`Config::public_origin`).
pub fn router(dist: &Path, public_origin: Option<String>) -> Router<AppState> {
    let root = Arc::new(dist.to_path_buf());
    let site = Arc::new(
        BuiltSite::load(dist)
            .inspect_err(|error| tracing::warn!(%error, "the built app cannot be read"))
            .ok(),
    );
    let public_origin: Arc<Option<String>> = Arc::new(public_origin);
    let sign_in = crate::sign_in_page::router(site.clone(), public_origin.clone());
    let app_page = service_fn(move |request: Request| {
        let (root, site, public_origin) = (root.clone(), site.clone(), public_origin.clone());
        async move {
            let page = app_page(
                &root,
                site.as_ref().as_ref(),
                public_origin.as_deref(),
                request,
            );
            Ok::<_, Infallible>(page.await)
        }
    });
    let files = ServeDir::new(dist)
        // `/` is the home page, not the site bundle's bare index.html.
        .append_index_html_on_directories(false)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(app_page);
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(cache_policy))
        .merge(sign_in)
}

async fn app_page(
    dist: &Path,
    site: Option<&BuiltSite>,
    public_origin: Option<&str>,
    request: Request,
) -> Response {
    let path = request.uri().path().to_owned();
    let query = request.uri().query().unwrap_or_default().to_owned();
    let origin = language_alternates::origin(public_origin, request.headers());
    let response = match language_offered(&path, request.headers()) {
        Some(lang) => offered_page(dist, site, &path, &query, lang).await,
        None => page(dist, site, &path, &query, request).await,
    };
    with_languages(response, origin, &path, &query)
}

/// The language the page at `path` offers a browser whose languages are in `headers`.
pub(crate) fn language_offered(path: &str, headers: &HeaderMap) -> Option<Lang> {
    let accepted = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    language_to_offer(path, accepted)
}

/// What a page's answer says of its languages: that it depends on the browser's (the
/// offer), and, for a page (not a 404, not a redirect), its address in every language.
pub(crate) fn with_languages(
    mut response: Response,
    origin: Option<String>,
    path: &str,
    query: &str,
) -> Response {
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-language"));
    if response.status() == StatusCode::OK
        && let Some(link) =
            origin.and_then(|origin| language_alternates::link_header(&origin, path, query))
    {
        response.headers_mut().insert(header::LINK, link);
    }
    response
}

/// The page with the offer of `lang` under its header (read whole: the offer changes it).
async fn offered_page(
    dist: &Path,
    site: Option<&BuiltSite>,
    path: &str,
    query: &str,
    lang: Lang,
) -> Response {
    let with_offer = |html: String| offer(&html, path, query, lang);
    if query.is_empty()
        && let Some(file) = prerendered_file(path)
        && let Ok(html) = tokio::fs::read_to_string(dist.join(file)).await
    {
        return html_page(StatusCode::OK, with_offer(html));
    }
    rendered(site, path, query, with_offer)
}

async fn page(
    dist: &Path,
    site: Option<&BuiltSite>,
    path: &str,
    query: &str,
    request: Request,
) -> Response {
    if query.is_empty()
        && let Some(file) = prerendered_file(path).map(|file| dist.join(file))
        && file.is_file()
    {
        let file = ServeFile::new(file).precompressed_br().precompressed_gzip();
        return match file.oneshot(request).await {
            Ok(response) => response.map(Body::new),
            Err(never) => match never {},
        };
    }
    rendered(site, path, query, |html| html)
}

/// The document the server renders for an address the build did not write, passed through
/// `finish` (the language offer, or nothing).
fn rendered(
    site: Option<&BuiltSite>,
    path: &str,
    query: &str,
    finish: impl FnOnce(String) -> String,
) -> Response {
    let Some(site) = site else {
        return not_built();
    };
    match site.show(path, query) {
        Shown::Document { html, not_found } => {
            let status = if not_found {
                StatusCode::NOT_FOUND
            } else {
                StatusCode::OK
            };
            html_page(status, finish(html))
        }
        Shown::Redirect(href) => Redirect::to(&href).into_response(),
    }
}

/// The answer for a page when `--dist` holds no built app.
pub(crate) fn not_built() -> Response {
    (
        StatusCode::NOT_FOUND,
        "The web app is not built. Run `cargo xtask run`, or pass --dist with the folder trunk built.",
    )
        .into_response()
}

pub(crate) fn html_page(status: StatusCode, html: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

/// Hashed assets never change, so browsers keep them a year; everything else (index.html
/// above all) is revalidated on each visit so a new release shows at once.
async fn cache_policy(request: Request, next: Next) -> Response {
    let immutable = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    let policy = if immutable && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    response
}

/// Whether a path names a file the build gave a content hash (`main-1a2b3c4d5e6f7a8b.css`,
/// `app-…_bg.wasm`; trunk names the wasm, `xtask/minify.mjs` the glue and stylesheet).
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let stem = name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn hashed_assets_are_recognised() {
        assert!(is_hashed_asset(
            "/eservice-navigator-4f1c2d3e4a5b6c7d_bg.wasm"
        ));
        assert!(is_hashed_asset("/eservice-navigator-4f1c2d3e4a5b6c7d.js"));
        assert!(is_hashed_asset("/main-a1b2c3d4e5f6a7b8.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/robots.txt"));
        assert!(!is_hashed_asset("/"));
        assert!(!is_hashed_asset("/about"));
        assert!(!is_hashed_asset("/eservice-navigator.js"));
    }
}
