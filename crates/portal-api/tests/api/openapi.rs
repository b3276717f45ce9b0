//! The contract: OpenAPI 3.1, generated from the handlers, with every route in it — and
//! every path in it answered by a route.

use reqwest::StatusCode;
use serde_json::Value;

use crate::test_app::{Engine, spawn};

/// Every route the server has, as the router registers them.
const ROUTES: [(&str, &str); 30] = [
    ("get", "/api/health"),
    ("get", "/api/session"),
    ("post", "/api/session"),
    ("delete", "/api/session"),
    ("post", "/api/session/refresh"),
    ("post", "/api/activation"),
    ("get", "/api/dso/students"),
    ("get", "/api/dso/students/{id}"),
    ("put", "/api/dso/students/{id}/contact"),
    ("post", "/api/dso/students/{id}/employment"),
    ("put", "/api/dso/students/{id}/employment/{employment_id}"),
    (
        "post",
        "/api/dso/students/{id}/employment/{employment_id}/end",
    ),
    ("post", "/api/dso/students/{id}/portal/invitation"),
    ("post", "/api/dso/students/{id}/portal/unlock"),
    ("put", "/api/dso/students/{id}/portal/email"),
    ("get", "/api/dso/reports/student-changes.csv"),
    ("get", "/api/dso/reports/portal-accounts"),
    ("get", "/api/dso/items-due"),
    ("post", "/api/dso/items-due/{id}/done"),
    ("get", "/api/student/profile"),
    ("put", "/api/student/contact"),
    ("post", "/api/student/employment"),
    ("put", "/api/student/employment/{employment_id}"),
    ("post", "/api/student/employment/{employment_id}/end"),
    ("get", "/api/student/unemployment"),
    ("get", "/api/student/stem-reports"),
    ("post", "/api/supervision/address"),
    ("get", "/api/supervision/slots"),
    ("get", "/api/supervision/appointments"),
    ("post", "/api/supervision/appointments"),
];

const MORE_ROUTES: [(&str, &str); 6] = [
    ("put", "/api/supervision/appointments/{id}"),
    ("delete", "/api/supervision/appointments/{id}"),
    ("get", "/api/officer/audit"),
    ("get", "/api/officer/schools"),
    ("get", "/api/demo/outbox"),
    ("post", "/api/demo/clock"),
];

#[tokio::test]
async fn every_route_is_in_the_openapi_3_1_contract_and_every_path_is_served() {
    let app = spawn(Engine::Sqlite).await;
    let spec: Value = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        spec["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        spec["openapi"]
    );
    let paths = spec["paths"].as_object().unwrap();
    let documented: Vec<(String, String)> = paths
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |method| (method.clone(), ["/api", path].concat()))
        })
        .collect();
    let routes: Vec<(String, String)> = ROUTES
        .iter()
        .chain(MORE_ROUTES.iter())
        .map(|(m, p)| ((*m).into(), (*p).into()))
        .collect();
    for route in &routes {
        assert!(
            documented.contains(route),
            "{route:?} is not in the contract"
        );
    }
    for doc in &documented {
        assert!(
            routes.contains(doc),
            "{doc:?} is documented but not in this test's list of routes"
        );
        let path = doc.1.replace("{id}", "x").replace("{employment_id}", "y");
        let method = reqwest::Method::from_bytes(doc.0.to_uppercase().as_bytes()).unwrap();
        let status = app
            .client
            .request(method, app.url(&path))
            .send()
            .await
            .unwrap()
            .status();
        assert_ne!(status, StatusCode::NOT_FOUND, "{doc:?} has no route");
        assert_ne!(
            status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{doc:?} has no route for its method"
        );
    }
    // The schemas of the shared domain types are there.
    for schema in [
        "StudentProfile",
        "ValidationErrors",
        "AddressChangeRequest",
        "SessionInfo",
        "AuditEntry",
    ] {
        assert!(
            spec["components"]["schemas"][schema].is_object(),
            "{schema}"
        );
    }
}

/// What a generic client needs (issue 11, point 14): where the API is, and every status
/// each operation can answer, with a JSON error body also for a malformed query string.
#[tokio::test]
async fn the_contract_names_its_server_and_every_answer_it_can_give() {
    let app = spawn(Engine::Sqlite).await;
    let spec: Value = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(spec["servers"][0]["url"], "/api");
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let documented = |status: &str| operation["responses"][status].is_object();
            let signed_in = operation["security"]
                .as_array()
                .is_some_and(|s| s.iter().any(|r| r.get("session").is_some()));
            let keyed = operation["parameters"]
                .as_array()
                .is_some_and(|p| p.iter().any(|p| p["name"] == "Idempotency-Key"));
            let mut expected = Vec::new();
            if method != "get" {
                expected.extend(["400", "403"]);
            }
            if signed_in {
                expected.extend(["401", "403"]);
            }
            if path.contains('{') {
                expected.push("404");
            }
            if keyed {
                expected.extend(["400", "409"]);
            }
            for status in expected {
                assert!(
                    documented(status),
                    "{method} {path} does not document {status}"
                );
            }
        }
    }

    let dso = app.sign_in(crate::test_app::DSO_RIVERSIDE).await;
    for page in ["abc", "0", "10001", "2147483648"] {
        let answer = app
            .get(&format!("/api/dso/students?page={page}"), &dso)
            .await;
        assert_eq!(answer.status(), StatusCode::BAD_REQUEST, "page={page}");
        assert_eq!(
            answer.headers()["content-type"],
            "application/json",
            "page={page}"
        );
        let body: Value = answer.json().await.unwrap();
        assert!(body["message"].is_string(), "{body}");
    }
    let last: Value = app.get_json("/api/dso/students?page=10000", &dso).await;
    assert_eq!(last["items"].as_array().unwrap().len(), 0);
}
