//! Browsers an account's owner signed in from. After a successful sign-in the browser keeps
//! a long-lived random cookie; the server keeps its hash and the account. A sign-in that
//! carries it for the account it names is counted on its own throttle key and passes a
//! temporary lock, so a stranger who fails five times on purpose cannot keep the owner out
//! (docs/adr/0013-sign-in-throttling.md).

use crate::{
    accounts::Account,
    database::Pool,
    error::ApiError,
    secrets::{new_token, sha256_hex},
    session::{cookie_value, strict_cookie},
};
use axum::http::{HeaderMap, HeaderValue};

pub const COOKIE: &str = "__Host-navigator-device";
pub const LIFETIME_SECONDS: i64 = 180 * 86_400;

/// The browser's token, if it is trusted for the account `identifier` (e-mail or A-Number)
/// names.
pub async fn for_identifier(
    pool: &Pool,
    headers: &HeaderMap,
    identifier: &str,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    let Some(token) = cookie_value(headers, COOKIE) else {
        return Ok(None);
    };
    let row = sqlx::query(
        "SELECT d.account_id FROM trusted_devices d JOIN accounts a ON a.id = d.account_id \
         WHERE d.token_hash = $1 AND d.created_at > $2 \
         AND (LOWER(a.email) = LOWER($3) OR a.a_number = $3)",
    )
    .bind(sha256_hex(&token))
    .bind(now - LIFETIME_SECONDS)
    .bind(identifier)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|_| token))
}

/// Trusts this browser for the account from now on: the cookie to set.
pub async fn trust(
    conn: &mut sqlx::AnyConnection,
    account: &Account,
    now: i64,
) -> Result<HeaderValue, ApiError> {
    let token = new_token();
    sqlx::query(
        "INSERT INTO trusted_devices (token_hash, account_id, created_at) VALUES ($1, $2, $3)",
    )
    .bind(sha256_hex(&token))
    .bind(&account.id)
    .bind(now)
    .execute(conn)
    .await?;
    strict_cookie(COOKIE, &token, LIFETIME_SECONDS)
}
