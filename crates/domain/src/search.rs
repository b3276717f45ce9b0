//! Search across guides, tools and "Find the right place" outcomes, in the browser, with no
//! server: the build writes a small index per language, the app loads it once and matches
//! here. Matching ignores case and accents, and each word of the query must match the
//! start of a word of the entry.

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

/// A letter of English or Spanish text folded to ASCII lower case (`Ñ` → `n`), `None` for
/// anything else. Deliberately not Unicode-wide: full case tables would add kilobytes to the
/// browser's download for languages the app does not speak yet. (The server folds the
/// audit log's names with it too.)
pub fn fold(c: char) -> Option<char> {
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

/// Entries matching every word of the query, best first: a match in the title counts
/// most, then keywords, then the summary.
pub fn search<'a>(entries: &'a [SearchEntry], query: &str) -> Vec<&'a SearchEntry> {
    let query = words(query);
    if query.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(u32, &SearchEntry)> = entries
        .iter()
        .filter_map(|entry| {
            let fields = [
                (words(&entry.title), 3),
                (words(&entry.keywords), 2),
                (words(&entry.summary), 1),
            ];
            let mut score = 0;
            for term in &query {
                let best = fields
                    .iter()
                    .filter(|(ws, _)| ws.iter().any(|w| w.starts_with(term.as_str())))
                    .map(|(_, weight)| *weight)
                    .max()?;
                score += best;
            }
            Some((score, entry))
        })
        .collect();
    scored.sort_by(|(a, x), (b, y)| b.cmp(a).then_with(|| x.title.cmp(&y.title)));
    scored.into_iter().map(|(_, e)| e).collect()
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

    #[test]
    fn every_word_must_match_and_titles_rank_first() {
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
        let titles = |q| {
            search(&entries, q)
                .into_iter()
                .map(|e| e.title.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(titles("address"), ["ICE check-in", "SEVP Portal"]);
        assert_eq!(titles("sevp addr"), ["SEVP Portal"]);
        assert_eq!(titles("DIRECCION"), ["Cambio de dirección"]);
        assert_eq!(titles("portal bonds"), Vec::<&str>::new());
        assert!(titles("  ").is_empty());
    }

    #[test]
    fn words_fold_case_and_accents() {
        assert_eq!(
            words("¿Qué es eService.ice.gov?"),
            ["que", "es", "eservice", "ice", "gov"]
        );
    }
}
