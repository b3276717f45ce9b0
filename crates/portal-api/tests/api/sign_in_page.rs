//! The sign-in page's own form, for browsers with or without JavaScript
//! (docs/adr/0025-portal-pages-from-the-server.md): the server draws the page at every visit,
//! and a post signs in through the same function as `POST /api/session`.

use reqwest::{Client, RequestBuilder, Response, StatusCode, redirect::Policy};

use crate::on_both_databases;
use crate::test_app::{Engine, JEAN, PASSWORD, STUDENT_ANA, TestApp, cookie_from, spawn};

/// A browser that shows a redirect instead of following it.
fn browser() -> Client {
    Client::builder().redirect(Policy::none()).build().unwrap()
}

/// `request` with these headers.
fn with_headers(request: RequestBuilder, headers: &[(&str, &str)]) -> RequestBuilder {
    headers.iter().fold(request, |request, (name, value)| {
        request.header(*name, *value)
    })
}

/// The page at `path` as a browser with these headers sees it.
async fn page(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> String {
    let request = with_headers(browser().get(app.url(path)), headers);
    request.send().await.unwrap().text().await.unwrap()
}

/// The form as this site's page posts it (browsers send `Origin` with a form's post).
async fn post(app: &TestApp, path: &str, fields: &[(&str, &str)]) -> Response {
    browser()
        .post(app.url(path))
        .header("origin", &app.address)
        .form(fields)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_page_is_the_servers_in_each_language_and_loads_no_app() {
    let app = spawn(Engine::Sqlite).await;
    for (path, lang) in [
        ("/sign-in", "en"),
        ("/es/sign-in", "es"),
        ("/ht/sign-in/", "ht"),
    ] {
        let response = browser().get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-store", "{path}");
        // The form's post must carry its origin (every other page sends no referrer).
        assert_eq!(
            response.headers()["referrer-policy"],
            "same-origin",
            "{path}"
        );
        let path = path.trim_end_matches('/');
        let html = response.text().await.unwrap();
        assert!(
            html.contains(&["<html lang=\"", lang, "\">"].concat()),
            "{html}"
        );
        assert!(
            html.contains(&["<form method=\"post\" action=\"", path, "\""].concat()),
            "{html}"
        );
        assert!(
            !html.contains("<script"),
            "{path}: no app on this page\n{html}"
        );
    }
}

/// Reached from another page of the site (the app sending a signed-out person here, "Clear
/// my data"), the page's heading takes focus, as after a move within the app; from
/// elsewhere it does not, so a screen reader starts at the top.
#[tokio::test]
async fn the_heading_takes_focus_after_a_move_within_the_site() {
    let app = spawn(Engine::Sqlite).await;
    for (site, focused) in [
        ("same-origin", true),
        ("none", false),
        ("cross-site", false),
    ] {
        let html = page(&app, "/sign-in?cleared", &[("sec-fetch-site", site)]).await;
        assert_eq!(
            html.contains("<h1 class=\"heading-xl\" tabindex=\"-1\" autofocus=\"\">"),
            focused,
            "{site}: {html}"
        );
    }
}

/// Sent to sign-in from a form (`?next=`), the person goes back to it, with the session
/// and trusted-browser cookies the JSON API sets.
async fn the_form_signs_in_and_goes_back_where_the_person_was_sent(app: TestApp) {
    let sent_from = page(&app, "/es/sign-in?next=%2Fes%2Fstudent%2Fcontact", &[]).await;
    assert!(
        sent_from.contains("<input type=\"hidden\" name=\"next\" value=\"/es/student/contact\">"),
        "{sent_from}"
    );
    let response = post(
        &app,
        "/es/sign-in",
        &[
            ("next", "/es/student/contact"),
            ("method", "password"),
            ("email", STUDENT_ANA),
            ("password", PASSWORD),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/es/student/contact");
    // The page it leads to can tell it was reached by signing in (its referrer).
    assert_eq!(response.headers()["referrer-policy"], "same-origin");
    let cookie = cookie_from(response.headers()).expect("the session cookie");
    let session = app
        .client
        .get(app.url("/api/session"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(session.status(), 200);
    // The page now says who this browser is signed in as.
    let signed_in = page(&app, "/sign-in", &[("cookie", &cookie)]).await;
    assert!(
        signed_in.contains("<strong>Ana Lopez</strong>"),
        "{signed_in}"
    );
}

/// Someone under supervision, with the details of Form I-385, lands on their own pages.
async fn the_form_signs_in_with_the_details_of_form_i_385(app: TestApp) {
    let (a_number, subject, (day, month, year)) = JEAN;
    let response = post(
        &app,
        "/sign-in",
        &[
            ("method", "supervision"),
            ("a_number", a_number),
            ("subject_id", subject),
            ("date_of_birth-day", day),
            ("date_of_birth-month", month),
            ("date_of_birth-year", year),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(response.headers()["location"], "/reporting");
    assert!(cookie_from(response.headers()).is_some());
}

/// A wrong password: the page again, in its language, with the one message every failed
/// sign-in gets, what was typed except the password, and the attempt counted and audited.
async fn a_wrong_password_comes_back_on_the_page(app: TestApp) {
    let audited = app.count("audit_log").await;
    let response = post(
        &app,
        "/es/sign-in",
        &[
            ("method", "password"),
            ("email", STUDENT_ANA),
            ("password", "not-the-password"),
        ],
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(cookie_from(response.headers()).is_none());
    let html = response.text().await.unwrap();
    let message =
        navigator_domain::words::text(navigator_domain::Lang::Es, "server-wrong-email-or-password");
    assert!(html.contains("class=\"error-summary\""), "{html}");
    assert!(html.contains(message), "{html}");
    assert!(
        html.contains(&["value=\"", STUDENT_ANA, "\""].concat()),
        "{html}"
    );
    assert!(!html.contains("not-the-password"), "{html}");
    assert!(
        html.contains("<title>Error: ") || html.contains("<title>Error:"),
        "{html}"
    );
    assert_eq!(app.count("audit_log").await, audited + 1);
}

/// Nothing chosen: the page asks how the person signs in, and nothing is counted.
#[tokio::test]
async fn without_a_method_the_page_asks_for_one() {
    let app = spawn(Engine::Sqlite).await;
    let response = post(&app, "/sign-in", &[("email", STUDENT_ANA)]).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("<a href=\"#method\">Select how you sign in</a>"),
        "{html}"
    );
}

/// Another site's form must not sign this browser in (to the attacker's account, say); nor
/// a post that does not say where it comes from, since the form has no CSRF token.
#[tokio::test]
async fn a_form_on_another_site_signs_nobody_in() {
    let app = spawn(Engine::Sqlite).await;
    let fields = [
        ("method", "password"),
        ("email", STUDENT_ANA),
        ("password", PASSWORD),
    ];
    for headers in [
        vec![
            ("origin", "https://evil.example"),
            ("sec-fetch-site", "cross-site"),
        ],
        vec![("origin", "null")],
        vec![],
    ] {
        let request = with_headers(browser().post(app.url("/sign-in")), &headers);
        let response = request.form(&fields).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{headers:?}");
        assert!(cookie_from(response.headers()).is_none(), "{headers:?}");
    }
}

/// A `next` that could not be sent back in a header, or that leaves the portal, leads to the
/// person's own pages instead.
#[tokio::test]
async fn a_next_that_cannot_be_followed_leads_home() {
    let app = spawn(Engine::Sqlite).await;
    for next in ["/dso?\n", "//evil.example/dso", "/guides"] {
        let response = post(
            &app,
            "/sign-in",
            &[
                ("next", next),
                ("method", "password"),
                ("email", STUDENT_ANA),
                ("password", PASSWORD),
            ],
        )
        .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{next:?}");
        assert_eq!(response.headers()["location"], "/student", "{next:?}");
    }
}

/// Too many attempts: the page says so, and when to try again, as the JSON API does.
#[tokio::test]
async fn a_throttled_sign_in_says_when_to_try_again() {
    let app = spawn(Engine::Sqlite).await;
    let wrong = [
        ("method", "password"),
        ("email", STUDENT_ANA),
        ("password", "not-the-password"),
    ];
    let mut throttled = None;
    for _ in 0..8 {
        let response = post(&app, "/sign-in", &wrong).await;
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            throttled = Some(response);
            break;
        }
    }
    let response = throttled.expect("throttled within eight attempts");
    assert!(response.headers().contains_key("retry-after"));
    let html = response.text().await.unwrap();
    let message =
        navigator_domain::words::text(navigator_domain::Lang::En, "server-too-many-attempts");
    assert!(html.contains(message), "{html}");
}

/// A body no form of the page sends is read as an empty form: the page asks again.
#[tokio::test]
async fn a_body_the_page_never_sends_gets_the_page_again() {
    let app = spawn(Engine::Sqlite).await;
    let response = browser()
        .post(app.url("/sign-in"))
        .header("origin", &app.address)
        .header("content-type", "text/plain")
        .body("method=password")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().await.unwrap().contains("error-summary"));
}

on_both_databases!(
    the_form_signs_in_and_goes_back_where_the_person_was_sent,
    the_form_signs_in_with_the_details_of_form_i_385,
    a_wrong_password_comes_back_on_the_page,
);
