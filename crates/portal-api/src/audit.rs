//! The audit trail: every sign-in (success and failure), sign-out and write, append-only.
//! Each entry's hash covers its content and the previous entry's hash, so changing,
//! removing or reordering any stored entry breaks the chain at that entry
//! (`portal-api verify-audit`). Entries hold names and masked identifiers, never
//! passwords, tokens or full identifiers.
//!
//! Since issue 14 an entry also names whom it was about (`subject`) and the write's
//! reference. Both are in the hash of the entries that have them; an entry with neither
//! (every entry written before) hashes as it always did, so the stored chain stays valid.

use navigator_domain::{
    api::{
        audit::{AuditAction, AuditEntry, AuditOutcome, AuditQuery},
        field_change::FieldChange,
        listing::Listing,
        session::AccountRole,
    },
    calendar::Timestamp,
    reference_number::ReferenceNumber,
};
use sqlx::{AnyConnection, Row};

use crate::{
    audit_head::{self, Head},
    database::{Database, Engine},
    search_text::{LIKE_ESCAPE, SearchText, folded_sql},
    secrets::sha256_hex,
};

pub const PAGE_SIZE: u32 = 50;
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who did what, before the outcome is known.
#[derive(Clone, Debug)]
pub struct AuditDraft {
    pub actor: String,
    pub actor_role: Option<AccountRole>,
    pub account_id: Option<String>,
    /// The school the record belongs to, so officers can filter by school.
    pub school_id: Option<String>,
    pub action: AuditAction,
    pub target: Option<String>,
    /// Whom it is about: the person the record belongs to, by name and masked identifier.
    pub subject: Option<String>,
    /// The write's reference, once it is stored (`idempotency::Written`).
    pub reference: Option<ReferenceNumber>,
    /// What the write changed, once it is done (`idempotency::Written`).
    pub changes: Vec<FieldChange>,
}

struct Fields<'a> {
    sequence: i64,
    at: i64,
    actor: &'a str,
    actor_role: &'a str,
    account_id: &'a str,
    school_id: &'a str,
    action: &'a str,
    target: &'a str,
    outcome: &'a str,
    subject: &'a str,
    reference: &'a str,
    /// The changes as stored (JSON), empty when the write changed no field.
    changes: &'a str,
}

fn entry_hash(prev_hash: &str, f: &Fields) -> String {
    let sep = "\u{1f}";
    let sequence = f.sequence.to_string();
    let at = f.at.to_string();
    let mut parts = vec![
        prev_hash,
        &sequence,
        &at,
        f.actor,
        f.actor_role,
        f.account_id,
        f.school_id,
        f.action,
        f.target,
        f.outcome,
    ];
    // Entries about nobody, without a reference and without changes keep the hash they were
    // written with before these fields existed; clearing them from a newer entry changes
    // its hash.
    if !f.changes.is_empty() {
        parts.extend([f.subject, f.reference, f.changes]);
    } else if !f.subject.is_empty() || !f.reference.is_empty() {
        parts.extend([f.subject, f.reference]);
    }
    sha256_hex(&parts.join(sep))
}

/// Appends an entry inside the caller's transaction, so it is stored if and only if the
/// write it records is; written against the head this process remembers (`audit_head.rs`).
pub async fn append(
    conn: &mut AnyConnection,
    db: &Database,
    draft: &AuditDraft,
    outcome: AuditOutcome,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    if db.engine == Engine::Postgres {
        // One chain: entries are appended one at a time. (SQLite writers are already one
        // at a time.)
        sqlx::query("SELECT pg_advisory_xact_lock(74470001)")
            .execute(&mut *conn)
            .await?;
    }
    let changes = if draft.changes.is_empty() {
        String::new()
    } else {
        serde_json::to_string(&draft.changes).map_err(|e| sqlx::Error::Encode(Box::new(e)))?
    };
    let appended = if let Some(head) = db.audit_head.get()
        && let Some(appended) =
            insert_after(conn, Some(&head), draft, outcome, at, &changes).await?
    {
        appended
    } else {
        let head = audit_head::read(&mut *conn).await?;
        insert_after(conn, head.as_ref(), draft, outcome, at, &changes)
            .await?
            // Only a writer that skipped the write queue or the lock could have come first.
            .ok_or_else(|| {
                sqlx::Error::Protocol(
                    "the audit trail changed while its writer held the lock".into(),
                )
            })?
    };
    db.audit_head.set(appended);
    Ok(())
}

