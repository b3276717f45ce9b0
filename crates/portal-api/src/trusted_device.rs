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

/// The browser's token, if it is trusted for this account.
pub async fn for_account(
    pool: &Pool,
    headers: &HeaderMap,
    account_id: &str,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    let Some(token) = cookie_value(headers, COOKIE) else {
        return Ok(None);
    };
    let row = sqlx::query(
        "SELECT 1 AS trusted FROM trusted_devices \
         WHERE token_hash = $1 AND account_id = $2 AND created_at > $3",
    )
    .bind(sha256_hex(&token))
    .bind(account_id)
    .bind(now - LIFETIME_SECONDS)
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
