//! What a person typed into a search box, made safe to look for with SQL `LIKE`: at most
//! 100 characters (a name or a SEVIS ID is far shorter; a 50,000-character text made the
//! database fail), and `%`, `_` and `\` match themselves instead of acting as wildcards.
//!
//! Each word is looked for on its own, in any order ("Lopez Ana" finds Ana Lopez), and
//! accents are folded on both sides ("López" finds Lopez, "lucia" finds Lucía). The folding
//! is plain SQL (`REPLACE`), the same on SQLite and PostgreSQL: neither has it built in
//! without an extension, and SQLite's `LOWER` leaves non-ASCII letters as they are.

use navigator_domain::search::{ACCENTED_LETTERS as ACCENTS, unaccented};

use crate::error::ApiError;

pub const MOST_CHARACTERS: usize = 100;

/// Appended to every `LIKE` that takes a [`SearchText`] pattern.
pub const LIKE_ESCAPE: &str = " ESCAPE '\\'";

/// At most this many words are looked for (each is one more `LIKE`).
const MOST_WORDS: usize = 8;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchText {
    /// The whole text, lower case (the audit trail's actor filter).
    whole: String,
    /// Its words, folded (student search).
    words: Vec<String>,
}

/// Lower case without accents; combining marks (an accent typed as a second character)
/// are dropped.
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(unaccented)
        .flat_map(char::to_lowercase)
        .collect()
}

/// `expression` folded as [`fold`] folds the words: an SQL expression for both databases.
pub fn folded_sql(expression: &str) -> String {
    let mut sql = ["LOWER(", expression, ")"].concat();
    for (accented, plain) in ACCENTS {
        sql = [
            "REPLACE(",
            &sql,
            ", '",
            &accented.to_string(),
            "', '",
            &plain.to_string(),
            "')",
        ]
        .concat();
    }
    sql
}

impl SearchText {
    /// Nothing to search for when empty or blank; 400 when too long.
    pub fn parse(typed: Option<&str>) -> Result<Option<SearchText>, ApiError> {
        let text = typed.map(str::trim).unwrap_or_default();
        if text.chars().count() > MOST_CHARACTERS {
            return Err(ApiError::BadRequest("server-search-too-long"));
        }
        let words: Vec<String> = fold(text)
            .split_whitespace()
            .take(MOST_WORDS)
            .map(str::to_owned)
            .collect();
        Ok((!words.is_empty()).then(|| SearchText {
            whole: text.to_lowercase(),
            words,
        }))
    }

    /// `%text%`, lower case, with the wildcard characters escaped.
    pub fn contains_pattern(&self) -> String {
        escaped_pattern(&self.whole)
    }

    /// `%word%` for each word, with the wildcard characters escaped: a row matches when it
    /// contains every one.
    pub fn word_patterns(&self) -> Vec<String> {
        self.words
            .iter()
            .map(|word| escaped_pattern(word))
            .collect()
    }
}

fn escaped_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_are_escaped_and_case_folded() {
        let text = SearchText::parse(Some(" 50%_Off\\ ")).unwrap().unwrap();
        assert_eq!(text.word_patterns(), ["%50\\%\\_off\\\\%"]);
        assert_eq!(text.contains_pattern(), "%50\\%\\_off\\\\%");
    }

    #[test]
    fn each_word_is_a_pattern_without_accents() {
        let text = SearchText::parse(Some("  López   ANA ")).unwrap().unwrap();
        assert_eq!(text.word_patterns(), ["%lopez%", "%ana%"]);
        // "ó" typed as "o" and a combining acute accent.
        let decomposed = SearchText::parse(Some("Lo\u{301}pez")).unwrap().unwrap();
        assert_eq!(decomposed.word_patterns(), ["%lopez%"]);
        let text = SearchText::parse(Some("ÑANDÚ Çava")).unwrap().unwrap();
        assert_eq!(text.word_patterns(), ["%nandu%", "%cava%"]);
    }

    #[test]
    fn the_sql_folds_every_accent_the_words_fold() {
        let sql = folded_sql("name");
        assert!(sql.starts_with("REPLACE(REPLACE("));
        assert!(sql.contains("LOWER(name)"));
        for (accented, _) in ACCENTS {
            assert!(sql.contains(&["'", &accented.to_string(), "'"].concat()));
        }
    }

    #[test]
    fn blank_is_nothing_and_long_is_refused() {
        assert_eq!(SearchText::parse(Some("   ")).unwrap(), None);
        assert_eq!(SearchText::parse(None).unwrap(), None);
        assert!(SearchText::parse(Some(&"é".repeat(MOST_CHARACTERS))).is_ok());
        assert!(SearchText::parse(Some(&"é".repeat(MOST_CHARACTERS + 1))).is_err());
    }
}
