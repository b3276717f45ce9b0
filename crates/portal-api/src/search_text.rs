//! What a person typed into a search box, made safe to look for with SQL `LIKE`: at most
//! 100 characters (a name or a SEVIS ID is far shorter; a 50,000-character text made the
//! database fail), and `%`, `_` and `\` match themselves instead of acting as wildcards.
//! Names can also be looked for word by word, without accents (`lopez ana` finds
//! "Ana López"), with [`SearchText::folded_word_patterns`] and [`folded`].

use navigator_domain::search::fold;

use crate::error::ApiError;

pub const MOST_CHARACTERS: usize = 100;

/// Appended to every `LIKE` that takes a [`SearchText::contains_pattern`].
pub const LIKE_ESCAPE: &str = " ESCAPE '\\'";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchText(String);

impl SearchText {
    /// Nothing to search for when empty or blank; 400 when too long.
    pub fn parse(typed: Option<&str>) -> Result<Option<SearchText>, ApiError> {
        let text = typed.map(str::trim).unwrap_or_default();
        if text.chars().count() > MOST_CHARACTERS {
            return Err(ApiError::BadRequest("server-search-too-long"));
        }
        Ok((!text.is_empty()).then(|| SearchText(text.to_lowercase())))
    }

    /// `%text%`, lower case, with the wildcard characters escaped.
    pub fn contains_pattern(&self) -> String {
        contains(self.0.chars())
    }

    /// A [`SearchText::contains_pattern`] for each word, without accents: to match against
    /// a [`folded`] column, every word in any order.
    pub fn folded_word_patterns(&self) -> Vec<String> {
        self.0
            .split_whitespace()
            .map(|word| contains(word.chars().map(|c| fold(c).unwrap_or(c))))
            .collect()
    }
}

fn contains(text: impl Iterator<Item = char>) -> String {
    let mut pattern = String::from("%");
    for c in text {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// SQL for `column` in lower case without the accents [`fold`] removes, on SQLite (whose
/// `LOWER` leaves non-ASCII letters alone) and PostgreSQL alike: the accented letters are
/// replaced one by one.
pub fn folded(column: &str) -> String {
    let accented: Vec<(char, char)> = ('\u{c0}'..='\u{ff}')
        .filter_map(|c| fold(c).filter(|plain| *plain != c).map(|plain| (c, plain)))
        .collect();
    let mut sql = ["LOWER(", column, ")"].concat();
    for (c, plain) in accented {
        sql = [
            "REPLACE(",
            &sql,
            ", '",
            &c.to_string(),
            "', '",
            &plain.to_string(),
            "')",
        ]
        .concat();
    }
    sql
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_are_escaped_and_case_folded() {
        let text = SearchText::parse(Some(" 50%_Off\\ ")).unwrap().unwrap();
        assert_eq!(text.contains_pattern(), "%50\\%\\_off\\\\%");
    }

    #[test]
    fn words_are_looked_for_one_by_one_without_accents() {
        let text = SearchText::parse(Some(" López  ANA 5%")).unwrap().unwrap();
        assert_eq!(text.folded_word_patterns(), ["%lopez%", "%ana%", "%5\\%%"]);
    }

    #[test]
    fn folded_sql_replaces_each_accented_letter() {
        let sql = folded("actor");
        assert!(sql.contains("LOWER(actor)"));
        for (accented, plain) in [('é', 'e'), ('Ñ', 'n'), ('Ü', 'u')] {
            assert!(
                sql.contains(&format!("'{accented}', '{plain}'")),
                "{accented}"
            );
        }
        assert!(!sql.contains('×'), "only letters are folded");
    }

    #[test]
    fn blank_is_nothing_and_long_is_refused() {
        assert_eq!(SearchText::parse(Some("   ")).unwrap(), None);
        assert_eq!(SearchText::parse(None).unwrap(), None);
        assert!(SearchText::parse(Some(&"é".repeat(MOST_CHARACTERS))).is_ok());
        assert!(SearchText::parse(Some(&"é".repeat(MOST_CHARACTERS + 1))).is_err());
    }
}
