use crate::test_app::{Engine, FIND_HTML, INDEX_HTML, SERVICE_WORKER_JS, spawn};

#[tokio::test]
async fn client_routes_reload_as_the_app() {
    let app = spawn(Engine::Sqlite).await;
    for path in ["/", "/about", "/es", "/es/about", "/about/"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        assert_eq!(response.text().await.unwrap(), INDEX_HTML, "{path}");
    }
}

#[tokio::test]
async fn each_section_is_served_its_own_bundle() {
    let app = spawn(Engine::Sqlite).await;
    for path in ["/find", "/es/find/urgent", "/find/result"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.text().await.unwrap(), FIND_HTML, "{path}");
    }
}

#[tokio::test]
async fn unknown_pages_are_the_app_with_a_404_status() {
    let app = spawn(Engine::Sqlite).await;
    for path in ["/nope", "/es/nope", "/about/more", "/find/no-such-question"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
        assert_eq!(response.text().await.unwrap(), INDEX_HTML, "{path}");
    }
}

#[tokio::test]
async fn hashed_assets_are_cached_for_a_year() {
    let app = spawn(Engine::Sqlite).await;
    let response = app
        .client
        .get(app.url("/main-a1b2c3d4e5f6a7b8.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
}

/// A new release's worker is seen on the next visit: the worker's script is revalidated
/// every time, and it may fetch from its own origin (to precache and answer pages) only.
#[tokio::test]
async fn the_service_worker_is_revalidated_and_may_fetch_its_own_origin_only() {
    let app = spawn(Engine::Sqlite).await;
    let response = app.client.get(app.url("/sw.js")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(headers["cache-control"], "no-cache");
    assert_eq!(
        headers["content-security-policy"],
        "default-src 'none'; connect-src 'self'"
    );
    assert_eq!(response.text().await.unwrap(), SERVICE_WORKER_JS);
}

#[tokio::test]
async fn security_headers_on_pages_and_api() {
    let app = spawn(Engine::Sqlite).await;
    for path in ["/", "/find", "/api/health", "/main-a1b2c3d4e5f6a7b8.css"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        if path.starts_with("/api") || path.ends_with(".css") {
            // Not a page: nothing is allowed, and the app's script hashes are not repeated.
            assert_eq!(csp, "default-src 'none'; frame-ancestors 'none'", "{path}");
        } else {
            // The inline start-up script of the test index is allowed by its hash only.
            assert!(csp.contains("'wasm-unsafe-eval'"), "{path}: {csp}");
            assert!(csp.contains("'sha256-"), "{path}: {csp}");
        }
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        assert!(
            headers["strict-transport-security"]
                .to_str()
                .unwrap()
                .starts_with("max-age=")
        );
    }
}

#[tokio::test]
async fn a_page_revalidated_from_the_cache_keeps_the_apps_policy() {
    let app = spawn(Engine::Sqlite).await;
    let first = app.client.get(app.url("/")).send().await.unwrap();
    let modified = first.headers()["last-modified"].clone();
    let again = app
        .client
        .get(app.url("/"))
        .header("if-modified-since", modified)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    // The browser takes the 304's headers for the cached page: a policy that allows
    // nothing would stop the app from starting.
    let csp = again.headers()["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("'wasm-unsafe-eval'") && csp.contains("'sha256-"),
        "{csp}"
    );
}
