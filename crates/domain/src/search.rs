//! Search across guides, tools and "Find the right place" outcomes, in the browser, with no
//! server: the build writes a small index per language, the app loads it once and matches
//! here (ADR 19).
//!
//! Words are folded before they are compared: case and accents (`Dirección` → `direccion`),
//! then word endings, by the language's own list (`unemployed` and `unemployment` →
//! `unemploy`). Those rules and the stop words travel in the index, written by the build
//! from `content/search/<lang>.txt`, so a new language is a data file, not code, and the
//! browser downloads no table for languages it is not showing. The everyday words visitors
//! use for official terms ("jail" for the detainee locator) are added to the entries'
//! keywords by the build, so they cost the browser nothing either.
//!
//! An entry is found when some words of the query match the start of one of its words;
//! entries matching more words come first, then those matching in the title, the keywords
//! and the summary, in that order.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchEntry {
    pub title: String,
    pub summary: String,
    /// Path without language prefix (`/guides/sevp-portal`).
    pub path: String,
    /// Extra words people may search for, separated by spaces.
    pub keywords: String,
}

/// One language's search index: its entries and how to read that language's words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Words that alone say nothing about what a visitor looks for ("how", "my", "de"),
    /// folded, separated by spaces. A query's stop words are left out.
    pub stop_words: String,
    /// Word endings folded away so forms of a word match, separated by spaces and tried in
    /// order (so longer endings come first); `ies>y` replaces the ending instead.
    pub endings: String,
    pub entries: Vec<SearchEntry>,
}

/// The shortest stem an ending may leave: shorter ones match too many unrelated words.
const SHORTEST_STEM: usize = 3;

/// A letter of English or Spanish text folded to ASCII lower case (`Ñ` → `n`), `None` for
/// anything else. Deliberately not Unicode-wide: full case tables would add kilobytes to the
/// browser's download for languages the app does not speak yet.
fn fold(c: char) -> Option<char> {
    Some(match c {
        'a'..='z' | '0'..='9' => c,
        'A'..='Z' => c.to_ascii_lowercase(),
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        _ => return None,
    })
}

