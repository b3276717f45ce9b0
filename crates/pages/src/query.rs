//! A query string read the same way in the browser, the build and the server
//! (`q=caf%C3%A9+ice`, `next=%2Fdso`).

/// The first value of `name` in a query string (without `?`), decoded; `None` when absent.
pub fn query_value(query: &str, name: &str) -> Option<String> {
    form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}
