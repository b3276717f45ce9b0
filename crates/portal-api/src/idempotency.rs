//! Every write carries an `Idempotency-Key`. The key is claimed, the write done, its audit
//! entry appended and its answer stored — all in one transaction. A repeat with the same
//! key (a retry after a dropped connection, a double click, the same request three times at
//! once) waits for the first to commit, then gets the stored answer and writes nothing.
//! Only successful answers are stored: after a 422 the same key can send corrected input.
//! Answers are kept 24 hours (`housekeeping.rs`); then the key is free again.

use axum::{
    extract::FromRequestParts,
    http::{HeaderValue, StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use navigator_domain::{
    api::{audit::AuditOutcome, field_change::FieldChange},
    reference_number::ReferenceNumber,
};
use serde::Serialize;
use sqlx::Row;

use crate::{
    audit::{self, AuditDraft},
    database::{Tx, TxFuture},
    error::ApiError,
    secrets::sha256_hex,
    startup::AppState,
};

pub const HEADER: &str = "idempotency-key";
/// What a key may be: 8 to 128 letters, digits and `-_.:` (a UUID fits).
pub const KEY_LENGTH: std::ops::RangeInclusive<usize> = 8..=128;
pub const KEY_PATTERN: &str = "^[A-Za-z0-9._:-]+$";

#[derive(Clone, Debug)]
pub struct IdempotencyKey(pub String);

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<IdempotencyKey, ApiError> {
        let key = parts
            .headers
            .get(HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
            .ok_or(ApiError::BadRequest("server-idempotency-key-missing"))?;
        let valid = KEY_LENGTH.contains(&key.len())
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'));
        if valid {
            Ok(IdempotencyKey(key.to_owned()))
        } else {
            Err(ApiError::BadRequest("server-idempotency-key-format"))
        }
    }
}

/// What identifies one write of one account.
pub struct WriteRequest<'a> {
    pub state: &'a AppState,
    pub account_id: &'a str,
    pub key: &'a IdempotencyKey,
    /// The method, path and body: the same key with another request is refused.
    pub fingerprint: String,
    pub audit: AuditDraft,
    pub status: StatusCode,
}

/// A write's answer, and what its audit entry learns only from the write: the reference it
/// was stored under, whom it was about when the write found out (the item marked done), and
/// what it changed.
pub struct Written<T> {
    pub answer: T,
    pub reference: Option<ReferenceNumber>,
    pub subject: Option<String>,
    pub changes: Vec<FieldChange>,
}

impl<T> Written<T> {
    pub fn under(answer: T, reference: ReferenceNumber) -> Written<T> {
        Written {
            answer,
            reference: Some(reference),
            subject: None,
            changes: Vec::new(),
        }
    }

    /// The fields the write changed, for its audit entry.
    pub fn changing(self, changes: Vec<FieldChange>) -> Written<T> {
        Written { changes, ..self }
    }
}

fn json_response(status: StatusCode, body: String, replayed: bool) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert(
        "idempotent-replayed",
        HeaderValue::from_static(if replayed { "true" } else { "false" }),
    );
    response
}

/// Runs `write` once per key; its audit entry names the reference (and subject) the write
/// reports. Refusals from `write` (validation, rules, permissions) are audited as failures
/// and not stored.
pub async fn run<T: Serialize, F>(request: WriteRequest<'_>, write: F) -> Result<Response, ApiError>
where
    F: for<'c> FnOnce(&'c mut Tx) -> TxFuture<'c, Written<T>> + Send,
{
    let WriteRequest {
        state,
        account_id,
        key,
        fingerprint,
        audit: mut draft,
        status,
    } = request;
    let request_hash = sha256_hex(&fingerprint);
    let now = state.clock.now();
    let mut tx = state.db.write().await?;
    // One statement claims the key: a new key, or one whose answer is older than a day
    // (`housekeeping.rs` also sweeps them). A fresh claim of the same key by another request
    // waits for that request to commit, then updates nothing: the answer is replayed.
    let claimed = sqlx::query(
        "INSERT INTO idempotency (account_id, key, request_hash, status, body, created_at) VALUES ($1, $2, $3, 0, '', $4) \
         ON CONFLICT (account_id, key) DO UPDATE SET request_hash = excluded.request_hash, status = 0, body = '', \
         created_at = excluded.created_at WHERE idempotency.created_at <= $5",
    )
    .bind(account_id)
    .bind(&key.0)
    .bind(&request_hash)
    .bind(now.unix_seconds())
    .bind(now.unix_seconds() - crate::housekeeping::IDEMPOTENCY_SECONDS)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if claimed == 0 {
        tx.rollback().await?;
        return replay(state, account_id, key, &request_hash).await;
    }
    let Written {
        answer: value,
        reference,
        subject,
        changes,
    } = match write(&mut tx.tx).await {
        Ok(written) => written,
        Err(error) => {
            tx.rollback().await?;
            let outcome = if matches!(error, ApiError::Forbidden | ApiError::NotFound) {
                AuditOutcome::Denied
            } else {
                AuditOutcome::Failure
            };
            audit::record(&state.db, &draft, outcome, now).await?;
            return Err(error);
        }
    };
    let body = serde_json::to_string(&value).map_err(ApiError::internal)?;
    sqlx::query("UPDATE idempotency SET status = $1, body = $2 WHERE account_id = $3 AND key = $4")
        .bind(status.as_u16() as i64)
        .bind(&body)
        .bind(account_id)
        .bind(&key.0)
        .execute(&mut *tx)
        .await?;
    draft.reference = reference.or(draft.reference);
    draft.subject = subject.or(draft.subject);
    draft.changes = changes;
    audit::append(&mut tx, &state.db, &draft, AuditOutcome::Success, now).await?;
    tx.commit().await?;
    Ok(json_response(status, body, false))
}

async fn replay(
    state: &AppState,
    account_id: &str,
    key: &IdempotencyKey,
    request_hash: &str,
) -> Result<Response, ApiError> {
    let row = sqlx::query(
        "SELECT request_hash, status, body FROM idempotency WHERE account_id = $1 AND key = $2",
    )
    .bind(account_id)
    .bind(&key.0)
    .fetch_one(&state.db.pool)
    .await?;
    let stored_hash: String = row.try_get("request_hash")?;
    if stored_hash != request_hash {
        return Err(ApiError::IdempotencyConflict);
    }
    let status = StatusCode::from_u16(row.try_get::<i64, _>("status")? as u16)
        .map_err(ApiError::internal)?;
    Ok(json_response(status, row.try_get("body")?, true))
}

/// Audits a refusal that happened before any write was attempted (invalid input).
pub async fn refuse(state: &AppState, draft: &AuditDraft, error: ApiError) -> ApiError {
    if let Err(audit_error) =
        audit::record(&state.db, draft, AuditOutcome::Failure, state.clock.now()).await
    {
        return ApiError::internal(audit_error);
    }
    error
}
