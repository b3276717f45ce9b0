//! A student on OPT: only their own record. STEM OPT students cannot add an employer or
//! change a start date themselves (the domain's rule; the answer says to contact the DSO).

use axum::{
    Json,
    extract::{Path, State},
    response::Response,
};
use navigator_domain::{
    api::{
        audit::AuditAction,
        contact::ContactRequest,
        dso::ChangeKind,
        employment::{
            ChangeRefused, EmploymentChange, EmploymentRequest, EndEmploymentRequest, ReportedBy,
            student_may_change,
        },
        endpoints,
        errors::{ApiError as ErrorBody, Unprocessable, ValidationErrors},
        field_change::{FieldChange, field_changes},
        session::AccountRole,
        student::{OptKind, RecordReceipt, StudentProfile},
        validation_report::ValidationReportRequest,
    },
    calculators::{StemReport, UnemploymentDays, UnemploymentError, stem_reporting_schedule},
    words,
};

use super::{JsonBody, dso::end_job, fingerprint};
use crate::{
    error::ApiError,
    idempotency::IdempotencyKey,
    record_write::RecordWrite,
    request_lang::RequestLang,
    session::SignedIn,
    startup::AppState,
    students::{self, Student, StudentChange},
};

/// The checks every change a student makes starts with: signed in as a student, a key,
/// and the student's own record.
async fn own_write<'a>(
    state: &'a AppState,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    action: AuditAction,
    fingerprint: String,
) -> Result<RecordWrite<'a>, ApiError> {
    let signed = signed?;
    let key = key?;
    let student = own_record(state, &signed).await?;
    Ok(RecordWrite {
        state,
        account: signed.account,
        key,
        student,
        action,
        fingerprint,
    })
}

async fn own_record(state: &AppState, signed: &SignedIn) -> Result<Student, ApiError> {
    let account = signed.require(AccountRole::Student)?;
    let mut conn = state.db.pool.acquire().await?;
    students::by_account(&mut conn, &account.id)
        .await?
        .ok_or(ApiError::NotFound)
}

/// Each field of a record that differs between `old` and `new`.
pub fn changed_fields<T: serde::Serialize>(old: Option<&T>, new: &T) -> Vec<FieldChange> {
    let value = |record: &T| serde_json::to_value(record).unwrap_or_default();
    field_changes(old.map(value).as_ref(), &value(new))
}

fn refused(rule: ChangeRefused, lang: navigator_domain::Lang) -> ApiError {
    ApiError::NotAllowed(rule.message(lang).to_owned())
}

/// The student's own record.
#[utoipa::path(get, path = endpoints::STUDENT_PROFILE.path, tag = "students", security(("session" = [])), responses(
    (status = 200, body = StudentProfile), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)
))]
pub async fn profile(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Json<StudentProfile>, ApiError> {
    let student = own_record(&state, &signed?).await?;
    let mut conn = state.db.pool.acquire().await?;
    Ok(Json(
        students::profile(&mut conn, &student, state.clock.now()).await?,
    ))
}

/// Reports a new U.S. address and phone number (reaches SEVIS at once).
#[utoipa::path(put, path = endpoints::STUDENT_UPDATE_CONTACT.path, tag = "students", params(("Idempotency-Key" = String, Header)), request_body = ContactRequest,
    security(("session" = []), ("csrf" = [])), responses((status = 200, body = RecordReceipt), (status = 422, body = ValidationErrors)))]
pub async fn update_contact(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    JsonBody(request): JsonBody<ContactRequest>,
) -> Result<Response, ApiError> {
    let write = own_write(
        &state,
        signed,
        key,
        AuditAction::UpdateContact,
        fingerprint(&endpoints::STUDENT_UPDATE_CONTACT, &[], &request),
    )
    .await?;
    let owned = write.student.clone();
    write
        .apply(
            request.validate(lang),
            move |tx, contact, reference, now| {
                Box::pin(async move {
                    students::set_contact(tx, &owned.id, &contact, now).await?;
                    let summary = [
                        contact.address.line1.as_str(),
                        ", ",
                        &contact.address.city,
                        ", ",
                        contact.address.state.code(),
                    ]
                    .concat();
                    let change = StudentChange {
                        kind: ChangeKind::Contact,
                        summary: &summary,
                        changes: changed_fields(owned.contact.as_ref(), &contact),
                    };
                    students::record_change(tx, &owned, change, &reference, now)
                        .await
                        .map_err(Into::into)
                })
            },
        )
        .await
}

