//! Server-side sessions. The browser holds only a random id in an HttpOnly, Secure,
//! SameSite=Strict cookie; the server keeps the id's hash, the CSRF token and two limits:
//! an idle time (each request moves it) and an absolute end.

use axum::{
    extract::FromRequestParts,
    http::{HeaderMap, HeaderValue, Method, header, request::Parts},
};
use navigator_domain::{
    api::session::{AccountRole, SessionInfo},
    calendar::Timestamp,
};
use sqlx::Row;

use crate::{
    accounts::{self, Account},
    error::ApiError,
    secrets::{new_token, sha256_hex},
    startup::AppState,
};

pub const COOKIE: &str = "__Host-navigator-session";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// Idle and absolute limits by role: people under supervision often use shared phones.
pub const fn limits(role: AccountRole) -> (i64, i64) {
    match role {
        AccountRole::Supervised => (15 * 60, 2 * 3600),
        _ => (30 * 60, 12 * 3600),
    }
}

#[derive(Clone, Debug)]
pub struct Session {
    pub id_hash: String,
    pub csrf_token: String,
    pub last_seen: i64,
    pub idle_seconds: i64,
    pub absolute_expires: i64,
}

impl Session {
    pub fn info(&self, account: &Account, now: Timestamp) -> SessionInfo {
        SessionInfo {
            account: account.summary(),
            csrf_token: self.csrf_token.clone(),
            now,
            idle_expires_at: Timestamp::from_unix_seconds(self.last_seen + self.idle_seconds),
            absolute_expires_at: Timestamp::from_unix_seconds(self.absolute_expires),
        }
    }

    fn expired(&self, now: i64) -> bool {
        now >= self.absolute_expires || now - self.last_seen >= self.idle_seconds
    }
}

/// Starts a session inside the caller's transaction (with its audit entry): returns it and
/// the cookie to set.
pub async fn create(
    conn: &mut sqlx::AnyConnection,
    account: &Account,
    now: Timestamp,
) -> Result<(Session, HeaderValue), ApiError> {
    let now = now.unix_seconds();
    let token = new_token();
    let (idle, absolute) = limits(account.role);
    let session = Session {
        id_hash: sha256_hex(&token),
        csrf_token: new_token(),
        last_seen: now,
        idle_seconds: idle,
        absolute_expires: now + absolute,
    };
    sqlx::query(
        "INSERT INTO sessions (id_hash, account_id, csrf_token, created_at, last_seen, idle_seconds, absolute_expires) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&session.id_hash)
    .bind(&account.id)
    .bind(&session.csrf_token)
    .bind(now)
    .bind(now)
    .bind(idle)
    .bind(session.absolute_expires)
    .execute(conn)
    .await?;
    Ok((session, strict_cookie(COOKIE, &token, absolute)?))
}

/// Ends every session of an account: its sign-in details changed (a new e-mail, an
/// activation, a lock), so whoever holds an older session must sign in again.
pub async fn revoke_all(
    conn: &mut sqlx::AnyConnection,
    account_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE account_id = $1")
        .bind(account_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A cookie only this site's pages send, never readable by scripts, over HTTPS only.
pub fn strict_cookie(
    name: &str,
    value: &str,
    max_age_seconds: i64,
) -> Result<HeaderValue, ApiError> {
    let cookie = [
        name,
        "=",
        value,
        "; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=",
        &max_age_seconds.to_string(),
    ]
    .concat();
    HeaderValue::from_str(&cookie).map_err(ApiError::internal)
}

/// The cookie that removes the session cookie.
pub fn clearing_cookie() -> HeaderValue {
    HeaderValue::from_static(
        "__Host-navigator-session=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0",
    )
}

pub async fn delete(conn: &mut sqlx::AnyConnection, session: &Session) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(&session.id_hash)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends the session whose cookie holds `token`, if there is one.
pub async fn delete_by_token(
    conn: &mut sqlx::AnyConnection,
    token: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(sha256_hex(token))
        .execute(conn)
        .await?;
    Ok(())
}

/// A cookie's value, if the request carries it and it is not empty.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            pair.trim()
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix('='))
        })
        .filter(|token| !token.is_empty())
        .map(str::to_owned)
}

/// The signed-in account of a request. Every request moves the idle limit, except reading
/// the session itself ([`Peeked`]), so the app can ask how long is left without extending.
/// Unsafe methods must carry the session's CSRF token in `X-CSRF-Token`.
pub struct SignedIn {
    pub account: Account,
    pub session: Session,
}

pub struct Peeked(pub SignedIn);

async fn authenticate(parts: &Parts, state: &AppState, touch: bool) -> Result<SignedIn, ApiError> {
    let token = cookie_value(&parts.headers, COOKIE).ok_or(ApiError::Unauthorized)?;
    let id_hash = sha256_hex(&token);
    let sql = accounts::SELECT.replacen(
        " FROM accounts a",
        ", x.csrf_token, x.last_seen, x.idle_seconds, x.absolute_expires FROM sessions x JOIN accounts a ON a.id = x.account_id",
        1,
    ) + " WHERE x.id_hash = $1";
    let row = sqlx::query(&sql)
        .bind(&id_hash)
        .fetch_optional(&state.db.pool)
        .await?
        .ok_or(ApiError::Unauthorized)?;
    let account = accounts::from_row(&row)?;
    let mut session = Session {
        id_hash,
        csrf_token: row.try_get("csrf_token")?,
        last_seen: row.try_get("last_seen")?,
        idle_seconds: row.try_get("idle_seconds")?,
        absolute_expires: row.try_get("absolute_expires")?,
    };
    let now = state.clock.now().unix_seconds();
    if session.expired(now) {
        delete(&mut *state.db.pool.acquire().await?, &session).await?;
        return Err(ApiError::Unauthorized);
    }
    let unsafe_method = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    if unsafe_method {
        let sent = parts
            .headers
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if !constant_time_eq(sent.as_bytes(), session.csrf_token.as_bytes()) {
            return Err(ApiError::Csrf);
        }
    }
    // The idle limit moves at most once a minute: a write per request would double the
    // writes of every form submission for no visible difference.
    if touch && now - session.last_seen >= 60 {
        sqlx::query("UPDATE sessions SET last_seen = $1 WHERE id_hash = $2")
            .bind(now)
            .bind(&session.id_hash)
            .execute(&state.db.pool)
            .await?;
        session.last_seen = now;
    }
    Ok(SignedIn { account, session })
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<SignedIn, ApiError> {
        authenticate(parts, state, true).await
    }
}

impl FromRequestParts<AppState> for Peeked {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Peeked, ApiError> {
        authenticate(parts, state, false).await.map(Peeked)
    }
}

impl SignedIn {
    /// The account, if it has the role; 403 otherwise.
    pub fn require(&self, role: AccountRole) -> Result<&Account, ApiError> {
        if self.account.role == role {
            Ok(&self.account)
        } else {
            Err(ApiError::Forbidden)
        }
    }
}
