//! Signing in and out, and the session's limits.

use std::net::SocketAddr;

use axum::{
    Json,
    extract::{ConnectInfo, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use navigator_domain::{
    FieldErrors, Lang,
    api::{
        audit::{AuditAction, AuditOutcome},
        errors::{ApiError as ErrorBody, ValidationErrors},
        session::{AccountRole, SessionInfo, SignIn, SignInRequest},
    },
    calendar::Date,
    words,
};

use super::JsonBody;
use crate::{
    accounts::{self, Account},
    audit::{self, AuditDraft},
    error::{Answer, ApiError},
    passwords,
    request_lang::RequestLang,
    session::{self, Peeked, SignedIn},
    startup::AppState,
    throttle::{self, Keys},
};

fn wrong_credentials(field: &str, lang: Lang) -> ApiError {
    let id = if field == "email" {
        "server-wrong-email-or-password"
    } else {
        "server-wrong-supervision-details"
    };
    let mut errors = FieldErrors::new();
    errors.add(field, words::text(lang, id));
    ApiError::Validation(errors)
}

fn masked_email(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => [
            &local[..local.chars().next().map_or(0, char::len_utf8)],
            "•••@",
            domain,
        ]
        .concat(),
        None => "•••".to_owned(),
    }
}

fn anonymous(actor: String, action: AuditAction) -> AuditDraft {
    AuditDraft {
        actor,
        actor_role: None,
        account_id: None,
        school_id: None,
        action,
        target: None,
    }
}

fn for_account(account: &Account, action: AuditAction) -> AuditDraft {
    AuditDraft {
        actor: account.display_name.clone(),
        actor_role: Some(account.role),
        account_id: Some(account.id.clone()),
        school_id: account.school_id.clone(),
        action,
        target: None,
    }
}

/// A student whose Portal account is locked or closed cannot sign in, whatever the password.
async fn student_may_sign_in(
    state: &AppState,
    account: &Account,
    lang: Lang,
) -> Result<(), ApiError> {
    let mut conn = state.db.pool.acquire().await?;
    let Some(student) = crate::students::by_account(&mut conn, &account.id).await? else {
        return Ok(());
    };
    use navigator_domain::api::student::PortalState;
    match student.portal_state(state.clock.now()) {
        PortalState::Locked => Err(ApiError::NotAllowed(
            words::text(lang, "server-portal-locked").into(),
        )),
        PortalState::Closed => Err(ApiError::NotAllowed(
            words::text(lang, "server-portal-closed").into(),
        )),
        _ => Ok(()),
    }
}

/// Signs in with email and password, or with the details of Form I-385.
#[utoipa::path(post, path = "/session", tag = "session", request_body = SignInRequest, responses(
    (status = 200, description = "Signed in; the session cookie is set", body = SessionInfo),
    (status = 422, description = "Missing or wrong details", body = ValidationErrors),
    (status = 429, description = "Too many failed attempts", body = ErrorBody)
))]
pub async fn sign_in(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    ConnectInfo(address): ConnectInfo<SocketAddr>,
    JsonBody(request): JsonBody<SignInRequest>,
) -> Answer<Response> {
    Answer(lang, sign_in_inner(&state, lang, address, request).await)
}

