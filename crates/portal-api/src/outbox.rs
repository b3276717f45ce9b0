//! Mail the portal would send (invitation links). There is no mail server here: messages
//! are kept in the database, and in demo mode `GET /api/demo/outbox` shows them.

use navigator_domain::{Lang, calendar::Timestamp, words};
use sqlx::AnyConnection;

use crate::secrets::new_id;

pub async fn send(
    tx: &mut AnyConnection,
    recipient: &str,
    subject: &str,
    body: &str,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO outbox (id, recipient, subject, body, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(new_id())
    .bind(recipient)
    .bind(subject)
    .bind(body)
    .bind(now.unix_seconds())
    .execute(tx)
    .await?;
    Ok(())
}

/// The activation link is a path of the web app, so it works on whatever host serves it.
pub fn activation_path(token: &str) -> String {
    ["/activate?token=", token].concat()
}

pub fn invitation_body(name: &str, token: &str) -> String {
    // The student's language is not known to the portal: the invitation is in the default.
    words::format(
        Lang::default(),
        "server-invitation-body",
        &[
            ("name", name.into()),
            ("link", activation_path(token).into()),
        ],
    )
}

/// The invitation's subject line.
pub fn invitation_subject() -> &'static str {
    words::text(Lang::default(), "server-invitation-subject")
}
