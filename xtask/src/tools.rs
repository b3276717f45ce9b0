//! The programs the build and the tests need beyond the Rust toolchain, each installed once
//! at a pinned version and found on PATH afterwards.

use std::{
    ffi::OsString,
    path::{Path, PathBuf},
    process::Command,
};

use crate::{
    packages,
    shell::{self, say},
    toolchain::{self, Toolchain},
    workspace::{Result, Workspace},
};

const TRUNK_VERSION: &str = "0.22.1";
/// Versions of the other tools are pinned where they are declared: wasm-bindgen in
/// Cargo.lock (and Trunk.toml), npm packages in package-lock.json.
const BROWSER_PACKAGES: [&str; 2] = ["chromium", "chromium-driver"];

pub struct Tools {
    pub toolchain: Toolchain,
    /// PATH with cargo-installed tools and the npm packages' programs first.
    pub path: OsString,
}

impl Tools {
    pub fn cargo(&self, ws: &Workspace) -> Command {
        let mut cargo = self.toolchain.cargo();
        cargo.current_dir(&ws.root).env("PATH", &self.path);
        cargo
    }

    /// Another program run from the repository root; programs that call cargo themselves
    /// (trunk, the wasm test runner) see the same toolchain choice.
    pub fn program(&self, ws: &Workspace, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new(program);
        command.current_dir(&ws.root).env("PATH", &self.path);
        if let Toolchain::Rustup(name) = &self.toolchain {
            command.env("RUSTUP_TOOLCHAIN", name);
        }
        command.env_remove("CARGO_TARGET_DIR");
        command
    }
}

/// Rust toolchain with the wasm target, trunk, wasm-bindgen and wasm-opt.
pub fn ensure_build_tools(ws: &Workspace) -> Result<Tools> {
    let toolchain = toolchain::ensure_wasm_target()?;
    let path = tool_path(ws)?;
    let tools = Tools { toolchain, path };
    let mut installed = Vec::new();
    if ensure_node_packages(ws, &tools)? {
        installed.push("npm packages");
    }
    if ensure_trunk(&tools)? {
        installed.push("trunk");
    }
    if ensure_wasm_bindgen(ws, &tools)? {
        installed.push("wasm-bindgen-cli");
    }
    let summary = format!(
        "{}; trunk {TRUNK_VERSION}; {}; {}",
        tools.toolchain.describe(),
        shell::version_of("wasm-bindgen", &tools.path).unwrap_or_default(),
        shell::version_of("wasm-opt", &tools.path).unwrap_or_default(),
    );
    if installed.is_empty() {
        say(&format!(
            "build tools: all present, nothing to install ({summary})"
        ));
    } else {
        say(&format!(
            "build tools: installed {} ({summary})",
            installed.join(", ")
        ));
    }
    Ok(tools)
}

/// Chromium and its driver (Debian packages) for the browser tests; the npm side
/// (playwright-core, axe-core) comes with [`ensure_build_tools`].
pub fn ensure_test_tools(tools: &Tools) -> Result<()> {
    let missing = BROWSER_PACKAGES.iter().any(|p| !packages::is_installed(p));
    packages::ensure(&BROWSER_PACKAGES, "the browser tests")?;
    let chromium = shell::version_of("/usr/bin/chromium", &tools.path)
        .ok_or("/usr/bin/chromium does not start; reinstall the chromium package")?;
    if missing {
        say(&format!(
            "test tools: installed {}",
            BROWSER_PACKAGES.join(", ")
        ));
    } else {
        say(&format!(
            "test tools: all present, nothing to install ({chromium})"
        ));
    }
    Ok(())
}

fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

fn tool_path(ws: &Workspace) -> Result<OsString> {
    let current = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![cargo_bin(), ws.node_bin()];
    paths.extend(std::env::split_paths(&current));
    std::env::join_paths(paths).map_err(|e| format!("cannot build PATH: {e}"))
}

fn ensure_trunk(tools: &Tools) -> Result<bool> {
    let wanted = format!("trunk {TRUNK_VERSION}");
    if shell::version_of("trunk", &tools.path).as_deref() == Some(wanted.as_str()) {
        return Ok(false);
    }
    say(&format!(
        "installing trunk {TRUNK_VERSION} with cargo install (about 24 min on 2 cores, once)"
    ));
    // trunk 0.22.1 declares rust-version 1.96.1; it builds and works with 1.96.0.
    shell::run(
        "cargo install trunk",
        tools.toolchain.cargo().env("PATH", &tools.path).args([
            "install",
            "--locked",
            "--ignore-rust-version",
            &format!("trunk@{TRUNK_VERSION}"),
        ]),
    )?;
    Ok(true)
}

