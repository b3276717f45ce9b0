//! The officer's audit log (issue 14): every write names whom it was about and its
//! reference, says what changed (old and new values), and "Who" finds the person an action
//! was about as well as the one who acted.

use portal_api::audit;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{DSO_RIVERSIDE, JEAN, MARIA, OFFICER, STUDENT_ANA, STUDENT_LUCIA, Session, TestApp},
};

async fn written(app: &TestApp, method: Method, path: &str, who: &Session, body: Value) -> Value {
    let response = app.request(method, path, Some(who), Some(body), None).await;
    assert!(response.status().is_success(), "{path}");
    response.json().await.unwrap()
}

fn first_of<'a>(log: &'a Value, action: &str) -> &'a Value {
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == action)
        .unwrap_or_else(|| panic!("no {action} entry in {log}"))
}

async fn every_write_names_whom_it_was_about_and_its_reference(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let address = json!({"address": {"line1": "9 Elm St", "city": "Newark", "state": "NJ", "zip": "07102"},
        "moved_on": {"day": "20", "month": "11", "year": "2026"}, "court_case": "no"});
    let moved = written(
        &app,
        Method::POST,
        "/api/supervision/address",
        &jean,
        address,
    )
    .await;
    let slots: Value = app.get_json("/api/supervision/slots", &jean).await;
    let booking = json!({"slot_id": slots[0]["id"]});
    let booked = written(
        &app,
        Method::POST,
        "/api/supervision/appointments",
        &jean,
        booking,
    )
    .await;
    let id = booked["id"].as_str().unwrap();
    let cancel = format!("/api/supervision/appointments/{id}");
    app.request(Method::DELETE, &cancel, Some(&jean), None, None)
        .await;
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let ana = app.student_id("Lopez").await;
    let contact = json!({"address": {"line1": "1 Main St", "city": "Boston", "state": "MA", "zip": "02115"}, "phone": "617 555 0199"});
    let by_dso = format!("/api/dso/students/{ana}/contact");
    let receipt = written(&app, Method::PUT, &by_dso, &dso, contact).await;

    let officer = app.sign_in(OFFICER).await;
    let log = app.get_json("/api/officer/audit", &officer).await;
    for (action, reference) in [
        ("change_address", &moved["reference"]),
        ("book_check_in", &booked["reference"]),
        ("cancel_check_in", &booked["reference"]),
    ] {
        let entry = first_of(&log, action);
        assert_eq!(entry["actor"], "Jean Baptiste", "{entry}");
        // The person and a masked A-Number, never the full one.
        assert_eq!(entry["subject"], "Jean Baptiste (A•••••5678)", "{entry}");
        assert_eq!(&entry["reference"], reference, "{entry}");
    }
    let entry = first_of(&log, "update_contact");
    assert_eq!(entry["actor"], "Morgan Patel");
    assert_eq!(entry["subject"], "Ana Lopez (N•••••0633)");
    assert_eq!(entry["reference"], receipt["reference"]);
    // A sign-in is about nobody else, and has no reference.
    let signed_in = first_of(&log, "sign_in");
    assert!(signed_in["reference"].is_null(), "{signed_in}");

    // The new columns are in the chain: the trail checks out, and a changed subject or
    // reference is found.
    let total = app.count("audit_log").await as u64;
    assert_eq!(audit::verify(&app.state.db, None).await.unwrap(), Ok(total));
    let booked_reference = booked["reference"].as_str().unwrap();
    for (change, undo) in [
        (
            "UPDATE audit_log SET subject = 'Someone Else' WHERE action = 'change_address'".to_owned(),
            "UPDATE audit_log SET subject = 'Jean Baptiste (A•••••5678)' WHERE action = 'change_address'".to_owned(),
        ),
        (
            "UPDATE audit_log SET subject = NULL, reference = NULL WHERE action = 'book_check_in'".to_owned(),
            format!("UPDATE audit_log SET subject = 'Jean Baptiste (A•••••5678)', reference = '{booked_reference}' WHERE action = 'book_check_in'"),
        ),
    ] {
        let pool = &app.state.db.pool;
        let run = |sql: String| async move {
            sqlx::query(&sql).execute(pool).await.unwrap();
        };
        run(change.clone()).await;
        assert!(
            audit::verify(&app.state.db, None).await.unwrap().is_err(),
            "{change} was not found"
        );
        run(undo).await;
        assert_eq!(audit::verify(&app.state.db, None).await.unwrap(), Ok(total));
    }
}

