//! A student sets a password from the invitation link SEVP sends when OPT starts (valid 14
//! days). The link's token is single-use, which makes repeating this request harmless.

use super::{JsonBody, session::draft_for};
use crate::{
    accounts::Account,
    audit::{self, AuditDraft},
    error::ApiError,
    invitations,
    request_lang::RequestLang,
    session,
    startup::AppState,
    students,
};
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
        endpoints,
        errors::Unprocessable,
        session::{AccountRole, ActivationRequest, SessionInfo},
    },
    words,
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
#[utoipa::path(post, path = endpoints::ACTIVATE.path, tag = "students", request_body = ActivationRequest, responses(
    (status = 201, description = "Account active; the session cookie is set", body = SessionInfo),
    (status = 422, description = "Password problems, or the link expired or was replaced", body = inline(Unprocessable)),
))]
pub async fn activate(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    JsonBody(request): JsonBody<ActivationRequest>,
) -> Result<Response, ApiError> {
    let password = request.validate(lang).map_err(ApiError::Validation)?;
    let now = state.clock.now();
    let token = request.token.trim();
    let invitation = invitations::by_token(&state.db.pool, token)
        .await?
        .ok_or_else(|| link_problem(false, lang))?;
    if invitation.used {
        return Err(link_problem(false, lang));
    }
    if invitation.expires_at <= now.unix_seconds() {
        return Err(link_problem(true, lang));
    }
    let hash = state.hashing.hash(password.expose().to_owned()).await?;
    let mut tx = state.db.write().await?;
    let student = students::by_id(&mut tx, &invitation.student_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if !invitations::claim(&mut tx, token, now.unix_seconds()).await? {
        return Err(link_problem(false, lang));
    }
    let account_id = students::activate(&mut tx, &student, &hash, now).await?;
    let account = Account {
        id: account_id,
        role: AccountRole::Student,
        display_name: student.name(),
        school_id: Some(student.school_id.clone()),
        school_name: Some(student.school_name.clone()),
        is_principal: false,
        office_id: None,
        a_number: None,
    };
    // A new password: sessions opened with the old one end.
    session::revoke_all(&mut tx, &account.id).await?;
    let (session, cookie) = session::create(&mut tx, &account, now).await?;
    audit::append(
        &mut tx,
        &state.db,
        &AuditDraft {
            subject: Some(student.audit_label()),
            ..draft_for(&account, AuditAction::ActivateAccount, None)
        },
        AuditOutcome::Success,
        now,
    )
    .await?;
    tx.commit().await?;
    let mut response = (StatusCode::CREATED, Json(session.info(&account, now))).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(response)
}
