//! Students on OPT and their records: contact, employment, Portal account, and the changes
//! they made that their DSO must bring into SEVIS.

use navigator_domain::{
    api::{
        contact::Contact,
        dso::{ChangeKind, DueItem, PortalAccountRow, StudentSummary},
        employment::{Employment, EmploymentRecord, ReportedBy},
        field_change::FieldChange,
        listing::Listing,
        student::{OptAuthorization, OptKind, PortalAccount, PortalState, StudentProfile},
    },
    calculators::{DeadlineRule, deadline},
    calendar::{Date, Timestamp},
    identifiers::{EmailAddress, SevisId},
    reference_number::ReferenceNumber,
};
use sqlx::{AnyConnection, Row, any::AnyRow};

use crate::{
    error::ApiError,
    search_text::{LIKE_ESCAPE, SearchText, folded_sql},
    secrets::new_id,
};

pub const PAGE_SIZE: u32 = 25;
pub const INVITATION_DAYS: i64 = navigator_domain::facts::SEVP_PORTAL_LINK_VALID_DAYS as i64;

#[derive(Clone, Debug)]
pub struct Student {
    pub id: String,
    pub account_id: Option<String>,
    pub school_id: String,
    pub school_name: String,
    pub sevis_id: SevisId,
    pub first_name: String,
    pub last_name: String,
    pub opt: OptAuthorization,
    pub portal_email: EmailAddress,
    /// As stored: not_invited, invited, active or locked.
    pub portal_state: String,
    /// When a lock after failed sign-ins ends by itself; `None` (with "locked"): only a DSO
    /// lifts it.
    pub locked_until: Option<i64>,
    pub invitation_expires: Option<i64>,
    pub contact: Option<Contact>,
}

impl Student {
    pub fn name(&self) -> String {
        [self.first_name.as_str(), " ", &self.last_name]
            .concat()
            .trim()
            .to_owned()
    }

    /// "Ana Lopez (N•••••0633)": enough for an audit entry, not the full identifier.
    pub fn audit_label(&self) -> String {
        let sevis = self.sevis_id.as_str();
        [
            self.name().as_str(),
            " (N•••••",
            &sevis[sevis.len() - 4..],
            ")",
        ]
        .concat()
    }

    /// The Portal state people see: an invitation past its date has expired, and access
    /// closes six months after the OPT end date.
    pub fn portal_state(&self, now: Timestamp) -> PortalState {
        if now.date() > self.opt.portal_closes() {
            return PortalState::Closed;
        }
        match self.portal_state.as_str() {
            "active" => PortalState::Active,
            "locked"
                if self
                    .locked_until
                    .is_some_and(|until| until <= now.unix_seconds()) =>
            {
                PortalState::Active
            }
            "locked" => PortalState::Locked,
            "invited"
                if self
                    .invitation_expires
                    .is_some_and(|e| e <= now.unix_seconds()) =>
            {
                PortalState::InvitationExpired
            }
            "invited" => PortalState::Invited,
            _ => PortalState::NotInvited,
        }
    }

    pub fn portal(&self, now: Timestamp) -> PortalAccount {
        PortalAccount {
            state: self.portal_state(now),
            email: self.portal_email.clone(),
            invitation_expires: self.invitation_expires.map(Timestamp::from_unix_seconds),
        }
    }
}

const SELECT: &str =
    "SELECT st.*, sc.name AS school_name FROM students st JOIN schools sc ON sc.id = st.school_id";

fn decode<T: serde::de::DeserializeOwned>(json: Option<String>) -> Result<Option<T>, sqlx::Error> {
    json.map(|j| serde_json::from_str(&j).map_err(|e| sqlx::Error::Decode(Box::new(e))))
        .transpose()
}

fn date(row: &AnyRow, column: &str) -> Result<Date, sqlx::Error> {
    let text: String = row.try_get(column)?;
    Date::parse_iso(&text)
        .ok_or_else(|| sqlx::Error::Decode(format!("{column}: not a date").into()))
}

fn opt_kind(id: &str) -> OptKind {
    match id {
        "stem" => OptKind::Stem,
        "m1" => OptKind::M1,
        _ => OptKind::PostCompletion,
    }
}

pub fn opt_kind_id(kind: OptKind) -> &'static str {
    match kind {
        OptKind::PostCompletion => "post_completion",
        OptKind::Stem => "stem",
        OptKind::M1 => "m1",
    }
}

