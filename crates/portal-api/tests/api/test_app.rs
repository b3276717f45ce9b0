use std::path::Path;

use portal_api::{config::Config, startup::Application};

/// A server on a free port with its own empty SQLite database and web-app folder.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    // Dropped last: the server and database live inside it.
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        [self.address.as_str(), path].concat()
    }
}

pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().expect("temporary folder");
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), INDEX_HTML).unwrap();
    std::fs::create_dir_all(dist.join("app/find")).unwrap();
    std::fs::write(dist.join("app/find/index.html"), FIND_HTML).unwrap();
    std::fs::write(dist.join("main-a1b2c3d4e5f6a7b8.css"), "body{}").unwrap();
    let config = Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        database_url: sqlite_url(&dir.path().join("portal.db")),
        dist,
    };
    let application = Application::build(&config).await.expect("server starts");
    let address = format!("http://{}", application.address());
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address,
        client: reqwest::Client::new(),
        _dir: dir,
    }
}

pub const INDEX_HTML: &str = "<!doctype html><title>test app</title>";
pub const FIND_HTML: &str = "<!doctype html><title>find bundle</title>";

fn sqlite_url(path: &Path) -> String {
    format!("sqlite://{}", path.display())
}
