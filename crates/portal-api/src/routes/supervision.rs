//! A person under ICE supervision: change of address (the answer lists the court and USCIS
//! filings that also apply) and check-in appointments at their own office.

use axum::{
    Json,
    extract::{Path, State},
    http::StatusCode,
    response::Response,
};
use navigator_domain::{
    Lang,
    api::{
        audit::AuditAction,
        endpoints,
        errors::{ApiError as ErrorBody, ValidationErrors},
        field_change::FieldChange,
        session::AccountRole,
        supervision::{
            AddressChangeReceipt, AddressChangeRequest, Appointment, BookingRequest, CheckInSlot,
            follow_ups,
        },
    },
    words,
};

use super::{JsonBody, fingerprint, session::draft_for};
use crate::{
    accounts::Account,
    audit::AuditDraft,
    database::Tx,
    error::ApiError,
    idempotency::{self, IdempotencyKey, WriteRequest, Written, refuse},
    request_lang::RequestLang,
    secrets::new_reference,
    session::SignedIn,
    startup::AppState,
    supervision,
};

fn supervised(signed: &SignedIn) -> Result<(&Account, String), ApiError> {
    let account = signed.require(AccountRole::Supervised)?;
    let office = account.office_id.clone().ok_or(ApiError::Forbidden)?;
    Ok((account, office))
}

/// A person's own write: about them, named with their masked A-Number.
fn own_draft(account: &Account, action: AuditAction) -> AuditDraft {
    AuditDraft {
        subject: Some(account.audit_label()),
        ..draft_for(account, action, None)
    }
}

/// A check-in's time before and after a booking, a move or a cancellation, as the audit log
/// keeps it: the office's own date and time (`2026-12-03 09:30`).
fn check_in_change(before: Option<&CheckInSlot>, after: Option<&CheckInSlot>) -> FieldChange {
    let when = |slot: &CheckInSlot| [slot.date.to_iso(), " ".into(), slot.time.clone()].concat();
    FieldChange {
        field: "check_in".into(),
        old: before.map(when),
        new: after.map(when),
    }
}

fn taken(lang: Lang) -> ApiError {
    ApiError::Conflict(words::text(lang, "server-slot-taken").into())
}

fn conflict_or(error: sqlx::Error, lang: Lang) -> ApiError {
    match &error {
        sqlx::Error::Database(e)
            if e.is_unique_violation()
                && e.constraint() == Some("appointments_one_booked_per_person") =>
        {
            ApiError::Conflict(words::text(lang, "server-already-booked").into())
        }
        sqlx::Error::Database(e) if e.is_unique_violation() => taken(lang),
        _ => error.into(),
    }
}

/// Reports a new address to ICE.
#[utoipa::path(post, path = endpoints::SUPERVISION_CHANGE_ADDRESS.path, tag = "supervision", params(("Idempotency-Key" = String, Header)), request_body = AddressChangeRequest,
    security(("session" = []), ("csrf" = [])), responses(
    (status = 201, description = "Recorded; the answer lists EOIR-33 and AR-11 when they apply", body = AddressChangeReceipt),
    (status = 422, body = ValidationErrors)
))]
pub async fn change_address(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    JsonBody(request): JsonBody<AddressChangeRequest>,
) -> Result<Response, ApiError> {
    let signed = signed?;
    let key = key?;
    let (account, _) = supervised(&signed)?;
    let draft = own_draft(account, AuditAction::ChangeAddress);
    let change = match request.validate(lang, state.clock.today()) {
        Ok(change) => change,
        Err(errors) => return Err(refuse(&state, &draft, ApiError::Validation(errors)).await),
    };
    let account_id = account.id.clone();
    let now = state.clock.now();
    idempotency::run(
        WriteRequest {
            state: &state,
            account_id: &account.id,
            key: &key,
            fingerprint: fingerprint(&endpoints::SUPERVISION_CHANGE_ADDRESS, &[], &request),
            audit: draft,
            status: StatusCode::CREATED,
        },
        move |tx: &mut Tx| {
            Box::pin(async move {
                let reference = new_reference();
                let changes =
                    supervision::record_address_change(tx, &account_id, &reference, &change, now)
                        .await?;
                let receipt = AddressChangeReceipt {
                    reference: reference.clone(),
                    recorded_at: now,
                    address: change.address.clone(),
                    moved_on: change.moved_on,
                    follow_ups: follow_ups(change.moved_on, change.court_case),
                };
                Ok(Written::under(receipt, reference).changing(changes))
            })
        },
    )
    .await
}