async fn sign_in_inner(
    state: &AppState,
    lang: Lang,
    address: SocketAddr,
    request: SignInRequest,
) -> Result<Response, ApiError> {
    let now = state.clock.now();
    let sign_in = request
        .validate(lang, now.date())
        .map_err(ApiError::Validation)?;
    let (identifier, masked, field) = match &sign_in {
        SignIn::Password { email, .. } => (
            email.as_str().to_owned(),
            masked_email(email.as_str()),
            "email",
        ),
        SignIn::Supervision { a_number, .. } => {
            (a_number.as_str().to_owned(), a_number.masked(), "a_number")
        }
    };
    let keys = Keys::new(&identifier, &address.ip().to_string());
    if let Err(throttled) = throttle::check(&state.db, &keys, now).await {
        audit::record(
            &state.db,
            &anonymous(masked, AuditAction::SignIn),
            AuditOutcome::Denied,
            now,
        )
        .await?;
        return Err(throttled);
    }
    let account = match sign_in {
        SignIn::Password { email, password } => {
            let found = accounts::by_email(&state.db.pool, email.as_str()).await?;
            let hash = found.as_ref().and_then(|(_, h)| h.clone());
            let matches = passwords::verify_blocking(password, hash).await;
            found
                .filter(|(a, _)| matches && a.role != AccountRole::Supervised)
                .map(|(a, _)| a)
        }
        SignIn::Supervision {
            a_number,
            subject_id,
            date_of_birth,
        } => accounts::by_a_number(&state.db.pool, a_number.as_str())
            .await?
            .and_then(|(account, stored_subject, stored_birth)| {
                let same_subject = stored_subject.eq_ignore_ascii_case(subject_id.as_str());
                let same_birth = Date::parse_iso(&stored_birth) == Some(date_of_birth);
                (same_subject && same_birth).then_some(account)
            }),
    };
    let Some(account) = account else {
        let failures = throttle::record_failure(&state.db, &keys, now).await?;
        if failures >= throttle::PER_ACCOUNT {
            // A student's Portal account locks; the DSO can unlock it.
            sqlx::query(
                "UPDATE students SET portal_state = 'locked' WHERE portal_state = 'active' AND account_id IN \
                 (SELECT id FROM accounts WHERE LOWER(email) = LOWER($1))",
            )
            .bind(&identifier)
            .execute(&state.db.pool)
            .await?;
        }
        audit::record(
            &state.db,
            &anonymous(masked, AuditAction::SignIn),
            AuditOutcome::Failure,
            now,
        )
        .await?;
        return Err(wrong_credentials(field, lang));
    };
    if let Err(refused) = student_may_sign_in(state, &account, lang).await {
        audit::record(
            &state.db,
            &for_account(&account, AuditAction::SignIn),
            AuditOutcome::Denied,
            now,
        )
        .await?;
        return Err(refused);
    }
    throttle::clear(&state.db, &keys.account).await?;
    let (session, cookie) = session::create(state, &account).await?;
    audit::record(
        &state.db,
        &for_account(&account, AuditAction::SignIn),
        AuditOutcome::Success,
        now,
    )
    .await?;
    let mut response = Json(session.info(&account, now)).into_response();
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(response)
}

/// The current session, without counting as activity: the app asks it to warn before the
/// session ends. Nobody signed in is an answer, not an error: 204, so a visitor's first
/// page does not log a failed request.
#[utoipa::path(get, path = "/session", tag = "session", security(("session" = [])), responses(
    (status = 200, body = SessionInfo),
    (status = 204, description = "Not signed in, or the session ended")
))]
pub async fn read(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<Peeked, ApiError>,
) -> Answer<Response> {
    let answer = match signed {
        Ok(Peeked(s)) => Ok(Json(s.session.info(&s.account, state.clock.now())).into_response()),
        Err(ApiError::Unauthorized) => Ok(StatusCode::NO_CONTENT.into_response()),
        Err(other) => Err(other),
    };
    Answer(lang, answer)
}

/// Keeps the session going ("Stay signed in").
#[utoipa::path(post, path = "/session/refresh", tag = "session", security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = SessionInfo),
    (status = 401, body = ErrorBody)
))]
pub async fn refresh(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
) -> Answer<Json<SessionInfo>> {
    Answer(
        lang,
        signed.map(|s| Json(s.session.info(&s.account, state.clock.now()))),
    )
}

/// Signs out: the session ends on the server and the cookie is cleared.
#[utoipa::path(delete, path = "/session", tag = "session", security(("session" = []), ("csrf" = [])), responses(
    (status = 204, description = "Signed out"),
    (status = 401, body = ErrorBody)
))]
pub async fn sign_out(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    signed: Result<SignedIn, ApiError>,
) -> Answer<Response> {
    Answer(
        lang,
        async {
            let signed = signed?;
            session::delete(&state, &signed.session).await?;
            audit::record(
                &state.db,
                &for_account(&signed.account, AuditAction::SignOut),
                AuditOutcome::Success,
                state.clock.now(),
            )
            .await?;
            let mut response = StatusCode::NO_CONTENT.into_response();
            response
                .headers_mut()
                .insert(header::SET_COOKIE, session::clearing_cookie());
            Ok(response)
        }
        .await,
    )
}

pub(crate) fn draft_for(
    account: &Account,
    action: AuditAction,
    target: Option<String>,
) -> AuditDraft {
    AuditDraft {
        target,
        ..for_account(account, action)
    }
}
