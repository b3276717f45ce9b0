//! Serves the built web app: files from `dist/` (brotli or gzip when the build left a
//! compressed copy beside them), and for every other path the HTML of the bundle that
//! shows that page (`index.html`, `app/find/index.html`…), so client routes reload fine.
//! Addresses the app does not know get the site bundle's page with a 404 status.

use std::{convert::Infallible, path::Path};

use axum::{
    Router,
    body::Body,
    extract::Request,
    http::{HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
};
use navigator_domain::{AppPath, Page};
use tower::service_fn;
use tower_http::services::ServeDir;

use crate::startup::AppState;

pub fn router(dist: &Path) -> Router<AppState> {
    let root = dist.to_path_buf();
    let app_page = service_fn(move |request: Request| {
        let root = root.clone();
        async move { Ok::<_, Infallible>(app_page(&root, request.uri().path()).await) }
    });
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(app_page);
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(cache_policy))
}

async fn app_page(dist: &Path, path: &str) -> Response {
    let page = AppPath::parse(path).page;
    let status = match page {
        Page::NotFound => StatusCode::NOT_FOUND,
        _ => StatusCode::OK,
    };
    match tokio::fs::read(dist.join(page.bundle().html_path())).await {
        Ok(html) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            Body::from(html),
        )
            .into_response(),
        Err(_) => (
            StatusCode::NOT_FOUND,
            "The web app is not built. Run `cargo xtask run`, or pass --dist with the folder trunk built.",
        )
            .into_response(),
    }
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

/// Whether a path names a file trunk gave a content hash (`main-1a2b3c4d5e6f7a8b.css`,
/// `app-…_bg.wasm`).
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
