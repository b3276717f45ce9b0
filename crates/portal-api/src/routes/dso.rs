//! The school official's workspace: only their own school's students, ever.

use axum::{
    Json,
    extract::{Path, Query, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use navigator_domain::{
    FieldErrors, Lang,
    api::{
        audit::{AuditAction, AuditOutcome},
        contact::ContactRequest,
        dso::{ChangeKind, DueItem, PortalAccountRow, PortalEmailRequest, StudentSummary},
        employment::{EmploymentRequest, EndEmploymentRequest, ReportedBy},
        endpoints,
        errors::{ApiError as ErrorBody, ValidationErrors},
        field_change::FieldChange,
        listing::Listing,
        session::AccountRole,
        student::{PortalState, RecordReceipt, StudentProfile},
    },
    words,
};
use serde::Deserialize;
use utoipa::IntoParams;

use super::{JsonBody, fingerprint, session::draft_for, student::changed_fields};
use crate::{
    accounts::Account,
    audit::{self, AuditDraft},
    error::ApiError,
    idempotency::{IdempotencyKey, Written},
    invitations,
    page_number::PageNumber,
    record_write::RecordWrite,
    request_lang::RequestLang,
    search_text::SearchText,
    secrets::new_token,
    session::SignedIn,
    startup::AppState,
    students::{self, INVITATION_DAYS, Student, StudentChange},
};

#[derive(Deserialize, IntoParams)]
pub struct StudentSearch {
    /// Part of a name or SEVIS ID (`%` and `_` are characters, not wildcards).
    #[param(max_length = 100)]
    q: Option<String>,
    /// 1-based page.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 10000)]
    page: Option<PageNumber>,
}

fn official(signed: &SignedIn) -> Result<&Account, ApiError> {
    signed.require(AccountRole::SchoolOfficial)
}

/// The official's student, or 404 — and a refused write is audited as denied.
async fn student_for_write(
    state: &AppState,
    account: &Account,
    id: &str,
    action: AuditAction,
) -> Result<Student, ApiError> {
    let mut conn = state.db.pool.acquire().await?;
    match students::of_school(&mut conn, id, account.school_id.as_deref()).await {
        Ok(student) => Ok(student),
        Err(error) => {
            audit::record(
                &state.db,
                &draft_for(account, action, Some("another school's record".into())),
                AuditOutcome::Denied,
                state.clock.now(),
            )
            .await?;
            Err(error)
        }
    }
}

/// The school's students, by name or SEVIS ID.
#[utoipa::path(get, path = endpoints::DSO_STUDENTS.path, tag = "school officials", params(StudentSearch), security(("session" = [])), responses(
    (status = 200, body = Listing<StudentSummary>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)
))]
pub async fn students(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
    Query(search): Query<StudentSearch>,
) -> Result<Json<Listing<StudentSummary>>, ApiError> {
    let signed = signed?;
    let account = official(&signed)?;
    let mut conn = state.db.pool.acquire().await?;
    let school = account.school_id.as_deref().ok_or(ApiError::Forbidden)?;
    let text = SearchText::parse(search.q.as_deref())?;
    Ok(Json(
        students::search(
            &mut conn,
            school,
            text.as_ref(),
            search.page.unwrap_or_default().get(),
            state.clock.now(),
        )
        .await?,
    ))
}

/// One student of the school, with contact, employment and Portal account.
#[utoipa::path(get, path = endpoints::DSO_STUDENT.path, tag = "school officials", params(("id" = String, Path)), security(("session" = [])), responses(
    (status = 200, body = StudentProfile), (status = 404, description = "Not a student of this school", body = ErrorBody)
))]
pub async fn student(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
    Path(id): Path<String>,
) -> Result<Json<StudentProfile>, ApiError> {
    let signed = signed?;
    let account = official(&signed)?;
    let mut conn = state.db.pool.acquire().await?;
    let student = students::of_school(&mut conn, &id, account.school_id.as_deref()).await?;
    let profile = students::profile(&mut conn, &student, state.clock.now()).await?;
    drop(conn);
    // Reading a record is personal data seen: the trail says who saw whose.
    audit::record(
        &state.db,
        &AuditDraft {
            subject: Some(student.audit_label()),
            ..draft_for(account, AuditAction::ViewStudentRecord, None)
        },
        AuditOutcome::Success,
        state.clock.now(),
    )
    .await?;
    Ok(Json(profile))
}

