//! Invitation links: a student's Portal account activation, valid 14 days, used once.
//! Only the token's hash is stored (`secrets.rs`).

use sqlx::{AnyConnection, Row};

use crate::{database::Pool, secrets::sha256_hex};

pub struct Invitation {
    pub student_id: String,
    pub expires_at: i64,
    pub used: bool,
}

/// The invitation a link's token belongs to, used or not.
pub async fn by_token(pool: &Pool, token: &str) -> Result<Option<Invitation>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT student_id, expires_at, used_at FROM invitations WHERE token_hash = $1",
    )
    .bind(sha256_hex(token))
    .fetch_optional(pool)
    .await?;
    row.map(|row| {
        Ok(Invitation {
            student_id: row.try_get("student_id")?,
            expires_at: row.try_get("expires_at")?,
            used: row.try_get::<Option<i64>, _>("used_at")?.is_some(),
        })
    })
    .transpose()
}

/// Uses the link: true for the one activation that gets past this update, false for any
/// other (a second tab, a replay).
pub async fn claim(conn: &mut AnyConnection, token: &str, now: i64) -> Result<bool, sqlx::Error> {
    let claimed = sqlx::query(
        "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
    )
    .bind(now)
    .bind(sha256_hex(token))
    .execute(conn)
    .await?
    .rows_affected();
    Ok(claimed > 0)
}
