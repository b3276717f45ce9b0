//! A Rust toolchain that can build for `wasm32-unknown-unknown`.
//!
//! In order: rustup's active toolchain when it already has the target; Debian's rustc-web
//! when an earlier run prepared it; `rustup target add`, time-limited, on machines that can
//! download; otherwise Debian's rustc-web, with the wasm32 standard library built once from
//! Debian's own source and installed into its sysroot (docs/adr/0002-wasm-toolchain.md).

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::{Duration, Instant},
};

use crate::{
    packages,
    shell::{self, say},
    workspace::Result,
};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
const DEBIAN_TOOLCHAIN: &str = "debian";
const DEBIAN_PACKAGES: [&str; 5] = [
    "rustc-web",
    "cargo-web",
    "rust-web-src",
    "rust-web-llvm",
    "lld-22",
];
const RUSTUP_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Clone, Debug)]
pub enum Toolchain {
    /// A rustup toolchain, selected with `RUSTUP_TOOLCHAIN` for every cargo call.
    Rustup(String),
    /// No rustup: Debian's `/usr/bin/cargo` directly.
    System,
}

impl Toolchain {
    /// `cargo` of this toolchain, with nothing inherited from the cargo that started xtask.
    pub fn cargo(&self) -> Command {
        let mut command = match self {
            Toolchain::Rustup(name) => {
                let mut c = Command::new("cargo");
                c.env("RUSTUP_TOOLCHAIN", name);
                c
            }
            Toolchain::System => Command::new("/usr/bin/cargo"),
        };
        for inherited in [
            "RUSTC",
            "RUSTDOC",
            "RUSTC_WRAPPER",
            "CARGO_TARGET_DIR",
            "RUSTFLAGS",
        ] {
            command.env_remove(inherited);
        }
        command
    }

    pub fn describe(&self) -> String {
        let rustc = match self {
            Toolchain::Rustup(name) => shell::output(
                Command::new("rustc")
                    .arg("-V")
                    .env("RUSTUP_TOOLCHAIN", name),
            ),
            Toolchain::System => shell::output(Command::new("/usr/bin/rustc").arg("-V")),
        };
        format!(
            "{} ({})",
            rustc.unwrap_or_else(|| "rustc".into()),
            match self {
                Toolchain::Rustup(name) => name.as_str(),
                Toolchain::System => "/usr/bin",
            }
        )
    }
}

/// `XTASK_WASM_TOOLCHAIN=debian` goes straight to Debian's rustc-web, `=rustup` never
/// leaves rustup; unset, the order above applies.
pub fn ensure_wasm_target() -> Result<Toolchain> {
    let has_rustup = shell::output(Command::new("rustup").arg("--version")).is_some();
    let forced = std::env::var("XTASK_WASM_TOOLCHAIN").unwrap_or_default();
    match forced.as_str() {
        "" => {}
        "debian" => {
            prepare_debian(has_rustup)?;
            return Ok(debian_toolchain(has_rustup));
        }
        "rustup" => {
            let active = active_rustup_toolchain()?;
            return if rustup_has_target(&active) || rustup_add_target(&active) {
                Ok(Toolchain::Rustup(active))
            } else {
                Err(format!(
                    "rustup cannot add {WASM_TARGET}; unset XTASK_WASM_TOOLCHAIN to fall back to Debian's rustc-web"
                ))
            };
        }
        other => {
            return Err(format!(
                "XTASK_WASM_TOOLCHAIN={other}: use `rustup`, `debian`, or leave it unset"
            ));
        }
    }
    if has_rustup {
        let active = active_rustup_toolchain()?;
        if rustup_has_target(&active) {
            return Ok(Toolchain::Rustup(active));
        }
        if debian_is_prepared(true) {
            return Ok(Toolchain::Rustup(DEBIAN_TOOLCHAIN.into()));
        }
        if rustup_add_target(&active) {
            return Ok(Toolchain::Rustup(active));
        }
        say("rustup cannot download the wasm target here; using Debian's rustc-web instead");
    } else if debian_is_prepared(false) {
        return Ok(Toolchain::System);
    }
    prepare_debian(has_rustup)?;
    Ok(debian_toolchain(has_rustup))
}

fn debian_toolchain(has_rustup: bool) -> Toolchain {
    if has_rustup {
        Toolchain::Rustup(DEBIAN_TOOLCHAIN.into())
    } else {
        Toolchain::System
    }
}

fn active_rustup_toolchain() -> Result<String> {
    shell::output(Command::new("rustup").args(["show", "active-toolchain"]))
        .and_then(|line| line.split_whitespace().next().map(str::to_owned))
        .ok_or_else(|| "rustup has no active toolchain: run `rustup default stable`".into())
}

fn rustup_has_target(toolchain: &str) -> bool {
    shell::output(Command::new("rustup").args([
        "target",
        "list",
        "--installed",
        "--toolchain",
        toolchain,
    ]))
    .is_some_and(|list| list.lines().any(|t| t.trim() == WASM_TARGET))
}

/// Tries `rustup target add`, giving up after a minute: on machines without a route to
/// rustup's servers it would otherwise hang or retry.
fn rustup_add_target(toolchain: &str) -> bool {
    say(&format!(
        "trying `rustup target add {WASM_TARGET}` (at most {} s)",
        RUSTUP_TIMEOUT.as_secs()
    ));
    let Ok(mut child) = Command::new("rustup")
        .args(["target", "add", WASM_TARGET, "--toolchain", toolchain])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    else {
        return false;
    };
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return status.success(),
            Ok(None) if started.elapsed() < RUSTUP_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(200))
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return false;
            }
        }
    }
}

