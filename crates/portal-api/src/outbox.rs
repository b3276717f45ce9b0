//! Mail the portal would send (invitation links). There is no mail server here. Each
//! message is recorded in the database with its link left out, because the link's token
//! opens an account and secrets at rest are stored only as hashes (`secrets.rs`). In demo
//! mode the whole message is also kept in memory, for an officer to read at
//! `GET /api/demo/outbox`; a deployment would hand it to its mailer here instead.

use std::sync::{Arc, Mutex};

use navigator_domain::{Lang, calendar::Timestamp, words};
use serde::Serialize;
use sqlx::AnyConnection;
use utoipa::ToSchema;

use crate::secrets::new_id;

#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct OutboxMessage {
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
}

/// Where sent mail goes: the database (without links), and in demo mode memory.
#[derive(Clone, Default)]
pub struct Outbox {
    demo: Option<Arc<Mutex<Vec<OutboxMessage>>>>,
}

impl Outbox {
    pub fn new(demo: bool) -> Outbox {
        Outbox {
            demo: demo.then(Arc::default),
        }
    }

    /// Sends a student's invitation with its activation link.
    pub async fn send_invitation(
        &self,
        tx: &mut AnyConnection,
        recipient: &str,
        name: &str,
        token: &str,
        now: Timestamp,
    ) -> Result<(), sqlx::Error> {
        let subject = words::text(Lang::default(), "server-invitation-subject");
        let recorded = invitation_body(name, words::text(Lang::default(), "server-link-left-out"));
        sqlx::query(
            "INSERT INTO outbox (id, recipient, subject, body, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(new_id())
        .bind(recipient)
        .bind(subject)
        .bind(&recorded)
        .bind(now.unix_seconds())
        .execute(tx)
        .await?;
        if let Some(demo) = &self.demo {
            demo.lock()
                .expect("the outbox lock is never poisoned")
                .push(OutboxMessage {
                    recipient: recipient.to_owned(),
                    subject: subject.to_owned(),
                    body: invitation_body(name, &activation_path(token)),
                    created_at: now.unix_seconds(),
                });
        }
        Ok(())
    }

    /// The demo outbox, newest first; `None` outside demo mode.
    pub fn demo_messages(&self) -> Option<Vec<OutboxMessage>> {
        self.demo.as_ref().map(|messages| {
            let mut newest_first = messages
                .lock()
                .expect("the outbox lock is never poisoned")
                .clone();
            newest_first.reverse();
            newest_first
        })
    }
}

/// The activation link is a path of the web app, so it works on whatever host serves it.
pub fn activation_path(token: &str) -> String {
    ["/activate?token=", token].concat()
}

fn invitation_body(name: &str, link: &str) -> String {
    // The student's language is not known to the portal: the invitation is in the default.
    words::format(
        Lang::default(),
        "server-invitation-body",
        &[("name", name.into()), ("link", link.into())],
    )
}
