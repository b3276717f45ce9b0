//! Building the web app for release, and `cargo xtask run`.

use std::{path::Path, process::Command, time::Instant};

use crate::{
    compression,
    shell::{self, say},
    size,
    tools::{self, Tools},
    workspace::{Result, Workspace},
};

pub const RUN_ADDRESS: &str = "127.0.0.1:8080";

/// `trunk build --release` into dist/, then a brotli and a gzip copy of every text and wasm
/// file for the server to send as they are.
pub fn build_release(ws: &Workspace, tools: &Tools) -> Result<()> {
    let started = Instant::now();
    say("building the web app: trunk build --release (3-4 min cold, seconds when unchanged)");
    shell::run(
        "trunk build --release",
        tools.program(ws, "trunk").args(["build", "--release"]),
    )?;
    precompress(&ws.dist())?;
    let first_visit = size::first_visit(&ws.dist())?;
    say(&format!(
        "web app built in {}: first visit to / is {} brotli",
        shell::elapsed(started),
        size::kilobytes(first_visit.brotli)
    ));
    Ok(())
}

fn precompress(dist: &Path) -> Result<()> {
    for entry in walk(dist)? {
        let name = entry.to_string_lossy();
        if !compression::is_compressible(&name) {
            continue;
        }
        let bytes = std::fs::read(&entry).map_err(|e| format!("{name}: {e}"))?;
        let write = |suffix: &str, data: Vec<u8>| {
            std::fs::write(format!("{name}.{suffix}"), data).map_err(|e| format!("{name}: {e}"))
        };
        write("br", compression::brotli(&bytes))?;
        write("gz", compression::gzip(&bytes))?;
    }
    Ok(())
}

/// Every file under a folder, depth first, in a stable order.
pub fn walk(folder: &Path) -> Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(folder)
        .map_err(|e| format!("cannot read {}: {e}", folder.display()))?
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

/// `cargo xtask run`: release build of the app, then the portal API serving it.
pub fn run(ws: &Workspace) -> Result<()> {
    let tools = tools::ensure_build_tools(ws)?;
    build_release(ws, &tools)?;
    say("building and starting portal-api (first build about 4 min)");
    say(&format!(
        "open http://{RUN_ADDRESS}/ once it says it is serving; Ctrl-C stops it"
    ));
    let mut server: Command = tools.cargo(ws);
    server
        .args([
            "run",
            "--quiet",
            "--profile",
            "server",
            "--package",
            "portal-api",
            "--",
        ])
        .args([
            "--addr",
            RUN_ADDRESS,
            "--database-url",
            "sqlite://data/portal.db",
        ])
        .arg("--dist")
        .arg(ws.dist());
    // Become the server (exec), so Ctrl-C reaches only it and it shuts down cleanly.
    let error = std::os::unix::process::CommandExt::exec(&mut server);
    Err(format!("cannot start cargo run: {error}"))
}
