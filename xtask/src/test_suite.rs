//! `cargo xtask test`: every layer of checks and tests, then one line per layer and a total.
//! A failing layer does not stop the others, so one run shows everything that is wrong.

use std::{path::Path, process::Command, time::Instant};

use crate::{
    app_build, contract_fuzzing, postgres,
    shell::{self, Counts, say},
    size,
    toolchain::WASM_TARGET,
    tools::{self, Tools},
    workspace::{Result, Workspace},
};

enum Outcome {
    Checked(bool),
    Tested(Counts, bool),
    /// Generated cases and how many failed (not counted as tests in the total).
    Fuzzed(contract_fuzzing::Findings),
    Measured(String),
    /// A measurement against its budget: what was measured, and whether it is within.
    Budget(String, bool),
    NotRun(&'static str),
}

struct Layer {
    name: &'static str,
    outcome: Outcome,
    took: String,
}

impl Layer {
    fn failed(&self) -> bool {
        match &self.outcome {
            Outcome::Checked(ok) => !ok,
            Outcome::Tested(counts, ok) => !ok || counts.failed > 0,
            Outcome::Fuzzed(findings) => findings.failures > 0,
            Outcome::Measured(_) => false,
            Outcome::Budget(_, within) => !within,
            Outcome::NotRun(_) => true,
        }
    }

    fn line(&self) -> String {
        let result = match &self.outcome {
            Outcome::Checked(true) => "ok".to_owned(),
            Outcome::Checked(false) => "FAILED".to_owned(),
            Outcome::Tested(c, ok) => format!(
                "{} passed, {} failed{}",
                c.passed,
                c.failed,
                if *ok { "" } else { " (run failed)" }
            ),
            Outcome::Fuzzed(f) => format!("{} cases, {} failures", f.cases, f.failures),
            Outcome::Measured(text) => text.clone(),
            Outcome::Budget(text, true) => text.clone(),
            Outcome::Budget(text, false) => format!("FAILED: {text}"),
            Outcome::NotRun(why) => format!("NOT RUN: {why}"),
        };
        format!("{:<28} {result} ({})", self.name, self.took)
    }
}

pub fn run(ws: &Workspace) -> Result<()> {
    let started = Instant::now();
    let tools = tools::ensure_build_tools(ws)?;
    tools::ensure_test_tools(&tools)?;
    let mut layers = Vec::new();
    let fmt = || {
        shell::run(
            "cargo fmt --check",
            tools.cargo(ws).args(["fmt", "--all", "--", "--check"]),
        )
    };
    step(&mut layers, "format (cargo fmt)", || {
        Outcome::Checked(fmt().is_ok())
    });
    step(&mut layers, "lint (clippy -D warnings)", || {
        let mut clippy = tools.cargo(ws);
        clippy.args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]);
        Outcome::Checked(shell::run("cargo clippy", &mut clippy).is_ok())
    });
    let postgres = postgres::ensure_test_server();
    step(
        &mut layers,
        "PostgreSQL for the tests",
        || match &postgres {
            Ok(_) => Outcome::Checked(true),
            Err(error) => {
                eprintln!("{error}");
                Outcome::Checked(false)
            }
        },
    );
    step(&mut layers, "native tests", || {
        let mut test = tools.cargo(ws);
        test.args(["test", "--workspace", "--no-fail-fast"]);
        if let Ok(url) = &postgres {
            test.env(postgres::URL_VARIABLE, url);
        }
        tested("cargo test", &mut test, Counts::add_libtest_line)
    });
    step(&mut layers, "domain builds for wasm32", || {
        let mut build = tools.cargo(ws);
        build.args([
            "build",
            "--package",
            "navigator-domain",
            "--target",
            WASM_TARGET,
        ]);
        Outcome::Checked(shell::run("cargo build navigator-domain (wasm32)", &mut build).is_ok())
    });
    step(&mut layers, "wasm tests (Chromium)", || {
        wasm_tests(ws, &tools)
    });
    // Schemathesis is one Python process, and the release build links each bundle on one
    // core: side by side they take about the longer of the two (their output interleaves).
    say("── contract (schemathesis) and release build (trunk), side by side");
    let (contract_layer, release_layer) = std::thread::scope(|scope| {
        let contract = scope.spawn(|| timed("contract (schemathesis)", || contract(ws, &tools)));
        let release = timed("release build (trunk)", || {
            Outcome::Checked(app_build::build_release(ws, &tools).is_ok())
        });
        let contract = contract.join().unwrap_or_else(|_| Layer {
            name: "contract (schemathesis)",
            outcome: Outcome::NotRun("the contract layer panicked"),
            took: String::new(),
        });
        (contract, release)
    });
    let built = !release_layer.failed();
    for layer in [contract_layer, release_layer] {
        say(&layer.line());
        layers.push(layer);
    }
    step(&mut layers, "end-to-end (Chromium, axe)", || {
        if built {
            end_to_end(ws, &tools)
        } else {
            Outcome::NotRun("the release build failed")
        }
    });
    step(
        &mut layers,
        "first visit to / (brotli)",
        || match size::first_visit(&ws.dist()) {
            // dist/ may hold an older build, or part of this one.
            _ if !built => Outcome::NotRun("the release build failed"),
            Ok(sizes) => Outcome::Budget(
                format!(
                    "{} (at most {})",
                    size::kilobytes(sizes.brotli),
                    size::kilobytes(size::FIRST_VISIT_BUDGET)
                ),
                sizes.brotli <= size::FIRST_VISIT_BUDGET,
            ),
            Err(_) => Outcome::NotRun("no dist/ to measure"),
        },
    );
    step(
        &mut layers,
        "first visit, Chromium transfer",
        || match measured_transfer(ws) {
            // A file an earlier run left, when this run's end-to-end tests did not run.
            _ if !built => Outcome::NotRun("the release build failed"),
            Some(text) => Outcome::Measured(text),
            None => Outcome::NotRun("the end-to-end tests did not measure it"),
        },
    );

    println!();
    println!("══ cargo xtask test: summary ({})", shell::elapsed(started));
    let mut total = Counts::default();
    for layer in &layers {
        println!("{}", layer.line());
        if let Outcome::Tested(counts, _) = layer.outcome {
            total.passed += counts.passed;
            total.failed += counts.failed;
        }
    }
    let failed_layers = layers.iter().filter(|l| l.failed()).count();
    println!("total: {} passed, {} failed", total.passed, total.failed);
    if failed_layers == 0 {
        Ok(())
    } else {
        Err(format!("{failed_layers} layer(s) failed; see above"))
    }
}

