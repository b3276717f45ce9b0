use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::{
    on_both_databases,
    test_app::{DSO_LAKESHORE, DSO_RIVERSIDE, STUDENT_ANA, STUDENT_WEI_STEM, TestApp},
};

pub fn job(employer: &str, start_day: &str) -> Value {
    json!({
        "employer_name": employer, "address": {"line1": "2 Market St", "city": "Boston", "state": "MA", "zip": "02110"},
        "ein": "12-3456789", "hours": "full_time", "start_date": {"day": start_day, "month": "11", "year": "2026"}, "end_date": {},
        "job_title": "Analyst", "supervisor_name": "Sam Lee", "supervisor_phone": "617 555 0111",
        "supervisor_email": "sam@globex.example", "relation_to_study": "Data analysis, as studied in the program."
    })
}

/// Wei's STEM OPT job as an edit request, starting on `day`/`month` 2025 (the demo's start:
/// 15 July).
pub fn stem_job_edit(employer_name: &Value, day: &str, month: &str) -> Value {
    json!({
        "employer_name": employer_name, "address": {"line1": "100 Innovation Way", "city": "Cambridge", "state": "MA", "zip": "02139"},
        "ein": "", "hours": "full_time", "start_date": {"day": day, "month": month, "year": "2025"}, "end_date": {},
        "job_title": "Senior analyst", "supervisor_name": "Dana Lee", "supervisor_phone": "617 555 0100",
        "supervisor_email": "dana.lee@employer.example", "relation_to_study": "Builds software."
    })
}

async fn stem_students_need_their_dso_for_a_new_employer_or_start_date(app: TestApp) {
    let wei = app.sign_in(STUDENT_WEI_STEM).await;
    let refused = app
        .request(
            Method::POST,
            "/api/student/employment",
            Some(&wei),
            Some(job("Globex", "2")),
            None,
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.unwrap();
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("Contact your DSO"),
        "{body}"
    );

    let profile = app.get_json("/api/student/profile", &wei).await;
    let current = &profile["employment"][0];
    let job_id = current["id"].as_str().unwrap();
    let mut same_start = current["employment"].clone();
    same_start["job_title"] = json!("Senior analyst");
    let edit = stem_job_edit(&same_start["employer_name"], "15", "7");
    let allowed = app
        .request(
            Method::PUT,
            &format!("/api/student/employment/{job_id}"),
            Some(&wei),
            Some(edit.clone()),
            None,
        )
        .await;
    assert_eq!(allowed.status(), StatusCode::OK);
    let mut moved = edit;
    moved["start_date"] = json!({"day": "1", "month": "8", "year": "2025"});
    let refused = app
        .request(
            Method::PUT,
            &format!("/api/student/employment/{job_id}"),
            Some(&wei),
            Some(moved),
            None,
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The DSO may add the employer.
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let wei_id = app.student_id("Zhang").await;
    let added = app
        .request(
            Method::POST,
            &format!("/api/dso/students/{wei_id}/employment"),
            Some(&dso),
            Some(job("Globex", "2")),
            None,
        )
        .await;
    assert_eq!(added.status(), StatusCode::OK);
    let receipt: Value = added.json().await.unwrap();
    // The demo's two Northwind jobs (post-completion, then STEM OPT) and Globex.
    assert_eq!(
        receipt["profile"]["employment"].as_array().unwrap().len(),
        3
    );
    assert_eq!(receipt["reference"].as_str().unwrap().len(), 12);
}

async fn a_students_change_is_due_for_their_dso_and_in_the_report(app: TestApp) {
    let ana = app.sign_in(STUDENT_ANA).await;
    let contact = json!({"address": {"line1": "77 Beacon St", "city": "Boston", "state": "MA", "zip": "02108"}, "phone": "617 555 0177"});
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
    let receipt: Value = changed.json().await.unwrap();
    let reference = receipt["reference"].as_str().unwrap().to_owned();
    assert_eq!(
        receipt["profile"]["contact"]["address"]["line1"],
        "77 Beacon St"
    );

    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let due: Value = app.get_json("/api/dso/items-due", &dso).await;
    let item = due
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["reference"] == reference.as_str())
        .expect("the change is due");
    assert_eq!(item["student_name"], "Ana Lopez");
    let today = app.state.clock.today();
    assert_eq!(item["due"], today.add_days(21).to_iso());

    let csv = app.get("/api/dso/reports/student-changes.csv", &dso).await;
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let text = csv.text().await.unwrap();
    assert!(text.starts_with("changed_at,changed_by,student,sevis_id,change,field,old_value,new_value,summary,reference,due,done\r\n"));
    assert!(
        text.contains(&format!(
            "Ana Lopez,N0004720633,contact,address.line1,12 Elm Street,77 Beacon St,\"77 Beacon St, Boston, MA\",{reference}"
        )),
        "{text}"
    );

    let other_school = app.sign_in(DSO_LAKESHORE).await;
    let theirs = app
        .get("/api/dso/reports/student-changes.csv", &other_school)
        .await
        .text()
        .await
        .unwrap();
    assert!(!theirs.contains("Lopez"));

    let item_id = item["id"].as_str().unwrap();
    let done = app
        .request(
            Method::POST,
            &format!("/api/dso/items-due/{item_id}/done"),
            Some(&dso),
            None,
            None,
        )
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    let left: Value = done.json().await.unwrap();
    assert!(
        left.as_array()
            .unwrap()
            .iter()
            .all(|i| i["reference"] != reference.as_str())
    );
}

