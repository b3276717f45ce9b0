//! The `Link` header that names a page in every language the app speaks (`hreflang`
//! alternates, English the default for other languages). Search engines and Lighthouse
//! accept only absolute addresses there, and the build that prerenders the pages does not
//! know where they will be served, so the server says it, for each answer.

use axum::http::{HeaderMap, HeaderValue, header};
use navigator_domain::{Lang, address_in_language};

/// A query longer than this gets no header: copied six times, it could outgrow what a
/// proxy in front accepts for a response's headers (nginx: 4–8 KB by default).
const LONGEST_QUERY: usize = 1024;

/// The header for the page at `path` and `query`, on `origin` (`https://host`).
pub fn link_header(origin: &str, path: &str, query: &str) -> Option<HeaderValue> {
    if query.len() > LONGEST_QUERY {
        return None;
    }
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
        return Some(origin.to_owned());
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    is_plain_host(host).then(|| ["http://", host].concat())
}

/// `--public-origin`: `http(s)://` and a host (with its port), nothing after it, so every
/// link built on it is absolute and fits in a header.
pub fn parse_origin(text: &str) -> Result<String, String> {
    let origin = text.trim_end_matches('/');
    let host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .ok_or("write the scheme too: https://host")?;
    if is_plain_host(host) {
        Ok(origin.to_owned())
    } else {
        Err("only a scheme and a host (and port): no path, query or other characters".into())
    }
}

/// A host name or address with its port: letters, digits, `.`, `-`, `:` and IPv6 brackets.
fn is_plain_host(host: &str) -> bool {
    !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
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
    fn a_long_query_gets_no_header() {
        let long = "q=".repeat(LONGEST_QUERY);
        assert!(link_header("https://n.example", "/search", &long).is_none());
    }

    #[test]
    fn a_configured_origin_is_a_scheme_and_a_host() {
        assert_eq!(
            parse_origin("https://n.example/").unwrap(),
            "https://n.example"
        );
        assert_eq!(
            parse_origin("http://[::1]:8080").unwrap(),
            "http://[::1]:8080"
        );
        for wrong in [
            "n.example",
            "https://",
            "https://n.example/app",
            "https://a>b",
            "ftp://n.example",
        ] {
            assert!(parse_origin(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn the_origin_is_configured_or_a_plain_host() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8080"));
        assert_eq!(
            origin(Some("https://n.example"), &headers).as_deref(),
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
