//! Building the web app for release, and `cargo xtask run`.

use std::{path::Path, process::Command, time::Instant};

use crate::{
    compression, content, cores,
    shell::{self, say},
    size,
    toolchain::WASM_TARGET,
    tools::{self, Tools},
    workspace::{Result, Workspace},
};
use navigator_domain::{Bundle, Tool};

pub const RUN_ADDRESS: &str = "127.0.0.1:8080";

/// `trunk build --release` of every bundle into dist/ (the site bundle first: trunk replaces
/// its whole dist folder), then a brotli and a gzip copy of every text and wasm file for the
/// server to send as they are.
pub fn build_release(ws: &Workspace, tools: &Tools) -> Result<()> {
    let started = Instant::now();
    content::generate(ws)?;
    compile_binaries(ws, tools)?;
    say("building the web app: trunk build --release per bundle (wasm-bindgen and wasm-opt)");
    // The site bundle first: trunk replaces its whole dist folder. The others, each in its own
    // folder, two at a time on two cores (the npm wasm-opt, binaryen compiled to wasm, keeps
    // about 1.4 cores busy; wasm-bindgen one).
    trunk_build(ws, tools, Bundle::Site)?;
    let others: Vec<Bundle> = Bundle::ALL
        .into_iter()
        .filter(|bundle| *bundle != Bundle::Site)
        .collect();
    cores::share_out(&others, |bundle| trunk_build(ws, tools, *bundle))?;
    minify_glue_and_styles(ws, tools)?;
    let pages = crate::prerender::write(&ws.dist())?;
    say(&format!("prerendered {pages} pages into dist/pages"));
    let precache = crate::service_worker::write(ws, tools, &ws.dist())?;
    say(&format!(
        "service workers, one per language (dist/sw-<tag>.js): the largest precaches {} files, {} (raw)",
        precache.files,
        size::kilobytes(precache.bytes)
    ));
    precompress(&ws.dist())?;
    let first_visit = size::first_visit(&ws.dist())?;
    say(&format!(
        "web app built in {}: first visit to / is {} brotli",
        shell::elapsed(started),
        size::kilobytes(first_visit.brotli)
    ));
    Ok(())
}

/// `trunk build --release` of one bundle, from the binary [`compile_binaries`] built.
fn trunk_build(ws: &Workspace, tools: &Tools, bundle: Bundle) -> Result<()> {
    let html = bundle_html(ws, bundle)?;
    let mut trunk = tools.program(ws, "trunk");
    with_release_flags(ws, &mut trunk, erases_components(bundle));
    trunk.arg("build").arg(&html).arg("--release");
    if bundle != Bundle::Site {
        let folder = bundle_folder(bundle);
        trunk.arg("--dist").arg(ws.dist().join(folder));
        trunk.arg("--public-url").arg(["/", folder, "/"].concat());
    }
    shell::run(&format!("trunk build {}", html.display()), &mut trunk)
}

/// Every bundle's JS glue and stylesheet minified by `xtask/minify.mjs` (ADR 24), each under
/// a name from its minified content, which the bundle's page then loads: trunk's own
/// minification would also rewrite the HTML [`crate::prerender`] reads.
fn minify_glue_and_styles(ws: &Workspace, tools: &Tools) -> Result<()> {
    let dist = ws.dist();
    let folders = Bundle::ALL.map(|bundle| {
        dist.join(bundle.html_path())
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| dist.clone())
    });
    let output = tools
        .program(ws, "node")
        .arg(ws.path("xtask/minify.mjs"))
        .args(&folders)
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start node: {e}"))?;
    if !output.status.success() {
        return Err(format!("xtask/minify.mjs failed ({})", output.status));
    }
    say(&format!(
        "minified the JS glue and stylesheets: {}",
        String::from_utf8_lossy(&output.stdout).trim()
    ));
    Ok(())
}

/// Brotli at its slowest setting takes about a minute for five languages' pages: the files
/// are shared out among the machine's cores.
fn precompress(dist: &Path) -> Result<()> {
    let files: Vec<_> = walk(dist)?
        .into_iter()
        .filter(|entry| compression::is_compressible(&entry.to_string_lossy()))
        .collect();
    cores::share_out(&files, |file| compress(file))
}

/// Writes `<file>.br` and `<file>.gz` beside `file`.
fn compress(file: &Path) -> Result<()> {
    let name = file.to_string_lossy();
    let bytes = std::fs::read(file).map_err(|e| format!("{name}: {e}"))?;
    let write = |suffix: &str, data: Vec<u8>| {
        std::fs::write(format!("{name}.{suffix}"), data).map_err(|e| format!("{name}: {e}"))
    };
    write("br", compression::brotli(&bytes))?;
    write("gz", compression::gzip(&bytes))
}

