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

/// A new link for the student (any unused one ends), valid until `expires` (Unix seconds);
/// the Portal account shows as invited.
pub async fn replace(
    conn: &mut AnyConnection,
    student_id: &str,
    token: &str,
    expires: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM invitations WHERE student_id = $1 AND used_at IS NULL")
        .bind(student_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("INSERT INTO invitations (token_hash, student_id, expires_at) VALUES ($1, $2, $3)")
        .bind(sha256_hex(token))
        .bind(student_id)
        .bind(expires)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "UPDATE students SET portal_state = 'invited', invitation_expires = $1 WHERE id = $2",
    )
    .bind(expires)
    .bind(student_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Ends any unused invitation link of the student; an invited account goes back to "not
/// invited", so the DSO sends the account e-mail again.
pub async fn withdraw(
    conn: &mut AnyConnection,
    student_id: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE invitations SET used_at = $1 WHERE student_id = $2 AND used_at IS NULL")
        .bind(now)
        .bind(student_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "UPDATE students SET portal_state = 'not_invited', invitation_expires = NULL \
         WHERE id = $1 AND portal_state = 'invited'",
    )
    .bind(student_id)
    .execute(conn)
    .await?;
    Ok(())
}
