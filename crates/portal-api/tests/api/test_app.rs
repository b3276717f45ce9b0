//! A real server per test, on a free port, with its own fresh database: an SQLite file in a
//! temporary folder, or a new PostgreSQL database (dropped afterwards) on the server named
//! by `PORTAL_TEST_POSTGRES_URL` (cargo xtask test provides one). Demo data is seeded, so
//! tests sign in as the demo accounts.

use std::path::Path;

use portal_api::{
    clock::Clock,
    config::Config,
    startup::{AppState, Application},
};
use reqwest::{Method, Response, StatusCode, header::HeaderMap};
use serde_json::Value;

pub const PASSWORD: &str = "demo-password-2026";
/// The stand-in of each bundle's built page: `bundle` names it in the `<head>`.
pub fn bundle_html(bundle: &str) -> String {
    [
        "<!doctype html>\n<html lang=\"en\"><head><title>test app</title><meta name=\"bundle\" content=\"",
        bundle,
        "\"><script type=\"module\">import init from '/a.js';</script></head><body></body></html>\n",
    ]
    .concat()
}

/// What the build writes as `dist/sw.js` (docs/adr/0018-offline-service-worker.md).
pub const SERVICE_WORKER_JS: &str = "self.addEventListener('fetch', () => {});";

/// What the build prerendered for `/` in the stand-in.
pub const PRERENDERED_HOME: &str = "<!doctype html><title>prerendered home</title>";

#[derive(Clone, Copy, Debug)]
pub enum Engine {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: AppState,
    pub database_url: String,
    _database: TestDatabase,
}

/// A fresh database of its own in a temporary folder (SQLite), or a new PostgreSQL database
/// dropped when this is dropped; the folder also holds the web app's stand-in files.
pub struct TestDatabase {
    pub url: String,
    pub dir: tempfile::TempDir,
    postgres_admin: Option<(String, String)>,
}

impl TestDatabase {
    pub async fn new(engine: Engine) -> TestDatabase {
        let dir = tempfile::tempdir().expect("temporary folder");
        stand_in_dist(&dir.path().join("dist"));
        let (url, postgres_admin) = match engine {
            Engine::Sqlite => (sqlite_url(&dir.path().join("portal.db")), None),
            Engine::Postgres => {
                let admin = postgres_admin_url();
                let name = ["navigator_test_", &portal_api::secrets::new_id()[..16]].concat();
                let pool = sqlx::PgPool::connect(&admin)
                    .await
                    .expect("PostgreSQL is reachable at PORTAL_TEST_POSTGRES_URL");
                sqlx::query(&["CREATE DATABASE ", &name].concat())
                    .execute(&pool)
                    .await
                    .expect("create test database");
                pool.close().await;
                let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
                ([base, "/", &name].concat(), Some((admin, name)))
            }
        };
        TestDatabase {
            url,
            dir,
            postgres_admin,
        }
    }

    pub fn dist(&self) -> std::path::PathBuf {
        self.dir.path().join("dist")
    }
}

