//! Every answer speaks the language of the request's `Accept-Language` (English when the
//! header names no language the product speaks), in the very words of the catalogues the
//! app reads (`locales/<lang>/*.ftl`).

use navigator_domain::{
    Lang,
    api::{errors::ValidationErrors, session::SignInRequest},
    words,
};
use reqwest::{Method, RequestBuilder, StatusCode};
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{DSO_RIVERSIDE, TestApp},
};

/// `Accept-Language` headers (none at all too) and the language each must be answered in.
const HEADERS: [(Option<&str>, Lang); 10] = [
    (Some("es"), Lang::Es),
    (Some("es-MX,es;q=0.9,en;q=0.8"), Lang::Es),
    (Some("de-DE, es;q=0.5"), Lang::Es),
    (Some("pt-BR,pt;q=0.9,en;q=0.5"), Lang::Pt),
    (Some("ht"), Lang::Ht),
    (Some("fr-CA, en;q=0.5"), Lang::Fr),
    (None, Lang::En),
    (Some("en"), Lang::En),
    (Some("en-US,es;q=0.5"), Lang::En),
    (Some("de-DE"), Lang::En),
];

fn in_language(request: RequestBuilder, accept: Option<&str>) -> RequestBuilder {
    match accept {
        Some(header) => request.header("accept-language", header),
        None => request,
    }
}

async fn sign_in(app: &TestApp, accept: Option<&str>, body: &Value) -> (StatusCode, Value) {
    let response = in_language(app.client.post(app.url("/api/session")), accept)
        .json(body)
        .send()
        .await
        .unwrap();
    (response.status(), response.json().await.unwrap())
}

/// A 422 from the domain crate's checks (the same ones the browser runs before sending).
async fn validation_errors_speak_the_requests_language(app: TestApp) {
    // Each language's words differ from every other's: the answer names its language.
    for lang in Lang::ALL.into_iter().skip(1) {
        assert_ne!(
            words::text(Lang::En, "validation-sign-in-password-missing"),
            words::text(lang, "validation-sign-in-password-missing"),
        );
    }
    let body = json!({"method": "password", "email": "not an email", "password": ""});
    let request: SignInRequest = serde_json::from_value(body.clone()).unwrap();
    for (accept, lang) in HEADERS {
        let (status, answer) = sign_in(&app, accept, &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{accept:?}");
        assert_eq!(
            answer["errors"]["password"],
            json!([words::text(lang, "validation-sign-in-password-missing")]),
            "{accept:?}: {answer}"
        );
        // Every field's message is the one the domain crate gives in that language.
        let expected = ValidationErrors {
            errors: request
                .validate(lang, app.state.clock.now().date())
                .unwrap_err(),
        };
        assert_eq!(
            answer,
            serde_json::to_value(expected).unwrap(),
            "{accept:?}"
        );
    }
}

/// The server's own words (`server.ftl`): a 422 field error, a 422 refusal and a 401.
async fn server_answers_speak_the_requests_language(app: TestApp) {
    for (i, (accept, lang)) in HEADERS.into_iter().enumerate() {
        // Unknown accounts: each attempt is a different account, so none is throttled.
        let wrong_password = json!({"method": "password",
            "email": format!("nobody{i}@student.example"), "password": "not-the-password"});
        let (status, answer) = sign_in(&app, accept, &wrong_password).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{accept:?}");
        assert_eq!(
            answer,
            json!({"errors": {"email": [words::text(lang, "server-wrong-email-or-password")]}}),
            "{accept:?}"
        );

        let wrong_details = json!({"method": "supervision", "a_number": format!("A01234560{i}"),
            "subject_id": "SUB00000", "date_of_birth": {"day": "1", "month": "2", "year": "1990"}});
        let (status, answer) = sign_in(&app, accept, &wrong_details).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{accept:?}");
        assert_eq!(
            answer["errors"]["a_number"],
            json!([words::text(lang, "server-wrong-supervision-details")]),
            "{accept:?}: {answer}"
        );

        let signed_out = in_language(app.client.get(app.url("/api/student/profile")), accept)
            .send()
            .await
            .unwrap();
        assert_eq!(signed_out.status(), StatusCode::UNAUTHORIZED);
        let answer: Value = signed_out.json().await.unwrap();
        assert_eq!(
            answer["message"],
            words::text(lang, "server-sign-in-again"),
            "{accept:?}"
        );
    }

    // A refusal (422 with a message): Ana's Portal account is active, not locked.
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let ana = app.student_id("Lopez").await;
    for (accept, lang) in HEADERS {
        let request = app
            .client
            .request(
                Method::POST,
                app.url(&format!("/api/dso/students/{ana}/portal/unlock")),
            )
            .header("cookie", &dso.cookie)
            .header("x-csrf-token", &dso.csrf)
            .header("idempotency-key", portal_api::secrets::new_id());
        let response = in_language(request, accept).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let answer: Value = response.json().await.unwrap();
        assert_eq!(
            answer["message"],
            words::text(lang, "server-portal-not-locked"),
            "{accept:?}"
        );
    }
}

/// Errors no handler renders itself: an extractor's rejection (a body that is not JSON),
/// one passed on with `?` (a student of another school) and another layer's refusal (a
/// write from another site). Each is answered in the request's language.
async fn errors_from_extractors_and_layers_speak_the_requests_language(app: TestApp) {
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let write = |accept: Option<&str>| {
        let request = app
            .client
            .put(app.url("/api/dso/students/x/portal/email"))
            .header("cookie", &dso.cookie)
            .header("x-csrf-token", &dso.csrf)
            .header("idempotency-key", portal_api::secrets::new_id());
        in_language(request, accept)
    };
    for (accept, lang) in HEADERS {
        let cases = [
            (
                write(accept)
                    .header("content-type", "application/json")
                    .body("{not json"),
                StatusCode::BAD_REQUEST,
                "server-body-not-json",
            ),
            (
                write(accept).json(&json!({"email": "new.address@student.example"})),
                StatusCode::NOT_FOUND,
                "server-not-found",
            ),
            (
                write(accept)
                    .header("origin", "https://evil.example")
                    .json(&json!({"email": "new.address@student.example"})),
                StatusCode::FORBIDDEN,
                "server-csrf",
            ),
        ];
        for (request, status, id) in cases {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), status, "{accept:?} {id}");
            let answer: Value = response.json().await.unwrap();
            assert_eq!(answer["message"], words::text(lang, id), "{accept:?}");
        }
    }
}

on_both_databases!(
    validation_errors_speak_the_requests_language,
    server_answers_speak_the_requests_language,
    errors_from_extractors_and_layers_speak_the_requests_language,
);