/// Stores the entry after `prev` (`None`: the first entry) if `prev` is still the newest
/// entry; answers the new head, or `None` when another entry came first.
async fn insert_after(
    conn: &mut AnyConnection,
    prev: Option<&Head>,
    draft: &AuditDraft,
    outcome: AuditOutcome,
    at: Timestamp,
    changes: &str,
) -> Result<Option<Head>, sqlx::Error> {
    let (sequence, prev_hash) =
        prev.map_or((1, GENESIS), |head| (head.sequence + 1, head.hash.as_str()));
    let role = draft.actor_role.map(AccountRole::id).unwrap_or_default();
    let fields = Fields {
        sequence,
        at: at.unix_seconds(),
        actor: &draft.actor,
        actor_role: role,
        account_id: draft.account_id.as_deref().unwrap_or_default(),
        school_id: draft.school_id.as_deref().unwrap_or_default(),
        action: draft.action.id(),
        target: draft.target.as_deref().unwrap_or_default(),
        outcome: outcome.id(),
        subject: draft.subject.as_deref().unwrap_or_default(),
        reference: draft.reference.as_ref().map_or("", ReferenceNumber::as_str),
        changes,
    };
    let hash = entry_hash(prev_hash, &fields);
    let inserted = sqlx::query(
        "INSERT INTO audit_log (sequence, at, actor, actor_role, account_id, school_id, action, target, outcome, prev_hash, hash, subject, reference, changes) \
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14 \
         WHERE COALESCE((SELECT hash FROM audit_log ORDER BY sequence DESC LIMIT 1), $15) = $10",
    )
    .bind(sequence)
    .bind(fields.at)
    .bind(fields.actor)
    .bind(fields.actor_role)
    .bind(fields.account_id)
    .bind(fields.school_id)
    .bind(fields.action)
    .bind(fields.target)
    .bind(fields.outcome)
    .bind(prev_hash)
    .bind(&hash)
    .bind(draft.subject.as_deref())
    .bind(draft.reference.as_ref().map(ReferenceNumber::as_str))
    .bind((!changes.is_empty()).then_some(changes))
    .bind(GENESIS)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok((inserted == 1).then_some(Head { sequence, hash }))
}

/// Records an entry on its own (a failed sign-in, a refused write).
pub async fn record(
    db: &Database,
    draft: &AuditDraft,
    outcome: AuditOutcome,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    let mut tx = db.write().await?;
    append(&mut tx, db, draft, outcome, at).await?;
    tx.commit().await
}

