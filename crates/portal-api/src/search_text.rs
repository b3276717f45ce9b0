//! What a person typed into a search box, made safe to look for with SQL `LIKE`: at most
//! 100 characters (a name or a SEVIS ID is far shorter; a 50,000-character text made the
//! database fail), and `%`, `_` and `\` match themselves instead of acting as wildcards.

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
        let mut pattern = String::with_capacity(self.0.len() + 2);
        pattern.push('%');
        for c in self.0.chars() {
            if matches!(c, '%' | '_' | '\\') {
                pattern.push('\\');
            }
            pattern.push(c);
        }
        pattern.push('%');
        pattern
    }
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
    fn blank_is_nothing_and_long_is_refused() {
        assert_eq!(SearchText::parse(Some("   ")).unwrap(), None);
        assert_eq!(SearchText::parse(None).unwrap(), None);
        assert!(SearchText::parse(Some(&"é".repeat(MOST_CHARACTERS))).is_ok());
        assert!(SearchText::parse(Some(&"é".repeat(MOST_CHARACTERS + 1))).is_err());
    }
}
