//! Unsafe API requests (anything but GET, HEAD, OPTIONS) must come from this site's own
//! pages. The session cookie is SameSite=Strict and writes need the CSRF token, but a token
//! leaked or a browser bug must not be enough on its own: when the browser says where the
//! request comes from (`Sec-Fetch-Site`, `Origin`), that must be here. Requests without
//! either header (command-line clients, the tests) are judged by the token alone.

use axum::{
    extract::Request,
    http::{HeaderMap, Method, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::error::ApiError;

pub fn from_elsewhere(method: &Method, headers: &HeaderMap) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return false;
    }
    let text = |name| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = text("sec-fetch-site")
        && !matches!(site, "same-origin" | "none")
    {
        return true;
    }
    match text(header::ORIGIN.as_str()) {
        None => false,
        Some(origin) => {
            let authority = origin.split_once("://").map(|(_, rest)| rest);
            authority.is_none() || authority != text(header::HOST.as_str())
        }
    }
}

pub async fn refuse_other_sites(request: Request, next: Next) -> Response {
    if from_elsewhere(request.method(), request.headers()) {
        return ApiError::Csrf.into_response();
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn only_unsafe_requests_from_elsewhere_are_refused() {
        let here = [
            ("host", "navigator.example"),
            ("origin", "https://navigator.example"),
        ];
        assert!(!from_elsewhere(&Method::POST, &headers(&here)));
        assert!(!from_elsewhere(
            &Method::POST,
            &headers(&[("host", "navigator.example")])
        ));
        let evil = [
            ("host", "navigator.example"),
            ("origin", "https://evil.example"),
        ];
        assert!(from_elsewhere(&Method::PUT, &headers(&evil)));
        assert!(!from_elsewhere(&Method::GET, &headers(&evil)));
        assert!(from_elsewhere(
            &Method::POST,
            &headers(&[("host", "a"), ("origin", "null")])
        ));
        assert!(from_elsewhere(
            &Method::DELETE,
            &headers(&[("sec-fetch-site", "same-site")])
        ));
        assert!(!from_elsewhere(
            &Method::DELETE,
            &headers(&[("sec-fetch-site", "same-origin")])
        ));
    }
}
