use crate::test_app::{Engine, FIND_HTML, INDEX_HTML, spawn};

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

#[tokio::test]
async fn security_headers_on_pages_and_api() {
    let app = spawn(Engine::Sqlite).await;
    for path in ["/", "/api/health"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert!(
            csp.contains("'wasm-unsafe-eval'") && csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        // The inline start-up script of the test index is allowed by its hash only.
        assert!(csp.contains("'sha256-"), "{csp}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "no-referrer");
        assert!(
            headers["strict-transport-security"]
                .to_str()
                .unwrap()
                .starts_with("max-age=")
        );
    }
}