struct DebianSysroot {
    target_lib: PathBuf,
    stamp: PathBuf,
    rustc_version: String,
}

fn debian_sysroot() -> Option<DebianSysroot> {
    let rustc_version = shell::output(Command::new("/usr/bin/rustc").arg("-vV"))?;
    let sysroot = shell::output(Command::new("/usr/bin/rustc").args(["--print", "sysroot"]))?;
    let target_dir = Path::new(&sysroot).join("lib/rustlib").join(WASM_TARGET);
    Some(DebianSysroot {
        target_lib: target_dir.join("lib"),
        stamp: target_dir.join(".wasm-std-stamp"),
        rustc_version,
    })
}

impl DebianSysroot {
    /// The std built earlier matches this rustc (a rustc-web upgrade makes it stale).
    fn has_current_std(&self) -> bool {
        let stamp_matches = std::fs::read_to_string(&self.stamp)
            .is_ok_and(|stamp| stamp.trim() == self.rustc_version.trim());
        let has_std = std::fs::read_dir(&self.target_lib).is_ok_and(|entries| {
            entries
                .flatten()
                .any(|e| e.file_name().to_string_lossy().starts_with("libstd-"))
        });
        stamp_matches && has_std
    }
}

fn debian_is_prepared(needs_rustup_link: bool) -> bool {
    let std_ready = debian_sysroot().is_some_and(|s| s.has_current_std());
    let linked = !needs_rustup_link
        || shell::output(Command::new("rustup").args(["toolchain", "list"]))
            .is_some_and(|list| list.lines().any(|l| l.trim() == DEBIAN_TOOLCHAIN));
    std_ready && linked
}

fn prepare_debian(link_into_rustup: bool) -> Result<()> {
    packages::ensure(&DEBIAN_PACKAGES, "the wasm32 target (Debian route)")?;
    let sysroot =
        debian_sysroot().ok_or("/usr/bin/rustc does not run after installing rustc-web")?;
    if !sysroot.has_current_std() {
        build_wasm_std(&sysroot)?;
    }
    let linked = shell::output(Command::new("rustup").args(["toolchain", "list"]))
        .is_some_and(|list| list.lines().any(|l| l.trim() == DEBIAN_TOOLCHAIN));
    if link_into_rustup && !linked {
        shell::run(
            "rustup toolchain link",
            Command::new("rustup").args(["toolchain", "link", DEBIAN_TOOLCHAIN, "/usr"]),
        )?;
        say("linked Debian's rustc-web as the rustup toolchain `debian`");
    }
    Ok(())
}

/// Builds std for wasm32 from Debian's `rust-web-src` with `-Z build-std` (allowed on a
/// stable compiler by `RUSTC_BOOTSTRAP`, for this one throwaway crate only) and installs the
/// libraries into the sysroot, so plain `cargo build --target wasm32-unknown-unknown` works.
fn build_wasm_std(sysroot: &DebianSysroot) -> Result<()> {
    say("building the wasm32 standard library from Debian's rust-web-src (about 1-2 min, once)");
    let work = std::env::temp_dir().join(format!("navigator-wasm-std-{}", std::process::id()));
    std::fs::create_dir_all(work.join("src")).map_err(|e| e.to_string())?;
    std::fs::write(work.join("src/lib.rs"), "#![no_std]\n").map_err(|e| e.to_string())?;
    std::fs::write(
        work.join("Cargo.toml"),
        "[package]\nname = \"wasm-std-builder\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
         [profile.release]\nopt-level = 3\ndebug = 0\ncodegen-units = 1\npanic = \"abort\"\n",
    )
    .map_err(|e| e.to_string())?;
    let mut cargo = Command::new("/usr/bin/cargo");
    cargo
        .current_dir(&work)
        .args(["build", "--release", "--quiet", "--target", WASM_TARGET])
        .arg("-Zbuild-std=std,panic_abort,test")
        .env("RUSTC", "/usr/bin/rustc")
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_TARGET_DIR", work.join("target"))
        // Without bitcode in std, every crate built with `lto = true` fails to link.
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            "-Cembed-bitcode=yes",
        );
    for inherited in [
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_BUILD_TARGET",
        "RUSTUP_TOOLCHAIN",
        "CARGO_BUILD_RUSTFLAGS",
    ] {
        cargo.env_remove(inherited);
    }
    let built = shell::run("build wasm32 std", &mut cargo);
    let installed = built.and_then(|()| install_std(&work, sysroot));
    let _ = std::fs::remove_dir_all(&work);
    installed
}

fn install_std(work: &Path, sysroot: &DebianSysroot) -> Result<()> {
    let deps = work.join("target").join(WASM_TARGET).join("release/deps");
    let _ = std::fs::remove_dir_all(&sysroot.target_lib);
    std::fs::create_dir_all(&sysroot.target_lib).map_err(|e| {
        format!(
            "cannot write {} ({e}); run `cargo xtask setup` as root once",
            sysroot.target_lib.display()
        )
    })?;
    let mut count = 0;
    for entry in std::fs::read_dir(&deps)
        .map_err(|e| e.to_string())?
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("lib")
            && name.ends_with(".rlib")
            && !name.starts_with("libwasm_std_builder")
        {
            std::fs::copy(entry.path(), sysroot.target_lib.join(&name))
                .map_err(|e| e.to_string())?;
            count += 1;
        }
    }
    std::fs::write(&sysroot.stamp, &sysroot.rustc_version).map_err(|e| e.to_string())?;
    say(&format!(
        "installed {count} wasm32 std libraries into {}",
        sysroot.target_lib.display()
    ));
    Ok(())
}
