use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::{
    on_both_databases,
    test_app::{DSO_RIVERSIDE, JEAN, OFFICER, PASSWORD, STUDENT_ANA, TestApp},
};

async fn sign_in_sets_a_strict_cookie_and_returns_the_session(app: TestApp) {
    let response = app
        .sign_in_raw(json!({"method": "password", "email": DSO_RIVERSIDE, "password": PASSWORD}))
        .await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    for attribute in [
        "__Host-navigator-session=",
        "HttpOnly",
        "Secure",
        "SameSite=Strict",
        "Path=/",
    ] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["account"]["role"], "school_official");
    assert_eq!(body["account"]["school_name"], "Riverside University");
    assert_eq!(body["account"]["is_principal"], true);
    assert!(body["csrf_token"].as_str().unwrap().len() >= 32);
}

async fn wrong_details_are_a_field_error_in_the_request_language(app: TestApp) {
    let response = app
        .client
        .post(app.url("/api/session"))
        .header("accept-language", "es-MX,es;q=0.9")
        .json(&json!({"method": "password", "email": DSO_RIVERSIDE, "password": "wrong password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        body["errors"]["email"][0],
        "Escriba un correo electrónico y una contraseña correctos. Si su cuenta del Portal del SEVP se bloqueó o se cerró, su DSO puede ayudarle."
    );

    let empty = app
        .sign_in_raw(json!({"method": "password", "email": "", "password": ""}))
        .await;
    let body: serde_json::Value = empty.json().await.unwrap();
    assert_eq!(body["errors"]["email"][0], "Enter an email address");
    assert_eq!(body["errors"]["password"][0], "Enter your password");
}

async fn five_failures_throttle_the_account_until_the_window_ends_or_the_dso_unlocks_it(
    app: TestApp,
) {
    for _ in 0..5 {
        let response = app
            .sign_in_raw(
                json!({"method": "password", "email": STUDENT_ANA, "password": "not it at all"}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    }
    let throttled = app
        .sign_in_raw(json!({"method": "password", "email": STUDENT_ANA, "password": PASSWORD}))
        .await;
    assert_eq!(throttled.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(
        throttled.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse::<i64>()
            .unwrap()
            > 0
    );
    // The Portal account shows as locked to the DSO, who can unlock it at once.
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let ana = app.student_id("Lopez").await;
    let unlocked = app
        .request(
            Method::POST,
            &format!("/api/dso/students/{ana}/portal/unlock"),
            Some(&dso),
            None,
            None,
        )
        .await;
    assert_eq!(unlocked.status(), 200);
    app.sign_in(STUDENT_ANA).await;
}

async fn people_under_supervision_sign_in_with_form_i385_details(app: TestApp) {
    let session = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    assert_eq!(session.body["account"]["role"], "supervised");
    // Written another way, still the same A-Number.
    app.sign_in_supervised("a-012-345-678", "sub12345", JEAN.2)
        .await;
    let wrong_birth = app
        .sign_in_raw(
            json!({"method": "supervision", "a_number": JEAN.0, "subject_id": JEAN.1,
            "date_of_birth": {"day": "13", "month": "4", "year": "1988"}}),
        )
        .await;
    assert_eq!(wrong_birth.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = wrong_birth.json().await.unwrap();
    assert!(
        body["errors"]["a_number"][0]
            .as_str()
            .unwrap()
            .contains("Form I-385")
    );
}

async fn sessions_end_when_idle_or_at_their_absolute_limit(app: TestApp) {
    let session = app.sign_in(DSO_RIVERSIDE).await;
    // Reading the session does not extend it.
    app.state.clock.advance(20 * 60);
    let status = app.get_json("/api/session", &session).await;
    assert_eq!(status["account"]["display_name"], "Morgan Patel");
    app.state.clock.advance(11 * 60);
    assert_eq!(
        app.get("/api/session", &session).await.status(),
        StatusCode::NO_CONTENT,
        "nobody is signed in"
    );

    // Activity extends it, up to the absolute limit (12 hours).
    let session = app.sign_in(DSO_RIVERSIDE).await;
    for _ in 0..24 {
        app.state.clock.advance(29 * 60);
        let refreshed = app
            .request(
                Method::POST,
                "/api/session/refresh",
                Some(&session),
                None,
                None,
            )
            .await;
        assert_eq!(refreshed.status(), 200);
    }
    app.state.clock.advance(29 * 60);
    let refreshed = app
        .request(
            Method::POST,
            "/api/session/refresh",
            Some(&session),
            None,
            None,
        )
        .await;
    assert_eq!(refreshed.status(), StatusCode::UNAUTHORIZED);
}

async fn unsafe_requests_need_the_csrf_token_and_sign_out_ends_the_session(app: TestApp) {
    let session = app.sign_in(DSO_RIVERSIDE).await;
    let without = app
        .client
        .post(app.url("/api/session/refresh"))
        .header("cookie", &session.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(without.status(), StatusCode::FORBIDDEN);
    let body: serde_json::Value = without.json().await.unwrap();
    assert_eq!(body["error"], "csrf");
    let out = app
        .request(Method::DELETE, "/api/session", Some(&session), None, None)
        .await;
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    assert!(
        out.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    assert_eq!(
        app.get("/api/session", &session).await.status(),
        StatusCode::NO_CONTENT,
        "nobody is signed in"
    );
}

async fn the_demo_clock_only_moves_forward_and_sessions_run_out_by_it(app: TestApp) {
    let session = app.sign_in(DSO_RIVERSIDE).await;
    let officer = app.sign_in(OFFICER).await;
    let advance = |seconds: i64| {
        app.request(
            Method::POST,
            "/api/demo/clock",
            Some(&officer),
            Some(json!({ "advance_seconds": seconds })),
            None,
        )
    };
    for refused in [0, -60, 31 * 86_400 + 1] {
        let answer = advance(refused).await;
        assert_eq!(answer.status(), StatusCode::BAD_REQUEST, "{refused}");
    }
    assert_eq!(app.get("/api/session", &session).await.status(), 200);
    let moved = advance(31 * 60).await;
    assert_eq!(moved.status(), 200);
    assert_eq!(
        app.get("/api/session", &session).await.status(),
        StatusCode::NO_CONTENT,
        "nobody is signed in"
    );
}

on_both_databases!(
    sign_in_sets_a_strict_cookie_and_returns_the_session,
    wrong_details_are_a_field_error_in_the_request_language,
    five_failures_throttle_the_account_until_the_window_ends_or_the_dso_unlocks_it,
    people_under_supervision_sign_in_with_form_i385_details,
    sessions_end_when_idle_or_at_their_absolute_limit,
    unsafe_requests_need_the_csrf_token_and_sign_out_ends_the_session,
    the_demo_clock_only_moves_forward_and_sessions_run_out_by_it,
);

/// Signing in on a browser that holds another session ends that session (a shared computer).
async fn a_new_sign_in_ends_the_browsers_old_session(app: TestApp) {
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let again = app
        .client
        .post(app.url("/api/session"))
        .header("cookie", &dso.cookie)
        .json(&json!({"method": "password", "email": STUDENT_ANA, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(
        app.get("/api/session", &dso).await.status(),
        StatusCode::NO_CONTENT,
        "the DSO's session ended"
    );
}

on_both_databases!(a_new_sign_in_ends_the_browsers_old_session);
