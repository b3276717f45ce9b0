//! Words are chosen by the catalogues, never by code (ADR 12): outside `lang.rs` (what a
//! language is) and `words/` (how its catalogue is read), no Rust file of the workspace
//! picks text by language — no `match` arm or comparison naming a language, no `if en`.
//! A third language would otherwise silently get the words of whichever arm is the default.

use std::{fs, path::Path};

const ALLOWED: &[&str] = &[
    "crates/domain/src/lang.rs",
    "crates/domain/src/words/",
    // How each language's words fold for search (stop words, endings; ADR 19): no text
    // shown, and the match has no default arm, so a new language cannot compile without
    // its own rules.
    "crates/domain/src/search/word_forms.rs",
    "crates/domain/tests/words_come_from_catalogues.rs",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if name != "target"
                && name != "node_modules"
                && !name.to_string_lossy().starts_with('.')
            {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// What choosing words by language looks like in Rust.
fn choices_in(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or_default();
    let language = ["Lang::En", "Lang::Es", "Lang::Pt", "Lang::Ht", "Lang::Fr"];
    let names_language = language.iter().any(|l| code.contains(l));
    // A language named on the pattern side of a match arm (`Lang::En => …`, `(x, Lang::Es) =>`).
    let arm = code.find("=>").is_some_and(|arrow| {
        language
            .iter()
            .any(|l| code.find(l).is_some_and(|at| at < arrow))
    }) || code.contains(" | Lang::");
    let comparison = language.iter().any(|l| {
        [" == ", " != "]
            .iter()
            .any(|op| code.contains(&[op, *l].concat()) || code.contains(&[*l, op].concat()))
    });
    let pattern = names_language && (code.contains("matches!(") || code.contains("if let"));
    let flag = ["if en ", "if en{", "if !en ", "if es ", "if !es "]
        .iter()
        .any(|f| code.contains(f));
    arm || comparison || pattern || flag
}

#[test]
fn no_code_picks_words_by_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in ["src", "crates", "xtask", "tests"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut found = Vec::new();
    for file in &files {
        let relative = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if ALLOWED.iter().any(|a| relative.starts_with(a)) {
            continue;
        }
        let text = fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            if choices_in(line) {
                found.push(format!("{relative}:{}: {}", number + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words chosen by language in code (move them to locales/, ADR 12):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_recognises_each_way_of_choosing() {
    for line in [
        "        Lang::En => \"Hello\",",
        "    (ANumberError::Missing, Lang::Es) => \"Escriba\",",
        "    let en = lang == Lang::En;",
        "    if en { a } else { b }",
        "    Lang::Es | Lang::En => x,",
        "    if matches!(lang, Lang::Es) {",
    ] {
        assert!(choices_in(line), "{line}");
    }
    for line in [
        "    let lang = Lang::from_tag(tag).unwrap_or(Lang::En);",
        "    for lang in Lang::ALL {",
        "    // Lang::En => is how it used to be",
        "    Node::Done(outcome) => outcome_text(outcome, Lang::En).title,",
        "    let en = outcome_text(outcome, Lang::En);",
    ] {
        assert!(!choices_in(line), "{line}");
    }
}