/// What the end-to-end tests measured on the wire (target/e2e-transfer.json).
fn measured_transfer(ws: &Workspace) -> Option<String> {
    let text = std::fs::read_to_string(ws.path("target/e2e-transfer.json")).ok()?;
    let report: serde_json::Value = serde_json::from_str(&text).ok()?;
    let kb = |key: &str| {
        report[key]["total"]
            .as_u64()
            .map(|b| size::kilobytes(b as usize))
    };
    Some(format!(
        "/ {}, /find {}, /find/event {}",
        kb("home")?,
        kb("find")?,
        kb("find_question")?
    ))
}

/// Runs one layer, announcing it and its result; returns whether it passed.
fn step(layers: &mut Vec<Layer>, name: &'static str, run: impl FnOnce() -> Outcome) -> bool {
    say(&format!("── {name}"));
    let layer = timed(name, run);
    say(&layer.line());
    let passed = !layer.failed();
    layers.push(layer);
    passed
}

fn timed(name: &'static str, run: impl FnOnce() -> Outcome) -> Layer {
    let began = Instant::now();
    Layer {
        name,
        outcome: run(),
        took: shell::elapsed(began),
    }
}

fn tested(what: &str, command: &mut Command, count: fn(&mut Counts, &str)) -> Outcome {
    match shell::run_counting(what, command, count) {
        Ok((counts, ok)) => Outcome::Tested(counts, ok),
        Err(error) => {
            eprintln!("{error}");
            Outcome::Tested(Counts::default(), false)
        }
    }
}

/// Component tests compiled to wasm and run in headless Chromium by wasm-bindgen's runner.
fn wasm_tests(ws: &Workspace, tools: &Tools) -> Outcome {
    let before = chromium_scratch_dirs();
    let outcome = tested(
        "wasm tests",
        tools
            .cargo(ws)
            .args([
                "test",
                "--target",
                WASM_TARGET,
                "--package",
                "eservice-navigator",
                "--tests",
            ])
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
        Counts::add_libtest_line,
    );
    // chromedriver leaves ~50 MB of profile copies in /tmp per run.
    for dir in chromium_scratch_dirs() {
        if !before.contains(&dir) {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
    outcome
}

fn chromium_scratch_dirs() -> Vec<std::path::PathBuf> {
    std::fs::read_dir(std::env::temp_dir())
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with("org.chromium.Chromium."))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Playwright (playwright-core) driving Debian's Chromium against the real server, which the
/// tests start themselves from the binary built here.
/// `cargo xtask contract`: the contract layer alone.
pub fn contract_only(ws: &Workspace) -> Result<()> {
    let tools = tools::ensure_build_tools(ws)?;
    match contract(ws, &tools) {
        Outcome::Fuzzed(findings) if findings.failures == 0 => Ok(()),
        Outcome::Fuzzed(findings) => Err(format!("{} contract failures", findings.failures)),
        _ => Err("the contract layer did not run".into()),
    }
}

/// The portal API's binary as the native tests built it. `cargo build -p portal-api` would
/// resolve the dependencies' features without the workspace's test dependencies and compile
/// many of them again (2m55s of a cold CI run); the tests' own build is fresh by now.
fn server_binary(ws: &Workspace, tools: &Tools) -> std::result::Result<std::path::PathBuf, ()> {
    match shell::run(
        "cargo test --no-run (the portal API's binary)",
        tools.cargo(ws).args(["test", "--workspace", "--no-run"]),
    ) {
        Ok(()) => Ok(ws.path("target/debug/portal-api")),
        Err(error) => {
            eprintln!("{error}");
            Err(())
        }
    }
}

fn contract(ws: &Workspace, tools: &Tools) -> Outcome {
    let Ok(server) = server_binary(ws, tools) else {
        return Outcome::NotRun("portal-api does not build");
    };
    match contract_fuzzing::run(ws, &server) {
        Ok(findings) => Outcome::Fuzzed(findings),
        Err(error) => {
            eprintln!("{error}");
            Outcome::NotRun("schemathesis did not run")
        }
    }
}

fn end_to_end(ws: &Workspace, tools: &Tools) -> Outcome {
    let _ = std::fs::remove_file(ws.path("target/e2e-transfer.json"));
    let Ok(server) = server_binary(ws, tools) else {
        return Outcome::NotRun("portal-api does not build");
    };
    tested(
        "end-to-end tests",
        tools
            .program(ws, "node")
            // Two files at a time: while one waits on a page or a timer the other uses the
            // second core (measured: 1 052 s one at a time, 829 s two at a time).
            .args(["--test", "--test-concurrency=2", "--test-reporter=spec"])
            .arg(Path::new("tests/e2e"))
            .env("PORTAL_API_BIN", server)
            .env("DIST_DIR", ws.dist())
            .env("CHROMIUM", "/usr/bin/chromium"),
        Counts::add_node_line,
    )
}
