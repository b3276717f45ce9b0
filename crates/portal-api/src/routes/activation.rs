//! A student sets a password from the invitation link SEVP sends when OPT starts (valid 14
//! days). The link's token is single-use, which makes repeating this request harmless.

use axum::{
    Json,
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use navigator_domain::{
    Lang,
    api::{
        audit::{AuditAction, AuditOutcome},
        errors::ValidationErrors,
        session::{AccountRole, ActivationRequest, SessionInfo},
    },
    words,
};
use sqlx::Row;

use super::{JsonBody, session::draft_for};
use crate::{
    accounts::Account,
    audit,
    error::ApiError,
    request_lang::RequestLang,
    secrets::{new_id, sha256_hex},
    session,
    startup::AppState,
    students,
};

fn link_problem(expired: bool, lang: Lang) -> ApiError {
    let id = if expired {
        "server-link-expired"
    } else {
        "server-link-not-working"
    };
    ApiError::NotAllowed(words::text(lang, id).to_owned())
}

/// Activates the SEVP Portal account and signs the student in.
#[utoipa::path(post, path = "/activation", tag = "students", request_body = ActivationRequest, responses(
    (status = 201, description = "Account active; the session cookie is set", body = SessionInfo),
    (status = 422, description = "Password problems, or the link expired or was replaced", body = ValidationErrors),
))]
pub async fn activate(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    JsonBody(request): JsonBody<ActivationRequest>,
) -> Result<Response, ApiError> {
    let password = request.validate(lang).map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let token_hash = sha256_hex(request.token.trim());
    let invitation = sqlx::query(
        "SELECT student_id, expires_at, used_at FROM invitations WHERE token_hash = $1",
    )
    .bind(&token_hash)
    .fetch_optional(&state.db.pool)
    .await?
    .ok_or_else(|| link_problem(false, lang))?;
    let used: Option<i64> = invitation.try_get("used_at")?;
    let expires: i64 = invitation.try_get("expires_at")?;
    if used.is_some() {
        return Err(link_problem(false, lang));
    }
    if expires <= now.unix_seconds() {
        return Err(link_problem(true, lang));
    }
    let student_id: String = invitation.try_get("student_id")?;
    let hash = state.hashing.hash(password.expose().to_owned()).await?;
    let mut tx = state.db.write().await?;
    let student = students::by_id(&mut tx, &student_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    // Single use: only the first activation with this token gets past this update.
    let claimed = sqlx::query(
        "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
    )
    .bind(now.unix_seconds())
    .bind(&token_hash)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if claimed == 0 {
        return Err(link_problem(false, lang));
    }
    let account_id = match &student.account_id {
        Some(id) => {
            sqlx::query("UPDATE accounts SET password_hash = $1, email = $2 WHERE id = $3")
                .bind(&hash)
                .bind(student.portal_email.as_str())
                .bind(id)
                .execute(&mut *tx)
                .await?;
            id.clone()
        }
        None => {
            let id = new_id();
            sqlx::query(
                "INSERT INTO accounts (id, role, display_name, email, password_hash, school_id, is_principal, created_at) \
                 VALUES ($1, 'student', $2, $3, $4, $5, 0, $6)",
            )
            .bind(&id)
            .bind(student.name())
            .bind(student.portal_email.as_str())
            .bind(&hash)
            .bind(&student.school_id)
            .bind(now.unix_seconds())
            .execute(&mut *tx)
            .await?;
            id
        }
    };
    sqlx::query("UPDATE students SET account_id = $1, portal_state = 'active', invitation_expires = NULL WHERE id = $2")
        .bind(&account_id)
        .bind(&student.id)
        .execute(&mut *tx)
        .await?;
    let account = Account {
        id: account_id,
        role: AccountRole::Student,
        display_name: student.name(),
        school_id: Some(student.school_id.clone()),
        school_name: Some(student.school_name.clone()),
        is_principal: false,
        office_id: None,
    };
    // A new password: sessions opened with the old one end.
    session::revoke_all(&mut tx, &account.id).await?;
    let (session, cookie) = session::create(&mut tx, &account, now).await?;
    audit::append(
        &mut tx,
        state.db.engine,
        &draft_for(&account, AuditAction::ActivateAccount, None),
        AuditOutcome::Success,
        now,
    )
    .await?;
    tx.commit().await?;
    let mut response = (StatusCode::CREATED, Json(session.info(&account, now))).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(response)
}