/// The entry's changes as `field: old → new` lines ("—" for none).
fn changes_of(entry: &Value) -> Vec<String> {
    let text = |v: &Value| v.as_str().unwrap_or("—").to_owned();
    entry["changes"]
        .as_array()
        .unwrap_or_else(|| panic!("no changes in {entry}"))
        .iter()
        .map(|c| {
            format!(
                "{}: {} → {}",
                text(&c["field"]),
                text(&c["old"]),
                text(&c["new"])
            )
        })
        .collect()
}

fn entries_of<'a>(log: &'a Value, action: &str) -> Vec<&'a Value> {
    let items = log["items"].as_array().unwrap().iter();
    // Newest first in the log: oldest first here.
    let mut entries: Vec<&Value> = items.filter(|e| e["action"] == action).collect();
    entries.reverse();
    entries
}

async fn every_write_says_what_changed(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let address = |line1: &str| {
        json!({"address": {"line1": line1, "city": "Newark", "state": "NJ", "zip": "07102"},
            "moved_on": {"day": "20", "month": "11", "year": "2026"}, "court_case": "no"})
    };
    for line1 in ["9 Elm St", "11 Oak Ave"] {
        written(
            &app,
            Method::POST,
            "/api/supervision/address",
            &jean,
            address(line1),
        )
        .await;
    }
    let slots: Value = app.get_json("/api/supervision/slots", &jean).await;
    let free: Vec<&Value> = slots
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["available"] == true)
        .collect();
    let when = |slot: &Value| {
        format!(
            "{} {}",
            slot["date"].as_str().unwrap(),
            slot["time"].as_str().unwrap()
        )
    };
    let booking = json!({"slot_id": free[0]["id"]});
    let booked = written(
        &app,
        Method::POST,
        "/api/supervision/appointments",
        &jean,
        booking,
    )
    .await;
    let id = booked["id"].as_str().unwrap();
    let moved_to = json!({"slot_id": free[1]["id"]});
    let path = format!("/api/supervision/appointments/{id}");
    written(&app, Method::PUT, &path, &jean, moved_to).await;
    app.request(Method::DELETE, &path, Some(&jean), None, None)
        .await;

    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let ana = app.student_id("Lopez").await;
    let before: Value = app
        .get_json(&format!("/api/dso/students/{ana}"), &dso)
        .await;
    let old_line1 = before["contact"]["address"]["line1"]
        .as_str()
        .unwrap()
        .to_owned();
    let contact = json!({"address": {"line1": "1 Main St", "city": "Boston", "state": "MA", "zip": "02115"}, "phone": "617 555 0199"});
    written(
        &app,
        Method::PUT,
        &format!("/api/dso/students/{ana}/contact"),
        &dso,
        contact,
    )
    .await;
    let lucia = app.sign_in(STUDENT_LUCIA).await;
    let own = json!({"address": {"line1": "5 Pine St", "city": "Boston", "state": "MA", "zip": "02116"}, "phone": "617 555 0123"});
    written(&app, Method::PUT, "/api/student/contact", &lucia, own).await;

    let officer = app.sign_in(OFFICER).await;
    let log = app.get_json("/api/officer/audit", &officer).await;
    let moves = entries_of(&log, "change_address");
    assert!(
        changes_of(moves[0]).contains(&"address.line1: — → 9 Elm St".to_owned()),
        "{}",
        moves[0]
    );
    let second = changes_of(moves[1]);
    assert!(
        second.contains(&"address.line1: 9 Elm St → 11 Oak Ave".to_owned()),
        "{second:?}"
    );
    assert!(
        !second.iter().any(|c| c.starts_with("address.city")),
        "unchanged fields are left out: {second:?}"
    );
    let (first_time, second_time) = (when(free[0]), when(free[1]));
    for (action, expected) in [
        ("book_check_in", format!("check_in: — → {first_time}")),
        (
            "reschedule_check_in",
            format!("check_in: {first_time} → {second_time}"),
        ),
        ("cancel_check_in", format!("check_in: {second_time} → —")),
    ] {
        assert_eq!(
            changes_of(entries_of(&log, action)[0]),
            [expected],
            "{action}"
        );
    }
    let updates = entries_of(&log, "update_contact");
    let by_dso = changes_of(updates[0]);
    assert!(
        by_dso.contains(&format!("address.line1: {old_line1} → 1 Main St")),
        "{by_dso:?}"
    );
    let by_student = changes_of(updates[1]);
    assert!(
        by_student
            .iter()
            .any(|c| c.starts_with("address.line1:") && c.ends_with("→ 5 Pine St")),
        "{by_student:?}"
    );
    // A sign-in changed no record.
    assert_eq!(changes_of(first_of(&log, "sign_in")), Vec::<String>::new());

    // What changed is in the chain: editing it afterwards is found.
    let total = app.count("audit_log").await as u64;
    assert_eq!(audit::verify(&app.state.db, None).await.unwrap(), Ok(total));
    sqlx::query("UPDATE audit_log SET changes = REPLACE(changes, '11 Oak Ave', '13 Oak Ave') WHERE action = 'change_address'")
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    assert!(audit::verify(&app.state.db, None).await.unwrap().is_err());
}