/// The checks every change of a student's record by a school official starts with: signed
/// in as an official, a key, and a student of the official's own school.
async fn official_write<'a>(
    state: &'a AppState,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    id: &str,
    action: AuditAction,
    fingerprint: String,
) -> Result<RecordWrite<'a>, ApiError> {
    let signed = signed?;
    let account = official(&signed)?.clone();
    let key = key?;
    let student = student_for_write(state, &account, id, action).await?;
    Ok(RecordWrite {
        state,
        account,
        key,
        student,
        action,
        fingerprint,
    })
}

/// Updates the student's U.S. address and phone number.
#[utoipa::path(put, path = endpoints::DSO_UPDATE_CONTACT.path, tag = "school officials", params(("id" = String, Path), ("Idempotency-Key" = String, Header)),
    request_body = ContactRequest, security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, body = ValidationErrors), (status = 404, body = ErrorBody)
))]
pub async fn update_contact(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<ContactRequest>,
) -> Result<Response, ApiError> {
    let write = official_write(
        &state,
        signed,
        key,
        &id,
        AuditAction::UpdateContact,
        fingerprint(&endpoints::DSO_UPDATE_CONTACT, &[&id], &request),
    )
    .await?;
    let (student_id, old) = (write.student.id.clone(), write.student.contact.clone());
    write
        .apply(request.validate(lang), move |tx, contact, _, now| {
            Box::pin(async move {
                students::set_contact(tx, &student_id, &contact, now).await?;
                Ok(changed_fields(old.as_ref(), &contact))
            })
        })
        .await
}

/// Adds an OPT employer (for STEM OPT, after reviewing Form I-983).
#[utoipa::path(post, path = endpoints::DSO_ADD_EMPLOYMENT.path, tag = "school officials", params(("id" = String, Path), ("Idempotency-Key" = String, Header)),
    request_body = EmploymentRequest, security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, body = ValidationErrors)
))]
pub async fn add_employment(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<EmploymentRequest>,
) -> Result<Response, ApiError> {
    let write = official_write(
        &state,
        signed,
        key,
        &id,
        AuditAction::AddEmployment,
        fingerprint(&endpoints::DSO_ADD_EMPLOYMENT, &[&id], &request),
    )
    .await?;
    let student_id = write.student.id.clone();
    write
        .apply(
            request.validate(lang, state.clock.today()),
            move |tx, job, _, now| {
                Box::pin(async move {
                    students::save_employment(
                        tx,
                        &student_id,
                        None,
                        &job,
                        ReportedBy::SchoolOfficial,
                        now,
                    )
                    .await?;
                    Ok(changed_fields(None, &job))
                })
            },
        )
        .await
}

/// Edits an OPT employer's details.
#[utoipa::path(put, path = endpoints::DSO_EDIT_EMPLOYMENT.path, tag = "school officials",
    params(("id" = String, Path), ("employment_id" = String, Path), ("Idempotency-Key" = String, Header)),
    request_body = EmploymentRequest, security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, body = ValidationErrors), (status = 404, body = ErrorBody)
))]
pub async fn edit_employment(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path((id, employment_id)): Path<(String, String)>,
    JsonBody(request): JsonBody<EmploymentRequest>,
) -> Result<Response, ApiError> {
    let write = official_write(
        &state,
        signed,
        key,
        &id,
        AuditAction::EditEmployment,
        fingerprint(
            &endpoints::DSO_EDIT_EMPLOYMENT,
            &[&id, &employment_id],
            &request,
        ),
    )
    .await?;
    let student_id = write.student.id.clone();
    write
        .apply(
            request.validate(lang, state.clock.today()),
            move |tx, job, _, now| {
                Box::pin(async move {
                    let current = students::employment_by_id(tx, &student_id, &employment_id)
                        .await?
                        .ok_or(ApiError::NotFound)?;
                    students::save_employment(
                        tx,
                        &student_id,
                        Some(&employment_id),
                        &job,
                        ReportedBy::SchoolOfficial,
                        now,
                    )
                    .await?;
                    Ok(changed_fields(Some(&current.employment), &job))
                })
            },
        )
        .await
}