/// Appointment times at the person's own office, from today, for four weeks.
#[utoipa::path(get, path = endpoints::SUPERVISION_SLOTS.path, tag = "supervision", security(("session" = [])), responses((status = 200, body = Vec<CheckInSlot>)))]
pub async fn slots(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Json<Vec<CheckInSlot>>, ApiError> {
    let signed = signed?;
    let (_, office) = supervised(&signed)?;
    let mut conn = state.db.pool.acquire().await?;
    Ok(Json(
        supervision::slots(&mut conn, &office, state.clock.today()).await?,
    ))
}

/// The person's appointments, booked and cancelled.
#[utoipa::path(get, path = endpoints::SUPERVISION_APPOINTMENTS.path, tag = "supervision", security(("session" = [])), responses((status = 200, body = Vec<Appointment>)))]
pub async fn appointments(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Json<Vec<Appointment>>, ApiError> {
    let signed = signed?;
    let (account, office) = supervised(&signed)?;
    let mut conn = state.db.pool.acquire().await?;
    Ok(Json(
        supervision::appointments(&mut conn, &account.id, &office).await?,
    ))
}

async fn free_slot(
    tx: &mut Tx,
    state: &AppState,
    office: &str,
    slot_id: &str,
    lang: Lang,
) -> Result<(), ApiError> {
    let slot = supervision::slot_by_id(tx, office, slot_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if slot.date < state.clock.today() || !slot.available {
        return Err(taken(lang));
    }
    Ok(())
}

async fn appointment_of(
    tx: &mut Tx,
    account: &Account,
    office: &str,
    id: &str,
) -> Result<Appointment, ApiError> {
    supervision::appointments(tx, &account.id, office)
        .await?
        .into_iter()
        .find(|a| {
            a.id == id && a.status == navigator_domain::api::supervision::AppointmentStatus::Booked
        })
        .ok_or(ApiError::NotFound)
}

/// Books a check-in. One booked appointment at a time: move it instead of booking another.
#[utoipa::path(post, path = endpoints::SUPERVISION_BOOK.path, tag = "supervision", params(("Idempotency-Key" = String, Header)), request_body = BookingRequest,
    security(("session" = []), ("csrf" = [])), responses(
    (status = 201, body = Appointment), (status = 404, description = "No such appointment time at the person's office", body = ErrorBody),
    (status = 409, description = "Taken, or already booked", body = ErrorBody), (status = 422, body = ValidationErrors)
))]
pub async fn book(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    JsonBody(request): JsonBody<BookingRequest>,
) -> Result<Response, ApiError> {
    let signed = signed?;
    let key = key?;
    let (account, office) = supervised(&signed)?;
    let draft = own_draft(account, AuditAction::BookCheckIn);
    let slot_id = match request.validate(lang) {
        Ok(slot) => slot,
        Err(errors) => return Err(refuse(&state, &draft, ApiError::Validation(errors)).await),
    };
    let (owned_state, owned_account) = (state.clone(), account.clone());
    idempotency::run(
        WriteRequest {
            state: &state,
            account_id: &account.id,
            key: &key,
            fingerprint: fingerprint(&endpoints::SUPERVISION_BOOK, &[], &request),
            audit: draft,
            status: StatusCode::CREATED,
        },
        move |tx: &mut Tx| {
            Box::pin(async move {
                let (state, account) = (&owned_state, &owned_account);
                let booked = supervision::appointments(tx, &account.id, &office).await?;
                if booked.iter().any(|a| {
                    a.status == navigator_domain::api::supervision::AppointmentStatus::Booked
                }) {
                    return Err(ApiError::Conflict(
                        words::text(lang, "server-already-booked").into(),
                    ));
                }
                free_slot(tx, state, &office, &slot_id, lang).await?;
                let id = supervision::book(tx, &account.id, &slot_id, state.clock.now())
                    .await
                    .map_err(|e| conflict_or(e, lang))?;
                let appointment = appointment_of(tx, account, &office, &id).await?;
                let change = check_in_change(None, Some(&appointment.slot));
                Ok(Written::under(appointment.clone(), appointment.reference)
                    .changing(vec![change]))
            })
        },
    )
    .await
}

/// Moves a booked appointment to another free time (the reference stays).
#[utoipa::path(put, path = endpoints::SUPERVISION_RESCHEDULE.path, tag = "supervision", params(("id" = String, Path), ("Idempotency-Key" = String, Header)),
    request_body = BookingRequest, security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = Appointment), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    (status = 422, body = ValidationErrors)
))]
pub async fn reschedule(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(id): Path<String>,
    JsonBody(request): JsonBody<BookingRequest>,
) -> Result<Response, ApiError> {
    let signed = signed?;
    let key = key?;
    let (account, office) = supervised(&signed)?;
    let draft = own_draft(account, AuditAction::RescheduleCheckIn);
    let slot_id = match request.validate(lang) {
        Ok(slot) => slot,
        Err(errors) => {
            return Err(refuse(&state, &draft, ApiError::Validation(errors)).await);
        }
    };
    let (owned_state, owned_account) = (state.clone(), account.clone());
    idempotency::run(
        WriteRequest {
            state: &state,
            account_id: &account.id,
            key: &key,
            fingerprint: fingerprint(&endpoints::SUPERVISION_RESCHEDULE, &[&id], &request),
            audit: draft,
            status: StatusCode::OK,
        },
        move |tx: &mut Tx| {
            Box::pin(async move {
                let (state, account) = (&owned_state, &owned_account);
                let before = appointment_of(tx, account, &office, &id).await?;
                free_slot(tx, state, &office, &slot_id, lang).await?;
                supervision::move_appointment(tx, &id, &slot_id, state.clock.now())
                    .await
                    .map_err(|e| conflict_or(e, lang))?;
                let appointment = appointment_of(tx, account, &office, &id).await?;
                let change = check_in_change(Some(&before.slot), Some(&appointment.slot));
                Ok(Written::under(appointment.clone(), appointment.reference)
                    .changing(vec![change]))
            })
        },
    )
    .await
}