async fn who_finds_the_person_acted_on_as_well_as_the_one_who_acted(app: TestApp) {
    let maria = app.sign_in_supervised(MARIA.0, MARIA.1, MARIA.2).await;
    let slots: Value = app.get_json("/api/supervision/slots", &maria).await;
    let booking = json!({"slot_id": slots[0]["id"]});
    written(
        &app,
        Method::POST,
        "/api/supervision/appointments",
        &maria,
        booking,
    )
    .await;
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let ana = app.student_id("Lopez").await;
    let contact = json!({"address": {"line1": "1 Main St", "city": "Boston", "state": "MA", "zip": "02115"}, "phone": "617 555 0199"});
    let by_dso = format!("/api/dso/students/{ana}/contact");
    written(&app, Method::PUT, &by_dso, &dso, contact).await;

    let officer = app.sign_in(OFFICER).await;
    let found = |who: &str| {
        let (app, officer) = (&app, &officer);
        let path = format!("/api/officer/audit?action=update_contact&actor={who}");
        async move { app.get_json(&path, officer).await }
    };
    // The student the DSO's change was about, each word in any order, accents or not.
    for who in ["ana%20lopez", "LOPEZ%20ana", "l%C3%B3pez", "Morgan"] {
        let log = found(who).await;
        assert_eq!(log["total"], 1, "{who}: {log}");
        assert_eq!(log["items"][0]["actor"], "Morgan Patel");
    }
    // Words must all be about the same person.
    assert_eq!(found("morgan%20lopez").await["total"], 0);
    // "Gomez" finds María Gómez's booking; a LIKE wildcard is still a character.
    let log = app
        .get_json("/api/officer/audit?actor=gomez%20MARIA", &officer)
        .await;
    assert!(log["total"].as_u64().unwrap() >= 2, "{log}");
    let log = app
        .get_json("/api/officer/audit?actor=g%25z", &officer)
        .await;
    assert_eq!(log["total"], 0, "{log}");
    let long = "a".repeat(101);
    let refused = app
        .get(&format!("/api/officer/audit?actor={long}"), &officer)
        .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
}

async fn only_an_officer_reads_or_searches_the_trail(app: TestApp) {
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let student = app.sign_in(STUDENT_LUCIA).await;
    let ana = app.sign_in(STUDENT_ANA).await;
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    for session in [&dso, &student, &ana, &jean] {
        let answer = app
            .get(
                "/api/officer/audit?actor=lopez&action=update_contact",
                session,
            )
            .await;
        assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    }
}

on_both_databases!(
    every_write_names_whom_it_was_about_and_its_reference,
    every_write_says_what_changed,
    who_finds_the_person_acted_on_as_well_as_the_one_who_acted,
    only_an_officer_reads_or_searches_the_trail,
);
