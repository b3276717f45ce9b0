//! The school official's and the STEM student's journeys: the full change in the CSV and
//! the items due, undo after "mark as done", search by words without accents, the school's
//! officials on the student's record, and the STEM validation report.

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{
        DSO_LAKESHORE, DSO_RIVERSIDE, OFFICER, STUDENT_ANA, STUDENT_LUCIA, STUDENT_WEI_STEM,
        TestApp,
    },
};

const CSV_HEADER: &str = "changed_at,changed_by,student,sevis_id,change,field,old_value,new_value,summary,reference,due,done\r\n";

fn report() -> Value {
    json!({"employer_same": "yes", "address_same": "no", "employment_status": "employed"})
}

async fn the_report_and_items_due_carry_the_whole_change(app: TestApp) {
    let ana = app.sign_in(STUDENT_ANA).await;
    // The demo record: 12 Elm Street, Boston, MA 02115, (617) 555-0142, no apartment.
    let contact = json!({"address": {"line1": "12 Elm Street", "line2": "Apt 4", "city": "Boston", "state": "MA", "zip": "02116"}, "phone": "617 555 0199"});
    let changed = app
        .request(
            Method::PUT,
            "/api/student/contact",
            Some(&ana),
            Some(contact),
            None,
        )
        .await;
    assert_eq!(changed.status(), StatusCode::OK);
    let reference = changed.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_owned();

    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let due: Value = app.get_json("/api/dso/items-due", &dso).await;
    let item = due
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["reference"] == reference.as_str())
        .expect("the change is due");
    assert_eq!(item["changed_by"], "Ana Lopez");
    assert_eq!(
        item["changes"],
        json!([
            {"field": "address.line2", "old": null, "new": "Apt 4"},
            {"field": "address.zip", "old": "02115", "new": "02116"},
            {"field": "phone", "old": "6175550142", "new": "6175550199"},
        ])
    );

    let text = app
        .get("/api/dso/reports/student-changes.csv", &dso)
        .await
        .text()
        .await
        .unwrap();
    assert!(text.starts_with(CSV_HEADER), "{text}");
    let changed_at = item["changed_at"].as_str().unwrap();
    let due_on = item["due"].as_str().unwrap();
    for (field, old, new) in [
        ("address.line2", "", "Apt 4"),
        ("address.zip", "02115", "02116"),
        ("phone", "6175550142", "6175550199"),
    ] {
        let row = format!(
            "{changed_at},Ana Lopez,Ana Lopez,N0004720633,contact,{field},{old},{new},\"12 Elm Street, Boston, MA\",{reference},{due_on},no\r\n"
        );
        assert!(text.contains(&row), "{row} in {text}");
    }
}

async fn an_added_employer_is_in_the_report_field_by_field(app: TestApp) {
    let ana = app.sign_in(STUDENT_ANA).await;
    let job = json!({
        "employer_name": "Globex", "address": {"line1": "2 Market St", "line2": "Suite 9", "city": "Boston", "state": "MA", "zip": "02110"},
        "ein": "12-3456789", "hours": "full_time", "start_date": {"day": "2", "month": "11", "year": "2026"}, "end_date": {},
        "job_title": "Analyst", "supervisor_name": "Sam Lee", "supervisor_phone": "617 555 0111",
        "supervisor_email": "sam@globex.example", "relation_to_study": "Data analysis."
    });
    let added = app
        .request(
            Method::POST,
            "/api/student/employment",
            Some(&ana),
            Some(job),
            None,
        )
        .await;
    assert_eq!(added.status(), StatusCode::OK);
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let text = app
        .get("/api/dso/reports/student-changes.csv", &dso)
        .await
        .text()
        .await
        .unwrap();
    for cells in [
        ",employment_added,address.line2,,Suite 9,Globex,",
        ",employment_added,address.zip,,02110,Globex,",
        ",employment_added,ein,,123456789,Globex,",
        ",employment_added,start,,2026-11-02,Globex,",
        ",employment_added,supervisor.phone,,6175550111,Globex,",
    ] {
        assert!(text.contains(cells), "{cells} in {text}");
    }
}