/// Records the last day of an OPT job.
#[utoipa::path(post, path = endpoints::DSO_END_EMPLOYMENT.path, tag = "school officials",
    params(("id" = String, Path), ("employment_id" = String, Path), ("Idempotency-Key" = String, Header)),
    request_body = EndEmploymentRequest, security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, body = ValidationErrors), (status = 404, body = ErrorBody)
))]
pub async fn end_employment(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path((id, employment_id)): Path<(String, String)>,
    JsonBody(request): JsonBody<EndEmploymentRequest>,
) -> Result<Response, ApiError> {
    let write = official_write(
        &state,
        signed,
        key,
        &id,
        AuditAction::EndEmployment,
        fingerprint(
            &endpoints::DSO_END_EMPLOYMENT,
            &[&id, &employment_id],
            &request,
        ),
    )
    .await?;
    end_job(
        &state,
        lang,
        write,
        &employment_id,
        request,
        ReportedBy::SchoolOfficial,
    )
    .await
}

/// Shared by officials and students: the end date must not be before the job's start.
pub async fn end_job(
    state: &AppState,
    lang: Lang,
    write: RecordWrite<'_>,
    employment_id: &str,
    request: EndEmploymentRequest,
    by: ReportedBy,
) -> Result<Response, ApiError> {
    let mut conn = state.db.pool.acquire().await?;
    let Some(job) = students::employment_by_id(&mut conn, &write.student.id, employment_id).await?
    else {
        return Err(write.refuse(ApiError::NotFound).await);
    };
    drop(conn);
    let end = request.validate(job.employment.start, lang, state.clock.today());
    let student = write.student.clone();
    write
        .apply(end, move |tx, end, reference, now| {
            Box::pin(async move {
                let mut employment = job.employment.clone();
                employment.end = Some(end);
                students::save_employment(tx, &student.id, Some(&job.id), &employment, by, now)
                    .await?;
                let changes = changed_fields(Some(&job.employment), &employment);
                // A student's own change is for their DSO to bring into SEVIS.
                if by == ReportedBy::Student {
                    let change = StudentChange {
                        kind: ChangeKind::EmploymentEnded,
                        summary: &employment.employer_name,
                        changes,
                    };
                    return Ok(
                        students::record_change(tx, &student, change, &reference, now).await?,
                    );
                }
                Ok(changes)
            })
        })
        .await
}

/// Sends the SEVP Portal account email again, with a new link valid 14 days.
#[utoipa::path(post, path = endpoints::DSO_RESEND_INVITATION.path, tag = "school officials", params(("id" = String, Path), ("Idempotency-Key" = String, Header)),
    security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, description = "The account is already active", body = ErrorBody)
))]
pub async fn resend_invitation(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let write = official_write(
        &state,
        signed,
        key,
        &id,
        AuditAction::ResendInvitation,
        fingerprint(&endpoints::DSO_RESEND_INVITATION, &[&id], &()),
    )
    .await?;
    let now = state.clock.now();
    if matches!(
        write.student.portal_state(now),
        PortalState::Active | PortalState::Locked | PortalState::Closed
    ) {
        let message = words::text(lang, "server-portal-already-set-up");
        return Err(write.refuse(ApiError::NotAllowed(message.into())).await);
    }
    let student = &write.student;
    let (student_id, email, name) = (
        student.id.clone(),
        student.portal_email.clone(),
        student.name(),
    );
    let outbox = state.outbox.clone();
    write
        .apply(Ok::<(), FieldErrors>(()), move |tx, (), _, now| {
            Box::pin(async move {
                let token = new_token();
                let expires = now.unix_seconds() + INVITATION_DAYS * 86_400;
                invitations::replace(tx, &student_id, &token, expires).await?;
                outbox
                    .send_invitation(tx, email.as_str(), &name, &token, now)
                    .await?;
                // A new link, no field of the record.
                Ok(Vec::new())
            })
        })
        .await
}

