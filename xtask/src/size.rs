//! What the app costs to download: every file of dist/ raw, gzip and brotli, and the total a
//! browser transfers on a first visit to `/` (docs/performance.md).

use std::path::{Path, PathBuf};

use crate::{
    app_build::walk,
    compression,
    shell::say,
    workspace::{Result, Workspace},
};

#[derive(Clone, Copy, Default)]
pub struct Sizes {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

impl Sizes {
    fn of(path: &Path) -> Result<Sizes> {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path.to_string_lossy();
        Ok(if compression::is_compressible(&name) {
            Sizes {
                raw: bytes.len(),
                gzip: compression::gzip(&bytes).len(),
                brotli: compression::brotli(&bytes).len(),
            }
        } else {
            Sizes {
                raw: bytes.len(),
                gzip: bytes.len(),
                brotli: bytes.len(),
            }
        })
    }

    fn add(&mut self, other: Sizes) {
        self.raw += other.raw;
        self.gzip += other.gzip;
        self.brotli += other.brotli;
    }
}

pub fn kilobytes(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// index.html and every local file it references (stylesheet, script, wasm, icon).
pub fn first_visit_files(dist: &Path) -> Result<Vec<PathBuf>> {
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| {
        format!(
            "{}: {e}; build the app first (cargo xtask build)",
            index.display()
        )
    })?;
    let mut files = vec![index];
    for attribute in ["href=\"", "src=\""] {
        for piece in html.split(attribute).skip(1) {
            let value = piece.split('"').next().unwrap_or_default();
            let Some(local) = value.strip_prefix('/').filter(|v| !v.starts_with('/')) else {
                continue;
            };
            let file = dist.join(local.split(['?', '#']).next().unwrap_or_default());
            if file.is_file() && !files.contains(&file) {
                files.push(file);
            }
        }
    }
    Ok(files)
}

pub fn first_visit(dist: &Path) -> Result<Sizes> {
    let mut total = Sizes::default();
    for file in first_visit_files(dist)? {
        total.add(Sizes::of(&file)?);
    }
    Ok(total)
}

pub fn print_report(ws: &Workspace) -> Result<()> {
    let dist = ws.dist();
    println!(
        "{:>10} {:>10} {:>10}  file (dist/)",
        "raw", "gzip", "brotli"
    );
    let mut all = Sizes::default();
    for file in walk(&dist)? {
        let name = file
            .strip_prefix(&dist)
            .unwrap_or(&file)
            .to_string_lossy()
            .into_owned();
        let hidden = file
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if name.ends_with(".br") || name.ends_with(".gz") || hidden {
            continue;
        }
        let sizes = Sizes::of(&file)?;
        all.add(sizes);
        println!(
            "{:>10} {:>10} {:>10}  {name}",
            sizes.raw, sizes.gzip, sizes.brotli
        );
    }
    println!(
        "{:>10} {:>10} {:>10}  all files",
        all.raw, all.gzip, all.brotli
    );
    let first = first_visit(&dist)?;
    println!(
        "{:>10} {:>10} {:>10}  first visit to / (index.html and what it loads)",
        first.raw, first.gzip, first.brotli
    );
    say(&format!(
        "first visit to /: {} brotli",
        kilobytes(first.brotli)
    ));
    Ok(())
}