fn from_row(row: &AnyRow) -> Result<Student, sqlx::Error> {
    let sevis: String = row.try_get("sevis_id")?;
    let email: String = row.try_get("portal_email")?;
    let first_ead: Option<String> = row.try_get("first_ead_start")?;
    Ok(Student {
        id: row.try_get("id")?,
        account_id: row.try_get("account_id")?,
        school_id: row.try_get("school_id")?,
        school_name: row.try_get("school_name")?,
        sevis_id: SevisId::parse(&sevis).map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
        first_name: row.try_get("first_name")?,
        last_name: row.try_get("last_name")?,
        opt: OptAuthorization {
            kind: opt_kind(&row.try_get::<String, _>("opt_kind")?),
            ead_start: date(row, "ead_start")?,
            ead_end: date(row, "ead_end")?,
            first_ead_start: first_ead.as_deref().and_then(Date::parse_iso),
        },
        portal_email: EmailAddress::parse(&email).map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
        portal_state: row.try_get("portal_state")?,
        locked_until: row.try_get("locked_until")?,
        invitation_expires: row.try_get("invitation_expires")?,
        contact: decode(row.try_get("contact_json")?)?,
    })
}

/// Whether another student or account already uses this e-mail address, in any case.
pub async fn email_taken(
    pool: &crate::database::Pool,
    email: &EmailAddress,
    student_id: &str,
) -> Result<bool, sqlx::Error> {
    let row = sqlx::query(
        "SELECT 1 AS taken FROM students WHERE LOWER(portal_email) = LOWER($1) AND id <> $2 \
         UNION SELECT 1 AS taken FROM accounts a WHERE LOWER(a.email) = LOWER($1) AND NOT EXISTS \
         (SELECT 1 FROM students st WHERE st.account_id = a.id AND st.id = $2)",
    )
    .bind(email.as_str())
    .bind(student_id)
    .fetch_optional(pool)
    .await?;
    Ok(row.is_some())
}

/// Activates the student's Portal account with a password hash: the account is created on
/// first activation, or takes the new password and the Portal e-mail. Returns its id.
pub async fn activate(
    conn: &mut AnyConnection,
    student: &Student,
    password_hash: &str,
    now: Timestamp,
) -> Result<String, sqlx::Error> {
    let account_id = match &student.account_id {
        Some(id) => {
            sqlx::query("UPDATE accounts SET password_hash = $1, email = $2 WHERE id = $3")
                .bind(password_hash)
                .bind(student.portal_email.as_str())
                .bind(id)
                .execute(&mut *conn)
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
            .bind(password_hash)
            .bind(&student.school_id)
            .bind(now.unix_seconds())
            .execute(&mut *conn)
            .await?;
            id
        }
    };
    sqlx::query(
        "UPDATE students SET account_id = $1, portal_state = 'active', invitation_expires = NULL WHERE id = $2",
    )
    .bind(&account_id)
    .bind(&student.id)
    .execute(conn)
    .await?;
    Ok(account_id)
}

