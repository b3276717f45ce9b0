//! The language of a request, from `Accept-Language` (the app sends its page language).

use axum::{
    extract::FromRequestParts,
    http::{HeaderMap, request::Parts},
};
use navigator_domain::Lang;

#[derive(Clone, Copy, Debug)]
pub struct RequestLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for RequestLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<RequestLang, Self::Rejection> {
        Ok(RequestLang(lang_of(&parts.headers)))
    }
}

pub fn lang_of(headers: &HeaderMap) -> Lang {
    headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Lang::from_accept_language)
        .unwrap_or_default()
}