/// The web app's stand-in: each bundle's page, the content the server renders pages from
/// (the real words of "Find the right place"; no guides' text), a prerendered home page and
/// a hashed stylesheet.
fn stand_in_dist(dist: &Path) {
    use navigator_domain::{Bundle, Lang, guides::Guide, routing::FindWording};
    let write = |path: &Path, text: &str| {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    for bundle in Bundle::ALL {
        write(&dist.join(bundle.html_path()), &bundle_html(bundle.name()));
    }
    for lang in Lang::ALL {
        let content = dist.join("content").join(lang.tag());
        write(&content.join("guides.json"), "[]");
        write(&content.join("search.json"), "[]");
        let wording = serde_json::to_string(&FindWording::for_lang(lang)).unwrap();
        write(&content.join("find.json"), &wording);
        for guide in Guide::ALL {
            let file = content
                .join("guides")
                .join([guide.slug(), ".html"].concat());
            write(&file, "<p>guide</p>");
        }
    }
    write(&dist.join("pages/index.html"), PRERENDERED_HOME);
    write(&dist.join("main-a1b2c3d4e5f6a7b8.css"), "body{}");
    write(&dist.join("sw-es.js"), SERVICE_WORKER_JS);
}

/// A signed-in browser: its session cookie and CSRF token.
#[derive(Clone, Debug)]
pub struct Session {
    pub cookie: String,
    pub csrf: String,
    pub body: Value,
}

fn postgres_admin_url() -> String {
    std::env::var("PORTAL_TEST_POSTGRES_URL").unwrap_or_else(|_| {
        panic!("PostgreSQL tests need PORTAL_TEST_POSTGRES_URL (cargo xtask test starts a server and sets it)")
    })
}

pub async fn spawn(engine: Engine) -> TestApp {
    spawn_with(engine, |_| {}).await
}

/// A server whose configuration the test changes first (trusted proxies, hashing slots).
pub async fn spawn_with(engine: Engine, configure: impl FnOnce(&mut Config)) -> TestApp {
    let database = TestDatabase::new(engine).await;
    let mut config = Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        database_url: database.url.clone(),
        dist: database.dist(),
        demo: true,
        trusted_proxies: Vec::new(),
        audit_checkpoint: Some(database.dir.path().join("audit-checkpoint")),
        password_hashes_at_once: None,
        public_origin: None,
    };
    configure(&mut config);
    let application = Application::build_with_clock(&config, Clock::default())
        .await
        .expect("server starts");
    let address = format!("http://{}", application.address());
    let state = application.state();
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address,
        client: reqwest::Client::new(),
        state,
        database_url: database.url.clone(),
        _database: database,
    }
}

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.postgres_admin.take() {
            // Best effort, on its own thread: the test's runtime is ending.
            let _ = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(async {
                    if let Ok(pool) = sqlx::PgPool::connect(&admin).await {
                        let _ = sqlx::query(
                            &["DROP DATABASE IF EXISTS ", &name, " WITH (FORCE)"].concat(),
                        )
                        .execute(&pool)
                        .await;
                    }
                });
            })
            .join();
        }
    }
}

/// The session cookie an answer sets, as a browser sends it back (`name=value`).
pub fn cookie_from(headers: &HeaderMap) -> Option<String> {
    cookie_named(headers, "__Host-navigator-session")
}

