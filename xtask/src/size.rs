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

/// The most a first visit to `/` may transfer (brotli): issue 10 held it to what it was before
/// the words moved into catalogues, under the guide's 120 KB for every visitor.
pub const FIRST_VISIT_BUDGET: usize = 104_000;

pub fn kilobytes(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// The home page as the server sends it (prerendered) and every local file it loads: what
/// it references (stylesheet, icon), the code its start-up script imports after the first
/// paint (JS glue, wasm), and the words the app then fetches (the site bundle's, English).
pub fn first_visit_files(dist: &Path) -> Result<Vec<PathBuf>> {
    let home = dist.join(navigator_pages::document::prerendered_file("/").unwrap_or_default());
    let html = std::fs::read_to_string(&home).map_err(|e| {
        format!(
            "{}: {e}; build the app first (cargo xtask build)",
            home.display()
        )
    })?;
    let mut files = vec![home];
    for opening in ["href=\"", "src=\"", "import('", "module_or_path: '"] {
        let closing = if opening.ends_with('"') { '"' } else { '\'' };
        for piece in html.split(opening).skip(1) {
            let value = piece.split(closing).next().unwrap_or_default();
            let Some(local) = value.strip_prefix('/').filter(|v| !v.starts_with('/')) else {
                continue;
            };
            let file = dist.join(local.split(['?', '#']).next().unwrap_or_default());
            if file.is_file() && !files.contains(&file) {
                files.push(file);
            }
        }
    }
    let words_prefix = ["words-", navigator_domain::Bundle::Site.name(), "-"].concat();
    let content = dist.join("content/en");
    for entry in std::fs::read_dir(&content).map_err(|e| format!("{}: {e}", content.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name.starts_with(&words_prefix) && name.ends_with(".json") {
            files.push(path);
        }
    }
    Ok(files)
}

/// What kind of download a file is, for the first-visit report.
fn kind(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "HTML",
        Some("css") => "CSS",
        Some("js") => "JS",
        Some("wasm") => "wasm",
        Some("json") => "words (JSON)",
        _ => "other (icon)",
    }
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
    println!();
    println!("first visit to / (the prerendered home page and what it loads):");
    let mut first = Sizes::default();
    for wanted in ["HTML", "CSS", "JS", "wasm", "words (JSON)", "other (icon)"] {
        let mut of_kind = Sizes::default();
        for file in first_visit_files(&dist)?
            .iter()
            .filter(|f| kind(f) == wanted)
        {
            of_kind.add(Sizes::of(file)?);
        }
        first.add(of_kind);
        println!(
            "{:>10} {:>10} {:>10}  {wanted}",
            of_kind.raw, of_kind.gzip, of_kind.brotli
        );
    }
    println!(
        "{:>10} {:>10} {:>10}  first visit to /",
        first.raw, first.gzip, first.brotli
    );
    say(&format!(
        "first visit to /: {} brotli",
        kilobytes(first.brotli)
    ));
    Ok(())
}