/// `erase_components` makes every Leptos component return a type-erased view, so a view tree
/// is not compiled again into the type of every page that holds it. It pays where there are
/// many forms and pages (school officials −18 KB brotli, OPT days −0.4 KB) and costs where
/// there are few (site and find +3 KB, search +2.7 KB, three of the four tools +2.3 to
/// +2.8 KB), so only the bundles where it measured smaller use it (docs/performance.md).
fn erases_components(bundle: Bundle) -> bool {
    !matches!(
        bundle,
        Bundle::Site
            | Bundle::Find
            | Bundle::Search
            | Bundle::Tool(Tool::Identify | Tool::CheckLink | Tool::Deadlines)
    )
}

/// Every bundle's binary, one `cargo build` per set of flags, before trunk runs: cargo
/// links two binaries at a time, where trunk, one bundle after another, left one of the two
/// cores idle during each link (fat LTO into one codegen unit is one core's work). trunk then
/// finds each binary built, with the same command and flags, and goes on to wasm-bindgen.
fn compile_binaries(ws: &Workspace, tools: &Tools) -> Result<()> {
    for erased in [false, true] {
        let mut cargo = tools.program(ws, "cargo");
        with_release_flags(ws, &mut cargo, erased);
        cargo.args(["build", "--release", "--target", WASM_TARGET]);
        for bundle in Bundle::ALL
            .into_iter()
            .filter(|b| erases_components(*b) == erased)
        {
            cargo.arg("--bin").arg(bin_name(bundle));
        }
        shell::run("cargo build --release (the bundles' binaries)", &mut cargo)?;
    }
    Ok(())
}

/// The release flags of a bundle's build, for trunk and for [`compile_binaries`] alike.
fn with_release_flags(ws: &Workspace, command: &mut Command, erases_components: bool) {
    command.env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
        release_rustflags(ws, erases_components),
    );
    if erases_components {
        // Its own target folder: cargo keeps one build of each crate per folder, and
        // switching flags back and forth would rebuild every dependency twice per build.
        command.env("CARGO_TARGET_DIR", ws.path("target/erased-components"));
    }
}

/// Panic locations name source files; shorter paths mean fewer bytes for every visitor.
fn release_rustflags(ws: &Workspace, erases_components: bool) -> String {
    let erase_components = if erases_components {
        "--cfg erase_components "
    } else {
        ""
    };
    let cargo_home = std::env::var("CARGO_HOME")
        .ok()
        .or_else(|| {
            std::env::var("HOME")
                .ok()
                .map(|home| [home.as_str(), "/.cargo"].concat())
        })
        .unwrap_or_default();
    [
        erase_components,
        "--remap-path-prefix=",
        &cargo_home,
        "/registry/src=/crates --remap-path-prefix=",
        &ws.root.to_string_lossy(),
        "=/app",
    ]
    .concat()
}

/// `app/find` for the find bundle: where its files go under dist/ and under the site.
fn bundle_folder(bundle: Bundle) -> &'static str {
    bundle.html_path().trim_end_matches("/index.html")
}

/// `portal-dso` for the school officials' bundle: the last part of its folder.
fn bundle_name(bundle: Bundle) -> &'static str {
    bundle_folder(bundle).rsplit('/').next().unwrap_or_default()
}

/// The bundle's binary, `src/bin/navigator-<name>.rs` (`navigator-site` for the site).
fn bin_name(bundle: Bundle) -> String {
    match bundle {
        Bundle::Site => "navigator-site".to_owned(),
        _ => ["navigator-", bundle_name(bundle)].concat(),
    }
}

/// The site bundle is index.html itself; the others are made from it, so the shell's
/// `<head>` is written once: another binary, and no copied files (content, robots.txt and
/// the icon are the site bundle's).
fn bundle_html(ws: &Workspace, bundle: Bundle) -> Result<std::path::PathBuf> {
    if bundle == Bundle::Site {
        return Ok(ws.path("index.html"));
    }
    let index =
        std::fs::read_to_string(ws.path("index.html")).map_err(|e| format!("index.html: {e}"))?;
    let html: String = index
        .lines()
        .filter(|line| !line.contains("rel=\"copy-file\"") && !line.contains("rel=\"copy-dir\""))
        .map(|line| {
            line.replace(
                "data-bin=\"navigator-site\"",
                &[
                    "href=\"../../Cargo.toml\" data-bin=\"",
                    &bin_name(bundle),
                    "\"",
                ]
                .concat(),
            )
            .replace("href=\"style/", "href=\"../../style/")
        })
        .collect::<Vec<_>>()
        .join("\n");
    let path = ws
        .path("target/bundles")
        .join([bundle_name(bundle), ".html"].concat());
    std::fs::create_dir_all(ws.path("target/bundles")).map_err(|e| e.to_string())?;
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
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
            // Demo accounts and data, created on the first start and printed then.
            "--demo",
        ])
        .arg("--dist")
        .arg(ws.dist());
    // Become the server (exec), so Ctrl-C reaches only it and it shuts down cleanly.
    let error = std::os::unix::process::CommandExt::exec(&mut server);
    Err(format!("cannot start cargo run: {error}"))
}
