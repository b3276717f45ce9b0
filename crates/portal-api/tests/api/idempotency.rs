use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{JEAN, TestApp},
};

fn address(line1: &str) -> Value {
    json!({"address": {"line1": line1, "city": "Newark", "state": "NJ", "zip": "07102"},
        "moved_on": {"day": "20", "month": "11", "year": "2026"}, "court_case": "no"})
}

async fn the_same_write_sent_three_times_at_once_is_stored_once(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let before = app.count("address_changes").await;
    let audit_before = app.count("audit_log").await;
    let key = "retry-key-0001";
    let send = || {
        app.request(
            Method::POST,
            "/api/supervision/address",
            Some(&jean),
            Some(address("9 Elm St")),
            Some(key),
        )
    };
    let (a, b, c) = tokio::join!(send(), send(), send());
    let mut references = Vec::new();
    let mut replayed = 0;
    for response in [a, b, c] {
        assert_eq!(response.status(), StatusCode::CREATED);
        if response.headers()["idempotent-replayed"] == "true" {
            replayed += 1;
        }
        let body: Value = response.json().await.unwrap();
        references.push(body["reference"].as_str().unwrap().to_owned());
    }
    assert_eq!(
        app.count("address_changes").await,
        before + 1,
        "stored exactly once"
    );
    assert_eq!(replayed, 2, "two answers were the stored one");
    assert!(
        references.iter().all(|r| *r == references[0]),
        "{references:?}"
    );
    assert_eq!(
        app.count("audit_log").await,
        audit_before + 1,
        "audited once"
    );
}

async fn a_key_reused_for_another_request_is_refused(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let first = app
        .request(
            Method::POST,
            "/api/supervision/address",
            Some(&jean),
            Some(address("9 Elm St")),
            Some("key-reused-1"),
        )
        .await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let other = app
        .request(
            Method::POST,
            "/api/supervision/address",
            Some(&jean),
            Some(address("10 Oak St")),
            Some("key-reused-1"),
        )
        .await;
    assert_eq!(other.status(), StatusCode::CONFLICT);
    let body: Value = other.json().await.unwrap();
    assert_eq!(body["error"], "idempotency_conflict");
    assert_eq!(app.count("address_changes").await, 1);
}

async fn a_refused_write_leaves_its_key_free_for_the_corrected_one(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let invalid = app
        .request(
            Method::POST,
            "/api/supervision/address",
            Some(&jean),
            Some(address("")),
            Some("key-after-422"),
        )
        .await;
    assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = invalid.json().await.unwrap();
    assert_eq!(
        body["errors"]["address.line1"][0],
        "Enter address line 1, typically the building and street"
    );
    let fixed = app
        .request(
            Method::POST,
            "/api/supervision/address",
            Some(&jean),
            Some(address("9 Elm St")),
            Some("key-after-422"),
        )
        .await;
    assert_eq!(fixed.status(), StatusCode::CREATED);
    assert_eq!(app.count("address_changes").await, 1);
}

async fn writes_without_a_key_are_refused(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let response = app
        .client
        .post(app.url("/api/supervision/address"))
        .header("cookie", &jean.cookie)
        .header("x-csrf-token", &jean.csrf)
        .json(&address("9 Elm St"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(app.count("address_changes").await, 0);
}

/// Stored answers hold personal data: they are kept a day, then swept, and the key is free.
async fn an_answer_is_kept_for_a_day_then_swept(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let send = |line1: &'static str| {
        app.request(
            Method::POST,
            "/api/supervision/address",
            Some(&jean),
            Some(address(line1)),
            Some("key-for-a-day"),
        )
    };
    assert_eq!(send("1 Day St").await.status(), StatusCode::CREATED);
    app.state.clock.advance(23 * 3600);
    portal_api::housekeeping::sweep(&app.state).await.unwrap();
    assert_eq!(app.count("idempotency").await, 1, "kept for a day");
    app.state.clock.advance(3600);
    portal_api::housekeeping::sweep(&app.state).await.unwrap();
    assert_eq!(app.count("idempotency").await, 0, "swept after a day");
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let later = app
        .request(
            Method::POST,
            "/api/supervision/address",
            Some(&jean),
            Some(address("2 Later St")),
            Some("key-for-a-day"),
        )
        .await;
    assert_eq!(later.status(), StatusCode::CREATED, "the key is free again");
    assert_eq!(app.count("address_changes").await, 2);
}

on_both_databases!(
    an_answer_is_kept_for_a_day_then_swept,
    the_same_write_sent_three_times_at_once_is_stored_once,
    a_key_reused_for_another_request_is_refused,
    a_refused_write_leaves_its_key_free_for_the_corrected_one,
    writes_without_a_key_are_refused,
);