async fn officials_search_their_own_students_only(app: TestApp) {
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let found: Value = app.get_json("/api/dso/students?q=lop", &dso).await;
    assert_eq!(found["total"], 1);
    assert_eq!(found["items"][0]["name"], "Ana Lopez");
    let by_sevis: Value = app.get_json("/api/dso/students?q=n0004720", &dso).await;
    assert_eq!(by_sevis["items"][0]["sevis_id"], "N0004720633");
    let all: Value = app.get_json("/api/dso/students", &dso).await;
    assert_eq!(all["total"], 4);
    let other: Value = app
        .get_json("/api/dso/students?q=lop", &app.sign_in(DSO_LAKESHORE).await)
        .await;
    assert_eq!(other["total"], 0);
}

async fn invalid_input_gets_field_errors_in_page_order(app: TestApp) {
    let dso = app.sign_in(DSO_RIVERSIDE).await;
    let ana = app.student_id("Lopez").await;
    let bad = json!({"address": {"line1": "", "city": "Boston", "state": "ZZ", "zip": "021"}, "phone": "555"});
    let response = app
        .client
        .put(app.url(&format!("/api/dso/students/{ana}/contact")))
        .header("cookie", &dso.cookie)
        .header("x-csrf-token", &dso.csrf)
        .header("idempotency-key", "field-errors-1")
        .header("accept-language", "es")
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = response.text().await.unwrap();
    let order: Vec<usize> = ["address.line1", "address.state", "address.zip", "phone"]
        .iter()
        .map(|f| text.find(f).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(text.contains("Escriba un estado o territorio de EE. UU. con dos letras"));
}

async fn unemployment_and_stem_reports_come_from_the_domain(app: TestApp) {
    let ana = app.sign_in(STUDENT_ANA).await;
    let days: Value = app.get_json("/api/student/unemployment", &ana).await;
    // EAD from 1 June 2026; jobs 15 June–31 August and from 1 October: 14 + 30 days.
    assert_eq!(days["used"], 44);
    assert_eq!(days["allowed"], 90);
    assert_eq!(
        app.get_json("/api/student/stem-reports", &ana).await,
        json!([])
    );
    let wei = app.sign_in(STUDENT_WEI_STEM).await;
    let wei_days: Value = app.get_json("/api/student/unemployment", &wei).await;
    assert_eq!(wei_days["allowed"], 150);
    let reports: Value = app.get_json("/api/student/stem-reports", &wei).await;
    let validation = reports
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"]["kind"] == "validation_report")
        .count();
    assert_eq!(validation, 4);
    assert_eq!(reports[0]["due"], "2027-01-01");
}

on_both_databases!(
    stem_students_need_their_dso_for_a_new_employer_or_start_date,
    a_students_change_is_due_for_their_dso_and_in_the_report,
    officials_search_their_own_students_only,
    invalid_input_gets_field_errors_in_page_order,
    unemployment_and_stem_reports_come_from_the_domain,
);
