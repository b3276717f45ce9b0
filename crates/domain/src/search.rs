//! Search across guides, tools and "Find the right place" outcomes, in the browser, with no
//! server: the build writes a small index per language, the app loads it once and matches
//! here (ADR 19).
//!
//! Words are folded before they are compared: case and accents (`Dirección` → `direccion`),
//! then word endings, by the language's own list (`unemployed` and `unemployment` →
//! `unemploy`, [`word_forms`]). The everyday words visitors use for official terms ("jail"
//! for the detainee locator) are added to the entries' keywords by the build from
//! `content/search/<lang>.txt`, so they cost the browser nothing.
//!
//! An entry is found when some words of the query match the start of one of its words;
//! entries matching more words come first, then those matching in the title, the keywords
//! and the summary, in that order.

pub mod word_forms;

use serde::{Deserialize, Serialize};

use crate::Lang;
use word_forms::WordForms;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchEntry {
    pub title: String,
    pub summary: String,
    /// Path without language prefix (`/guides/sevp-portal`).
    pub path: String,
    /// Extra words people may search for, separated by spaces.
    pub keywords: String,
}

/// The accented letters of the languages the app speaks and of many names schools hold
/// (Spanish, Portuguese, French, German, Scandinavian `å`), upper and lower case, and the
/// letter each folds to. The server folds names with the same table, in Rust and in SQL
/// (portal-api's `search_text.rs`).
pub const ACCENTED_LETTERS: &[(char, char)] = &[
    ('á', 'a'),
    ('à', 'a'),
    ('â', 'a'),
    ('ä', 'a'),
    ('ã', 'a'),
    ('å', 'a'),
    ('Á', 'a'),
    ('À', 'a'),
    ('Â', 'a'),
    ('Ä', 'a'),
    ('Ã', 'a'),
    ('Å', 'a'),
    ('é', 'e'),
    ('è', 'e'),
    ('ê', 'e'),
    ('ë', 'e'),
    ('É', 'e'),
    ('È', 'e'),
    ('Ê', 'e'),
    ('Ë', 'e'),
    ('í', 'i'),
    ('ì', 'i'),
    ('î', 'i'),
    ('ï', 'i'),
    ('Í', 'i'),
    ('Ì', 'i'),
    ('Î', 'i'),
    ('Ï', 'i'),
    ('ó', 'o'),
    ('ò', 'o'),
    ('ô', 'o'),
    ('ö', 'o'),
    ('õ', 'o'),
    ('Ó', 'o'),
    ('Ò', 'o'),
    ('Ô', 'o'),
    ('Ö', 'o'),
    ('Õ', 'o'),
    ('ú', 'u'),
    ('ù', 'u'),
    ('û', 'u'),
    ('ü', 'u'),
    ('Ú', 'u'),
    ('Ù', 'u'),
    ('Û', 'u'),
    ('Ü', 'u'),
    ('ñ', 'n'),
    ('Ñ', 'n'),
    ('ç', 'c'),
    ('Ç', 'c'),
];

/// The letter without its accent (`Ñ` → `n`), or `c` itself when it has none in the table.
pub fn unaccented(c: char) -> char {
    ACCENTED_LETTERS
        .iter()
        .find(|(accented, _)| *accented == c)
        .map_or(c, |(_, plain)| *plain)
}