/// Unlocks a Portal account locked after too many failed sign-ins.
#[utoipa::path(post, path = endpoints::DSO_UNLOCK_PORTAL.path, tag = "school officials", params(("id" = String, Path), ("Idempotency-Key" = String, Header)),
    security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, description = "The account is not locked", body = ErrorBody)
))]
pub async fn unlock_portal(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let write = official_write(
        &state,
        signed,
        key,
        &id,
        AuditAction::UnlockPortalAccount,
        fingerprint(&endpoints::DSO_UNLOCK_PORTAL, &[&id], &()),
    )
    .await?;
    if write.student.portal_state(state.clock.now()) != PortalState::Locked {
        let message = words::text(lang, "server-portal-not-locked");
        return Err(write.refuse(ApiError::NotAllowed(message.into())).await);
    }
    let (student_id, email) = (write.student.id.clone(), write.student.portal_email.clone());
    write
        .apply(Ok::<(), FieldErrors>(()), move |tx, (), _, _| {
            Box::pin(async move {
                students::unlock(tx, &student_id).await?;
                crate::throttle::forget_account(tx, email.as_str()).await?;
                Ok(Vec::new())
            })
        })
        .await
}

/// Changes the email address the student's Portal account uses.
#[utoipa::path(put, path = endpoints::DSO_CHANGE_PORTAL_EMAIL.path, tag = "school officials", params(("id" = String, Path), ("Idempotency-Key" = String, Header)),
    request_body = PortalEmailRequest, security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, body = ValidationErrors)
))]
pub async fn change_portal_email(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<PortalEmailRequest>,
) -> Result<Response, ApiError> {
    let write = official_write(
        &state,
        signed,
        key,
        &id,
        AuditAction::ChangePortalEmail,
        fingerprint(&endpoints::DSO_CHANGE_PORTAL_EMAIL, &[&id], &request),
    )
    .await?;
    let (student_id, student_account, old_email) = (
        write.student.id.clone(),
        write.student.account_id.clone(),
        write.student.portal_email.clone(),
    );
    let input = match request.validate(lang) {
        Ok(email) if students::email_taken(&state.db.pool, &email, &student_id).await? => {
            let mut errors = FieldErrors::new();
            errors.add("email", words::text(lang, "server-email-taken"));
            Err(errors)
        }
        other => other,
    };
    write
        .apply(input, move |tx, email, _, now| {
            Box::pin(async move {
                students::change_portal_email(
                    tx,
                    &student_id,
                    student_account.as_deref(),
                    &email,
                    now,
                )
                .await?;
                Ok(vec![FieldChange {
                    field: "portal_email".into(),
                    old: Some(old_email.as_str().to_owned()),
                    new: Some(email.as_str().to_owned()),
                }])
            })
        })
        .await
}

fn csv_cell(text: &str) -> String {
    // A leading =, +, - or @ would be a formula in a spreadsheet.
    let text = if text.starts_with(['=', '+', '-', '@']) {
        ["'", text].concat()
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        ["\"", &text.replace('"', "\"\""), "\""].concat()
    } else {
        text
    }
}

/// The CSV's columns: one row per field a change touched, with its value before and after,
/// so SEVIS can be updated from the file alone.
pub const CHANGES_REPORT_COLUMNS: [&str; 12] = [
    "changed_at",
    "changed_by",
    "student",
    "sevis_id",
    "change",
    "field",
    "old_value",
    "new_value",
    "summary",
    "reference",
    "due",
    "done",
];

