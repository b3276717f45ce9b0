//! `cargo xtask lighthouse [PATH ...]`: Lighthouse (mobile, its default simulated slow 4G
//! and 4× CPU slowdown) on the release build served by portal-api, with Debian's Chromium.
//! Prints the four category scores and the paint timings of each page against the targets
//! (all scores 100, LCP ≤ 1.2 s); the full reports are kept in target/lighthouse/.

use std::{net::SocketAddr, process::Command};

use serde_json::Value;

use crate::{
    app_build,
    local_server::{free_port, wait_for_health},
    shell::{self, say},
    tools,
    workspace::{Result, Workspace},
};

const DEFAULT_PATHS: [&str; 5] = ["/", "/es", "/find", "/guides/sevp-portal", "/sign-in"];
const LCP_TARGET_MS: f64 = 1200.0;

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
    shell::run(
        &format!("lighthouse {path}"),
        tools
            .program(ws, ws.node_bin().join("lighthouse"))
            .arg(url)
            .arg("--chrome-flags=--headless=new --no-sandbox")
            .args(["--output=json", "--quiet"])
            .arg(format!("--output-path={}", output.display()))
            .env("CHROME_PATH", "/usr/bin/chromium"),
    )?;
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
    let measured = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())
        .and_then(|runtime| runtime.block_on(wait_for_health(address)))
        .and_then(|()| {
            paths
                .iter()
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
    let measured = measured?;
    println!();
    println!(
        "{:<24} {:>5} {:>5} {:>5} {:>5} {:>8} {:>8} {:>7} {:>6}  targets",
        "page", "perf", "a11y", "best", "seo", "FCP", "LCP", "TBT", "CLS"
    );
    for m in &measured {
        let score = |i: usize| m.scores[i].1;
        println!(
            "{:<24} {:>5} {:>5} {:>5} {:>5} {:>6.0}ms {:>6.0}ms {:>5.0}ms {:>6.3}  {}",
            m.path,
            score(0),
            score(1),
            score(2),
            score(3),
            m.fcp_ms,
            m.lcp_ms,
            m.tbt_ms,
            m.cls,
            if m.meets_targets() { "met" } else { "MISSED" }
        );
    }
    say("targets: all four scores 100 and LCP ≤ 1.2 s; reports in target/lighthouse/");
    Ok(())
}
