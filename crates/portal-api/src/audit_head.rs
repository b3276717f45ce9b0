//! The audit chain's newest entry: read from the database, and remembered by this process
//! as it last appended it.
//!
//! A new entry is written against the remembered head by one statement that also checks it
//! is still the newest (`audit::append`), so a write need not read the head first: one
//! statement less inside SQLite's one-writer section and inside PostgreSQL's chain lock.
//! When another process appended since (several servers, or a command-line tool), or the
//! write that appended it was rolled back, the check finds it and the head is read again:
//! then the write costs one statement more than reading the head first would, which with
//! several servers on one database is most writes.

use std::sync::{Arc, Mutex, PoisonError};

use sqlx::{Any, Executor, Row};

/// The newest entry of the trail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Head {
    pub sequence: i64,
    pub hash: String,
}

const SELECT_HEAD: &str = "SELECT sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1";

/// The newest stored entry, `None` for an empty trail; from the pool or inside a transaction.
pub async fn read<'e>(
    executor: impl Executor<'e, Database = Any>,
) -> Result<Option<Head>, sqlx::Error> {
    let row = sqlx::query(SELECT_HEAD).fetch_optional(executor).await?;
    row.map(|row| {
        Ok(Head {
            sequence: row.try_get("sequence")?,
            hash: row.try_get("hash")?,
        })
    })
    .transpose()
}

/// The entry this process appended last, if it appended any since it started.
#[derive(Clone, Default)]
pub struct LastAppended(Arc<Mutex<Option<Head>>>);

impl LastAppended {
    pub fn get(&self) -> Option<Head> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub fn set(&self, head: Head) {
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some(head);
    }
}
