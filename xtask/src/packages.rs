//! Debian packages: installed when missing and we are root, otherwise the exact command to
//! run is printed.

use std::process::Command;

use crate::{
    shell::{self, say},
    workspace::Result,
};

pub fn is_installed(package: &str) -> bool {
    shell::output(Command::new("dpkg-query").args(["-W", "-f=${Status}", package]))
        .is_some_and(|status| status.ends_with("install ok installed"))
}

/// Makes sure every package is installed; `why` says what needs them.
pub fn ensure(packages: &[&str], why: &str) -> Result<()> {
    let missing: Vec<&str> = packages
        .iter()
        .copied()
        .filter(|p| !is_installed(p))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let list = missing.join(" ");
    if !shell::is_root() {
        return Err(format!(
            "{why} needs Debian packages that are missing. Install them with:\n    \
             sudo apt-get update && sudo apt-get install -y --no-install-recommends {list}"
        ));
    }
    say(&format!(
        "installing {list} for {why} (apt, about a minute)"
    ));
    shell::run(
        "apt-get update",
        Command::new("apt-get").args(["update", "-qq"]),
    )?;
    shell::run(
        &format!("apt-get install {list}"),
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}
