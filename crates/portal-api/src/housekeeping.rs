//! Rows that have served their purpose are deleted every ten minutes: stored write answers
//! after 24 hours (they hold personal data, and a retry comes within seconds or minutes),
//! ended sessions, throttle windows that have closed, and trusted browsers past their
//! lifetime. Each server of a group sweeps; the deletes are idempotent.

use std::time::Duration;

use crate::{startup::AppState, throttle, trusted_device};

/// How long a write's answer is kept for a retry with the same Idempotency-Key.
pub const IDEMPOTENCY_SECONDS: i64 = 24 * 3600;

/// One sweep; the number of rows removed.
pub async fn sweep(state: &AppState) -> Result<u64, sqlx::Error> {
    let now = state.clock.now().unix_seconds();
    let mut removed = 0;
    for (sql, before) in [
        (
            "DELETE FROM idempotency WHERE created_at <= $1",
            now - IDEMPOTENCY_SECONDS,
        ),
        ("DELETE FROM sessions WHERE absolute_expires <= $1", now),
        (
            "DELETE FROM sign_in_counters WHERE window_start <= $1",
            now - throttle::WINDOW_SECONDS,
        ),
        (
            "DELETE FROM trusted_devices WHERE created_at <= $1",
            now - trusted_device::LIFETIME_SECONDS,
        ),
    ] {
        let mut tx = state.db.write().await?;
        removed += sqlx::query(sql)
            .bind(before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
    }
    Ok(removed)
}

/// Sweeps every ten minutes until the server stops.
pub fn keep(state: AppState) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(600));
        loop {
            every.tick().await;
            if let Err(error) = sweep(&state).await {
                tracing::error!(%error, "housekeeping failed");
            }
        }
    });
}