/// Adds an employer (post-completion OPT and M-1 only).
#[utoipa::path(post, path = endpoints::STUDENT_ADD_EMPLOYMENT.path, tag = "students", params(("Idempotency-Key" = String, Header)), request_body = EmploymentRequest,
    security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, description = "Invalid, or STEM OPT (ask the DSO)", body = inline(Unprocessable))
))]
pub async fn add_employment(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    JsonBody(request): JsonBody<EmploymentRequest>,
) -> Result<Response, ApiError> {
    let write = own_write(
        &state,
        signed,
        key,
        AuditAction::AddEmployment,
        fingerprint(&endpoints::STUDENT_ADD_EMPLOYMENT, &[], &request),
    )
    .await?;
    if let Err(rule) = student_may_change(write.student.opt.kind, EmploymentChange::Add) {
        return Err(write.refuse(refused(rule, lang)).await);
    }
    let owned = write.student.clone();
    write
        .apply(
            request.validate(lang, state.clock.today()),
            move |tx, job, reference, now| {
                Box::pin(async move {
                    students::save_employment(tx, &owned.id, None, &job, ReportedBy::Student, now)
                        .await?;
                    let change = StudentChange {
                        kind: ChangeKind::EmploymentAdded,
                        summary: &job.employer_name,
                        changes: changed_fields(None, &job),
                    };
                    students::record_change(tx, &owned, change, &reference, now)
                        .await
                        .map_err(Into::into)
                })
            },
        )
        .await
}

/// Edits an employer's details; on STEM OPT the start date cannot change.
#[utoipa::path(put, path = endpoints::STUDENT_EDIT_EMPLOYMENT.path, tag = "students", params(("employment_id" = String, Path), ("Idempotency-Key" = String, Header)),
    request_body = EmploymentRequest, security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, description = "Invalid, or a STEM OPT start date moved (ask the DSO)", body = inline(Unprocessable)), (status = 404, body = ErrorBody)
))]
pub async fn edit_employment(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(employment_id): Path<String>,
    JsonBody(request): JsonBody<EmploymentRequest>,
) -> Result<Response, ApiError> {
    let write = own_write(
        &state,
        signed,
        key,
        AuditAction::EditEmployment,
        fingerprint(
            &endpoints::STUDENT_EDIT_EMPLOYMENT,
            &[&employment_id],
            &request,
        ),
    )
    .await?;
    let owned = write.student.clone();
    let mut conn = state.db.pool.acquire().await?;
    let Some(current) = students::employment_by_id(&mut conn, &owned.id, &employment_id).await?
    else {
        return Err(write.refuse(ApiError::NotFound).await);
    };
    drop(conn);
    let validated = request.validate(lang, state.clock.today());
    if let Ok(job) = &validated {
        let change = EmploymentChange::Edit {
            start_date_changed: job.start != current.employment.start,
        };
        if let Err(rule) = student_may_change(owned.opt.kind, change) {
            return Err(write.refuse(refused(rule, lang)).await);
        }
    }

    write
        .apply(validated, move |tx, job, reference, now| {
            Box::pin(async move {
                students::save_employment(
                    tx,
                    &owned.id,
                    Some(&employment_id),
                    &job,
                    ReportedBy::Student,
                    now,
                )
                .await?;
                let change = StudentChange {
                    kind: ChangeKind::EmploymentEdited,
                    summary: &job.employer_name,
                    changes: changed_fields(Some(&current.employment), &job),
                };
                students::record_change(tx, &owned, change, &reference, now)
                    .await
                    .map_err(Into::into)
            })
        })
        .await
}

