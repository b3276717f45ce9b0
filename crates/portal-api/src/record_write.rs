//! The shape every change of a student's record takes, whoever makes it: checked role and
//! record, validated input, one idempotent transaction with its audit entry, and the record
//! as it now stands with a reference for the person's records.

use axum::{http::StatusCode, response::Response};
use navigator_domain::{
    FieldErrors,
    api::{audit::AuditAction, field_change::FieldChange, student::RecordReceipt},
    calendar::Timestamp,
    reference_number::ReferenceNumber,
};

use crate::{
    accounts::Account,
    audit::AuditDraft,
    database::{Tx, TxFuture},
    error::ApiError,
    idempotency::{self, IdempotencyKey, WriteRequest, Written, refuse},
    secrets::new_reference,
    startup::AppState,
    students::{self, Student},
};

pub struct RecordWrite<'a> {
    pub state: &'a AppState,
    pub account: Account,
    pub key: IdempotencyKey,
    pub student: Student,
    pub action: AuditAction,
    pub fingerprint: String,
}

impl RecordWrite<'_> {
    fn draft(&self) -> AuditDraft {
        AuditDraft {
            actor: self.account.display_name.clone(),
            actor_role: Some(self.account.role),
            account_id: Some(self.account.id.clone()),
            school_id: Some(self.student.school_id.clone()),
            action: self.action,
            target: None,
            subject: Some(self.student.audit_label()),
            reference: None,
            changes: Vec::new(),
        }
    }

    /// Validates with `input`, then applies `write` and answers with a receipt. `write`
    /// answers the fields it changed, for the audit entry.
    pub async fn apply<V, F>(
        self,
        input: Result<V, FieldErrors>,
        write: F,
    ) -> Result<Response, ApiError>
    where
        V: Send + 'static,
        F: for<'c> FnOnce(
                &'c mut Tx,
                V,
                ReferenceNumber,
                Timestamp,
            ) -> TxFuture<'c, Vec<FieldChange>>
            + Send
            + 'static,
    {
        let draft = self.draft();
        let value = match input {
            Ok(value) => value,
            Err(errors) => {
                return Err(refuse(self.state, &draft, ApiError::Validation(errors)).await);
            }
        };
        let student_id = self.student.id.clone();
        let now = self.state.clock.now();
        idempotency::run(
            WriteRequest {
                state: self.state,
                account_id: &self.account.id,
                key: &self.key,
                fingerprint: self.fingerprint,
                audit: draft,
                status: StatusCode::OK,
            },
            move |tx: &mut Tx| {
                Box::pin(async move {
                    let reference = new_reference();
                    let changes = write(tx, value, reference.clone(), now).await?;
                    let student = students::by_id(tx, &student_id)
                        .await?
                        .ok_or(ApiError::NotFound)?;
                    let profile = students::profile(tx, &student, now).await?;
                    let receipt = RecordReceipt {
                        reference: reference.clone(),
                        recorded_at: now,
                        profile,
                    };
                    Ok(Written::under(receipt, reference).changing(changes))
                })
            },
        )
        .await
    }

    /// Refuses the change for a rule of the domain, and audits the refusal.
    pub async fn refuse(self, error: ApiError) -> ApiError {
        refuse(self.state, &self.draft(), error).await
    }
}
