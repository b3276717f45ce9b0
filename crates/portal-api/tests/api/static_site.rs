use crate::test_app::{Engine, PRERENDERED_HOME, SERVICE_WORKER_JS, spawn, spawn_with};

/// A page the build prerendered is sent as it is.
#[tokio::test]
async fn a_prerendered_page_is_sent_as_the_build_wrote_it() {
    let app = spawn(Engine::Sqlite).await;
    for path in ["/", "/?"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        assert_eq!(response.text().await.unwrap(), PRERENDERED_HOME, "{path}");
    }
}

/// Pages the build did not write are rendered here, into their own bundle's page, in the
/// address's language (issue 12: the public help works without JavaScript).
#[tokio::test]
async fn other_pages_are_rendered_into_their_bundles_page() {
    let app = spawn(Engine::Sqlite).await;
    for (path, bundle, lang) in [
        ("/about", "site", "en"),
        ("/es/about/", "site", "es"),
        ("/find", "find", "en"),
        ("/es/find/urgent", "find", "es"),
        ("/tools", "site", "en"),
        ("/tools/deadlines", "tools-deadlines", "en"),
        ("/activate", "portal", "en"),
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], "no-cache", "{path}");
        let html = response.text().await.unwrap();
        assert!(
            html.contains(&["<meta name=\"bundle\" content=\"", bundle, "\">"].concat()),
            "{path}: {html}"
        );
        assert!(
            html.contains(&["<html lang=\"", lang, "\">"].concat()),
            "{path}"
        );
        assert!(html.contains("<main id=\"main\""), "{path}");
    }
}