/// Records the last day of a job.
#[utoipa::path(post, path = endpoints::STUDENT_END_EMPLOYMENT.path, tag = "students", params(("employment_id" = String, Path), ("Idempotency-Key" = String, Header)),
    request_body = EndEmploymentRequest, security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, body = ValidationErrors), (status = 404, body = ErrorBody)
))]
pub async fn end_employment(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(employment_id): Path<String>,
    JsonBody(request): JsonBody<EndEmploymentRequest>,
) -> Result<Response, ApiError> {
    let write = own_write(
        &state,
        signed,
        key,
        AuditAction::EndEmployment,
        fingerprint(
            &endpoints::STUDENT_END_EMPLOYMENT,
            &[&employment_id],
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
        ReportedBy::Student,
    )
    .await
}

/// Days of unemployment used and left (90, or 150 with STEM).
#[utoipa::path(get, path = endpoints::STUDENT_UNEMPLOYMENT.path, tag = "students", security(("session" = [])), responses(
    (status = 200, body = UnemploymentDays), (status = 422, description = "M-1 practical training has no unemployment allowance (ask the DSO)", body = ErrorBody)
))]
pub async fn unemployment(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
) -> Result<Json<UnemploymentDays>, ApiError> {
    let student = own_record(&state, &signed?).await?;
    let mut conn = state.db.pool.acquire().await?;
    let jobs = students::employment(&mut conn, &student.id).await?;
    let today = state.clock.today();
    // M-1 practical training has no unemployment allowance: no count, ask the DSO.
    let (Some(counted), Some(limit)) = (
        student.opt.unemployment(&jobs, today),
        student.opt.kind.unemployment_limit(),
    ) else {
        let message = student.opt.kind.no_unemployment_allowance(lang);
        return Err(ApiError::NotAllowed(message.unwrap_or_default().to_owned()));
    };
    match counted {
        Ok(days) => Ok(Json(days)),
        // Before the EAD starts nothing is used yet.
        Err(UnemploymentError::NotStarted) => Ok(Json(UnemploymentDays {
            limit,
            counted_from: student.opt.counting_from(),
            counted_to: today,
            used: 0,
            allowed: limit.days(),
            left: limit.days(),
            unemployed: Vec::new(),
            runs_out_on: None,
        })),
        Err(UnemploymentError::EndsBeforeStart(_)) => {
            Err(ApiError::internal("a stored job ends before it starts"))
        }
    }
}

/// The STEM OPT validation reports and Form I-983 evaluations, with their dates.
#[utoipa::path(get, path = endpoints::STUDENT_STEM_REPORTS.path, tag = "students", security(("session" = [])), responses((status = 200, body = Vec<StemReport>)))]
pub async fn stem_reports(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Json<Vec<StemReport>>, ApiError> {
    let student = own_record(&state, &signed?).await?;
    Ok(Json(match student.opt.kind {
        OptKind::Stem => stem_reporting_schedule(student.opt.ead_start, Some(student.opt.ead_end)),
        _ => Vec::new(),
    }))
}

/// Sends a STEM OPT validation report: the student confirms their employer, address and
/// employment status; their DSO sees it in items due.
#[utoipa::path(post, path = endpoints::STUDENT_VALIDATION_REPORT.path, tag = "students", params(("Idempotency-Key" = String, Header)),
    request_body = ValidationReportRequest, security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = RecordReceipt), (status = 422, body = ValidationErrors), (status = 409, description = "Not on STEM OPT, or the key was used for another request", body = ErrorBody)
))]
pub async fn validation_report(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    JsonBody(request): JsonBody<ValidationReportRequest>,
) -> Result<Response, ApiError> {
    let write = own_write(
        &state,
        signed,
        key,
        AuditAction::SubmitValidationReport,
        fingerprint(&endpoints::STUDENT_VALIDATION_REPORT, &[], &request),
    )
    .await?;
    if write.student.opt.kind != OptKind::Stem {
        let message = words::text(lang, "server-validation-report-stem-only");
        return Err(write.refuse(ApiError::Conflict(message.into())).await);
    }
    let owned = write.student.clone();
    write
        .apply(request.validate(lang), move |tx, report, reference, now| {
            Box::pin(async move {
                let change = StudentChange {
                    kind: ChangeKind::ValidationReport,
                    summary: "STEM validation report",
                    changes: field_changes(None, &report.as_record()),
                };
                students::record_change(tx, &owned, change, &reference, now)
                    .await
                    .map_err(Into::into)
            })
        })
        .await
}
