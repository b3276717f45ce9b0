//! Names the words catalogue this build of the app fetches (`words-<bundle>-<hash>.json`,
//! ADR 12): the hash of every Fluent file, computed by the same function the build's
//! `cargo xtask content` uses to name the files. Also writes each language's whole
//! catalogue for the component tests, which run in a browser with no server to fetch from.

use std::{env, fs, path::Path};

use navigator_domain::{Lang, words::source};

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!(
        "cargo:rustc-env=NAVIGATOR_WORDS_HASH={}",
        source::content_hash()
    );
    let catalogues: Vec<_> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let catalogue = source::compile(lang, None)
                .unwrap_or_else(|errors| panic!("locales/{}: {}", lang.tag(), errors.join("\n")));
            (lang, catalogue)
        })
        .collect();
    let json = serde_json::to_string(&catalogues).expect("catalogues serialise");
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("words-all.json"), json).expect("OUT_DIR is writable");
}
