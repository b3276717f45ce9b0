//! The search index of each language (navigator_domain::search, ADR 19): the entries, with
//! the everyday words visitors use for official terms, from `content/search/<lang>.txt`,
//! added to their keywords:
//!
//! ```text
//! # A comment.
//! jail, arrested, locked up = detainee
//! ```
//!
//! A line `everyday words, … = official words, …` gives every entry that contains one of
//! the official terms (all of its words, in any order and form) the everyday ones as
//! keywords. A line whose official terms are in no entry is an error, so the list cannot
//! drift away from the pages.

use std::collections::HashSet;

use navigator_domain::{
    Lang,
    search::{SearchEntry, stems, word_forms::WordForms, words},
};

use crate::workspace::Result;

/// Everyday words (phrases, as written) and the official terms they stand for (each term
/// as its words).
struct Synonyms {
    everyday: Vec<String>,
    official: Vec<Vec<String>>,
    line: usize,
}

/// The index of one language from its entries and its `content/search/<lang>.txt`
/// (`source` names the file in errors).
pub fn build(
    mut entries: Vec<SearchEntry>,
    lang: Lang,
    text: &str,
    source: &str,
) -> Result<Vec<SearchEntry>> {
    let mut synonyms = Vec::new();
    for (at, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or_default().trim();
        let in_file = |e: &str| format!("{source}:{}: {e}", at + 1);
        if line.is_empty() {
            continue;
        } else if let Some((everyday, official)) = line.split_once('=') {
            let list = |side: &str| -> Vec<String> {
                side.split(',')
                    .map(|term| words(term).join(" "))
                    .filter(|term| !term.is_empty())
                    .collect()
            };
            let (everyday, official) = (list(everyday), list(official));
            if everyday.is_empty() || official.is_empty() {
                return Err(in_file("needs words on both sides of ="));
            }
            synonyms.push(Synonyms {
                everyday,
                official: official
                    .iter()
                    .map(|term| term.split(' ').map(str::to_owned).collect())
                    .collect(),
                line: at + 1,
            });
        } else {
            return Err(in_file("expected `everyday words = official words`"));
        }
    }
    add_everyday_words(&mut entries, &WordForms::of(lang), &synonyms, source)?;
    Ok(entries)
}

