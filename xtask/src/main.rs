//! `cargo xtask <command>`: everything needed to build, run and test eservice-navigator on a
//! fresh machine, installing what is missing (docs/adr/0002-wasm-toolchain.md).

mod app_build;
mod bench;
mod compression;
mod content;
mod contract_fuzzing;
mod cores;
mod lighthouse;
mod load_generator;
mod local_server;
mod packages;
mod postgres;
mod prerender;
mod router_graph;
mod service_worker;
mod shell;
mod size;
mod test_suite;
mod toolchain;
mod tools;
mod words_files;
mod workspace;

use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command>

  run        build the app (release) and serve it with the portal API on
             http://127.0.0.1:8080 (SQLite database under ./data/); Ctrl-C stops
  test       every check and test: fmt, clippy, native tests, the API contract fuzzed by
             schemathesis, wasm tests in headless Chromium, end-to-end tests with
             axe-core; prints one line per layer
  contract   only the contract layer: schemathesis against a demo portal-api, anonymous
             and signed in as each role
  size       raw / gzip / brotli bytes of every file in dist/ and the first-visit total
  bench-api  load the portal API's write path: 100 connections, p50/p99, throughput, and a
             check that every accepted write was stored once (--postgres, --seconds N, --connections N, --rate N)
  lighthouse Lighthouse (mobile) on the release build: scores and paint timings of /, /es,
             /find, a guide and /sign-in, or of the paths given, against the targets
  router-graph  write the routing graph of “Find the right place” to docs/router.dot
  build      build the app in release mode into dist/ (with .br and .gz copies)
  content    turn content/ into target/content (guides, words, search index); run it
             before `trunk serve` after editing content/
  setup      install what the other commands need, then stop

Missing tools are installed on first use (trunk takes about 24 minutes once);
later runs skip what is already there.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str).unwrap_or("help");
    let result = match command {
        "run" => workspace::Workspace::locate().and_then(|ws| app_build::run(&ws)),
        "test" => workspace::Workspace::locate().and_then(|ws| test_suite::run(&ws)),
        "content" => workspace::Workspace::locate().and_then(|ws| content::generate(&ws)),
        "contract" => workspace::Workspace::locate().and_then(|ws| test_suite::contract_only(&ws)),
        "bench-api" => workspace::Workspace::locate().and_then(|ws| bench::run(&ws, &args[1..])),
        "lighthouse" => {
            workspace::Workspace::locate().and_then(|ws| lighthouse::run(&ws, &args[1..]))
        }
        "router-graph" => workspace::Workspace::locate().and_then(|ws| router_graph::write(&ws)),
        "size" => workspace::Workspace::locate().and_then(|ws| size::print_report(&ws)),
        "build" => workspace::Workspace::locate().and_then(|ws| {
            let tools = tools::ensure_build_tools(&ws)?;
            app_build::build_release(&ws, &tools)
        }),
        "setup" => workspace::Workspace::locate().and_then(|ws| {
            let tools = tools::ensure_build_tools(&ws)?;
            tools::ensure_test_tools(&tools)
        }),
        "help" | "--help" | "-h" => {
            println!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
