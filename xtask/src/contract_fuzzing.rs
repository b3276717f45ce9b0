//! `cargo xtask test`'s contract layer: schemathesis (from PyPI, at a pinned version,
//! installed on first use into a virtual environment under ~/.cache) generates requests
//! from `/api/openapi.json` and sends them to a running portal-api on a fresh demo
//! database: once anonymous, then signed in as each role. A run fails on any 5xx, any
//! status code the contract does not document, or any answer whose type or body does not
//! match it. About 20 cases per operation and caller, so the layer stays near two minutes.

use std::{
    net::SocketAddr,
    path::PathBuf,
    process::{Command, Stdio},
};

use crate::{
    local_server::{SUPERVISED_SIGN_IN, free_port, sign_in, wait_for_health},
    shell::{self, say},
    workspace::{Result, Workspace},
};

pub const SCHEMATHESIS: &str = "4.32.5";
const CASES_PER_OPERATION: &str = "20";
const CHECKS: &str = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance";

/// Who the requests come from: a name for the report and the sign-in body (none: anonymous).
const CALLERS: [(&str, Option<&str>); 5] = [
    ("anonymous", None),
    (
        "school official",
        Some(
            r#"{"method":"password","email":"morgan.patel@riverside.example","password":"demo-password-2026"}"#,
        ),
    ),
    (
        "student",
        Some(
            r#"{"method":"password","email":"ana.lopez@student.example","password":"demo-password-2026"}"#,
        ),
    ),
    (
        "ICE officer",
        Some(
            r#"{"method":"password","email":"taylor.reed@ice.example","password":"demo-password-2026"}"#,
        ),
    ),
    ("person under supervision", Some(SUPERVISED_SIGN_IN)),
];

/// What the runs found, over every caller.
#[derive(Default)]
pub struct Findings {
    pub cases: u64,
    pub failures: u64,
}

fn schemathesis_home() -> PathBuf {
    let home = std::env::var("HOME").unwrap_or_else(|_| ".".into());
    PathBuf::from(home).join(".cache/eservice-navigator/schemathesis-".to_owned() + SCHEMATHESIS)
}

/// The `schemathesis` program, installed on first use (about a minute, once per machine).
pub fn ensure_schemathesis() -> Result<PathBuf> {
    let home = schemathesis_home();
    let program = home.join("bin/schemathesis");
    if program.exists() {
        return Ok(program);
    }
    say(&format!(
        "installing schemathesis {SCHEMATHESIS} from PyPI into {} (once)",
        home.display()
    ));
    shell::run(
        "python3 -m venv",
        Command::new("python3").args(["-m", "venv"]).arg(&home),
    )?;
    shell::run(
        "pip install schemathesis",
        Command::new(home.join("bin/pip")).args([
            "install",
            "--quiet",
            &["schemathesis==", SCHEMATHESIS].concat(),
        ]),
    )?;
    Ok(program)
}

pub fn run(ws: &Workspace, server: &std::path::Path) -> Result<Findings> {
    let schemathesis = ensure_schemathesis()?;
    let dir = ws.path("target/contract-fuzzing");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let address: SocketAddr = format!("127.0.0.1:{}", free_port()?)
        .parse()
        .map_err(|e| format!("{e}"))?;
    let mut child = Command::new(server)
        .arg("--addr")
        .arg(address.to_string())
        .arg("--database-url")
        .arg(format!("sqlite://{}", dir.join("portal.db").display()))
        .arg("--dist")
        .arg(dir.join("dist"))
        .arg("--demo")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", server.display()))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let result = runtime.block_on(wait_for_health(address)).and_then(|()| {
        let mut findings = Findings::default();
        for (caller, body) in CALLERS {
            let session = match body {
                Some(body) => Some(runtime.block_on(sign_in(address, body))?),
                None => None,
            };
            let (cases, failures) = fuzz(&schemathesis, address, session.as_ref(), &dir, caller)?;
            say(&format!(
                "contract, {caller}: {cases} cases, {failures} failures"
            ));
            findings.cases += cases;
            findings.failures += failures;
        }
        Ok(findings)
    });
    let _ = child.kill();
    let _ = child.wait();
    result
}

fn fuzz(
    schemathesis: &std::path::Path,
    address: SocketAddr,
    session: Option<&(String, String)>,
    dir: &std::path::Path,
    caller: &str,
) -> Result<(u64, u64)> {
    let mut command = Command::new(schemathesis);
    // Its own working folder: schemathesis keeps files in `.schemathesis/` there.
    command
        .current_dir(dir)
        .arg("run")
        .arg(format!("http://{address}/api/openapi.json"))
        .args(["--checks", CHECKS, "--max-examples", CASES_PER_OPERATION])
        .args(["--phases", "examples,coverage,fuzzing", "--workers", "2"])
        .args(["--seed", "1", "--generation-database", "none", "--no-color"])
        .args(["--request-timeout", "10"]);
    if let Some((cookie, csrf)) = session {
        // Signing out, or moving the demo clock (which ends sessions), would leave the rest
        // of the run anonymous; the anonymous run covers both.
        command
            .args(["--header", &["Cookie: ", cookie].concat()])
            .args(["--header", &["X-CSRF-Token: ", csrf].concat()])
            .args([
                "--exclude-path",
                "/session",
                "--exclude-path",
                "/demo/clock",
            ]);
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot run {}: {e}", schemathesis.display()))?;
    let text = [
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
    ]
    .concat();
    let report = dir.join(format!("{}.txt", caller.replace(' ', "-")));
    let _ = std::fs::write(&report, &text);
    let (cases, failures) = counts(&text).ok_or_else(|| {
        format!(
            "schemathesis printed no test case counts; see {}",
            report.display()
        )
    })?;
    if !output.status.success() && failures == 0 {
        return Err(format!("schemathesis failed; see {}", report.display()));
    }
    if failures > 0 {
        eprintln!("{text}");
    }
    Ok((cases, failures))
}

/// From the summary's "Test cases:" line: "2056 generated, 2056 passed" or
/// "1874 generated, 1 found 2 unique failures".
fn counts(report: &str) -> Option<(u64, u64)> {
    let line = report
        .lines()
        .skip_while(|l| !l.trim_start().starts_with("Test cases:"))
        .nth(1)?;
    let number_before = |word: &str| {
        line.split(',')
            .map(str::trim)
            .find(|part| part.ends_with(word))
            .and_then(|part| part.split_whitespace().next())
            .and_then(|n| n.parse::<u64>().ok())
    };
    let generated = number_before("generated")?;
    let unique_failures = line
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .find(|pair| pair[1] == "unique")
        .and_then(|pair| pair[0].parse::<u64>().ok());
    let failed = unique_failures
        .or_else(|| number_before("failed"))
        .unwrap_or(0)
        + number_before("errored").unwrap_or(0);
    Some((generated, failed))
}

#[cfg(test)]
mod tests {
    use super::counts;

    #[test]
    fn reads_the_summary() {
        let clean = "Test cases:\n  2056 generated, 2056 passed\n\nSeed: 1";
        assert_eq!(counts(clean), Some((2056, 0)));
        let failing = "Test cases:\n  1874 generated, 1 found 2 unique failures\n";
        assert_eq!(counts(failing), Some((1874, 2)));
        let errored = "Test cases:\n  300 generated, 290 passed, 8 failed, 2 errored\n";
        assert_eq!(counts(errored), Some((300, 10)));
        assert_eq!(counts("nothing"), None);
    }
}
