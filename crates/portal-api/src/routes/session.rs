//! Signing in and out, and the session's limits.

use std::net::IpAddr;

use axum::{
    Json,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use navigator_domain::{
    FieldErrors, Lang,
    api::{
        audit::{AuditAction, AuditOutcome},
        endpoints,
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
    client_address::ClientAddress,
    error::ApiError,
    request_lang::RequestLang,
    session::{self, Peeked, SignedIn},
    startup::AppState,
    throttle::{self, Keys},
    trusted_device,
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

fn for_account(account: &Account, action: AuditAction) -> AuditDraft {
    AuditDraft {
        actor: account.display_name.clone(),
        actor_role: Some(account.role),
        account_id: Some(account.id.clone()),
        school_id: account.school_id.clone(),
        action,
        target: None,
        subject: None,
        reference: None,
        changes: Vec::new(),
    }
}

/// What the database holds to check a sign-in against.
enum Stored {
    /// `None` until the account is activated.
    PasswordHash(Option<String>),
    Supervision {
        subject_id: String,
        date_of_birth: String,
    },
}

/// Whether a student's Portal account lets them in: not closed, and not locked, except
/// that the owner's trusted browser passes a lock that failed attempts caused.
async fn student_may_sign_in(
    state: &AppState,
    account: &Account,
    trusted_device: bool,
) -> Result<bool, ApiError> {
    let mut conn = state.db.pool.acquire().await?;
    let Some(student) = crate::students::by_account(&mut conn, &account.id).await? else {
        return Ok(true);
    };
    use navigator_domain::api::student::PortalState;
    Ok(match student.portal_state(state.clock.now()) {
        PortalState::Locked => trusted_device && student.locked_until.is_some(),
        PortalState::Closed => false,
        _ => true,
    })
}

/// Signs in with email and password, or with the details of Form I-385.
#[utoipa::path(post, path = endpoints::SIGN_IN.path, tag = "session", request_body = SignInRequest, responses(
    (status = 200, description = "Signed in; the session cookie is set", body = SessionInfo),
    (status = 422, description = "Missing or wrong details", body = ValidationErrors),
    (status = 429, description = "Too many attempts for this account or from this address", body = ErrorBody),
    (status = 503, description = "Too many sign-ins at once; try again after Retry-After", body = ErrorBody)
))]
pub async fn sign_in(
    State(state): State<AppState>,
    RequestLang(lang): RequestLang,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    JsonBody(request): JsonBody<SignInRequest>,
) -> Result<Response, ApiError> {
    let opened = open(&state, lang, address, &headers, &request).await?;
    let mut response = Json(opened.info).into_response();
    for cookie in opened.cookies {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

/// A session just opened: who it is for, and the cookies that carry it.
pub struct Opened {
    pub info: SessionInfo,
    pub cookies: Vec<HeaderValue>,
}

/// Checks the details and opens a session: throttle, password or I-385 details, lock, one
/// session per browser, trusted browser, audit. The JSON API and the sign-in page's form
/// both sign in here, so the two cannot drift (docs/adr/0025-portal-pages-from-the-server.md).
pub async fn open(
    state: &AppState,
    lang: Lang,
    address: IpAddr,
    headers: &HeaderMap,
    request: &SignInRequest,
) -> Result<Opened, ApiError> {
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
    // The account the details name, read before the attempt is counted (a cheap lookup);
    // its password or I-385 details are checked only after.
    let found = match &sign_in {
        SignIn::Password { email, .. } => accounts::by_email(&state.db.pool, email.as_str())
            .await?
            .map(|(account, hash)| (account, Stored::PasswordHash(hash))),
        SignIn::Supervision { a_number, .. } => {
            accounts::by_a_number(&state.db.pool, a_number.as_str())
                .await?
                .map(|(account, subject_id, date_of_birth)| {
                    (
                        account,
                        Stored::Supervision {
                            subject_id,
                            date_of_birth,
                        },
                    )
                })
        }
    };
    let device = match &found {
        Some((account, _)) => {
            trusted_device::for_account(&state.db.pool, headers, &account.id, now.unix_seconds())
                .await?
        }
        None => None,
    };
    let keys = Keys::new(&identifier, &address.to_string(), device.as_deref());
    // Counted before anything is checked: parallel attempts cannot outrun the count.
    if let Err(throttled) = throttle::attempt(&state.db, &keys, now).await {
        audit::count_failed_sign_in(&state.db, AuditOutcome::Denied, now).await?;
        return Err(throttled);
    }
    let (named, stored) = found.unzip();
    let matches = match (sign_in, stored) {
        // Without a stored hash (no such account, or not activated) a hash is still
        // computed, so the time taken does not tell which accounts exist.
        (SignIn::Password { password, .. }, stored) => {
            let hash = match stored {
                Some(Stored::PasswordHash(hash)) => hash,
                _ => None,
            };
            state.hashing.verify(password, hash).await?
                && named
                    .as_ref()
                    .is_some_and(|a| a.role != AccountRole::Supervised)
        }
        (
            SignIn::Supervision {
                subject_id,
                date_of_birth,
                ..
            },
            Some(Stored::Supervision {
                subject_id: stored_subject,
                date_of_birth: stored_birth,
            }),
        ) => {
            stored_subject.eq_ignore_ascii_case(subject_id.as_str())
                && Date::parse_iso(&stored_birth) == Some(date_of_birth)
        }
        (SignIn::Supervision { .. }, _) => false,
    };
    let account = named.clone().filter(|_| matches);
    let account = match account {
        Some(account) if student_may_sign_in(state, &account, device.is_some()).await? => account,
        // One answer for a wrong detail and for a locked or closed account, so the answer
        // never confirms a password.
        _ => {
            let Some(named) = named else {
                audit::count_failed_sign_in(&state.db, AuditOutcome::Failure, now).await?;
                return Err(wrong_credentials(field, lang));
            };
            let mut tx = state.db.write().await?;
            if device.is_none() {
                lock_after_failures(&mut tx, &named, &keys, now).await?;
            }
            audit::append(
                &mut tx,
                &state.db,
                &AuditDraft {
                    actor: masked,
                    ..for_account(&named, AuditAction::SignIn)
                },
                AuditOutcome::Failure,
                now,
            )
            .await?;
            tx.commit().await?;
            return Err(wrong_credentials(field, lang));
        }
    };
    throttle::succeeded(&state.db, &keys).await?;
    let mut tx = state.db.write().await?;
    // A session this browser had before (perhaps another person's on a shared computer)
    // ends: one browser, one session.
    if let Some(old) = session::cookie_value(headers, session::COOKIE) {
        session::delete_by_token(&mut tx, &old).await?;
    }
    let (session, cookie) = session::create(&mut tx, &account, now).await?;
    let device_cookie = match device {
        Some(_) => None,
        None => Some(trusted_device::trust(&mut tx, &account, now.unix_seconds()).await?),
    };
    audit::append(
        &mut tx,
        &state.db,
        &for_account(&account, AuditAction::SignIn),
        AuditOutcome::Success,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Opened {
        info: session.info(&account, now),
        cookies: [Some(cookie), device_cookie]
            .into_iter()
            .flatten()
            .collect(),
    })
}

/// The attempt that uses up an account's allowance locks a student's Portal account until
/// the throttle window ends (a DSO can unlock it sooner): a lock that ends by itself, so a
/// stranger cannot keep anyone out for longer than a window. Its sessions end with it.
async fn lock_after_failures(
    tx: &mut crate::database::WriteTx,
    account: &Account,
    keys: &Keys,
    now: navigator_domain::calendar::Timestamp,
) -> Result<(), ApiError> {
    if throttle::attempts(tx, &keys.account).await? >= throttle::PER_ACCOUNT {
        let until = now.unix_seconds() + throttle::WINDOW_SECONDS;
        crate::students::lock_until(tx, &account.id, until).await?;
        session::revoke_all(tx, &account.id).await?;
    }
    Ok(())
}

/// The current session, without counting as activity: the app asks it to warn before the
/// session ends. Nobody signed in is an answer, not an error: 204, so a visitor's first
/// page does not log a failed request.
#[utoipa::path(get, path = endpoints::SESSION.path, tag = "session", security(("session" = [])), responses(
    (status = 200, body = SessionInfo),
    (status = 204, description = "Not signed in, or the session ended")
))]
pub async fn read(
    State(state): State<AppState>,
    signed: Result<Peeked, ApiError>,
) -> Result<Response, ApiError> {
    match signed {
        Ok(Peeked(s)) => Ok(Json(s.session.info(&s.account, state.clock.now())).into_response()),
        Err(ApiError::Unauthorized) => Ok(StatusCode::NO_CONTENT.into_response()),
        Err(other) => Err(other),
    }
}

/// Keeps the session going ("Stay signed in").
#[utoipa::path(post, path = endpoints::REFRESH_SESSION.path, tag = "session", security(("session" = []), ("csrf" = [])), responses(
    (status = 200, body = SessionInfo),
    (status = 401, body = ErrorBody)
))]
pub async fn refresh(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Json<SessionInfo>, ApiError> {
    signed.map(|s| Json(s.session.info(&s.account, state.clock.now())))
}

/// Signs out: the session ends on the server and the cookie is cleared.
#[utoipa::path(delete, path = endpoints::SIGN_OUT.path, tag = "session", security(("session" = []), ("csrf" = [])), responses(
    (status = 204, description = "Signed out"),
    (status = 401, body = ErrorBody)
))]
pub async fn sign_out(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Response, ApiError> {
    let signed = signed?;
    let mut tx = state.db.write().await?;
    session::delete(&mut tx, &signed.session).await?;
    audit::append(
        &mut tx,
        &state.db,
        &for_account(&signed.account, AuditAction::SignOut),
        AuditOutcome::Success,
        state.clock.now(),
    )
    .await?;
    tx.commit().await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, session::clearing_cookie());
    Ok(response)
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
