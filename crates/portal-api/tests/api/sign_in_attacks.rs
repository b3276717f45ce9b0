//! Sign-in under attack (issue 11, points 1, 2, 4, 7 and 10): each scenario is what an
//! attacker did to the demo server, replayed over HTTP.

use reqwest::{StatusCode, header::HeaderMap};
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{
        self, DSO_RIVERSIDE, Engine, JEAN, PASSWORD, STUDENT_ANA, TestApp, count_status,
        from_address, wrong_password,
    },
};

fn right_password(email: &str) -> Value {
    json!({"method": "password", "email": email, "password": PASSWORD})
}

fn device_cookie(headers: &HeaderMap) -> String {
    test_app::cookie_named(headers, "__Host-navigator-device")
        .expect("a successful sign-in trusts the browser")
}

fn with_cookie(cookie: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("cookie", cookie.parse().unwrap());
    headers
}

async fn parallel_wrong_passwords_are_counted_before_they_are_checked(app: TestApp) {
    let statuses = app
        .sign_ins_at_once(
            (0..100)
                .map(|_| (wrong_password(STUDENT_ANA), HeaderMap::new()))
                .collect(),
        )
        .await;
    assert_eq!(
        count_status(&statuses, StatusCode::UNPROCESSABLE_ENTITY),
        5,
        "only five passwords are checked: {statuses:?}"
    );
    assert_eq!(count_status(&statuses, StatusCode::TOO_MANY_REQUESTS), 95);
}

async fn parallel_wrong_birth_dates_are_counted_before_they_are_checked(app: TestApp) {
    let (a_number, subject, _) = JEAN;
    let body = json!({"method": "supervision", "a_number": a_number, "subject_id": subject,
        "date_of_birth": {"day": "1", "month": "1", "year": "1990"}});
    let statuses = app
        .sign_ins_at_once((0..100).map(|_| (body.clone(), HeaderMap::new())).collect())
        .await;
    assert_eq!(
        count_status(&statuses, StatusCode::UNPROCESSABLE_ENTITY),
        5,
        "{statuses:?}"
    );
}

async fn a_stranger_cannot_keep_the_owner_out(app: TestApp) {
    // Ana signed in on her phone before.
    let first = app.sign_in_raw(right_password(STUDENT_ANA)).await;
    assert_eq!(first.status(), StatusCode::OK);
    let phone = device_cookie(first.headers());
    // A stranger uses up her allowance on purpose.
    for _ in 0..6 {
        app.sign_in_raw(wrong_password(STUDENT_ANA)).await;
    }
    let stranger = app.sign_in_raw(right_password(STUDENT_ANA)).await;
    assert_eq!(stranger.status(), StatusCode::TOO_MANY_REQUESTS);
    // Her phone still gets her in, and its own failures are counted apart.
    let from_phone = app
        .client
        .post(app.url("/api/session"))
        .headers(with_cookie(&phone))
        .json(&right_password(STUDENT_ANA))
        .send()
        .await
        .unwrap();
    assert_eq!(from_phone.status(), StatusCode::OK, "the owner's browser");
    // Without her phone, the lock ends by itself after the window, with no DSO involved.
    app.state.clock.advance(16 * 60);
    let later = app.sign_in_raw(right_password(STUDENT_ANA)).await;
    assert_eq!(later.status(), StatusCode::OK, "a lock that ends by itself");
}

async fn a_locked_account_answers_like_a_wrong_password(app: TestApp) {
    // Omar's Portal account is locked until his DSO unlocks it (demo data).
    let omar = "omar.haddad@student.example";
    let wrong = app.sign_in_raw(wrong_password(omar)).await;
    let right = app.sign_in_raw(right_password(omar)).await;
    assert_eq!(wrong.status(), right.status());
    let (wrong, right): (Value, Value) = (wrong.json().await.unwrap(), right.json().await.unwrap());
    assert_eq!(wrong, right, "the answer must not confirm the password");
}

async fn failures_from_one_address_do_not_stop_its_owners_browsers(app: TestApp) {
    let dso = app.sign_in_raw(right_password(DSO_RIVERSIDE)).await;
    let desk = device_cookie(dso.headers());
    // Someone on the same network tries sixty accounts.
    for n in 0..60 {
        app.sign_in_raw(wrong_password(&format!("someone{n}@example.org")))
            .await;
    }
    let stranger = app.sign_in_raw(right_password(STUDENT_ANA)).await;
    assert_eq!(stranger.status(), StatusCode::TOO_MANY_REQUESTS);
    let at_desk = app
        .client
        .post(app.url("/api/session"))
        .headers(with_cookie(&desk))
        .json(&right_password(DSO_RIVERSIDE))
        .send()
        .await
        .unwrap();
    assert_eq!(at_desk.status(), StatusCode::OK);
}

async fn sign_in_failures_are_counted_not_appended(app: TestApp) {
    let before = app.count("audit_log").await;
    for n in 0..80 {
        app.sign_in_raw(wrong_password(&format!("nobody{n}@example.org")))
            .await;
    }
    assert_eq!(
        app.count("audit_log").await,
        before,
        "no entry per stranger"
    );
    use sqlx::Row;
    let counted: i64 =
        sqlx::query("SELECT CAST(SUM(attempts) AS BIGINT) AS n FROM sign_in_failure_counts")
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .try_get("n")
            .unwrap();
    assert_eq!(counted, 80, "failed and refused sign-ins are still counted");
}

on_both_databases!(
    parallel_wrong_passwords_are_counted_before_they_are_checked,
    parallel_wrong_birth_dates_are_counted_before_they_are_checked,
    a_stranger_cannot_keep_the_owner_out,
    a_locked_account_answers_like_a_wrong_password,
    failures_from_one_address_do_not_stop_its_owners_browsers,
    sign_in_failures_are_counted_not_appended,
);

/// Behind a trusted load balancer each client address has its own allowance.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_a_trusted_proxy_each_client_has_its_own_allowance() {
    let app = test_app::spawn_with(Engine::Sqlite, |config| {
        config.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    for n in 0..60 {
        app.client
            .post(app.url("/api/session"))
            .headers(from_address("198.51.100.1"))
            .json(&wrong_password(&format!("someone{n}@example.org")))
            .send()
            .await
            .unwrap();
    }
    let send = |address: &'static str| {
        app.client
            .post(app.url("/api/session"))
            .headers(from_address(address))
            .json(&right_password(DSO_RIVERSIDE))
            .send()
    };
    assert_eq!(
        send("198.51.100.1").await.unwrap().status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(send("198.51.100.2").await.unwrap().status(), StatusCode::OK);
}
