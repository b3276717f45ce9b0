//! The `Link` header that names a page in every language the app speaks (`hreflang`
//! alternates, English the default for other languages). Search engines and Lighthouse
//! accept only absolute addresses there, and the build that prerenders the pages does not
//! know where they will be served, so the server says it, for each answer.

use axum::http::{HeaderMap, HeaderValue, header};
use navigator_domain::{Lang, address_in_language};

/// The header for the page at `path` and `query`, on `origin` (`https://host`).
pub fn link_header(origin: &str, path: &str, query: &str) -> Option<HeaderValue> {
    let languages = Lang::ALL.map(|lang| (lang.tag(), lang));
    let links: Vec<String> = languages
        .into_iter()
        .chain([("x-default", Lang::default())])
        .map(|(tag, lang)| {
            [
                "<",
                origin,
                &address_in_language(path, query, lang),
                ">; rel=\"alternate\"; hreflang=\"",
                tag,
                "\"",
            ]
            .concat()
        })
        .collect();
    HeaderValue::from_str(&links.join(", ")).ok()
}

/// Where people reach this server: the configured public origin, else `http://` and the
/// request's `Host` when it is a plain host name or address (anything else is not echoed).
pub fn origin(configured: Option<&str>, headers: &HeaderMap) -> Option<String> {
    if let Some(origin) = configured {
        return Some(origin.trim_end_matches('/').to_owned());
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let plain = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    plain.then(|| ["http://", host].concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_then_the_default() {
        let header = link_header("https://n.example", "/es/find/event", "a=1").unwrap();
        assert_eq!(
            header.to_str().unwrap(),
            "<https://n.example/find/event?a=1>; rel=\"alternate\"; hreflang=\"en\", \
             <https://n.example/es/find/event?a=1>; rel=\"alternate\"; hreflang=\"es\", \
             <https://n.example/pt/find/event?a=1>; rel=\"alternate\"; hreflang=\"pt\", \
             <https://n.example/ht/find/event?a=1>; rel=\"alternate\"; hreflang=\"ht\", \
             <https://n.example/fr/find/event?a=1>; rel=\"alternate\"; hreflang=\"fr\", \
             <https://n.example/find/event?a=1>; rel=\"alternate\"; hreflang=\"x-default\""
        );
    }

    #[test]
    fn the_origin_is_configured_or_a_plain_host() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert_eq!(
            origin(Some("https://n.example/"), &headers).as_deref(),
            Some("https://n.example")
        );
        assert_eq!(
            origin(None, &headers).as_deref(),
            Some("http://127.0.0.1:8080")
        );
        headers.insert(header::HOST, HeaderValue::from_static("a>b, <c>"));
        assert_eq!(origin(None, &headers), None);
        assert_eq!(origin(None, &HeaderMap::new()), None);
    }
}
