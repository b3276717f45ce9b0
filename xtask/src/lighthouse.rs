//! `cargo xtask lighthouse [PATH ...]`: Lighthouse (mobile, its default simulated slow 4G
//! and 4× CPU slowdown) on the release build served by portal-api, with Debian's Chromium.
//! Prints the four category scores and the paint timings of each page against the targets
//! (all scores 100, LCP ≤ 1.0 s), and of a 1 KB static page in the same run: the floor this
//! setup allows, so each LCP is also shown as a multiple of it. The full reports are kept in
//! target/lighthouse/.

use std::{net::SocketAddr, process::Command};

use serde_json::Value;

use crate::{
    app_build,
    local_server::{free_port, wait_for_health},
    shell::{self, say},
    tools,
    workspace::{Result, Workspace},
};

const DEFAULT_PATHS: [&str; 6] = [
    "/",
    "/es",
    "/find",
    "/guides/sevp-portal",
    "/tools/deadlines",
    "/sign-in",
];
const LCP_TARGET_MS: f64 = 1000.0;

/// The floor: a static page of about 1 KB with no stylesheet, script or image, put in dist/
/// for the run only.
const FLOOR_PATH: &str = "/lighthouse-floor.html";
const FLOOR_PAGE: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"description\" content=\"A page with nothing to wait for: the floor of this measurement.\">\
<title>Floor</title></head><body><main><h1>A static page</h1><p>This page is about one kilobyte \
of HTML with no stylesheet, script or image. Lighthouse measures it in the same run as the app's \
pages, so the time it takes is what the simulated phone and network cost any page at all. \
Whatever the app's pages take beyond it is theirs. Lorem ipsum dolor sit amet, consectetur \
adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad \
minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. \
Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla \
pariatur.</p></main></body></html>\n";

struct Measured {
    path: String,
    scores: Vec<(String, f64)>,
    fcp_ms: f64,
    lcp_ms: f64,
    tbt_ms: f64,
    cls: f64,
}

impl Measured {
    fn from_report(path: &str, report: &Value) -> Result<Measured> {
        let audit = |id: &str| {
            report["audits"][id]["numericValue"]
                .as_f64()
                .ok_or_else(|| format!("{path}: the report has no {id}"))
        };
        let scores = ["performance", "accessibility", "best-practices", "seo"]
            .iter()
            .map(|c| {
                let score = report["categories"][c]["score"].as_f64().unwrap_or(0.0);
                ((*c).to_owned(), (score * 100.0).round())
            })
            .collect();
        Ok(Measured {
            path: path.to_owned(),
            scores,
            fcp_ms: audit("first-contentful-paint")?,
            lcp_ms: audit("largest-contentful-paint")?,
            tbt_ms: audit("total-blocking-time")?,
            cls: audit("cumulative-layout-shift")?,
        })
    }

    fn meets_targets(&self) -> bool {
        self.lcp_ms <= LCP_TARGET_MS && self.scores.iter().all(|(_, s)| *s >= 100.0)
    }
}

fn measure(ws: &Workspace, tools: &tools::Tools, url: &str, path: &str) -> Result<Measured> {
    let name = match path.trim_matches('/').replace('/', "-") {
        empty if empty.is_empty() => "home".to_owned(),
        name => name,
    };
    let output = ws.path(&format!("target/lighthouse/{name}.json"));
    let lighthouse = || {
        shell::run(
            &format!("lighthouse {path}"),
            tools
                .program(ws, ws.node_bin().join("lighthouse"))
                .arg(url)
                .arg("--chrome-flags=--headless=new --no-sandbox")
                .args(["--output=json", "--quiet"])
                .arg(format!("--output-path={}", output.display()))
                .env("CHROME_PATH", "/usr/bin/chromium"),
        )
    };
    // Lighthouse sometimes loses the page load's trace (NO_NAVSTART: "Please run Lighthouse
    // again"), twice in six runs of seven pages with Chromium 156; a second try has measured.
    if let Err(error) = lighthouse() {
        println!("[xtask] {error}; Lighthouse asks to run it again: once more");
        lighthouse()?;
    }
    let text = std::fs::read_to_string(&output).map_err(|e| e.to_string())?;
    let report: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    Measured::from_report(path, &report)
}

pub fn run(ws: &Workspace, args: &[String]) -> Result<()> {
    let paths: Vec<&str> = if args.is_empty() {
        DEFAULT_PATHS.to_vec()
    } else {
        args.iter().map(String::as_str).collect()
    };
    let tools = tools::ensure_build_tools(ws)?;
    tools::ensure_test_tools(&tools)?;
    app_build::build_release(ws, &tools)?;
    shell::run(
        "cargo build portal-api",
        tools
            .cargo(ws)
            .args(["build", "--profile", "server", "--package", "portal-api"]),
    )?;
    std::fs::create_dir_all(ws.path("target/lighthouse")).map_err(|e| e.to_string())?;
    let database = ws.path("target/lighthouse/portal.db");
    let _ = std::fs::remove_file(&database);
    let address: SocketAddr = format!("127.0.0.1:{}", free_port()?)
        .parse()
        .map_err(|e| format!("{e}"))?;
    let mut server = Command::new(ws.path("target/server/portal-api"))
        .arg("--addr")
        .arg(address.to_string())
        .arg("--database-url")
        .arg(format!("sqlite://{}", database.display()))
        .arg("--dist")
        .arg(ws.dist())
        .arg("--demo")
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start portal-api: {e}"))?;
    let floor_file = ws.dist().join(FLOOR_PATH.trim_start_matches('/'));
    std::fs::write(&floor_file, FLOOR_PAGE).map_err(|e| e.to_string())?;
    let measured = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())
        .and_then(|runtime| runtime.block_on(wait_for_health(address)))
        .and_then(|()| {
            std::iter::once(&FLOOR_PATH)
                .chain(&paths)
                .map(|path| {
                    say(&format!("Lighthouse (mobile) on {path}"));
                    // localhost, not 127.0.0.1: Lighthouse treats it as a secure origin.
                    let url = format!("http://localhost:{}{path}", address.port());
                    measure(ws, &tools, &url, path)
                })
                .collect::<Result<Vec<_>>>()
        });
    let _ = server.kill();
    let _ = server.wait();
    let _ = std::fs::remove_file(&floor_file);
    let measured = measured?;
    let floor_ms = measured[0].lcp_ms;
    println!();
    println!(
        "{:<24} {:>5} {:>5} {:>5} {:>5} {:>8} {:>8} {:>6} {:>7} {:>6}  targets",
        "page", "perf", "a11y", "best", "seo", "FCP", "LCP", "×floor", "TBT", "CLS"
    );
    for m in &measured {
        let score = |i: usize| m.scores[i].1;
        println!(
            "{:<24} {:>5} {:>5} {:>5} {:>5} {:>6.0}ms {:>6.0}ms {:>6.2} {:>5.0}ms {:>6.3}  {}",
            m.path,
            score(0),
            score(1),
            score(2),
            score(3),
            m.fcp_ms,
            m.lcp_ms,
            m.lcp_ms / floor_ms,
            m.tbt_ms,
            m.cls,
            if m.path == FLOOR_PATH {
                "the floor"
            } else if m.meets_targets() {
                "met"
            } else {
                "MISSED"
            }
        );
    }
    say("targets: all four scores 100 and LCP ≤ 1.0 s; reports in target/lighthouse/");
    Ok(())
}
