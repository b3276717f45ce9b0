use navigator_domain::api::{
    audit::{AuditAction, AuditOutcome},
    session::AccountRole,
};
use portal_api::{
    audit::{self, AuditDraft},
    database::Database,
};
use reqwest::Method;
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{DSO_RIVERSIDE, JEAN, OFFICER, STUDENT_ANA, TestApp},
};

async fn some_history(app: &TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let address = json!({"address": {"line1": "9 Elm St", "city": "Newark", "state": "NJ", "zip": "07102"},
        "moved_on": {"day": "20", "month": "11", "year": "2026"}, "court_case": "yes"});
    app.request(
        Method::POST,
        "/api/supervision/address",
        Some(&jean),
        Some(address),
        None,
    )
    .await;
    app.sign_in_raw(json!({"method": "password", "email": STUDENT_ANA, "password": "wrong"}))
        .await;
    app.sign_in(DSO_RIVERSIDE).await;
    app.request(Method::DELETE, "/api/session", Some(&jean), None, None)
        .await;
}

async fn sign_ins_sign_outs_and_writes_are_recorded_and_queryable(app: TestApp) {
    some_history(&app).await;
    let officer = app.sign_in(OFFICER).await;
    let log: Value = app.get_json("/api/officer/audit", &officer).await;
    let entries = log["items"].as_array().unwrap();
    let has = |action: &str, outcome: &str| {
        entries
            .iter()
            .any(|e| e["action"] == action && e["outcome"] == outcome)
    };
    assert!(
        has("sign_in", "success")
            && has("sign_in", "failure")
            && has("sign_out", "success")
            && has("change_address", "success")
    );
    // Failed sign-ins name the account only by a masked identifier.
    let failed = entries
        .iter()
        .find(|e| e["action"] == "sign_in" && e["outcome"] == "failure")
        .unwrap();
    assert_eq!(failed["actor"], "a•••@student.example");
    let filtered: Value = app
        .get_json(
            "/api/officer/audit?action=sign_in&outcome=failure",
            &officer,
        )
        .await;
    assert_eq!(filtered["total"], 1);
    let by_actor: Value = app
        .get_json("/api/officer/audit?actor=jean", &officer)
        .await;
    assert!(
        by_actor["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["actor"] == "Jean Baptiste")
    );
    assert!(by_actor["total"].as_u64().unwrap() >= 3);
    let text = serde_json::to_string(&log).unwrap();
    for secret in [
        "demo-password-2026",
        "A012345678",
        "SUB12345",
        &officer.csrf,
    ] {
        assert!(!text.contains(secret), "the audit log shows {secret}");
    }
}

async fn changing_any_stored_entry_breaks_the_chain_there(app: TestApp) {
    some_history(&app).await;
    let total = app.count("audit_log").await;
    assert!(total >= 4);
    assert_eq!(
        audit::verify(&app.state.db, None).await.unwrap(),
        Ok(total as u64)
    );

    sqlx::query("UPDATE audit_log SET actor = 'Someone Else' WHERE sequence = 2")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let broken = audit::verify(&app.state.db, None)
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(broken.sequence, 2);

    // The command line names it too, and fails.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portal-api"))
        .args(["verify-audit", "--database-url", &app.database_url])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("audit trail altered at entry 2"),
        "{stderr}"
    );
}

async fn removing_an_entry_is_found_too(app: TestApp) {
    some_history(&app).await;
    sqlx::query("DELETE FROM audit_log WHERE sequence = 3")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let broken = audit::verify(&app.state.db, None)
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(broken.sequence, 3);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_portal-api"))
        .args(["verify-audit", "--database-url", &app.database_url])
        .output()
        .unwrap();
    assert!(!output.status.success());
}

/// `verify-audit` with the server's checkpoint, on the command line.
fn verify_command(app: &TestApp) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_portal-api"))
        .args(["verify-audit", "--database-url", &app.database_url])
        .arg("--audit-checkpoint")
        .arg(app.state.audit_checkpoints.path())
        .output()
        .unwrap()
}