/// Adds each line's everyday words to the keywords of the entries containing one of its
/// official terms.
fn add_everyday_words(
    entries: &mut [SearchEntry],
    forms: &WordForms,
    synonyms: &[Synonyms],
    source: &str,
) -> Result<()> {
    let stems_of = |term: &[String]| -> Vec<String> {
        term.iter()
            .filter(|word| !forms.is_stop_word(word))
            .map(|word| forms.stem(word))
            .collect()
    };
    let terms: Vec<Vec<Vec<String>>> = synonyms
        .iter()
        .map(|s| s.official.iter().map(|term| stems_of(term)).collect())
        .collect();
    // A term of stop words only would be in every entry.
    if let Some(line) = synonyms
        .iter()
        .zip(&terms)
        .find(|(_, terms)| terms.iter().any(Vec::is_empty))
    {
        return Err(format!(
            "{source}:{}: an official term of stop words only would match every page",
            line.0.line
        ));
    }
    let mut used = vec![false; synonyms.len()];
    let mut added = Vec::new();
    for entry in entries.iter() {
        let text = [&entry.title, &entry.keywords, &entry.summary].map(String::as_str);
        let stems: HashSet<String> = stems(&text.join(" "), forms).into_iter().collect();
        let mut extra = Vec::new();
        for (at, line) in synonyms.iter().enumerate() {
            if terms[at]
                .iter()
                .any(|term| term.iter().all(|stem| stems.contains(stem)))
            {
                used[at] = true;
                extra.extend(line.everyday.iter().cloned());
            }
        }
        added.push(extra);
    }
    for (entry, extra) in entries.iter_mut().zip(added) {
        if !extra.is_empty() {
            entry.keywords = [entry.keywords.as_str(), &extra.join(" ")].join(" ");
        }
    }
    match synonyms.iter().zip(used).find(|(_, used)| !used) {
        Some((line, _)) => Err(format!(
            "{source}:{}: no page contains any of {}; fix the official words or remove the line",
            line.line,
            line.official
                .iter()
                .map(|term| term.join(" "))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use navigator_domain::{Lang, guides::Guide, routing::FindWording};

    use navigator_domain::search::search;

    use super::*;
    use crate::content::{guide_entry, outcome_entries, read_guide, tool_entries};

    fn repo(path: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)
    }

    /// The index the build writes for a language, from the real guides, tools, outcomes and
    /// search words.
    fn real_index(lang: Lang) -> Vec<SearchEntry> {
        let dir = repo("content/guides").join(lang.tag());
        let mut entries: Vec<SearchEntry> = Guide::ALL
            .into_iter()
            .map(|guide| {
                let source = read_guide(&dir.join([guide.slug(), ".md"].concat())).unwrap();
                guide_entry(guide, &source)
            })
            .collect();
        entries.extend(tool_entries(lang));
        entries.extend(outcome_entries(&FindWording::for_lang(lang)));
        let words = repo("content/search").join([lang.tag(), ".txt"].concat());
        build(
            entries,
            lang,
            &std::fs::read_to_string(&words).unwrap(),
            "x.txt",
        )
        .unwrap()
    }

    /// The first five results' addresses for a query ("I moved" rightly finds the outcomes
    /// titled "Tell ICE you moved" and "Tell USCIS you moved" before the guide).
    fn found(index: &[SearchEntry], lang: Lang, query: &str) -> Vec<String> {
        search(index, query, lang)
            .into_iter()
            .take(5)
            .map(|e| e.path.clone())
            .collect()
    }

    /// The queries of `cases` that do not find their page among the first results.
    fn misses(cases: &[(Lang, &str, &str)]) -> Vec<String> {
        let indexes = Lang::ALL.map(real_index);
        cases
            .iter()
            .filter_map(|&(lang, query, path)| {
                let found = found(&indexes[lang as usize], lang, query);
                (!found.iter().any(|p| p == path)).then(|| {
                    format!(
                        "“{query}” ({lang:?}) should find {path} among the first results: {found:?}"
                    )
                })
            })
            .collect()
    }

    #[test]
    fn everyday_words_find_the_official_pages() {
        let misses = misses(&[
            (Lang::En, "unemployed", "/tools/opt-unemployment"),
            (Lang::En, "lost my job", "/tools/opt-unemployment"),
            (Lang::En, "I moved", "/guides/ice-change-of-address"),
            (Lang::En, "jail", "/guides/detainee-locator"),
            (Lang::En, "work permit", "/guides/uscis"),
            (Lang::En, "deported", "/guides/legal-help"),
            (Lang::En, "court date", "/guides/immigration-court"),
            (Lang::En, "how much does it cost", "/guides/i901-fee"),
            (Lang::En, "money back", "/guides/cebonds"),
            (Lang::Es, "permiso de trabajo", "/guides/uscis"),
            (Lang::Es, "desempleado", "/tools/opt-unemployment"),
            (Lang::Es, "perdí mi trabajo", "/tools/opt-unemployment"),
            (Lang::Es, "me mudé", "/guides/ice-change-of-address"),
            (Lang::Es, "cárcel", "/guides/detainee-locator"),
            (Lang::Es, "cita en la corte", "/guides/immigration-court"),
        ]);
        assert!(misses.is_empty(), "{}", misses.join("\n"));
    }

    #[test]
    fn one_unknown_word_does_not_hide_a_match_and_stop_words_find_nothing() {
        let en = real_index(Lang::En);
        assert_eq!(
            found(&en, Lang::En, "jail zzyzx")[0],
            "/guides/detainee-locator"
        );
        assert!(search(&en, "how do I get my", Lang::En).is_empty());
        let es = real_index(Lang::Es);
        assert!(search(&es, "cómo de la mi", Lang::Es).is_empty());
    }

    fn entry(title: &str) -> SearchEntry {
        SearchEntry {
            title: title.into(),
            summary: String::new(),
            path: "/x".into(),
            keywords: "k".into(),
        }
    }

    #[test]
    fn everyday_words_go_to_the_entries_with_an_official_term() {
        let index = build(
            vec![entry("Detainee locator"), entry("Court hearings")],
            Lang::En,
            "# comment\n\njail, locked up = the detainees, bond # why\n",
            "x.txt",
        )
        .unwrap();
        assert_eq!(index[0].keywords, "k jail locked up");
        assert_eq!(index[1].keywords, "k");
    }

    #[test]
    fn a_line_no_page_matches_or_the_build_cannot_read_fails() {
        let fails =
            |text: &str| build(vec![entry("Detainee locator")], Lang::En, text, "x.txt").is_err();
        assert!(fails("jail = prison"));
        assert!(fails("jail = the"));
        assert!(fails("jail ="));
        assert!(fails("jail detainee"));
        assert!(!fails("jail = detainee"));
    }
}
