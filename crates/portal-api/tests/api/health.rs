use crate::{on_both_databases, test_app::TestApp};

async fn health_reports_the_database_as_json(app: TestApp) {
    let response = app.client.get(app.url("/api/health")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/json");
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "ok");
}

async fn unknown_api_paths_are_json_404s(app: TestApp) {
    for path in ["/api/nope", "/api/", "/api/health/extra"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
        let body: serde_json::Value = response.json().await.expect(path);
        assert_eq!(body["error"], "not_found", "{path}");
    }
}

on_both_databases!(
    health_reports_the_database_as_json,
    unknown_api_paths_are_json_404s
);