pub fn cookie_named(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| {
            v.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with('='))
        })
        .map(|v| v.split(';').next().unwrap().to_owned())
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        [self.address.as_str(), path].concat()
    }

    pub async fn sign_in_raw(&self, body: Value) -> Response {
        self.client
            .post(self.url("/api/session"))
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    pub async fn sign_in(&self, email: &str) -> Session {
        let response = self
            .sign_in_raw(
                serde_json::json!({"method": "password", "email": email, "password": PASSWORD}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::OK, "sign in as {email}");
        let cookie = cookie_from(response.headers()).expect("session cookie");
        let body: Value = response.json().await.unwrap();
        Session {
            cookie,
            csrf: body["csrf_token"].as_str().unwrap().to_owned(),
            body,
        }
    }

    pub async fn sign_in_supervised(
        &self,
        a_number: &str,
        subject: &str,
        birth: (&str, &str, &str),
    ) -> Session {
        let response = self
            .sign_in_raw(serde_json::json!({"method": "supervision", "a_number": a_number, "subject_id": subject,
                "date_of_birth": {"day": birth.0, "month": birth.1, "year": birth.2}}))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "sign in as {a_number}");
        let cookie = cookie_from(response.headers()).expect("session cookie");
        let body: Value = response.json().await.unwrap();
        Session {
            cookie,
            csrf: body["csrf_token"].as_str().unwrap().to_owned(),
            body,
        }
    }

    /// Any request, signed in or not; writes get a fresh Idempotency-Key unless given one.
    pub async fn request(
        &self,
        method: Method,
        path: &str,
        session: Option<&Session>,
        body: Option<Value>,
        key: Option<&str>,
    ) -> Response {
        let mut request = self.client.request(method.clone(), self.url(path));
        if let Some(session) = session {
            request = request
                .header("cookie", &session.cookie)
                .header("x-csrf-token", &session.csrf);
        }
        if method != Method::GET {
            let key = key
                .map(str::to_owned)
                .unwrap_or_else(portal_api::secrets::new_id);
            request = request.header("idempotency-key", key);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.unwrap()
    }

    pub async fn get(&self, path: &str, session: &Session) -> Response {
        self.request(Method::GET, path, Some(session), None, None)
            .await
    }

    pub async fn get_json(&self, path: &str, session: &Session) -> Value {
        let response = self.get(path, session).await;
        assert_eq!(response.status(), StatusCode::OK, "GET {path}");
        response.json().await.unwrap()
    }

    /// Many sign-ins sent at once (each with its own headers): their statuses.
    pub async fn sign_ins_at_once(&self, bodies: Vec<(Value, HeaderMap)>) -> Vec<StatusCode> {
        futures::future::join_all(bodies.into_iter().map(|(body, headers)| {
            self.client
                .post(self.url("/api/session"))
                .headers(headers)
                .json(&body)
                .send()
        }))
        .await
        .into_iter()
        .map(|r| r.unwrap().status())
        .collect()
    }

    pub async fn count(&self, table: &str) -> i64 {
        use sqlx::Row;
        sqlx::query(&["SELECT COUNT(*) AS n FROM ", table].concat())
            .fetch_one(&self.state.db.pool)
            .await
            .unwrap()
            .try_get("n")
            .unwrap()
    }

    /// The id of a demo student, by last name.
    pub async fn student_id(&self, last_name: &str) -> String {
        use sqlx::Row;
        sqlx::query("SELECT id FROM students WHERE last_name = $1")
            .bind(last_name)
            .fetch_one(&self.state.db.pool)
            .await
            .unwrap()
            .try_get("id")
            .unwrap()
    }
}

pub fn count_status(statuses: &[StatusCode], status: StatusCode) -> usize {
    statuses.iter().filter(|s| **s == status).count()
}

pub fn wrong_password(email: &str) -> Value {
    serde_json::json!({"method": "password", "email": email, "password": "not the password"})
}

/// Headers of a request a trusted proxy forwarded for `address`.
pub fn from_address(address: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("x-forwarded-for", address.parse().unwrap());
    headers
}

/// Runs a scenario once on SQLite and once on PostgreSQL, as two named tests.
#[macro_export]
macro_rules! on_both_databases {
    ($($scenario:ident),+ $(,)?) => {
        $(
            mod $scenario {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    super::$scenario($crate::test_app::spawn($crate::test_app::Engine::Sqlite).await).await;
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    super::$scenario($crate::test_app::spawn($crate::test_app::Engine::Postgres).await).await;
                }
            }
        )+
    };
}

/// Demo accounts by role.
pub const DSO_RIVERSIDE: &str = "morgan.patel@riverside.example";
pub const DSO_LAKESHORE: &str = "jordan.kim@lakeshore.example";
pub const STUDENT_ANA: &str = "ana.lopez@student.example";
pub const STUDENT_WEI_STEM: &str = "wei.zhang@student.example";
pub const STUDENT_LUCIA: &str = "lucia.fernandez@student.example";
pub const OFFICER: &str = "taylor.reed@ice.example";
pub const JEAN: (&str, &str, (&str, &str, &str)) = ("A012345678", "SUB12345", ("12", "4", "1988"));
pub const MARIA: (&str, &str, (&str, &str, &str)) = ("A098765432", "SUB67890", ("3", "11", "1992"));
