use crate::test_app::spawn_app;

#[tokio::test]
async fn health_reports_the_database_as_json() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/api/health")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "ok");
}

#[tokio::test]
async fn unknown_api_paths_are_json_404s() {
    let app = spawn_app().await;
    for path in ["/api/nope", "/api/", "/api/health/extra"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
        let body: serde_json::Value = response.json().await.expect(path);
        assert_eq!(body["error"], "not_found", "{path}");
    }
}