async fn cutting_entries_off_the_end_is_found(app: TestApp) {
    some_history(&app).await;
    let checkpoints = &app.state.audit_checkpoints;
    checkpoints.record(&app.state.db).await.unwrap();
    let head = checkpoints.read().unwrap().expect("a checkpoint");
    assert!(verify_command(&app).status.success());
    sqlx::query("DELETE FROM audit_log WHERE sequence > $1")
        .bind(head.sequence - 5)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    // What is left is a perfect chain; only the checkpoint shows what is missing.
    assert!(audit::verify(&app.state.db, None).await.unwrap().is_ok());
    let broken = audit::verify(&app.state.db, Some(&head))
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(broken.sequence, head.sequence);
    let output = verify_command(&app);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("cut short"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

async fn a_wiped_trail_is_found(app: TestApp) {
    some_history(&app).await;
    app.state
        .audit_checkpoints
        .record(&app.state.db)
        .await
        .unwrap();
    sqlx::query("DELETE FROM audit_log")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert!(!verify_command(&app).status.success());
}

async fn the_log_pages_by_fifty_newest_first_without_gaps_or_repeats(app: TestApp) {
    for _ in 0..55 {
        app.sign_in(DSO_RIVERSIDE).await;
    }
    let officer = app.sign_in(OFFICER).await;
    let page = |n: u32| {
        let officer = &officer;
        let app = &app;
        async move {
            app.get_json(&format!("/api/officer/audit?page={n}"), officer)
                .await
        }
    };
    let first = page(1).await;
    let total = first["total"].as_u64().unwrap();
    assert!(total >= 56, "{total}");
    assert_eq!(first["per_page"], 50);
    // Opening the trail (page 1) is recorded; turning pages is not, so they do not shift.
    let mut sequences = Vec::new();
    for n in 1..=total.div_ceil(50) as u32 {
        let listing = if n == 1 { first.clone() } else { page(n).await };
        assert_eq!(listing["page"], n);
        let items = listing["items"].as_array().unwrap();
        let expected = (total - 50 * (n as u64 - 1)).min(50);
        assert_eq!(items.len() as u64, expected, "page {n}");
        sequences.extend(items.iter().map(|e| e["sequence"].as_i64().unwrap()));
    }
    // Every entry once, newest first across the pages.
    assert_eq!(sequences.len() as u64, total);
    assert!(sequences.windows(2).all(|w| w[0] > w[1]), "{sequences:?}");
    let beyond = page(total.div_ceil(50) as u32 + 1).await;
    assert_eq!(beyond["items"].as_array().unwrap().len(), 0);
}

on_both_databases!(
    sign_ins_sign_outs_and_writes_are_recorded_and_queryable,
    the_log_pages_by_fifty_newest_first_without_gaps_or_repeats,
    changing_any_stored_entry_breaks_the_chain_there,
    removing_an_entry_is_found_too,
    cutting_entries_off_the_end_is_found,
    a_wiped_trail_is_found,
    entries_appended_by_another_process_are_continued,
    an_entry_rolled_back_leaves_no_gap,
);

fn officer_note() -> AuditDraft {
    AuditDraft {
        actor: "Taylor Reed".into(),
        actor_role: Some(AccountRole::Officer),
        account_id: None,
        school_id: None,
        action: AuditAction::ViewAuditTrail,
        target: None,
        subject: None,
        reference: None,
        changes: Vec::new(),
    }
}

/// A second server or a command-line tool appending to the same trail is continued, not
/// forked: each process writes against the head it remembers only while that is the newest.
async fn entries_appended_by_another_process_are_continued(app: TestApp) {
    let other = Database::open(&app.database_url).await.unwrap();
    some_history(&app).await;
    let now = app.state.clock.now();
    for _ in 0..3 {
        audit::record(&other, &officer_note(), AuditOutcome::Success, now)
            .await
            .unwrap();
        audit::record(&app.state.db, &officer_note(), AuditOutcome::Success, now)
            .await
            .unwrap();
    }
    // And at the same time: each append waits for the other process's (SQLite's write lock,
    // PostgreSQL's chain lock), then finds its remembered head outdated.
    let appends = [&app.state.db, &other].into_iter().flat_map(|db| {
        (0..20).map(move |_| {
            let db = db.clone();
            tokio::spawn(async move {
                audit::record(&db, &officer_note(), AuditOutcome::Success, now).await
            })
        })
    });
    for append in appends.collect::<Vec<_>>() {
        append.await.unwrap().unwrap();
    }
    let total = app.count("audit_log").await as u64;
    assert_eq!(audit::verify(&app.state.db, None).await.unwrap(), Ok(total));
}

/// The head a rolled-back write appended is never written against.
async fn an_entry_rolled_back_leaves_no_gap(app: TestApp) {
    some_history(&app).await;
    let db = &app.state.db;
    let now = app.state.clock.now();
    let mut tx = db.write().await.unwrap();
    audit::append(&mut tx, db, &officer_note(), AuditOutcome::Success, now)
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    audit::record(db, &officer_note(), AuditOutcome::Success, now)
        .await
        .unwrap();
    let total = app.count("audit_log").await as u64;
    assert_eq!(audit::verify(db, None).await.unwrap(), Ok(total));
}

/// Reading personal data is recorded: a school official opening a record, an officer
/// opening the trail.
async fn reading_personal_data_is_recorded(app: TestApp) {
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let ana = app.student_id("Lopez").await;
    app.get_json(&format!("/api/dso/students/{ana}"), &dso)
        .await;
    let officer = app.sign_in(OFFICER).await;
    let trail: serde_json::Value = app
        .get_json("/api/officer/audit?action=view_student_record", &officer)
        .await;
    assert_eq!(trail["total"], 1);
    // Whose record: the entry's subject (issue 14).
    assert!(
        trail["items"][0]["subject"]
            .as_str()
            .unwrap()
            .starts_with("Ana"),
        "{trail}"
    );
    let opened: serde_json::Value = app
        .get_json("/api/officer/audit?action=view_audit_trail", &officer)
        .await;
    assert_eq!(opened["total"], 2, "each opening of the trail: {opened}");
}

on_both_databases!(reading_personal_data_is_recorded);
