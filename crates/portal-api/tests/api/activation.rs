use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{DSO_RIVERSIDE, OFFICER, TestApp},
};

/// The newest invitation link sent to `recipient`, as ICE staff read it in the demo outbox.
pub async fn latest_link(app: &TestApp, recipient: &str) -> String {
    let officer = app.sign_in(OFFICER).await;
    let outbox: Value = app.get_json("/api/demo/outbox", &officer).await;
    let message = outbox
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["recipient"] == recipient)
        .expect("a message");
    let body = message["body"].as_str().unwrap();
    body.split("token=")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

pub fn activation(token: &str, password: &str) -> Value {
    json!({"token": token, "password": password, "confirm_password": password})
}

async fn a_student_activates_the_portal_account_from_the_invitation_link(app: TestApp) {
    let token = latest_link(&app, "priya.raman@student.example").await;
    let short = app
        .client
        .post(app.url("/api/activation"))
        .json(&activation(&token, "short"))
        .send()
        .await
        .unwrap();
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = short.json().await.unwrap();
    assert_eq!(
        body["errors"]["password"][0],
        "Password must be 12 characters or more"
    );

    let done = app
        .client
        .post(app.url("/api/activation"))
        .json(&activation(&token, "priya's long password"))
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), StatusCode::CREATED);
    assert!(
        done.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .starts_with("__Host-navigator-session=")
    );
    let session: Value = done.json().await.unwrap();
    assert_eq!(session["account"]["role"], "student");

    // The link works once.
    let again = app
        .client
        .post(app.url("/api/activation"))
        .json(&activation(&token, "another long password"))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let signed_in = app
        .sign_in_raw(json!({"method": "password", "email": "priya.raman@student.example", "password": "priya's long password"}))
        .await;
    assert_eq!(signed_in.status(), StatusCode::OK);
}

async fn an_expired_link_is_refused_and_the_dso_can_send_a_new_one(app: TestApp) {
    let old = latest_link(&app, "priya.raman@student.example").await;
    app.state.clock.advance(15 * 86_400);
    let expired = app
        .client
        .post(app.url("/api/activation"))
        .json(&activation(&old, "a long enough password"))
        .send()
        .await
        .unwrap();
    assert_eq!(expired.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = expired.json().await.unwrap();
    assert!(
        body["message"].as_str().unwrap().contains("expired"),
        "{body}"
    );

    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let priya = app.student_id("Raman").await;
    let profile = app
        .get_json(&format!("/api/dso/students/{priya}"), &dso)
        .await;
    assert_eq!(profile["portal"]["state"], "invitation_expired");
    let resent = app
        .request(
            Method::POST,
            &format!("/api/dso/students/{priya}/portal/invitation"),
            Some(&dso),
            None,
            None,
        )
        .await;
    assert_eq!(resent.status(), StatusCode::OK);
    let receipt: Value = resent.json().await.unwrap();
    assert_eq!(receipt["profile"]["portal"]["state"], "invited");

    let new = latest_link(&app, "priya.raman@student.example").await;
    assert_ne!(new, old);
    let old_again = app
        .client
        .post(app.url("/api/activation"))
        .json(&activation(&old, "a long enough password"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        old_again.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "the replaced link no longer works"
    );
    let activated = app
        .client
        .post(app.url("/api/activation"))
        .json(&activation(&new, "a long enough password"))
        .send()
        .await
        .unwrap();
    assert_eq!(activated.status(), StatusCode::CREATED);

    let again = app
        .request(
            Method::POST,
            &format!("/api/dso/students/{priya}/portal/invitation"),
            Some(&dso),
            None,
            None,
        )
        .await;
    assert_eq!(
        again.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "an active account gets no new link"
    );
}

on_both_databases!(
    a_student_activates_the_portal_account_from_the_invitation_link,
    an_expired_link_is_refused_and_the_dso_can_send_a_new_one,
);