/// A question's form without JavaScript: Continue with an answer goes on to the next step
/// (only the answers on the path), without one the question comes back with its error.
#[tokio::test]
async fn a_question_is_answered_by_the_server() {
    let app = spawn(Engine::Sqlite).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let next = client
        .get(app.url("/find/event?event=court&opt-change=employer&next=1"))
        .send()
        .await
        .unwrap();
    assert_eq!(next.status(), 303);
    assert_eq!(next.headers()["location"], "/find/urgent?event=court");

    let missing = client
        .get(app.url("/es/find/event?next=1"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 200);
    let html = missing.text().await.unwrap();
    assert!(html.contains("class=\"error-summary\""), "{html}");
    assert!(html.contains("<title>Error: "), "{html}");

    // An outcome without every answer asks the next question; a link from before the
    // life-event question still means the task list.
    let early = client
        .get(app.url("/find/result?role=supervision"))
        .send()
        .await
        .unwrap();
    assert_eq!(early.status(), 303);
    assert_eq!(
        early.headers()["location"],
        "/find/urgent?event=task&role=supervision"
    );
}

#[tokio::test]
async fn unknown_pages_are_rendered_with_a_404_status() {
    let app = spawn(Engine::Sqlite).await;
    for path in ["/nope", "/es/nope", "/about/more", "/find/no-such-question"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
        let html = response.text().await.unwrap();
        assert!(
            html.contains("<meta name=\"bundle\" content=\"site\">"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn hashed_assets_are_cached_for_a_year() {
    let app = spawn(Engine::Sqlite).await;
    let response = app
        .client
        .get(app.url("/main-a1b2c3d4e5f6a7b8.css"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
}

/// A new release's worker is seen on the next visit: the worker's script is revalidated
/// every time, and it may fetch from its own origin (to precache and answer pages) only.
#[tokio::test]
async fn the_service_worker_is_revalidated_and_may_fetch_its_own_origin_only() {
    let app = spawn(Engine::Sqlite).await;
    let response = app.client.get(app.url("/sw-es.js")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let headers = response.headers().clone();
    assert_eq!(headers["cache-control"], "no-cache");
    assert_eq!(
        headers["content-security-policy"],
        "default-src 'none'; connect-src 'self'"
    );
    assert_eq!(response.text().await.unwrap(), SERVICE_WORKER_JS);
}

#[tokio::test]
async fn security_headers_on_pages_and_api() {
    let app = spawn(Engine::Sqlite).await;
    for path in ["/", "/find", "/api/health", "/main-a1b2c3d4e5f6a7b8.css"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        if path.starts_with("/api") || path.ends_with(".css") {
            // Not a page: nothing is allowed, and the app's script hashes are not repeated.
            assert_eq!(csp, "default-src 'none'; frame-ancestors 'none'", "{path}");
        } else {
            // The inline start-up script of the test index is allowed by its hash only.
            assert!(csp.contains("'wasm-unsafe-eval'"), "{path}: {csp}");
            assert!(csp.contains("'sha256-"), "{path}: {csp}");
        }
        assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
        assert!(
            headers["strict-transport-security"]
                .to_str()
                .unwrap()
                .starts_with("max-age=")
        );
    }
}

#[tokio::test]
async fn a_page_revalidated_from_the_cache_keeps_the_apps_policy() {
    let app = spawn(Engine::Sqlite).await;
    let first = app.client.get(app.url("/")).send().await.unwrap();
    let modified = first.headers()["last-modified"].clone();
    let again = app
        .client
        .get(app.url("/"))
        .header("if-modified-since", modified)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    // The browser takes the 304's headers for the cached page: a policy that allows
    // nothing would stop the app from starting.
    let csp = again.headers()["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("'wasm-unsafe-eval'") && csp.contains("'sha256-"),
        "{csp}"
    );
}

/// A page asked for without a language, from a browser that prefers another language the
/// app speaks: the page asked for (never a redirect), with one line in that language
/// offering it there (issue 15).
#[tokio::test]
async fn an_english_address_offers_the_browsers_language_without_leaving_the_page() {
    let app = spawn(Engine::Sqlite).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let get = |path: &'static str, languages: &'static str| {
        let request = client
            .get(app.url(path))
            .header("accept-language", languages);
        async move { request.send().await.unwrap() }
    };
    for (path, offered) in [
        (
            "/about",
            "<p class=\"language-offer width-container\" lang=\"pt\"><a href=\"/pt/about\" hreflang=\"pt\"",
        ),
        (
            "/find/urgent?event=court",
            "<a href=\"/pt/find/urgent?event=court\" hreflang=\"pt\"",
        ),
        // Drawn by its own route (ADR 25), offered all the same.
        ("/sign-in", "<a href=\"/pt/sign-in\" hreflang=\"pt\""),
    ] {
        let response = get(path, "pt-BR,pt;q=0.9,en;q=0.6").await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["vary"], "accept-language", "{path}");
        let html = response.text().await.unwrap();
        assert!(
            html.contains("<html lang=\"en\">"),
            "{path}: the page asked for"
        );
        assert!(html.contains(offered), "{path}: {html}");
    }
    // Already in a language, or English preferred, or a language the app does not speak.
    for (path, languages) in [
        ("/es/about", "pt"),
        ("/about", "en-US,pt;q=0.5"),
        ("/about", "de"),
    ] {
        let response = get(path, languages).await;
        assert_eq!(response.status(), 200, "{path} {languages}");
        assert!(
            !response.text().await.unwrap().contains("language-offer"),
            "{path} {languages}"
        );
    }
}

/// Each page names itself in every language (`hreflang` alternates, English the default) as
/// absolute addresses, as search engines and Lighthouse require: in the `Link` header, built
/// from the address people reach the server at. Relative `<link>`s in the documents had cost
/// every page its SEO score of 100.
#[tokio::test]
async fn every_page_names_itself_in_every_language_with_absolute_addresses() {
    let app = spawn(Engine::Sqlite).await;
    let host = app.url("").trim_end_matches('/').to_owned();
    for (path, english, portuguese) in [
        ("/", "/", "/pt"),
        ("/pt/about", "/about", "/pt/about"),
        (
            "/find/urgent?event=court",
            "/find/urgent?event=court",
            "/pt/find/urgent?event=court",
        ),
        ("/es/sign-in", "/sign-in", "/pt/sign-in"),
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        let link = response.headers()["link"].to_str().unwrap().to_owned();
        for expected in [
            format!("<{host}{english}>; rel=\"alternate\"; hreflang=\"en\""),
            format!("<{host}{portuguese}>; rel=\"alternate\"; hreflang=\"pt\""),
            format!("<{host}{english}>; rel=\"alternate\"; hreflang=\"x-default\""),
        ] {
            assert!(link.contains(&expected), "{path}: {expected} in {link}");
        }
        assert_eq!(link.matches("rel=\"alternate\"").count(), 6, "{link}");
        let html = response.text().await.unwrap();
        assert!(
            !html.contains("rel=\"alternate\""),
            "{path}: no relative alternates"
        );
    }
    // Not a page: no alternates.
    let missing = app
        .client
        .get(app.url("/no-such-page"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    assert!(missing.headers().get("link").is_none());

    // Behind a proxy, the configured public address; a Host that is not a host name is not
    // echoed.
    let behind = spawn_with(Engine::Sqlite, |config| {
        config.public_origin = Some("https://navigator.example.org".into());
    })
    .await;
    let response = behind
        .client
        .get(behind.url("/about"))
        .send()
        .await
        .unwrap();
    assert!(
        response.headers()["link"].to_str().unwrap().starts_with(
            "<https://navigator.example.org/about>; rel=\"alternate\"; hreflang=\"en\""
        )
    );
    let odd = app
        .client
        .get(app.url("/about"))
        .header("host", "a>b")
        .send()
        .await
        .unwrap();
    assert!(odd.headers().get("link").is_none());
}