/// Lifts a lock on the student's Portal account.
pub async fn unlock(conn: &mut AnyConnection, student_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE students SET portal_state = 'active', locked_until = NULL WHERE id = $1")
        .bind(student_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// A new Portal e-mail: a link sent to the old address must not open the account, and
/// whoever is signed in with the old one signs in again.
pub async fn change_portal_email(
    conn: &mut AnyConnection,
    student_id: &str,
    account_id: Option<&str>,
    email: &EmailAddress,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE students SET portal_email = $1 WHERE id = $2")
        .bind(email.as_str())
        .bind(student_id)
        .execute(&mut *conn)
        .await?;
    crate::invitations::withdraw(conn, student_id, now.unix_seconds()).await?;
    if let Some(account_id) = account_id {
        sqlx::query("UPDATE accounts SET email = $1 WHERE id = $2")
            .bind(email.as_str())
            .bind(account_id)
            .execute(&mut *conn)
            .await?;
        crate::session::revoke_all(conn, account_id).await?;
    }
    Ok(())
}

/// Marks a change a student made as dealt with (`done`), or as due again (undo): whose
/// change it was and its reference, or `None` when the school has no such change.
pub async fn set_change_done(
    conn: &mut AnyConnection,
    change_id: &str,
    school_id: &str,
    done: bool,
) -> Result<Option<(Student, ReferenceNumber)>, sqlx::Error> {
    let changed =
        sqlx::query("UPDATE student_changes SET done = $1 WHERE id = $2 AND school_id = $3")
            .bind(i64::from(done))
            .bind(change_id)
            .bind(school_id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    if changed == 0 {
        return Ok(None);
    }
    let row = sqlx::query("SELECT student_id, reference FROM student_changes WHERE id = $1")
        .bind(change_id)
        .fetch_one(&mut *conn)
        .await?;
    let reference: String = row.try_get("reference")?;
    let reference =
        ReferenceNumber::parse(&reference).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let student_id: String = row.try_get("student_id")?;
    let student = by_id(conn, &student_id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    Ok(Some((student, reference)))
}

/// Locks an active student's Portal account until `until` (Unix seconds).
pub async fn lock_until(
    conn: &mut AnyConnection,
    account_id: &str,
    until: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE students SET portal_state = 'locked', locked_until = $1 \
         WHERE portal_state = 'active' AND account_id = $2",
    )
    .bind(until)
    .bind(account_id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn by_id(conn: &mut AnyConnection, id: &str) -> Result<Option<Student>, sqlx::Error> {
    let sql = [SELECT, " WHERE st.id = $1"].concat();
    sqlx::query(&sql)
        .bind(id)
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

pub async fn by_account(
    conn: &mut AnyConnection,
    account_id: &str,
) -> Result<Option<Student>, sqlx::Error> {
    let sql = [SELECT, " WHERE st.account_id = $1"].concat();
    sqlx::query(&sql)
        .bind(account_id)
        .fetch_optional(conn)
        .await?
        .as_ref()
        .map(from_row)
        .transpose()
}

/// A student of the official's own school, or 404: a record of another school is never
/// shown, nor is its existence revealed.
pub async fn of_school(
    conn: &mut AnyConnection,
    id: &str,
    school_id: Option<&str>,
) -> Result<Student, ApiError> {
    match by_id(conn, id).await? {
        Some(student) if Some(student.school_id.as_str()) == school_id => Ok(student),
        _ => Err(ApiError::NotFound),
    }
}

pub async fn employment(
    conn: &mut AnyConnection,
    student_id: &str,
) -> Result<Vec<EmploymentRecord>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, employment_json, reported_by, updated_at FROM employment WHERE student_id = $1",
    )
    .bind(student_id)
    .fetch_all(conn)
    .await?;
    let mut records = rows
        .iter()
        .map(|row| {
            let by: String = row.try_get("reported_by")?;
            Ok(EmploymentRecord {
                id: row.try_get("id")?,
                employment: decode(Some(row.try_get("employment_json")?))?.expect("present"),
                reported_by: if by == "student" {
                    ReportedBy::Student
                } else {
                    ReportedBy::SchoolOfficial
                },
                updated_at: Timestamp::from_unix_seconds(row.try_get("updated_at")?),
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    records.sort_by_key(|r| r.employment.start);
    Ok(records)
}

pub async fn profile(
    conn: &mut AnyConnection,
    student: &Student,
    now: Timestamp,
) -> Result<StudentProfile, sqlx::Error> {
    Ok(StudentProfile {
        id: student.id.clone(),
        sevis_id: student.sevis_id.clone(),
        first_name: student.first_name.clone(),
        last_name: student.last_name.clone(),
        school_name: student.school_name.clone(),
        opt: student.opt,
        contact: student.contact.clone(),
        portal: student.portal(now),
        employment: employment(conn, &student.id).await?,
        school_officials: crate::schools::officials_of(conn, &student.school_id).await?,
    })
}

/// A school's students, searched by name or SEVIS ID, one page at a time.
pub async fn search(
    conn: &mut AnyConnection,
    school_id: &str,
    query: Option<&SearchText>,
    page: u32,
    now: Timestamp,
) -> Result<Listing<StudentSummary>, sqlx::Error> {
    let page = page.max(1);
    let patterns = query.map(SearchText::word_patterns).unwrap_or_default();
    // Every word somewhere in the name or SEVIS ID, accents folded on both sides.
    let haystack = folded_sql("st.first_name || ' ' || st.last_name || ' ' || st.sevis_id");
    let mut filter = String::from(" WHERE st.school_id = $1");
    for n in 0..patterns.len() {
        filter.push_str(
            &[
                " AND ",
                &haystack,
                " LIKE $",
                &(n + 2).to_string(),
                LIKE_ESCAPE,
            ]
            .concat(),
        );
    }
    let count_sql = ["SELECT COUNT(*) AS n FROM students st", &filter].concat();
    let mut count = sqlx::query(&count_sql).bind(school_id);
    for pattern in &patterns {
        count = count.bind(pattern);
    }
    let total: i64 = count.fetch_one(&mut *conn).await?.try_get("n")?;
    let sql = [
        SELECT,
        &filter,
        " ORDER BY st.last_name, st.first_name LIMIT ",
        &PAGE_SIZE.to_string(),
        " OFFSET ",
        &((page as i64 - 1) * PAGE_SIZE as i64).to_string(),
    ]
    .concat();
    let mut select = sqlx::query(&sql).bind(school_id);
    for pattern in &patterns {
        select = select.bind(pattern);
    }
    let rows = select.fetch_all(&mut *conn).await?;
    let mut items = Vec::with_capacity(rows.len());
    for row in &rows {
        let student = from_row(row)?;
        let open: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM student_changes WHERE student_id = $1 AND done = 0",
        )
        .bind(&student.id)
        .fetch_one(&mut *conn)
        .await?
        .try_get("n")?;
        items.push(StudentSummary {
            id: student.id.clone(),
            sevis_id: student.sevis_id.clone(),
            name: student.name(),
            opt_kind: student.opt.kind,
            ead_end: student.opt.ead_end,
            portal: student.portal_state(now),
            open_items: open as u32,
        });
    }
    Ok(Listing {
        items,
        page,
        per_page: PAGE_SIZE,
        total: total as u64,
    })
}

pub async fn set_contact(
    tx: &mut AnyConnection,
    student_id: &str,
    contact: &Contact,
    now: Timestamp,
) -> Result<(), sqlx::Error> {
    let json = serde_json::to_string(contact).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query("UPDATE students SET contact_json = $1, updated_at = $2 WHERE id = $3")
        .bind(json)
        .bind(now.unix_seconds())
        .bind(student_id)
        .execute(tx)
        .await?;
    Ok(())
}

fn reported_by_id(by: ReportedBy) -> &'static str {
    match by {
        ReportedBy::Student => "student",
        ReportedBy::SchoolOfficial => "school_official",
    }
}

pub async fn save_employment(
    tx: &mut AnyConnection,
    student_id: &str,
    id: Option<&str>,
    employment: &Employment,
    by: ReportedBy,
    now: Timestamp,
) -> Result<EmploymentRecord, sqlx::Error> {
    let json = serde_json::to_string(employment).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    let id = match id {
        Some(id) => {
            sqlx::query("UPDATE employment SET employment_json = $1, reported_by = $2, updated_at = $3 WHERE id = $4 AND student_id = $5")
                .bind(&json)
                .bind(reported_by_id(by))
                .bind(now.unix_seconds())
                .bind(id)
                .bind(student_id)
                .execute(&mut *tx)
                .await?;
            id.to_owned()
        }
        None => {
            let id = new_id();
            sqlx::query("INSERT INTO employment (id, student_id, employment_json, reported_by, updated_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(&id)
                .bind(student_id)
                .bind(&json)
                .bind(reported_by_id(by))
                .bind(now.unix_seconds())
                .execute(&mut *tx)
                .await?;
            id
        }
    };
    Ok(EmploymentRecord {
        id,
        employment: employment.clone(),
        reported_by: by,
        updated_at: now,
    })
}

pub async fn employment_by_id(
    tx: &mut AnyConnection,
    student_id: &str,
    id: &str,
) -> Result<Option<EmploymentRecord>, sqlx::Error> {
    Ok(employment(tx, student_id)
        .await?
        .into_iter()
        .find(|r| r.id == id))
}

/// What a student changed: the kind of change, a one-line summary, and each field before
/// and after.
pub struct StudentChange<'a> {
    pub kind: ChangeKind,
    pub summary: &'a str,
    pub changes: Vec<FieldChange>,
}

/// Records a change the student made, for the DSO's list of items due (21 days); answers
/// the fields it changed, for the audit entry.
pub async fn record_change(
    tx: &mut AnyConnection,
    student: &Student,
    change: StudentChange<'_>,
    reference: &ReferenceNumber,
    now: Timestamp,
) -> Result<Vec<FieldChange>, sqlx::Error> {
    let due = deadline(DeadlineRule::DsoUpdatesSevis, now.date()).due;
    let changes =
        serde_json::to_string(&change.changes).map_err(|e| sqlx::Error::Encode(Box::new(e)))?;
    sqlx::query(
        "INSERT INTO student_changes (id, student_id, school_id, kind, reference, summary, changed_at, due, done, changes_json, changed_by) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10)",
    )
    .bind(new_id())
    .bind(&student.id)
    .bind(&student.school_id)
    .bind(change_kind_id(change.kind))
    .bind(reference.as_str())
    .bind(change.summary)
    .bind(now.unix_seconds())
    .bind(due.to_iso())
    .bind(changes)
    .bind(student.name())
    .execute(tx)
    .await?;
    Ok(change.changes)
}

pub fn change_kind_id(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Contact => "contact",
        ChangeKind::EmploymentAdded => "employment_added",
        ChangeKind::EmploymentEdited => "employment_edited",
        ChangeKind::EmploymentEnded => "employment_ended",
        ChangeKind::ValidationReport => "validation_report",
    }
}

fn change_kind(id: &str) -> ChangeKind {
    match id {
        "employment_added" => ChangeKind::EmploymentAdded,
        "employment_edited" => ChangeKind::EmploymentEdited,
        "employment_ended" => ChangeKind::EmploymentEnded,
        "validation_report" => ChangeKind::ValidationReport,
        _ => ChangeKind::Contact,
    }
}

/// The school's items due, or all of its student-made changes (for the report).
pub async fn changes(
    conn: &mut AnyConnection,
    school_id: &str,
    open_only: bool,
) -> Result<Vec<(DueItem, String, String)>, sqlx::Error> {
    let sql = [
        "SELECT c.id, c.student_id, c.kind, c.reference, c.summary, c.changed_at, c.due, c.done, c.changes_json, c.changed_by, \
         st.first_name, st.last_name, st.sevis_id \
         FROM student_changes c JOIN students st ON st.id = c.student_id WHERE c.school_id = $1",
        if open_only { " AND c.done = 0" } else { "" },
        " ORDER BY c.due, c.changed_at",
    ]
    .concat();
    let rows = sqlx::query(&sql).bind(school_id).fetch_all(conn).await?;
    rows.iter()
        .map(|row| {
            let first: String = row.try_get("first_name")?;
            let last: String = row.try_get("last_name")?;
            let reference: String = row.try_get("reference")?;
            let item = DueItem {
                id: row.try_get("id")?,
                student_id: row.try_get("student_id")?,
                student_name: [first.as_str(), " ", &last].concat(),
                change: change_kind(&row.try_get::<String, _>("kind")?),
                // Changes recorded before the details were kept have none.
                changed_by: row
                    .try_get::<Option<String>, _>("changed_by")?
                    .unwrap_or_else(|| [first.as_str(), " ", &last].concat()),
                changes: decode(row.try_get("changes_json")?)?.unwrap_or_default(),
                reference: ReferenceNumber::parse(&reference)
                    .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
                changed_at: Timestamp::from_unix_seconds(row.try_get("changed_at")?),
                due: date(row, "due")?,
                done: row.try_get::<i64, _>("done")? != 0,
            };
            Ok((item, row.try_get("summary")?, row.try_get("sevis_id")?))
        })
        .collect()
}

pub async fn portal_rows(
    conn: &mut AnyConnection,
    school_id: &str,
    now: Timestamp,
) -> Result<Vec<PortalAccountRow>, sqlx::Error> {
    let sql = [
        SELECT,
        " WHERE st.school_id = $1 ORDER BY st.last_name, st.first_name",
    ]
    .concat();
    let rows = sqlx::query(&sql).bind(school_id).fetch_all(conn).await?;
    rows.iter()
        .map(|row| {
            let student = from_row(row)?;
            Ok(PortalAccountRow {
                student_id: student.id.clone(),
                name: student.name(),
                sevis_id: student.sevis_id.clone(),
                state: student.portal_state(now),
                email: student.portal_email.clone(),
            })
        })
        .collect()
}