/// The CSV's rows for one change: one per field (one with empty field cells for a change
/// recorded before fields were kept).
fn report_rows(item: &DueItem, summary: &str, sevis: &str) -> Vec<[String; 12]> {
    let row = |field: &str, old: &str, new: &str| {
        [
            item.changed_at.to_iso(),
            item.changed_by.clone(),
            item.student_name.clone(),
            sevis.to_owned(),
            students::change_kind_id(item.change).to_owned(),
            field.to_owned(),
            old.to_owned(),
            new.to_owned(),
            summary.to_owned(),
            item.reference.to_string(),
            item.due.to_iso(),
            if item.done { "yes" } else { "no" }.to_owned(),
        ]
    };
    if item.changes.is_empty() {
        return vec![row("", "", "")];
    }
    item.changes
        .iter()
        .map(|c| {
            row(
                &c.field,
                c.old.as_deref().unwrap_or_default(),
                c.new.as_deref().unwrap_or_default(),
            )
        })
        .collect()
}

fn csv_line(cells: &[String]) -> String {
    let mut line = cells
        .iter()
        .map(|c| csv_cell(c))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// Every change the school's students made themselves, as CSV.
#[utoipa::path(get, path = endpoints::DSO_CHANGES_REPORT.path, tag = "school officials", security(("session" = [])), responses(
    (status = 200, description = "CSV, one row per field changed: changed_at (ISO 8601 UTC), changed_by, student, sevis_id, change, field, old_value, new_value, summary, reference, due, done", content_type = "text/csv", body = String)
))]
pub async fn changes_report(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Response, ApiError> {
    let signed = signed?;
    let account = official(&signed)?;
    let school = account.school_id.clone().ok_or(ApiError::Forbidden)?;
    let mut conn = state.db.pool.acquire().await?;
    let rows = students::changes(&mut conn, &school, false).await?;
    let header = CHANGES_REPORT_COLUMNS.map(str::to_owned);
    let mut csv = csv_line(&header);
    for (item, summary, sevis) in rows {
        for row in report_rows(&item, &summary, &sevis) {
            csv.push_str(&csv_line(&row));
        }
    }
    audit::record(
        &state.db,
        &draft_for(account, AuditAction::DownloadChangesReport, None),
        AuditOutcome::Success,
        state.clock.now(),
    )
    .await?;
    let mut response = (StatusCode::OK, csv).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"student-changes.csv\""),
    );
    Ok(response)
}

/// Which students have a Portal account, and in what state.
#[utoipa::path(get, path = endpoints::DSO_PORTAL_ACCOUNTS.path, tag = "school officials", security(("session" = [])), responses((status = 200, body = Vec<PortalAccountRow>)))]
pub async fn portal_accounts(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Json<Vec<PortalAccountRow>>, ApiError> {
    let signed = signed?;
    let school = official(&signed)?
        .school_id
        .clone()
        .ok_or(ApiError::Forbidden)?;
    let mut conn = state.db.pool.acquire().await?;
    Ok(Json(
        students::portal_rows(&mut conn, &school, state.clock.now()).await?,
    ))
}

/// Changes students made that the DSO must bring into SEVIS within 21 days.
#[utoipa::path(get, path = endpoints::DSO_ITEMS_DUE.path, tag = "school officials", security(("session" = [])), responses((status = 200, body = Vec<DueItem>)))]
pub async fn items_due(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Json<Vec<DueItem>>, ApiError> {
    let signed = signed?;
    let school = official(&signed)?
        .school_id
        .clone()
        .ok_or(ApiError::Forbidden)?;
    let mut conn = state.db.pool.acquire().await?;
    Ok(Json(
        students::changes(&mut conn, &school, true)
            .await?
            .into_iter()
            .map(|(item, ..)| item)
            .collect(),
    ))
}

/// Marks an item done.
#[utoipa::path(post, path = endpoints::DSO_MARK_DONE.path, tag = "school officials", params(("id" = String, Path), ("Idempotency-Key" = String, Header)),
    security(("session" = []), ("csrf" = [])), responses((status = 200, body = Vec<DueItem>), (status = 404, body = ErrorBody)))]