/// A letter or digit folded to ASCII lower case (`Ñ` → `n`), `None` for anything else.
/// Deliberately not Unicode-wide: full case tables would add kilobytes to the browser's
/// download.
pub fn fold(c: char) -> Option<char> {
    match c {
        'a'..='z' | '0'..='9' => Some(c),
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        _ => Some(unaccented(c)).filter(char::is_ascii_lowercase),
    }
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

/// The stems of a text's words.
pub fn stems(text: &str, forms: &WordForms) -> Vec<String> {
    words(text).iter().map(|w| forms.stem(w)).collect()
}

/// Entries matching some words of the query (in the page's language), best first: more
/// words matched, then a match in the title counts most, then keywords, then the summary.
pub fn search<'a>(entries: &'a [SearchEntry], query: &str, lang: Lang) -> Vec<&'a SearchEntry> {
    let forms = WordForms::of(lang);
    let terms: Vec<(String, String)> = words(query)
        .into_iter()
        .filter(|word| !forms.is_stop_word(word))
        .map(|word| (forms.stem(&word), word))
        .collect();
    let mut scored: Vec<((usize, u32), &SearchEntry)> = entries
        .iter()
        .filter_map(|entry| {
            let fields = [
                (stems(&entry.title, &forms), 3),
                (stems(&entry.keywords, &forms), 2),
                (stems(&entry.summary, &forms), 1),
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

/// Whether a query word matches an entry's word (as stems): the query's stem starts the
/// entry's (`addr` finds `address`), or a word typed past its stem starts with the entry's
/// stem (`unemploym` finds `unemploy`; short stems would match too much that way).
fn matches(entry_stem: &str, query_stem: &str, query_word: &str) -> bool {
    entry_stem.starts_with(query_stem)
        || (WordForms::is_long_stem(entry_stem) && query_word.starts_with(entry_stem))
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

    fn titles<'a>(entries: &'a [SearchEntry], query: &str, lang: Lang) -> Vec<&'a str> {
        search(entries, query, lang)
            .into_iter()
            .map(|e| e.title.as_str())
            .collect()
    }

    #[test]
    fn titles_rank_first_and_case_and_accents_are_folded() {
        let entries = vec![
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
        ];
        assert_eq!(
            titles(&entries, "address", Lang::En),
            ["ICE check-in", "SEVP Portal"]
        );
        assert_eq!(
            titles(&entries, "sevp addr", Lang::En),
            ["SEVP Portal", "ICE check-in"]
        );
        assert_eq!(
            titles(&entries, "DIRECCION", Lang::En),
            ["Cambio de dirección"]
        );
        assert!(titles(&entries, "bonds", Lang::En).is_empty());
        assert!(titles(&entries, "  ", Lang::En).is_empty());
    }

    #[test]
    fn entries_matching_more_words_come_first_and_one_word_is_enough() {
        let entries = vec![
            entry("SEVP Portal", "Report your address while on OPT", ""),
            entry("ICE check-in", "Schedule appointments", "address"),
        ];
        assert_eq!(
            titles(&entries, "portal address", Lang::En),
            ["SEVP Portal", "ICE check-in"]
        );
        assert_eq!(titles(&entries, "portal xyzzy", Lang::En), ["SEVP Portal"]);
    }

    #[test]
    fn stop_words_alone_find_nothing() {
        let entries = vec![entry(
            "How do I report my address",
            "The ICE form de la corte",
            "mi como",
        )];
        assert!(titles(&entries, "how do I my the", Lang::En).is_empty());
        assert!(titles(&entries, "de la mi cómo", Lang::Es).is_empty());
        assert_eq!(
            titles(&entries, "how do I report", Lang::En),
            ["How do I report my address"]
        );
    }

    #[test]
    fn forms_of_a_word_find_each_other() {
        let entries = vec![
            entry("OPT unemployment days", "", ""),
            entry("Trabajar en EE. UU.", "", ""),
            entry("Change of address", "", "addresses"),
        ];
        assert_eq!(
            titles(&entries, "unemployed", Lang::En),
            ["OPT unemployment days"]
        );
        assert_eq!(
            titles(&entries, "unemploym", Lang::En),
            ["OPT unemployment days"]
        );
        assert_eq!(
            titles(&entries, "trabajando", Lang::Es),
            ["Trabajar en EE. UU."]
        );
        assert_eq!(
            titles(&entries, "trabajo", Lang::Es),
            ["Trabajar en EE. UU."]
        );
        assert_eq!(titles(&entries, "address", Lang::En), ["Change of address"]);
    }

    #[test]
    fn words_fold_case_and_accents() {
        assert_eq!(
            words("¿Qué es eService.ice.gov?"),
            ["que", "es", "eservice", "ice", "gov"]
        );
    }
}
