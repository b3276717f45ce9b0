//! Requests an attacker shapes (issue 11, points 11–13): a search text that is too long or
//! full of wildcards, personal answers a shared computer's cache could keep, and writes
//! sent from another site with a valid token.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{DSO_RIVERSIDE, OFFICER, STUDENT_ANA, TestApp},
};

async fn a_search_text_is_text_not_a_pattern(app: TestApp) {
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let long = "a".repeat(50_001);
    let too_long = app.get(&format!("/api/dso/students?q={long}"), &dso).await;
    assert_eq!(too_long.status(), StatusCode::BAD_REQUEST);
    let body: Value = too_long.json().await.unwrap();
    assert_eq!(body["error"], "not_allowed", "{body}");
    for wildcard in ["%25", "_", "%25_%25"] {
        let found: Value = app
            .get_json(&format!("/api/dso/students?q={wildcard}"), &dso)
            .await;
        assert_eq!(found["total"], 0, "{wildcard} matched as a wildcard");
    }
    let officer = app.sign_in(OFFICER).await;
    let found: Value = app.get_json("/api/officer/audit?actor=%25", &officer).await;
    assert_eq!(found["total"], 0, "% in the actor filter is a character");
}

async fn personal_answers_are_never_cached(app: TestApp) {
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let ana = app.sign_in(STUDENT_ANA).await;
    for (path, session) in [
        ("/api/session", &dso),
        ("/api/dso/students", &dso),
        ("/api/dso/reports/student-changes.csv", &dso),
        ("/api/student/profile", &ana),
    ] {
        let answer = app.get(path, session).await;
        assert_eq!(answer.status(), StatusCode::OK, "{path}");
        assert_eq!(
            answer
                .headers()
                .get("cache-control")
                .map(|v| v.to_str().unwrap()),
            Some("no-store"),
            "{path}"
        );
    }
    let signed_in = app
        .sign_in_raw(json!({"method": "password", "email": STUDENT_ANA, "password": crate::test_app::PASSWORD}))
        .await;
    assert_eq!(signed_in.headers()["cache-control"], "no-store");
}

async fn writes_from_another_site_are_refused(app: TestApp) {
    let ana = app.sign_in(STUDENT_ANA).await;
    let contact = json!({"address": {"line1": "1 Main St", "city": "Boston", "state": "MA", "zip": "02115"}, "phone": "617 555 0199"});
    let send = |headers: &[(&str, &str)]| {
        let mut request = app
            .client
            .put(app.url("/api/student/contact"))
            .header("cookie", &ana.cookie)
            .header("x-csrf-token", &ana.csrf)
            .header("idempotency-key", portal_api::secrets::new_id())
            .json(&contact);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send()
    };
    for foreign in [
        vec![("origin", "https://evil.example")],
        vec![("sec-fetch-site", "cross-site")],
        vec![("origin", "null")],
    ] {
        let answer = send(&foreign).await.unwrap();
        assert_eq!(answer.status(), StatusCode::FORBIDDEN, "{foreign:?}");
    }
    let own_origin = app.address.clone();
    for own in [
        vec![
            ("origin", own_origin.as_str()),
            ("sec-fetch-site", "same-origin"),
        ],
        vec![],
    ] {
        let answer = send(&own).await.unwrap();
        assert_eq!(answer.status(), StatusCode::OK, "{own:?}");
    }
}

on_both_databases!(
    a_search_text_is_text_not_a_pattern,
    personal_answers_are_never_cached,
    writes_from_another_site_are_refused,
);
