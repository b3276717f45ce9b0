//! portal-api as real processes (issue 11): killed with SIGKILL in the middle of a stream of
//! writes and started again, and two servers on one PostgreSQL database. A test binary of
//! its own: these start and stop servers and take a few seconds each.

#[path = "../api/test_app.rs"]
#[allow(dead_code)]
mod test_app;

use std::{
    collections::HashSet,
    path::PathBuf,
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::Duration,
};

use reqwest::StatusCode;
use serde_json::{Value, json};
use test_app::{Engine, JEAN, STUDENT_ANA, TestDatabase, cookie_from, wrong_password};

/// A portal-api process on a free port.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    async fn start(database: &TestDatabase, checkpoint: &str) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(env!("CARGO_BIN_EXE_portal-api"))
            .args(["--addr", &format!("127.0.0.1:{port}"), "--demo"])
            .args(["--database-url", &database.url])
            .arg("--dist")
            .arg(database.dist())
            .arg("--audit-checkpoint")
            .arg(checkpoint_path(database, checkpoint))
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .spawn()
            .expect("portal-api starts");
        let server = Server {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        for _ in 0..200 {
            if let Ok(answer) = reqwest::get(server.api("/health")).await
                && answer.status().is_success()
            {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("portal-api did not answer its health check");
    }

    fn api(&self, path: &str) -> String {
        [self.url.as_str(), "/api", path].concat()
    }

    /// SIGKILL: no shutdown, no flush, nothing finished.
    fn kill(&mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn checkpoint_path(database: &TestDatabase, name: &str) -> PathBuf {
    database.dir.path().join(name)
}

#[derive(Clone)]
struct Signed {
    cookie: String,
    csrf: String,
}

async fn sign_in(client: &reqwest::Client, server: &Server, body: &Value) -> Signed {
    let answer = client
        .post(server.api("/session"))
        .json(body)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    let cookie = cookie_from(answer.headers()).unwrap();
    let body: Value = answer.json().await.unwrap();
    Signed {
        cookie,
        csrf: body["csrf_token"].as_str().unwrap().to_owned(),
    }
}

fn jean() -> Value {
    json!({"method": "supervision", "a_number": JEAN.0, "subject_id": JEAN.1,
        "date_of_birth": {"day": JEAN.2.0, "month": JEAN.2.1, "year": JEAN.2.2}})
}

/// One write per key, its body fixed by the key, so a retry is the same request.
async fn report_address(
    client: &reqwest::Client,
    server_url: &str,
    who: &Signed,
    key: &str,
) -> reqwest::Result<StatusCode> {
    let body = json!({"address": {"line1": format!("{key} Elm St"), "city": "Newark", "state": "NJ", "zip": "07102"},
        "moved_on": {"day": "20", "month": "11", "year": "2026"}, "court_case": "no"});
    client
        .post([server_url, "/api/supervision/address"].concat())
        .header("cookie", &who.cookie)
        .header("x-csrf-token", &who.csrf)
        .header("idempotency-key", key)
        .json(&body)
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .map(|answer| answer.status())
}

async fn count(database: &TestDatabase, table: &str) -> i64 {
    let pool = sqlx::AnyPool::connect(&database.url).await.unwrap();
    let n: i64 = sqlx::query_scalar(&["SELECT COUNT(*) FROM ", table].concat())
        .fetch_one(&pool)
        .await
        .unwrap();
    pool.close().await;
    n
}

fn verify_audit(database: &TestDatabase, checkpoint: &str) {
    let output = Command::new(env!("CARGO_BIN_EXE_portal-api"))
        .args(["verify-audit", "--database-url", &database.url])
        .arg("--audit-checkpoint")
        .arg(checkpoint_path(database, checkpoint))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Writes stream in from 8 clients; the server is killed with SIGKILL after 40 answers and
/// started again; the clients retry what was not answered, with the same keys.
async fn every_answered_write_survives_a_sigkill_once(engine: Engine) {
    sqlx::any::install_default_drivers();
    let database = TestDatabase::new(engine).await;
    let mut server = Server::start(&database, "checkpoint").await;
    let client = reqwest::Client::new();
    let who = sign_in(&client, &server, &jean()).await;
    let keys: Vec<String> = (0..240).map(|i| format!("crash-{i:04}")).collect();
    let answered = Arc::new(Mutex::new(HashSet::new()));
    let workers = keys.chunks(30).map(|chunk| {
        let (client, who, answered) = (client.clone(), who.clone(), answered.clone());
        let chunk = chunk.to_vec();
        let url = server.url.clone();
        async move {
            for key in chunk {
                match report_address(&client, &url, &who, &key).await {
                    Ok(status) if status.is_success() => {
                        answered.lock().unwrap().insert(key);
                    }
                    Ok(status) => panic!("{key}: {status}"),
                    Err(_) => return,
                }
            }
        }
    });
    let writes = futures::future::join_all(workers);
    tokio::pin!(writes);
    let enough_answers = async {
        while answered.lock().unwrap().len() < 40 {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    };
    tokio::select! {
        _ = &mut writes => panic!("every write finished before the kill"),
        () = enough_answers => {}
    }
    server.kill();
    writes.await;
    let answered: HashSet<String> = answered.lock().unwrap().clone();
    assert!(answered.len() >= 40 && answered.len() < keys.len());
    let stored = count(&database, "address_changes").await;
    assert!(
        stored >= answered.len() as i64,
        "{stored} stored, {} answered before the kill",
        answered.len()
    );

    let server = Server::start(&database, "checkpoint").await;
    for key in &keys {
        let status = report_address(&client, &server.url, &who, key)
            .await
            .unwrap();
        assert!(status.is_success(), "{key} after the restart: {status}");
    }
    assert_eq!(
        count(&database, "address_changes").await,
        keys.len() as i64,
        "each key's write stored exactly once"
    );
    // The checkpoint is written every second.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    verify_audit(&database, "checkpoint");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answered_write_survives_a_sigkill_once_sqlite() {
    every_answered_write_survives_a_sigkill_once(Engine::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answered_write_survives_a_sigkill_once_postgres() {
    every_answered_write_survives_a_sigkill_once(Engine::Postgres).await;
}

/// Two servers behind one load balancer share one PostgreSQL database: a session from one
/// works on the other, the sign-in throttle counts across both, a key is one write whichever
/// server gets it, and the audit chain stays one chain under concurrent writes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_postgres_database_behave_as_one() {
    sqlx::any::install_default_drivers();
    let database = TestDatabase::new(Engine::Postgres).await;
    let a = Server::start(&database, "checkpoint-a").await;
    let b = Server::start(&database, "checkpoint-b").await;
    let servers = [&a, &b];
    let client = reqwest::Client::new();

    let who = sign_in(&client, &a, &jean()).await;
    let on_b = client
        .get(b.api("/session"))
        .header("cookie", &who.cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(on_b.status(), StatusCode::OK, "a session from A works on B");

    let attempts = futures::future::join_all((0..20).map(|n| {
        client
            .post(servers[n % 2].api("/session"))
            .json(&wrong_password(STUDENT_ANA))
            .send()
    }))
    .await;
    let checked = attempts
        .iter()
        .filter(|a| a.as_ref().unwrap().status() == StatusCode::UNPROCESSABLE_ENTITY)
        .count();
    assert_eq!(checked, 5, "five attempts in all, not five per server");

    let same_key = futures::future::join_all(
        (0..10).map(|n| report_address(&client, &servers[n % 2].url, &who, "one-key-two-servers")),
    )
    .await;
    assert!(same_key.iter().all(|s| s.as_ref().unwrap().is_success()));
    assert_eq!(count(&database, "address_changes").await, 1);

    let keys: Vec<String> = (0..120).map(|i| format!("both-{i:04}")).collect();
    let writes = futures::future::join_all(keys.chunks(15).enumerate().map(|(n, chunk)| {
        let (client, who) = (client.clone(), who.clone());
        let server = servers[n % 2];
        let chunk = chunk.to_vec();
        async move {
            for key in chunk {
                let status = report_address(&client, &server.url, &who, &key)
                    .await
                    .unwrap();
                assert!(status.is_success(), "{key}: {status}");
            }
        }
    }));
    writes.await;
    assert_eq!(count(&database, "address_changes").await, 121);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    verify_audit(&database, "checkpoint-a");
    verify_audit(&database, "checkpoint-b");
}
