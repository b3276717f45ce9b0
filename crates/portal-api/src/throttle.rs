//! Sign-in throttling, per account and per client address: after 5 failures for one
//! account, or 20 from one address, within 15 minutes, further attempts wait. Keys are
//! hashed, so the table holds no email addresses or A-Numbers.

use navigator_domain::calendar::Timestamp;
use sqlx::Row;

use crate::{database::Database, error::ApiError, secrets::sha256_hex};

pub const WINDOW_SECONDS: i64 = 15 * 60;
pub const PER_ACCOUNT: i64 = 5;
pub const PER_ADDRESS: i64 = 20;

pub struct Keys {
    pub account: String,
    pub address: String,
}

impl Keys {
    pub fn new(account_identifier: &str, address: &str) -> Keys {
        Keys {
            account: ["account:", &sha256_hex(&account_identifier.to_lowercase())].concat(),
            address: ["address:", &sha256_hex(address)].concat(),
        }
    }
}

/// Refuses when either key has had too many recent failures.
pub async fn check(db: &Database, keys: &Keys, now: Timestamp) -> Result<(), ApiError> {
    let since = now.unix_seconds() - WINDOW_SECONDS;
    let rows = sqlx::query(
        "SELECT key, COUNT(*) AS n, MIN(at) AS first FROM sign_in_failures WHERE (key = $1 OR key = $2) AND at > $3 GROUP BY key",
    )
    .bind(&keys.account)
    .bind(&keys.address)
    .bind(since)
    .fetch_all(&db.pool)
    .await?;
    for row in rows {
        let key: String = row.try_get("key")?;
        let count: i64 = row.try_get("n")?;
        let first: i64 = row.try_get("first")?;
        let limit = if key == keys.account {
            PER_ACCOUNT
        } else {
            PER_ADDRESS
        };
        if count >= limit {
            return Err(ApiError::TooManyRequests {
                retry_after_seconds: first + WINDOW_SECONDS - now.unix_seconds(),
            });
        }
    }
    Ok(())
}

/// Counts a failure; returns how many recent failures the account now has.
pub async fn record_failure(db: &Database, keys: &Keys, now: Timestamp) -> Result<i64, ApiError> {
    let at = now.unix_seconds();
    let mut tx = db.write().await?;
    sqlx::query("DELETE FROM sign_in_failures WHERE at <= $1")
        .bind(at - WINDOW_SECONDS)
        .execute(&mut *tx)
        .await?;
    for key in [&keys.account, &keys.address] {
        sqlx::query("INSERT INTO sign_in_failures (key, at) VALUES ($1, $2)")
            .bind(key)
            .bind(at)
            .execute(&mut *tx)
            .await?;
    }
    let count: i64 = sqlx::query("SELECT COUNT(*) AS n FROM sign_in_failures WHERE key = $1")
        .bind(&keys.account)
        .fetch_one(&mut *tx)
        .await?
        .try_get("n")?;
    tx.commit().await?;
    Ok(count)
}

/// A successful sign-in clears the account's failures (not the address's).
pub async fn clear(db: &Database, account_key: &str) -> Result<(), ApiError> {
    sqlx::query("DELETE FROM sign_in_failures WHERE key = $1")
        .bind(account_key)
        .execute(&db.pool)
        .await?;
    Ok(())
}
