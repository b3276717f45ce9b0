use portal_api::{database::Engine, supervision::LATEST_ADDRESS_CHANGE};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use sqlx::Row;

use crate::{
    on_both_databases,
    test_app::{JEAN, MARIA, TestApp},
};

async fn an_address_change_lists_the_court_and_uscis_filings(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let today = app.state.clock.today();
    let moved = today.add_days(-2);
    let body = json!({"address": {"line1": "9 Elm St", "city": "Newark", "state": "NJ", "zip": "07102"},
        "moved_on": {"day": moved.day().to_string(), "month": moved.month().to_string(), "year": moved.year().to_string()},
        "court_case": "yes"});
    let response = app
        .request(
            Method::POST,
            "/api/supervision/address",
            Some(&jean),
            Some(body.clone()),
            None,
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let receipt: Value = response.json().await.unwrap();
    let rules: Vec<&str> = receipt["follow_ups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["eoir33_address_change", "ar11_address_change"]);
    assert_eq!(receipt["follow_ups"][1]["due"], moved.add_days(10).to_iso());

    let mut no_court = body;
    no_court["court_case"] = json!("no");
    let response = app
        .request(
            Method::POST,
            "/api/supervision/address",
            Some(&jean),
            Some(no_court),
            None,
        )
        .await;
    let receipt: Value = response.json().await.unwrap();
    assert_eq!(receipt["follow_ups"].as_array().unwrap().len(), 1);
}

async fn check_ins_are_booked_moved_and_cancelled(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let slots: Value = app.get_json("/api/supervision/slots", &jean).await;
    let slot = |i: usize| slots[i]["id"].as_str().unwrap().to_owned();
    assert!(slots.as_array().unwrap().len() > 20);
    assert_eq!(slots[0]["office"], "Newark ERO Field Office");
    // People go there: the office's street address comes with each time.
    assert_eq!(slots[0]["office_address"]["city"], "Newark");
    assert!(slots[0]["office_address"]["line1"].as_str().is_some());

    let booked = app
        .request(
            Method::POST,
            "/api/supervision/appointments",
            Some(&jean),
            Some(json!({"slot_id": slot(0)})),
            None,
        )
        .await;
    assert_eq!(booked.status(), StatusCode::CREATED);
    let appointment: Value = booked.json().await.unwrap();
    let id = appointment["id"].as_str().unwrap().to_owned();
    let reference = appointment["reference"].as_str().unwrap().to_owned();
    // The confirmation says when it was booked.
    assert_eq!(
        appointment["recorded_at"],
        app.state.clock.now().to_iso(),
        "{appointment}"
    );

    let second = app
        .request(
            Method::POST,
            "/api/supervision/appointments",
            Some(&jean),
            Some(json!({"slot_id": slot(1)})),
            None,
        )
        .await;
    assert_eq!(
        second.status(),
        StatusCode::CONFLICT,
        "one booked appointment at a time"
    );

    let moved = app
        .request(
            Method::PUT,
            &format!("/api/supervision/appointments/{id}"),
            Some(&jean),
            Some(json!({"slot_id": slot(2)})),
            None,
        )
        .await;
    assert_eq!(moved.status(), StatusCode::OK);
    let moved: Value = moved.json().await.unwrap();
    assert_eq!(moved["slot"]["id"], slot(2).as_str());
    assert_eq!(
        moved["reference"],
        reference.as_str(),
        "the reference stays"
    );
    let free_again: Value = app.get_json("/api/supervision/slots", &jean).await;
    assert_eq!(free_again[0]["available"], true);
    assert_eq!(free_again[2]["available"], false);

    let cancelled = app
        .request(
            Method::DELETE,
            &format!("/api/supervision/appointments/{id}"),
            Some(&jean),
            None,
            None,
        )
        .await;
    assert_eq!(cancelled.status(), StatusCode::OK);
    // The answer is the appointment as cancelled: its reference and when, for the
    // confirmation.
    let cancelled: Value = cancelled.json().await.unwrap();
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["reference"], reference.as_str());
    assert_eq!(cancelled["recorded_at"], app.state.clock.now().to_iso());
}

async fn two_people_racing_for_one_time_get_one_booking(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let maria = app.sign_in_supervised(MARIA.0, MARIA.1, MARIA.2).await;
    let slots: Value = app.get_json("/api/supervision/slots", &jean).await;
    let slot = slots[5]["id"].as_str().unwrap().to_owned();
    let (a, b) = tokio::join!(
        app.request(
            Method::POST,
            "/api/supervision/appointments",
            Some(&jean),
            Some(json!({"slot_id": slot})),
            None
        ),
        app.request(
            Method::POST,
            "/api/supervision/appointments",
            Some(&maria),
            Some(json!({"slot_id": slot})),
            None
        ),
    );
    let mut statuses = [a.status(), b.status()];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CONFLICT]);
    assert_eq!(app.count("appointments").await, 1);
}