/// Lower case, without accents, words of letters and digits.
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        match fold(c) {
            Some(letter) => word.push(letter),
            None if !word.is_empty() => words.push(std::mem::take(&mut word)),
            None => {}
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

impl SearchIndex {
    /// A folded word without the first of the language's endings that leaves a stem long
    /// enough (`unemployment` → `unemploy`, `trabajando` → `trabaj`).
    pub fn stem(&self, word: &str) -> String {
        for rule in self.endings.split_whitespace() {
            let (ending, replacement) = rule.split_once('>').unwrap_or((rule, ""));
            match word.strip_suffix(ending) {
                Some(stem) if stem.len() >= SHORTEST_STEM => {
                    return [stem, replacement].concat();
                }
                _ => {}
            }
        }
        word.to_owned()
    }

    /// The stems of a text's words.
    pub fn stems(&self, text: &str) -> Vec<String> {
        words(text).iter().map(|w| self.stem(w)).collect()
    }

    /// The query's words that say something, each with its stem.
    fn query_terms(&self, query: &str) -> Vec<(String, String)> {
        let stop = |word: &String| {
            self.stop_words
                .split_whitespace()
                .any(|s| s == word.as_str())
        };
        words(query)
            .into_iter()
            .filter(|word| !stop(word))
            .map(|word| (self.stem(&word), word))
            .collect()
    }

    /// Entries matching some words of the query, best first: more words matched, then a
    /// match in the title counts most, then keywords, then the summary.
    pub fn search(&self, query: &str) -> Vec<&SearchEntry> {
        let terms = self.query_terms(query);
        let mut scored: Vec<((usize, u32), &SearchEntry)> = self
            .entries
            .iter()
            .filter_map(|entry| {
                let fields = [
                    (self.stems(&entry.title), 3),
                    (self.stems(&entry.keywords), 2),
                    (self.stems(&entry.summary), 1),
                ];
                let weights = terms.iter().filter_map(|(stem, word)| {
                    fields
                        .iter()
                        .filter(|(stems, _)| stems.iter().any(|s| matches(s, stem, word)))
                        .map(|(_, weight)| *weight)
                        .max()
                });
                let score = weights.fold((0, 0), |(n, sum), w| (n + 1, sum + w));
                (score.0 > 0).then_some((score, entry))
            })
            .collect();
        scored.sort_by(|(a, x), (b, y)| b.cmp(a).then_with(|| x.title.cmp(&y.title)));
        scored.into_iter().map(|(_, e)| e).collect()
    }
}

/// Whether a query word matches an entry's word (as stems): the query's stem starts the
/// entry's (`addr` finds `address`), or a word typed past its stem starts with the entry's
/// stem (`unemploym` finds `unemploy`; short stems would match too much that way).
fn matches(entry_stem: &str, query_stem: &str, query_word: &str) -> bool {
    entry_stem.starts_with(query_stem)
        || (entry_stem.len() > SHORTEST_STEM && query_word.starts_with(entry_stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, summary: &str, keywords: &str) -> SearchEntry {
        SearchEntry {
            title: title.into(),
            summary: summary.into(),
            path: "/x".into(),
            keywords: keywords.into(),
        }
    }

    fn index(entries: Vec<SearchEntry>) -> SearchIndex {
        SearchIndex {
            stop_words: "how do i my the de la mi como".into(),
            endings: "sses>ss ies>y ss>ss ments ment ings ing ers er ed es s e ando ar o".into(),
            entries,
        }
    }

    fn titles<'a>(index: &'a SearchIndex, query: &str) -> Vec<&'a str> {
        index
            .search(query)
            .into_iter()
            .map(|e| e.title.as_str())
            .collect()
    }

    #[test]
    fn titles_rank_first_and_case_and_accents_are_folded() {
        let entries = index(vec![
            entry(
                "SEVP Portal",
                "Report your address while on OPT",
                "students employer",
            ),
            entry(
                "ICE check-in",
                "Schedule appointments",
                "address supervision",
            ),
            entry(
                "Cambio de dirección",
                "Informe su nueva dirección",
                "mudanza",
            ),
        ]);
        assert_eq!(titles(&entries, "address"), ["ICE check-in", "SEVP Portal"]);
        assert_eq!(
            titles(&entries, "sevp addr"),
            ["SEVP Portal", "ICE check-in"]
        );
        assert_eq!(titles(&entries, "DIRECCION"), ["Cambio de dirección"]);
        assert!(titles(&entries, "bonds").is_empty());
        assert!(titles(&entries, "  ").is_empty());
    }

    #[test]
    fn entries_matching_more_words_come_first_and_one_word_is_enough() {
        let entries = index(vec![
            entry("SEVP Portal", "Report your address while on OPT", ""),
            entry("ICE check-in", "Schedule appointments", "address"),
        ]);
        assert_eq!(
            titles(&entries, "portal address"),
            ["SEVP Portal", "ICE check-in"]
        );
        assert_eq!(titles(&entries, "portal xyzzy"), ["SEVP Portal"]);
    }

    #[test]
    fn stop_words_alone_find_nothing() {
        let entries = index(vec![entry(
            "How do I report my address",
            "The ICE form de la corte",
            "mi como",
        )]);
        assert!(titles(&entries, "how do I").is_empty());
        assert!(titles(&entries, "the my de la mi cómo").is_empty());
        assert_eq!(
            titles(&entries, "how do I report"),
            ["How do I report my address"]
        );
    }

    #[test]
    fn forms_of_a_word_find_each_other() {
        let entries = index(vec![
            entry("OPT unemployment days", "", ""),
            entry("Trabajar en EE. UU.", "", ""),
            entry("Change of address", "", "addresses"),
        ]);
        assert_eq!(titles(&entries, "unemployed"), ["OPT unemployment days"]);
        assert_eq!(titles(&entries, "unemploym"), ["OPT unemployment days"]);
        assert_eq!(titles(&entries, "trabajando"), ["Trabajar en EE. UU."]);
        assert_eq!(titles(&entries, "trabajo"), ["Trabajar en EE. UU."]);
        assert_eq!(titles(&entries, "address"), ["Change of address"]);
    }

    #[test]
    fn endings_leave_a_stem_of_three_letters_or_more() {
        let index = index(Vec::new());
        assert_eq!(index.stem("unemployed"), "unemploy");
        assert_eq!(index.stem("employers"), "employ");
        assert_eq!(index.stem("companies"), "company");
        assert_eq!(index.stem("addresses"), "address");
        assert_eq!(index.stem("address"), "address");
        assert_eq!(index.stem("fees"), "fee");
        assert_eq!(index.stem("fee"), "fee");
        assert_eq!(index.stem("ice"), "ice");
    }

    #[test]
    fn words_fold_case_and_accents() {
        assert_eq!(
            words("¿Qué es eService.ice.gov?"),
            ["que", "es", "eservice", "ice", "gov"]
        );
    }
}