/// Counts a failed or refused sign-in that names no account: per hour and outcome, not as
/// an entry each, so strangers cannot flood the trail (ADR 13).
pub async fn count_failed_sign_in(
    db: &Database,
    outcome: AuditOutcome,
    at: Timestamp,
) -> Result<(), sqlx::Error> {
    let hour = at.unix_seconds().div_euclid(3600) * 3600;
    let mut tx = db.write().await?;
    sqlx::query(
        "INSERT INTO sign_in_failure_counts (hour, outcome, attempts) VALUES ($1, $2, 1) \
         ON CONFLICT (hour, outcome) DO UPDATE SET attempts = sign_in_failure_counts.attempts + 1",
    )
    .bind(hour)
    .bind(outcome.id())
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

enum Param {
    Text(String),
    Int(i64),
}

/// Officers' view: filtered, newest first, one page at a time.
pub async fn query(db: &Database, filter: &AuditQuery) -> Result<Listing<AuditEntry>, sqlx::Error> {
    let mut conditions = Vec::new();
    let mut params = Vec::new();
    let next = |params: &mut Vec<Param>, p: Param| {
        params.push(p);
        ["$", &params.len().to_string()].concat()
    };
    // "Who": the person who acted or the one it was about (entries written before subjects
    // were recorded named that person in `target`), every word, accents or not. The
    // officer's handler has refused a text too long to search by.
    if let Ok(Some(who)) = SearchText::parse(filter.actor.as_deref()) {
        let words: Vec<String> = who
            .word_patterns()
            .into_iter()
            .map(|pattern| next(&mut params, Param::Text(pattern)))
            .collect();
        let person = |column: &str| {
            let column = folded_sql(column);
            let each_word: Vec<String> = words
                .iter()
                .map(|n| [column.as_str(), " LIKE ", n, LIKE_ESCAPE].concat())
                .collect();
            ["(", &each_word.join(" AND "), ")"].concat()
        };
        let either = [person("actor"), person("COALESCE(subject, target, '')")].join(" OR ");
        conditions.push(["(", &either, ")"].concat());
    }
    if let Some(action) = filter.action {
        let n = next(&mut params, Param::Text(action.id().to_owned()));
        conditions.push(["action = ", &n].concat());
    }
    if let Some(outcome) = filter.outcome {
        let n = next(&mut params, Param::Text(outcome.id().to_owned()));
        conditions.push(["outcome = ", &n].concat());
    }
    if let Some(from) = filter.from {
        let n = next(&mut params, Param::Int(from.to_days() * 86_400));
        conditions.push(["at >= ", &n].concat());
    }
    if let Some(to) = filter.to {
        let n = next(&mut params, Param::Int((to.to_days() + 1) * 86_400));
        conditions.push(["at < ", &n].concat());
    }
    let filter_sql = if conditions.is_empty() {
        String::new()
    } else {
        [" WHERE ", &conditions.join(" AND ")].concat()
    };
    let page = filter.page.unwrap_or(1).max(1);
    fn bind<'q>(
        sql: &'q str,
        params: &'q [Param],
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        let mut query = sqlx::query(sql);
        for param in params {
            query = match param {
                Param::Text(text) => query.bind(text.as_str()),
                Param::Int(n) => query.bind(*n),
            };
        }
        query
    }
    let count_sql = ["SELECT COUNT(*) AS n FROM audit_log", &filter_sql].concat();
    let total: i64 = bind(&count_sql, &params)
        .fetch_one(&db.pool)
        .await?
        .try_get("n")?;
    let offset = (page as i64 - 1) * PAGE_SIZE as i64;
    let page_sql = [
        "SELECT sequence, at, actor, actor_role, action, target, outcome, subject, reference, changes FROM audit_log",
        &filter_sql,
        " ORDER BY sequence DESC LIMIT ",
        &PAGE_SIZE.to_string(),
        " OFFSET ",
        &offset.to_string(),
    ]
    .concat();
    let rows = bind(&page_sql, &params).fetch_all(&db.pool).await?;
    let items = rows
        .iter()
        .map(|row| {
            let role: String = row.try_get("actor_role")?;
            let target: String = row.try_get("target")?;
            let action: String = row.try_get("action")?;
            let outcome: String = row.try_get("outcome")?;
            let reference: Option<String> = row.try_get("reference")?;
            let changes: Option<String> = row.try_get("changes")?;
            Ok(AuditEntry {
                sequence: row.try_get("sequence")?,
                at: Timestamp::from_unix_seconds(row.try_get("at")?),
                actor: row.try_get("actor")?,
                actor_role: AccountRole::from_id(&role),
                action: AuditAction::from_id(&action).unwrap_or(AuditAction::SignIn),
                target: (!target.is_empty()).then_some(target),
                subject: row.try_get("subject")?,
                reference: reference
                    .map(|r| ReferenceNumber::parse(&r))
                    .transpose()
                    .map_err(|e| sqlx::Error::Decode(format!("audit reference: {e:?}").into()))?,
                changes: changes
                    .map(|json| serde_json::from_str(&json))
                    .transpose()
                    .map_err(|e| sqlx::Error::Decode(Box::new(e)))?
                    .unwrap_or_default(),
                outcome: AuditOutcome::from_id(&outcome).unwrap_or(AuditOutcome::Failure),
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(Listing {
        items,
        page,
        per_page: PAGE_SIZE,
        total: total as u64,
    })
}

/// The first entry whose content, link or place in the sequence does not check out.
#[derive(Debug, PartialEq, Eq)]
pub struct AuditBreak {
    pub sequence: i64,
    pub reason: &'static str,
}

/// Recomputes the chain from the first entry, and requires the entry of the last
/// checkpoint (kept outside the database) to be there unchanged. `Ok(n)` when all `n`
/// entries check out.
pub async fn verify(
    db: &Database,
    checkpoint: Option<&Head>,
) -> Result<Result<u64, AuditBreak>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT sequence, at, actor, actor_role, account_id, school_id, action, target, outcome, subject, reference, changes, prev_hash, hash \
         FROM audit_log ORDER BY sequence",
    )
    .fetch_all(&db.pool)
    .await?;
    let mut expected_prev = GENESIS.to_owned();
    for (expected_sequence, row) in (1i64..).zip(rows.iter()) {
        let sequence: i64 = row.try_get("sequence")?;
        let text = |name: &str| row.try_get::<String, _>(name);
        let (actor, role, account, school, action, target, outcome) = (
            text("actor")?,
            text("actor_role")?,
            text("account_id")?,
            text("school_id")?,
            text("action")?,
            text("target")?,
            text("outcome")?,
        );
        let optional = |name: &str| row.try_get::<Option<String>, _>(name);
        let (subject, reference, changes) = (
            optional("subject")?,
            optional("reference")?,
            optional("changes")?,
        );
        let prev_hash = text("prev_hash")?;
        let hash = text("hash")?;
        if sequence != expected_sequence {
            return Ok(Err(AuditBreak {
                sequence: expected_sequence,
                reason: "an entry is missing or out of order",
            }));
        }
        if prev_hash != expected_prev {
            return Ok(Err(AuditBreak {
                sequence,
                reason: "its link to the previous entry does not match",
            }));
        }
        let fields = Fields {
            sequence,
            at: row.try_get("at")?,
            actor: &actor,
            actor_role: &role,
            account_id: &account,
            school_id: &school,
            action: &action,
            target: &target,
            outcome: &outcome,
            subject: subject.as_deref().unwrap_or_default(),
            reference: reference.as_deref().unwrap_or_default(),
            changes: changes.as_deref().unwrap_or_default(),
        };
        if entry_hash(&prev_hash, &fields) != hash {
            return Ok(Err(AuditBreak {
                sequence,
                reason: "its content was changed after it was written",
            }));
        }
        expected_prev = hash;
    }
    if let Some(head) = checkpoint {
        let kept = rows
            .get((head.sequence as usize).wrapping_sub(1))
            .map_or(Ok(None), |row| row.try_get::<String, _>("hash").map(Some))?;
        if kept.as_deref() != Some(head.hash.as_str()) {
            return Ok(Err(AuditBreak {
                sequence: head.sequence,
                reason: "entries up to the last checkpoint are missing: the trail was cut short",
            }));
        }
    }
    Ok(Ok(rows.len() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields<'a>(subject: &'a str, reference: &'a str) -> Fields<'a> {
        Fields {
            sequence: 7,
            at: 1_764_000_000,
            actor: "Jean Baptiste",
            actor_role: "supervised",
            account_id: "acc-1",
            school_id: "",
            action: "change_address",
            target: "",
            outcome: "success",
            subject,
            reference,
            changes: "",
        }
    }

    #[test]
    fn entries_without_subject_or_reference_keep_their_hash() {
        // The hash of this entry as the chain was computed before issue 14.
        let before = sha256_hex(
            &[
                GENESIS,
                "7",
                "1764000000",
                "Jean Baptiste",
                "supervised",
                "acc-1",
                "",
                "change_address",
                "",
                "success",
            ]
            .join("\u{1f}"),
        );
        assert_eq!(entry_hash(GENESIS, &fields("", "")), before);
        let named = entry_hash(
            GENESIS,
            &fields("Jean Baptiste (A•••••5678)", "K7QM-3XHP-2R"),
        );
        assert_ne!(named, before);
        assert_ne!(named, entry_hash(GENESIS, &fields("", "K7QM-3XHP-2R")));
    }
}
