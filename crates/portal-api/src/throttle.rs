//! Sign-in throttling (docs/adr/0013-sign-in-throttling.md). Every attempt is counted
//! **before** its details are checked, by one atomic upsert, so parallel attempts cannot
//! all slip in before the first failure is written: 5 per account (or per account on a
//! browser its owner signed in from) and 50 per client address in 15 minutes. A success
//! gives its attempt back. Keys are hashed, so the table holds no e-mail addresses,
//! A-Numbers or client addresses.

use navigator_domain::calendar::Timestamp;
use sqlx::Row;

use crate::{database::Database, error::ApiError, secrets::sha256_hex};

pub const WINDOW_SECONDS: i64 = 15 * 60;
pub const PER_ACCOUNT: i64 = 5;
/// Many people share one address (a school, a shelter, a carrier's NAT): high enough for
/// them, low enough that one address cannot try passwords across many accounts.
pub const PER_ADDRESS: i64 = 50;

/// The counters one sign-in attempt is charged to.
pub struct Keys {
    /// The account named, or that account on a browser its owner signed in from before:
    /// a stranger's attempts then fill a counter the owner does not use.
    pub account: String,
    /// The client address; `None` on a trusted browser, whose owner a crowded address
    /// must not stop.
    pub address: Option<String>,
}

/// The counter key of the account an identifier (e-mail or A-Number) names.
pub fn account_key(identifier: &str) -> String {
    ["account:", &sha256_hex(&identifier.to_lowercase())].concat()
}

impl Keys {
    pub fn new(identifier: &str, address: &str, trusted_device: Option<&str>) -> Keys {
        let account = account_key(identifier);
        match trusted_device {
            Some(device) => Keys {
                account: [&account, ":device:", &sha256_hex(device)].concat(),
                address: None,
            },
            None => Keys {
                account,
                address: Some(["address:", &sha256_hex(address)].concat()),
            },
        }
    }

    fn all(&self) -> impl Iterator<Item = (&str, i64)> {
        std::iter::once((self.account.as_str(), PER_ACCOUNT))
            .chain(self.address.as_deref().map(|a| (a, PER_ADDRESS)))
    }
}

/// Counts the attempt, then refuses it if a key is over its limit. The count and the check
/// are one statement per key inside one write transaction. An attempt the account's limit
/// refuses is not charged to the address: hammering one account must not use up the
/// allowance of everyone else behind the same address.
pub async fn attempt(db: &Database, keys: &Keys, now: Timestamp) -> Result<(), ApiError> {
    let now = now.unix_seconds();
    let mut tx = db.write().await?;
    let mut refused_for = None;
    for (key, limit) in keys.all() {
        let row = sqlx::query(
            "INSERT INTO sign_in_counters (key, window_start, attempts) VALUES ($1, $2, 1) \
             ON CONFLICT (key) DO UPDATE SET \
               attempts = CASE WHEN sign_in_counters.window_start <= $3 THEN 1 ELSE sign_in_counters.attempts + 1 END, \
               window_start = CASE WHEN sign_in_counters.window_start <= $3 THEN $2 ELSE sign_in_counters.window_start END \
             RETURNING attempts, window_start",
        )
        .bind(key)
        .bind(now)
        .bind(now - WINDOW_SECONDS)
        .fetch_one(&mut *tx)
        .await?;
        let attempts: i64 = row.try_get("attempts")?;
        let window_start: i64 = row.try_get("window_start")?;
        if attempts > limit {
            refused_for = Some(window_start + WINDOW_SECONDS - now);
            break;
        }
    }
    tx.commit().await?;
    match refused_for {
        Some(retry_after_seconds) => Err(ApiError::TooManyRequests {
            retry_after_seconds,
        }),
        None => Ok(()),
    }
}

/// How many attempts a key has in its current window.
pub async fn attempts(conn: &mut sqlx::AnyConnection, key: &str) -> Result<i64, sqlx::Error> {
    let attempts: Option<i64> =
        sqlx::query_scalar("SELECT attempts FROM sign_in_counters WHERE key = $1")
            .bind(key)
            .fetch_optional(conn)
            .await?;
    Ok(attempts.unwrap_or_default())
}

/// A successful sign-in: the account's counter starts again and the address gets its
/// attempt back, so people signing in correctly never use up a shared address's budget.
pub async fn succeeded(db: &Database, keys: &Keys) -> Result<(), ApiError> {
    let mut tx = db.write().await?;
    sqlx::query("DELETE FROM sign_in_counters WHERE key = $1")
        .bind(&keys.account)
        .execute(&mut *tx)
        .await?;
    if let Some(address) = &keys.address {
        sqlx::query(
            "UPDATE sign_in_counters SET attempts = attempts - 1 WHERE key = $1 AND attempts > 0",
        )
        .bind(address)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Forgets an account's counters (a DSO unlocked it): on every browser, not only one.
pub async fn forget_account(
    conn: &mut sqlx::AnyConnection,
    identifier: &str,
) -> Result<(), sqlx::Error> {
    let key = account_key(identifier);
    sqlx::query("DELETE FROM sign_in_counters WHERE key = $1 OR key LIKE $2")
        .bind(&key)
        .bind([&key, ":device:%"].concat())
        .execute(conn)
        .await?;
    Ok(())
}
