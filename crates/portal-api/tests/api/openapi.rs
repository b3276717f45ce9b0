//! The contract: OpenAPI 3.1, generated from the handlers, with every endpoint in it with
//! its method — and every operation in it an endpoint the server answers.

use navigator_domain::api::endpoints::{self, Endpoint};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::{
    activation::{activation, latest_link},
    records::{job, stem_job_edit},
    test_app::{Engine, STUDENT_WEI_STEM, spawn},
};

/// `Endpoint::ALL` (the demo endpoints included: the test server runs in demo mode) and the
/// contract name the same operations, so a handler's attribute method and its endpoint's
/// method cannot disagree, and no handler is missing from the list the app calls through.
#[tokio::test]
async fn every_endpoint_is_in_the_openapi_3_1_contract_with_its_method_and_is_served() {
    let app = spawn(Engine::Sqlite).await;
    let spec = contract(&app).await;
    assert!(
        spec["openapi"].as_str().unwrap().starts_with("3.1"),
        "{}",
        spec["openapi"]
    );
    let documented: Vec<(String, String)> = spec["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .map(move |method| (method.clone(), path.clone()))
        })
        .collect();
    let operation = |endpoint: &Endpoint| {
        (
            endpoint.method.as_str().to_lowercase(),
            endpoint.path.to_owned(),
        )
    };
    for endpoint in Endpoint::ALL {
        assert!(
            documented.contains(&operation(endpoint)),
            "{endpoint:?} is not in the contract with its method"
        );
    }
    for doc in &documented {
        assert!(
            Endpoint::ALL.iter().any(|e| operation(e) == *doc),
            "{doc:?} is documented but is not an Endpoint"
        );
    }
    for endpoint in Endpoint::ALL {
        let ids = ["x", "y"];
        let path = endpoint.path_with(&ids[..endpoint.path.matches('{').count()]);
        let method = reqwest::Method::from_bytes(endpoint.method.as_str().as_bytes()).unwrap();
        let status = app
            .client
            .request(method, app.url(&["/api", &path].concat()))
            .send()
            .await
            .unwrap()
            .status();
        assert_ne!(status, StatusCode::NOT_FOUND, "{endpoint:?} has no route");
        assert_ne!(
            status,
            StatusCode::METHOD_NOT_ALLOWED,
            "{endpoint:?} has no route for its method"
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
    let spec = contract(&app).await;
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

/// A 422 is either the fields' problems (`ValidationErrors`) or a rule refusing the request
/// as a whole (`ApiError`, `not_allowed`: a STEM OPT student adding an employer or moving a
/// start date, an expired invitation link). The contract names both where an operation can
/// answer both, so a generic client can read the refusal.
#[tokio::test]
async fn a_refusal_of_the_whole_request_is_documented_as_its_422() {
    let app = spawn(Engine::Sqlite).await;
    let spec = contract(&app).await;

    let wei = app.sign_in(STUDENT_WEI_STEM).await;
    let stem = app
        .request(
            Method::POST,
            &["/api", endpoints::STUDENT_ADD_EMPLOYMENT.path].concat(),
            Some(&wei),
            Some(job("Globex", "2")),
            None,
        )
        .await;
    // On STEM OPT, an employer's start date moves only with the DSO.
    let profile = app.get_json("/api/student/profile", &wei).await;
    let current = &profile["employment"][0];
    let moved = stem_job_edit(&current["employment"]["employer_name"], "1", "8");
    let start_moved = app
        .request(
            Method::PUT,
            &["/api/student/employment/", current["id"].as_str().unwrap()].concat(),
            Some(&wei),
            Some(moved),
            None,
        )
        .await;
    let token = latest_link(&app, "priya.raman@student.example").await;
    app.state.clock.advance(15 * 86_400);
    let expired = app
        .client
        .post(app.url(&["/api", endpoints::ACTIVATE.path].concat()))
        .json(&activation(&token, "a long enough password"))
        .send()
        .await
        .unwrap();

    for (endpoint, answer) in [
        (endpoints::STUDENT_ADD_EMPLOYMENT, stem),
        (endpoints::ACTIVATE, expired),
        (endpoints::STUDENT_EDIT_EMPLOYMENT, start_moved),
    ] {
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["error"], "not_allowed", "{body}");
        let documented = schemas_of(&spec, endpoint, "422");
        assert!(
            documented.contains(&"ApiError".to_owned())
                && documented.contains(&"ValidationErrors".to_owned()),
            "{} {}: 422 documents {documented:?}",
            endpoint.method.as_str(),
            endpoint.path
        );
    }
}

/// The component schemas an operation's answer with `status` refers to (`$ref`, also
/// inside `oneOf`).
fn schemas_of(spec: &Value, endpoint: Endpoint, status: &str) -> Vec<String> {
    let schema = &spec["paths"][endpoint.path][endpoint.method.as_str().to_lowercase()]["responses"]
        [status]["content"]["application/json"]["schema"];
    let mut names = Vec::new();
    let mut collect = |value: &Value| {
        if let Some(reference) = value["$ref"].as_str() {
            names.push(reference.rsplit('/').next().unwrap_or_default().to_owned());
        }
    };
    collect(schema);
    for alternative in schema["oneOf"].as_array().into_iter().flatten() {
        collect(alternative);
    }
    names
}

async fn contract(app: &crate::test_app::TestApp) -> Value {
    app.client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}