pub async fn mark_done(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    set_done(&state, signed, key, id, true).await
}

/// Undoes "mark as done": the item is due again.
#[utoipa::path(post, path = endpoints::DSO_REOPEN_ITEM.path, tag = "school officials", params(("id" = String, Path), ("Idempotency-Key" = String, Header)),
    security(("session" = []), ("csrf" = [])), responses((status = 200, body = Vec<DueItem>), (status = 404, body = ErrorBody)))]
pub async fn reopen_item(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    set_done(&state, signed, key, id, false).await
}

/// Marks an item done or due again, idempotent and audited; answers with the items due.
async fn set_done(
    state: &AppState,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    id: String,
    done: bool,
) -> Result<Response, ApiError> {
    let signed = signed?;
    let account = official(&signed)?.clone();
    let key = key?;
    let school = account.school_id.clone().ok_or(ApiError::Forbidden)?;
    let (action, endpoint) = if done {
        (AuditAction::MarkItemDone, &endpoints::DSO_MARK_DONE)
    } else {
        (AuditAction::ReopenItem, &endpoints::DSO_REOPEN_ITEM)
    };
    let draft = draft_for(&account, action, None);
    crate::idempotency::run(
        crate::idempotency::WriteRequest {
            state,
            account_id: &account.id,
            key: &key,
            fingerprint: fingerprint(endpoint, &[&id], &()),
            audit: draft,
            status: StatusCode::OK,
        },
        move |tx| {
            Box::pin(async move {
                let (student, reference) = students::set_change_done(tx, &id, &school, done)
                    .await?
                    .ok_or(ApiError::NotFound)?;
                let due = students::changes(tx, &school, true)
                    .await?
                    .into_iter()
                    .map(|(item, ..)| item)
                    .collect::<Vec<_>>();
                // The action says what changed: the item marked done, or open again.
                Ok(Written {
                    subject: Some(student.audit_label()),
                    ..Written::under(due, reference)
                })
            })
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use navigator_domain::{
        api::field_change::FieldChange, calendar::Date, calendar::Timestamp,
        reference_number::ReferenceNumber,
    };

    use super::*;

    #[test]
    fn a_change_is_one_row_per_field_with_old_and_new() {
        let item = DueItem {
            id: "c1".into(),
            student_id: "s1".into(),
            student_name: "Ana Lopez".into(),
            change: ChangeKind::Contact,
            reference: ReferenceNumber::parse("K7QM-3XHP-2R").expect("valid"),
            changed_at: Timestamp::from_unix_seconds(1_790_000_000),
            changed_by: "Ana Lopez".into(),
            changes: vec![
                FieldChange {
                    field: "address.line2".into(),
                    old: None,
                    new: Some("Apt 4".into()),
                },
                FieldChange {
                    field: "phone".into(),
                    old: Some("617-555-0142".into()),
                    new: Some("617-555-0199".into()),
                },
            ],
            due: Date::parse_iso("2026-09-12").expect("valid"),
            done: false,
        };
        let rows = report_rows(&item, "12 Elm Street, Boston, MA", "N0004720633");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0][5..8], ["address.line2", "", "Apt 4"]);
        assert_eq!(rows[1][5..8], ["phone", "617-555-0142", "617-555-0199"]);
        assert_eq!(
            csv_line(&rows[1]),
            "2026-09-21T14:13:20Z,Ana Lopez,Ana Lopez,N0004720633,contact,phone,617-555-0142,617-555-0199,\"12 Elm Street, Boston, MA\",K7QM-3XHP-2R,2026-09-12,no\r\n"
        );
    }
}
