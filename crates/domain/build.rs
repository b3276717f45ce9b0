//! Lists every Fluent file under the workspace's `locales/<lang>/` for `words::source`, so a
//! new file or a new language folder needs no code change to be embedded and checked.

use std::{env, fs, path::Path};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut files = Vec::new();
    if let Ok(langs) = fs::read_dir(&locales) {
        for lang in langs.flatten() {
            println!("cargo:rerun-if-changed={}", lang.path().display());
            let Ok(entries) = fs::read_dir(lang.path()) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "ftl") {
                    println!("cargo:rerun-if-changed={}", path.display());
                    let tag = lang.file_name().to_string_lossy().into_owned();
                    let area = path
                        .file_stem()
                        .expect("a .ftl file has a stem")
                        .to_string_lossy()
                        .into_owned();
                    let absolute = fs::canonicalize(&path).expect("listed files exist");
                    files.push((tag, area, absolute));
                }
            }
        }
    }
    // Sorted, so the content hash does not depend on the file system's order.
    files.sort();
    let mut code = String::from("pub static FILES: &[super::SourceFile] = &[\n");
    for (lang, area, path) in files {
        code.push_str(&format!(
            "    super::SourceFile {{ lang: {lang:?}, area: {area:?}, text: include_str!({:?}) }},\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let out =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_words.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
