//! Every API error is answered in the request's language, whoever returns it: a handler,
//! an extractor's rejection or another layer. Only this layer looks at `Accept-Language`
//! for errors, so handlers return a plain `Result` and take no language they do not need.
//! An [`ApiError`] answers in the default language and carries itself in the response's
//! extensions (see its `IntoResponse`), which lets this layer render it again.

use std::sync::Arc;

use axum::{extract::Request, middleware::Next, response::Response};
use navigator_domain::Lang;

use crate::{error::ApiError, request_lang::lang_of};

pub async fn answer_in_request_language(request: Request, next: Next) -> Response {
    let lang = lang_of(request.headers());
    let response = next.run(request).await;
    if lang == Lang::default() {
        return response;
    }
    match response.extensions().get::<Arc<ApiError>>() {
        Some(error) => error.response_in(lang),
        None => response,
    }
}
