//! A student's Portal e-mail as the DSO changes it (issue 11, points 3 and 5).

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    activation::{activation, latest_link},
    on_both_databases,
    test_app::{DSO_RIVERSIDE, STUDENT_ANA, STUDENT_LUCIA, TestApp},
};

async fn change_email(app: &TestApp, student: &str, email: &str) -> reqwest::Response {
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let id = app.student_id(student).await;
    app.request(
        Method::PUT,
        &format!("/api/dso/students/{id}/portal/email"),
        Some(&dso),
        Some(json!({ "email": email })),
        None,
    )
    .await
}

async fn the_old_invitation_link_dies_with_the_old_email(app: TestApp) {
    let old_link = latest_link(&app, "priya.raman@student.example").await;
    let changed = change_email(&app, "Raman", "priya.r@mail.example").await;
    assert_eq!(changed.status(), StatusCode::OK);
    let receipt: Value = changed.json().await.unwrap();
    assert_eq!(
        receipt["profile"]["portal"]["state"], "not_invited",
        "the DSO sends the account e-mail to the new address"
    );
    let with_old_link = app
        .client
        .post(app.url("/api/activation"))
        .json(&activation(&old_link, "a long enough password"))
        .send()
        .await
        .unwrap();
    assert_eq!(with_old_link.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        with_old_link
            .headers()
            .get_all("set-cookie")
            .iter()
            .next()
            .is_none(),
        "no session from a link sent to the old address"
    );
}

async fn a_new_email_ends_the_students_sessions(app: TestApp) {
    let ana = app.sign_in(STUDENT_ANA).await;
    let changed = change_email(&app, "Lopez", "ana.l@mail.example").await;
    assert_eq!(changed.status(), StatusCode::OK);
    assert_eq!(
        app.get("/api/session", &ana).await.status(),
        StatusCode::NO_CONTENT,
        "signed out everywhere"
    );
}

async fn an_email_belongs_to_one_account_whatever_its_case(app: TestApp) {
    // Lucía studies at another school; her address in capitals is still hers.
    for taken in [STUDENT_LUCIA.to_uppercase(), STUDENT_LUCIA.to_owned()] {
        let refused = change_email(&app, "Lopez", &taken).await;
        assert_eq!(
            refused.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{taken}"
        );
        let body: Value = refused.json().await.unwrap();
        assert!(body["errors"]["email"][0].is_string(), "{body}");
    }
    let lucia = app
        .sign_in_raw(json!({"method": "password", "email": STUDENT_LUCIA, "password": crate::test_app::PASSWORD}))
        .await;
    assert_eq!(lucia.status(), StatusCode::OK);
}

on_both_databases!(
    the_old_invitation_link_dies_with_the_old_email,
    a_new_email_ends_the_students_sessions,
    an_email_belongs_to_one_account_whatever_its_case,
);