async fn mark_as_done_can_be_undone(app: TestApp) {
    let ana = app.sign_in(STUDENT_ANA).await;
    let contact = json!({"address": {"line1": "77 Beacon St", "city": "Boston", "state": "MA", "zip": "02108"}, "phone": "617 555 0177"});
    app.request(
        Method::PUT,
        "/api/student/contact",
        Some(&ana),
        Some(contact),
        None,
    )
    .await;
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let due: Value = app.get_json("/api/dso/items-due", &dso).await;
    let id = due[0]["id"].as_str().unwrap().to_owned();
    let done = app
        .request(
            Method::POST,
            &format!("/api/dso/items-due/{id}/done"),
            Some(&dso),
            None,
            None,
        )
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    assert!(
        done.json::<Value>()
            .await
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["id"] != id.as_str())
    );
    // Another school's official cannot reopen it.
    let other = app.sign_in(DSO_LAKESHORE).await;
    let theirs = app
        .request(
            Method::POST,
            &format!("/api/dso/items-due/{id}/reopen"),
            Some(&other),
            None,
            None,
        )
        .await;
    assert_eq!(theirs.status(), StatusCode::NOT_FOUND);
    let reopened = app
        .request(
            Method::POST,
            &format!("/api/dso/items-due/{id}/reopen"),
            Some(&dso),
            None,
            None,
        )
        .await;
    assert_eq!(reopened.status(), StatusCode::OK);
    assert!(
        reopened
            .json::<Value>()
            .await
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == id.as_str())
    );
    let officer = app.sign_in(OFFICER).await;
    let log: Value = app
        .get_json("/api/officer/audit?action=reopen_item", &officer)
        .await;
    let outcomes: Vec<(&str, &str)> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["actor"].as_str().unwrap(), e["outcome"].as_str().unwrap()))
        .collect();
    assert_eq!(
        outcomes,
        [("Morgan Patel", "success"), ("Jordan Kim", "denied")]
    );
}

async fn search_matches_each_word_in_any_order_without_accents(app: TestApp) {
    let riverside = app.sign_in(DSO_RIVERSIDE).await;
    for query in [
        "Lopez%20Ana",
        "L%C3%B3pez",
        "ANA%20l%C3%B3p",
        "ana%20n0004720",
    ] {
        let found: Value = app
            .get_json(&format!("/api/dso/students?q={query}"), &riverside)
            .await;
        assert_eq!(found["total"], 1, "{query}: {found}");
        assert_eq!(found["items"][0]["name"], "Ana Lopez", "{query}");
    }
    for query in ["Lopez%20Wei", "%25", "_", "Fern%C3%A1ndez"] {
        let found: Value = app
            .get_json(&format!("/api/dso/students?q={query}"), &riverside)
            .await;
        assert_eq!(found["total"], 0, "{query}: {found}");
    }
    let lakeshore = app.sign_in(DSO_LAKESHORE).await;
    for query in ["fernandez%20lucia", "Luc%C3%ADa", "LUCIA"] {
        let found: Value = app
            .get_json(&format!("/api/dso/students?q={query}"), &lakeshore)
            .await;
        assert_eq!(found["total"], 1, "{query}: {found}");
    }
}

