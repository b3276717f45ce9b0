//! `cargo xtask bench-api [--postgres] [--seconds N] [--connections N] [--rate N]`: the
//! portal API's write path under load. Builds portal-api with the `server` profile, starts
//! it on a fresh database (demo data), signs in as a person under supervision and sends
//! address changes (each a validated, idempotent, audited write) from 100 connections, as
//! fast as they are answered or at `--rate` requests per second in total. Prints p50, p99
//! and throughput, and checks that the database stored exactly as many changes as were
//! accepted.

use std::{net::SocketAddr, process::Command, time::Duration};

use crate::{
    load_generator::{self, Pace},
    local_server::{SUPERVISED_SIGN_IN, free_port, sign_in, wait_for_health},
    postgres,
    shell::{self, say},
    tools,
    workspace::{Result, Workspace},
};

fn pace_label(pace: Pace) -> String {
    match pace {
        Pace::ClosedLoop => "closed loop (as fast as answered)".into(),
        Pace::Rate(rate) => format!("{rate:.0} requests/s offered"),
    }
}

pub fn run(ws: &Workspace, args: &[String]) -> Result<()> {
    let use_postgres = args.iter().any(|a| a == "--postgres");
    let option = |name: &str, default: u64| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let seconds = option("--seconds", 20);
    let pace = match option("--rate", 0) {
        0 => Pace::ClosedLoop,
        rate => Pace::Rate(rate as f64),
    };
    let engine = if use_postgres { "PostgreSQL" } else { "SQLite" };
    let connections = option("--connections", 100) as usize;
    let tools = tools::ensure_build_tools(ws)?;
    say("building portal-api with the server profile (first time about 4 min)");
    shell::run(
        "cargo build --profile server",
        tools
            .cargo(ws)
            .args(["build", "--profile", "server", "--package", "portal-api"]),
    )?;
    let dir = std::env::temp_dir().join(format!("navigator-bench-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("dist")).map_err(|e| e.to_string())?;
    let database_url = if use_postgres {
        let admin = postgres::ensure_test_server()?;
        let name = format!("navigator_bench_{}", std::process::id());
        shell::run(
            "create the bench database",
            Command::new("runuser").args([
                "-u",
                "postgres",
                "--",
                "createdb",
                "-O",
                "navigator",
                &name,
            ]),
        )?;
        [
            admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin),
            "/",
            &name,
        ]
        .concat()
    } else {
        format!("sqlite://{}", dir.join("bench.db").display())
    };
    let port = free_port()?;
    let address: SocketAddr = format!("127.0.0.1:{port}")
        .parse()
        .map_err(|e| format!("{e}"))?;
    let binary = ws.path("target/server/portal-api");
    let mut server = Command::new(&binary)
        .args([
            "--addr",
            &address.to_string(),
            "--demo",
            "--database-url",
            &database_url,
        ])
        .arg("--dist")
        .arg(dir.join("dist"))
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let result = runtime.block_on(async {
        wait_for_health(address).await?;
        let (cookie, csrf) = sign_in(address, SUPERVISED_SIGN_IN).await?;
        say(&format!(
            "{connections} connections for {seconds} s, {}: POST /api/supervision/address on {engine}",
            pace_label(pace)
        ));
        let host = address.to_string();
        let body = r#"{"address":{"line1":"9 Elm St","city":"Newark","state":"NJ","zip":"07102"},"moved_on":{"day":"2","month":"11","year":"2026"},"court_case":"yes"}"#;
        let plan = load_generator::Plan {
            address,
            connections,
            duration: Duration::from_secs(seconds),
            pace,
            accepted_status: 201,
        };
        let report = load_generator::run(plan, move |connection, n| {
            let key = format!("bench-{connection}-{n}");
            load_generator::request(
                "POST",
                "/api/supervision/address",
                &host,
                &[
                    ("Cookie", &cookie),
                    ("X-CSRF-Token", &csrf),
                    ("Idempotency-Key", &key),
                ],
                body,
            )
        })
        .await;
        Ok::<_, String>(report)
    });
    let _ = Command::new("kill").arg(server.id().to_string()).status();
    let _ = server.wait();
    let report = result?;
    let stats =
        shell::output(Command::new(&binary).args(["stats", "--database-url", &database_url]))
            .ok_or("portal-api stats failed")?;
    let count = |table: &str| {
        stats
            .lines()
            .find_map(|l| {
                l.strip_prefix(table)
                    .and_then(|r| r.trim().parse::<u64>().ok())
            })
            .unwrap_or(0)
    };
    let stored = count("address_changes ");
    let audited = count("audit_log ");
    let _ = std::fs::remove_dir_all(&dir);
    println!();
    println!("write endpoint        POST /api/supervision/address ({engine})");
    println!("connections           {}", report.connections);
    println!("pace                  {}", pace_label(pace));
    println!(
        "duration              {:.1} s",
        report.duration.as_secs_f64()
    );
    println!("requests answered     {}", report.accepted + report.refused);
    println!("throughput            {:.0} writes/s", report.throughput());
    println!("latency p50           {:.2} ms", report.percentile_ms(0.50));
    println!("latency p99           {:.2} ms", report.percentile_ms(0.99));
    println!("latency max           {:.2} ms", report.percentile_ms(1.0));
    println!("accepted (201)        {}", report.accepted);
    println!("refused               {}", report.refused);
    println!("connection errors     {}", report.errors);
    println!("stored address changes {stored}");
    println!("audit entries         {audited}");
    if stored != report.accepted {
        return Err(format!(
            "stored {stored} address changes but {} were accepted",
            report.accepted
        ));
    }
    if report.refused > 0 || report.errors > 0 {
        return Err(format!(
            "{} requests were refused and {} failed",
            report.refused, report.errors
        ));
    }
    say("every accepted write was stored exactly once");
    Ok(())
}