/// One person, ten times at once: one booking (PostgreSQL gave up to ten).
async fn one_person_booking_ten_times_at_once_gets_one_booking(app: TestApp) {
    let jean = app.sign_in_supervised(JEAN.0, JEAN.1, JEAN.2).await;
    let slots: Value = app.get_json("/api/supervision/slots", &jean).await;
    let answers = futures::future::join_all((0..10).map(|n| {
        let slot = slots[n]["id"].as_str().unwrap().to_owned();
        let jean = &jean;
        let app = &app;
        async move {
            app.request(
                Method::POST,
                "/api/supervision/appointments",
                Some(jean),
                Some(json!({ "slot_id": slot })),
                None,
            )
            .await
            .status()
        }
    }))
    .await;
    assert_eq!(
        answers
            .iter()
            .filter(|s| **s == StatusCode::CREATED)
            .count(),
        1,
        "{answers:?}"
    );
    assert!(
        answers
            .iter()
            .all(|s| *s == StatusCode::CREATED || *s == StatusCode::CONFLICT)
    );
    assert_eq!(app.count("appointments").await, 1);
}

on_both_databases!(
    one_person_booking_ten_times_at_once_gets_one_booking,
    an_address_change_lists_the_court_and_uscis_filings,
    check_ins_are_booked_moved_and_cancelled,
    two_people_racing_for_one_time_get_one_booking,
    the_latest_address_change_is_read_from_an_index_not_sorted,
);

/// `cargo xtask bench-api` (one person, 10 000 address changes) measured p99 13.5 s at 500
/// writes/s while each write sorted the person's earlier changes (migration 0008).
async fn the_latest_address_change_is_read_from_an_index_not_sorted(app: TestApp) {
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let (explain, column) = match app.state.db.engine {
        Engine::Sqlite => ("EXPLAIN QUERY PLAN ", "detail"),
        Engine::Postgres => {
            // The table is nearly empty: without this the planner rightly reads it whole.
            sqlx::query("SET enable_seqscan = off")
                .execute(&mut *conn)
                .await
                .unwrap();
            ("EXPLAIN ", "QUERY PLAN")
        }
    };
    let plan: Vec<String> = sqlx::query(&[explain, LATEST_ADDRESS_CHANGE].concat())
        .bind("someone")
        .fetch_all(&mut *conn)
        .await
        .unwrap()
        .iter()
        .map(|row| row.try_get::<String, _>(column).unwrap())
        .collect();
    let (reads_the_index, sorts) = match app.state.db.engine {
        Engine::Sqlite => ("USING INDEX address_changes_latest", "TEMP B-TREE"),
        Engine::Postgres => ("using address_changes_latest", "Sort"),
    };
    assert!(
        plan.iter().any(|step| step.contains(reads_the_index)),
        "{plan:?}"
    );
    assert!(!plan.iter().any(|step| step.contains(sorts)), "{plan:?}");
}