/// The wasm-bindgen version the app links against, from Cargo.lock.
pub fn locked_wasm_bindgen(ws: &Workspace) -> Result<String> {
    let lock = std::fs::read_to_string(ws.path("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock ({e}); run `cargo generate-lockfile`"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            return lines
                .next()
                .and_then(|l| l.strip_prefix("version = \""))
                .and_then(|l| l.strip_suffix('"'))
                .map(str::to_owned)
                .ok_or_else(|| "Cargo.lock: wasm-bindgen has no version line".into());
        }
    }
    Err("Cargo.lock has no wasm-bindgen package".into())
}

fn ensure_wasm_bindgen(ws: &Workspace, tools: &Tools) -> Result<bool> {
    let version = locked_wasm_bindgen(ws)?;
    let trunk_toml = std::fs::read_to_string(ws.path("Trunk.toml")).unwrap_or_default();
    if !trunk_toml.contains(&format!("wasm_bindgen = \"{version}\"")) {
        return Err(format!(
            "Trunk.toml [tools] wasm_bindgen must be \"{version}\", the version in Cargo.lock"
        ));
    }
    let wanted = format!("wasm-bindgen {version}");
    if shell::version_of("wasm-bindgen", &tools.path).as_deref() == Some(wanted.as_str()) {
        return Ok(false);
    }
    say(&format!(
        "installing wasm-bindgen-cli {version} with cargo install (about 6 min on 2 cores, once)"
    ));
    let crate_spec = format!("wasm-bindgen-cli@{version}");
    let locked = shell::run(
        "cargo install wasm-bindgen-cli",
        tools
            .toolchain
            .cargo()
            .env("PATH", &tools.path)
            .args(["install", "--locked", &crate_spec]),
    );
    if locked.is_ok() {
        return Ok(true);
    }
    // Its own Cargo.lock pins webpki-roots 1.0.11, which crates.io no longer serves: install
    // from the downloaded source with that one package moved to 1.0.10.
    say("retrying wasm-bindgen-cli with webpki-roots 1.0.10 (the locked 1.0.11 is not served)");
    let source = registry_source(&format!("wasm-bindgen-cli-{version}"))
        .ok_or("the wasm-bindgen-cli source was not downloaded; check access to crates.io")?;
    let work = std::env::temp_dir().join(format!("navigator-wasm-bindgen-{}", std::process::id()));
    copy_dir(&source, &work).map_err(|e| format!("cannot copy {}: {e}", source.display()))?;
    let result = shell::run(
        "cargo update webpki-roots",
        tools
            .toolchain
            .cargo()
            .current_dir(&work)
            .env("PATH", &tools.path)
            .args(["update", "-p", "webpki-roots", "--precise", "1.0.10"]),
    )
    .and_then(|()| {
        shell::run(
            "cargo install wasm-bindgen-cli (from source)",
            tools
                .toolchain
                .cargo()
                .current_dir(&work)
                .env("PATH", &tools.path)
                .args(["install", "--locked", "--path", "."]),
        )
    });
    let _ = std::fs::remove_dir_all(&work);
    result.map(|()| true)
}

fn registry_source(name: &str) -> Option<PathBuf> {
    let registry = cargo_bin().parent()?.join("registry/src");
    std::fs::read_dir(registry)
        .ok()?
        .flatten()
        .map(|index| index.path().join(name))
        .find(|candidate| candidate.is_dir())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// `npm ci` when node_modules is missing or older than package-lock.json. Brings wasm-opt
/// (binaryen), terser, Lightning CSS, playwright-core, axe-core and Lighthouse at their locked
/// versions.
fn ensure_node_packages(ws: &Workspace, tools: &Tools) -> Result<bool> {
    let lock = ws.path("package-lock.json");
    let installed = ws.path("node_modules/.package-lock.json");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if matches!((modified(&lock), modified(&installed)), (Some(l), Some(i)) if i >= l) {
        return Ok(false);
    }
    if shell::version_of("npm", &tools.path).is_none() {
        return Err(
            "npm is missing: install Node.js 20 with npm (Debian: apt-get install nodejs npm)"
                .into(),
        );
    }
    say(
        "installing npm packages: wasm-opt, terser, Lightning CSS, playwright-core, axe-core, lighthouse (about 1 min, once)",
    );
    shell::run(
        "npm ci",
        tools
            .program(ws, "npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]),
    )?;
    Ok(true)
}
