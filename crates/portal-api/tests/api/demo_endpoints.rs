//! The demo endpoints (issue 11, point 9): ICE staff only, in demo mode only, and no
//! activation link at rest in any mode.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{self, DSO_RIVERSIDE, Engine, OFFICER, TestApp},
};

async fn only_ice_staff_read_the_outbox_and_move_the_clock(app: TestApp) {
    let anonymous = app
        .client
        .get(app.url("/api/demo/outbox"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    assert_eq!(
        app.get("/api/demo/outbox", &dso).await.status(),
        StatusCode::FORBIDDEN
    );
    let officer = app.sign_in(OFFICER).await;
    let outbox: Value = app.get_json("/api/demo/outbox", &officer).await;
    assert!(outbox[0]["body"].as_str().unwrap().contains("token="));

    let clock = json!({ "advance_seconds": 60 });
    let anonymous = app
        .client
        .post(app.url("/api/demo/clock"))
        .json(&clock)
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
    let without_csrf = app
        .client
        .post(app.url("/api/demo/clock"))
        .header("cookie", &officer.cookie)
        .json(&clock)
        .send()
        .await
        .unwrap();
    assert_eq!(without_csrf.status(), StatusCode::FORBIDDEN);
    let by_dso = app
        .request(
            Method::POST,
            "/api/demo/clock",
            Some(&dso),
            Some(clock.clone()),
            None,
        )
        .await;
    assert_eq!(by_dso.status(), StatusCode::FORBIDDEN);
    let by_officer = app
        .request(
            Method::POST,
            "/api/demo/clock",
            Some(&officer),
            Some(clock),
            None,
        )
        .await;
    assert_eq!(by_officer.status(), StatusCode::OK);
}

async fn no_activation_link_is_stored(app: TestApp) {
    use sqlx::Row;
    let bodies = sqlx::query("SELECT body FROM outbox")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    assert!(!bodies.is_empty());
    for row in bodies {
        let body: String = row.try_get("body").unwrap();
        assert!(!body.contains("token="), "{body}");
    }
}

on_both_databases!(
    only_ice_staff_read_the_outbox_and_move_the_clock,
    no_activation_link_is_stored,
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outside_demo_mode_there_are_no_demo_endpoints() {
    let app = test_app::spawn_with(Engine::Sqlite, |config| config.demo = false).await;
    for (method, path) in [
        (Method::GET, "/api/demo/outbox"),
        (Method::POST, "/api/demo/clock"),
    ] {
        let answer = app
            .client
            .request(method, app.url(path))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::NOT_FOUND, "{path}");
    }
}
