//! ICE officers: monitoring (the audit log) and program management (schools and officials).

use axum::{
    Json,
    extract::{Query, State},
};
use navigator_domain::{
    api::{
        audit::{AuditAction, AuditEntry, AuditOutcome, AuditQuery},
        endpoints,
        errors::ApiError as ErrorBody,
        listing::Listing,
        school::SchoolOfficials,
        session::AccountRole,
    },
    calendar::Date,
};
use serde::Deserialize;
use utoipa::IntoParams;

use super::session::draft_for;
use crate::{
    audit, error::ApiError, page_number::PageNumber, schools, search_text::SearchText,
    session::SignedIn, startup::AppState,
};

/// Audit filters as they arrive in the query string.
#[derive(Deserialize, IntoParams)]
pub struct AuditFilters {
    /// Who acted or whom it was about: every word is part of that person's name or
    /// identifier, in any order, accents ignored (`%` and `_` are characters, not
    /// wildcards).
    #[param(max_length = 100)]
    actor: Option<String>,
    /// An action id, such as `sign_in` or `change_address`.
    action: Option<String>,
    /// `success`, `failure` or `denied`.
    outcome: Option<String>,
    /// First day, YYYY-MM-DD.
    from: Option<String>,
    /// Last day, YYYY-MM-DD.
    to: Option<String>,
    /// 1-based page.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 10000)]
    page: Option<PageNumber>,
}

impl AuditFilters {
    fn query(&self) -> Result<AuditQuery, ApiError> {
        let present = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let date = |v: &Option<String>| {
            present(v)
                .map(|d| Date::parse_iso(&d).ok_or(ApiError::BadRequest("server-date-format")))
                .transpose()
        };
        // Refuses an actor text too long to be a name (the query below uses it as text).
        SearchText::parse(self.actor.as_deref())?;
        Ok(AuditQuery {
            actor: present(&self.actor),
            action: present(&self.action)
                .map(|a| {
                    AuditAction::from_id(&a).ok_or(ApiError::BadRequest("server-unknown-action"))
                })
                .transpose()?,
            outcome: present(&self.outcome)
                .map(|o| {
                    AuditOutcome::from_id(&o).ok_or(ApiError::BadRequest("server-unknown-outcome"))
                })
                .transpose()?,
            from: date(&self.from)?,
            to: date(&self.to)?,
            page: self.page.map(PageNumber::get),
        })
    }
}

/// Who did what, when, and how it ended; newest first, 50 a page.
#[utoipa::path(get, path = endpoints::OFFICER_AUDIT.path, tag = "officers", params(AuditFilters), security(("session" = [])), responses(
    (status = 200, body = Listing<AuditEntry>), (status = 403, body = ErrorBody)
))]
pub async fn audit(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
    Query(filters): Query<AuditFilters>,
) -> Result<Json<Listing<AuditEntry>>, ApiError> {
    let signed = signed?;
    let officer = signed.require(AccountRole::Officer)?;
    let query = filters.query()?;
    // Reading the trail is recorded when it is opened (its first page), not for every
    // page: an entry per page would shift the pages being read.
    if query.page.unwrap_or(1) == 1 {
        audit::record(
            &state.db,
            &draft_for(officer, AuditAction::ViewAuditTrail, None),
            AuditOutcome::Success,
            state.clock.now(),
        )
        .await?;
    }
    Ok(Json(audit::query(&state.db, &query).await?))
}

/// SEVP-certified schools with their number of students and their officials.
#[utoipa::path(get, path = endpoints::OFFICER_SCHOOLS.path, tag = "officers", security(("session" = [])), responses((status = 200, body = Vec<SchoolOfficials>)))]
pub async fn schools(
    State(state): State<AppState>,
    signed: Result<SignedIn, ApiError>,
) -> Result<Json<Vec<SchoolOfficials>>, ApiError> {
    signed?.require(AccountRole::Officer)?;
    Ok(Json(schools::with_officials(&state.db.pool).await?))
}