/// Cancels a booked appointment.
#[utoipa::path(delete, path = endpoints::SUPERVISION_CANCEL.path, tag = "supervision", params(("id" = String, Path), ("Idempotency-Key" = String, Header)),
    security(("session" = []), ("csrf" = [])), responses((status = 200, description = "The appointment as cancelled, with its reference", body = Appointment), (status = 404, body = ErrorBody)))]
pub async fn cancel(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
    key: Result<IdempotencyKey, ApiError>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let signed = signed?;
    let key = key?;
    let (account, office) = supervised(&signed)?;
    let draft = own_draft(account, AuditAction::CancelCheckIn);
    let (owned_state, owned_account) = (state.clone(), account.clone());
    idempotency::run(
        WriteRequest {
            state: &state,
            account_id: &account.id,
            key: &key,
            fingerprint: fingerprint(&endpoints::SUPERVISION_CANCEL, &[&id], &()),
            audit: draft,
            status: StatusCode::OK,
        },
        move |tx: &mut Tx| {
            Box::pin(async move {
                let (state, account) = (&owned_state, &owned_account);
                let cancelled = appointment_of(tx, account, &office, &id).await?;
                supervision::cancel(tx, &id, state.clock.now()).await?;
                let appointment = supervision::appointments(tx, &account.id, &office)
                    .await?
                    .into_iter()
                    .find(|a| a.id == id)
                    .ok_or(ApiError::NotFound)?;
                let change = check_in_change(Some(&cancelled.slot), None);
                Ok(Written::under(appointment, cancelled.reference).changing(vec![change]))
            })
        },
    )
    .await
}