async fn students_see_their_own_schools_officials(app: TestApp) {
    let ana = app.sign_in(STUDENT_ANA).await;
    let profile: Value = app.get_json("/api/student/profile", &ana).await;
    let officials = profile["school_officials"].as_array().unwrap();
    assert_eq!(officials.len(), 2);
    assert_eq!(officials[0]["name"], "Morgan Patel");
    assert_eq!(officials[0]["email"], "morgan.patel@riverside.example");
    assert_eq!(officials[0]["phone"], "6175550171");
    assert_eq!(officials[0]["is_principal"], true);
    let lucia = app.sign_in(STUDENT_LUCIA).await;
    let theirs: Value = app.get_json("/api/student/profile", &lucia).await;
    let names: Vec<&str> = theirs["school_officials"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Jordan Kim"]);
}

async fn a_stem_student_sends_a_validation_report_for_their_dso(app: TestApp) {
    let wei = app.sign_in(STUDENT_WEI_STEM).await;
    let empty = app
        .request(
            Method::POST,
            "/api/student/validation-report",
            Some(&wei),
            Some(json!({"employer_same": "", "address_same": "", "employment_status": ""})),
            None,
        )
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let sent = app
        .request(
            Method::POST,
            "/api/student/validation-report",
            Some(&wei),
            Some(report()),
            Some("report-1"),
        )
        .await;
    assert_eq!(sent.status(), StatusCode::OK);
    let reference = sent.json::<Value>().await.unwrap()["reference"]
        .as_str()
        .unwrap()
        .to_owned();
    // The same key again is the same report, not a second one.
    let again = app
        .request(
            Method::POST,
            "/api/student/validation-report",
            Some(&wei),
            Some(report()),
            Some("report-1"),
        )
        .await;
    assert_eq!(
        again.json::<Value>().await.unwrap()["reference"],
        reference.as_str()
    );

    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let due: Value = app.get_json("/api/dso/items-due", &dso).await;
    let reports: Vec<&Value> = due
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["change"] == "validation_report")
        .collect();
    assert_eq!(reports.len(), 1, "{due}");
    assert_eq!(reports[0]["student_name"], "Wei Zhang");
    assert_eq!(
        reports[0]["changes"],
        json!([
            {"field": "address_same", "old": null, "new": "no"},
            {"field": "employer_same", "old": null, "new": "yes"},
            {"field": "employment_status", "old": null, "new": "employed"},
        ])
    );
    let other: Value = app
        .get_json("/api/dso/items-due", &app.sign_in(DSO_LAKESHORE).await)
        .await;
    assert!(
        other
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["change"] != "validation_report")
    );

    // Post-completion OPT has no validation reports; an official is not a student.
    let ana = app.sign_in(STUDENT_ANA).await;
    let refused = app
        .request(
            Method::POST,
            "/api/student/validation-report",
            Some(&ana),
            Some(report()),
            None,
        )
        .await;
    // Not a wrong answer but the student's state (not on STEM OPT): 409, the contract's
    // ErrorBody, not the 422 of field errors (schemathesis found the mismatch).
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let not_a_student = app
        .request(
            Method::POST,
            "/api/student/validation-report",
            Some(&dso),
            Some(report()),
            None,
        )
        .await;
    assert_eq!(not_a_student.status(), StatusCode::FORBIDDEN);
    let officer = app.sign_in(OFFICER).await;
    let log: Value = app
        .get_json(
            "/api/officer/audit?action=submit_validation_report",
            &officer,
        )
        .await;
    // The empty report, the report and Ana's refusal; the replay is not a second entry.
    let outcomes: Vec<(&str, &str)> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["actor"].as_str().unwrap(), e["outcome"].as_str().unwrap()))
        .collect();
    assert_eq!(
        outcomes,
        [
            ("Ana Lopez", "failure"),
            ("Wei Zhang", "success"),
            ("Wei Zhang", "failure")
        ]
    );
}

async fn stem_demo_jobs_start_within_their_ead(app: TestApp) {
    let wei = app.sign_in(STUDENT_WEI_STEM).await;
    let profile: Value = app.get_json("/api/student/profile", &wei).await;
    let ead_start = profile["opt"]["ead_start"].as_str().unwrap().to_owned();
    let current: Vec<&Value> = profile["employment"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|j| j["employment"]["end"].is_null())
        .collect();
    assert_eq!(current.len(), 1);
    assert!(current[0]["employment"]["start"].as_str().unwrap() >= ead_start.as_str());
}

on_both_databases!(
    the_report_and_items_due_carry_the_whole_change,
    an_added_employer_is_in_the_report_field_by_field,
    mark_as_done_can_be_undone,
    search_matches_each_word_in_any_order_without_accents,
    students_see_their_own_schools_officials,
    a_stem_student_sends_a_validation_report_for_their_dso,
    stem_demo_jobs_start_within_their_ead,
);
