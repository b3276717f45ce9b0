//! Headers on every answer: a Content Security Policy without `unsafe-inline` on pages (the
//! only inline scripts are the bundles' start-up scripts, allowed by their hash; wasm needs
//! just `wasm-unsafe-eval`) and one that allows nothing on everything else, no framing, HSTS,
//! no MIME sniffing, no referrer (the sign-in page's own answers excepted).

use std::path::Path;

use axum::{
    extract::{Request, State},
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};
use base64::Engine;
use navigator_domain::{Bundle, Lang};
use sha2::{Digest, Sha256};

/// The policy of every answer that is not a page.
const NOTHING_ALLOWED: &str = "default-src 'none'; frame-ancestors 'none'";

/// The policy of the service workers (`/sw-<tag>.js`, docs/adr/0018-offline-service-worker.md): a
/// worker runs under the policy its own script came with, and it must fetch the files it
/// precaches and the pages it answers from this origin. Nothing else: Workbox is bundled
/// into the script, so it imports nothing.
const SERVICE_WORKER: &str = "default-src 'none'; connect-src 'self'";

/// Whether `path` is a service worker's script: the public pages in each language register
/// that language's (`/sw-es.js`).
fn is_service_worker(path: &str) -> bool {
    path.strip_prefix("/sw-")
        .and_then(|rest| rest.strip_suffix(".js"))
        .is_some_and(|tag| Lang::ALL.iter().any(|lang| lang.tag() == tag))
}

/// The policy for the built app in `dist`.
pub fn content_security_policy(dist: &Path) -> HeaderValue {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for bundle in Bundle::ALL {
        let html = std::fs::read_to_string(dist.join(bundle.html_path())).unwrap_or_default();
        for script in inline_scripts(&html) {
            let hash =
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()));
            script_src.push_str(&[" 'sha256-", &hash, "'"].concat());
        }
    }
    let policy = [
        "default-src 'self'; script-src ",
        &script_src,
        "; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ]
    .concat();
    HeaderValue::from_str(&policy).expect("the policy is ASCII")
}

/// The text of every `<script>` without a `src`.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            scripts.push(&after[body_start..body_start + close]);
        }
        rest = &after[body_start + close..];
    }
    scripts
}

pub async fn add(State(csp): State<HeaderValue>, request: Request, next: Next) -> Response {
    let is_service_worker = is_service_worker(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    // The app's policy (with a hash for every bundle's start-up script) only means
    // something for a page; what is surely not one (JSON, wasm, CSS) gets the shortest
    // policy that allows nothing, so the app's grows with its bundles without costing every
    // request. An answer without a type keeps the app's: a 304 for a cached page updates
    // that page's headers, policy included.
    let is_not_page = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| !t.as_bytes().starts_with(b"text/html"));
    let policy = if is_service_worker {
        HeaderValue::from_static(SERVICE_WORKER)
    } else if is_not_page {
        HeaderValue::from_static(NOTHING_ALLOWED)
    } else {
        csp
    };
    headers.insert("content-security-policy", policy);
    headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
    headers.insert(
        "strict-transport-security",
        HeaderValue::from_static("max-age=63072000; includeSubDomains"),
    );
    headers.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    // No referrer: an address can hold a token (`/activate?token=…`), and proxies log the
    // header. The sign-in page sets its own (`sign_in_page.rs`), kept here.
    if !headers.contains_key(header::REFERRER_POLICY) {
        headers.insert(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        );
    }
    headers.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    headers.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::inline_scripts;

    #[test]
    fn finds_inline_scripts_only() {
        let html = "<script src=\"/a.js\"></script><script type=\"module\">\nimport init from '/x.js';\n</script>";
        assert_eq!(inline_scripts(html), ["\nimport init from '/x.js';\n"]);
    }
}
