//! U.S. states, the District of Columbia, the territories and the Armed Forces "states" used
//! in military addresses, by their two-letter USPS codes.

use serde::{Deserialize, Serialize};

use crate::{Lang, words};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct UsState(&'static (&'static str, &'static str));

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UsStateError {
    Missing,
    Unknown,
}

/// Code and English name, in the order of the select list.
pub const STATES: [(&str, &str); 59] = [
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AS", "American Samoa"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("GU", "Guam"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("MP", "Northern Mariana Islands"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("PR", "Puerto Rico"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UM", "U.S. Minor Outlying Islands"),
    ("VI", "U.S. Virgin Islands"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
    ("AA", "Armed Forces Americas"),
    ("AE", "Armed Forces Europe, Middle East, Africa, Canada"),
];

/// Armed Forces Pacific is listed last so the table above stays readable.
const ARMED_FORCES_PACIFIC: (&str, &str) = ("AP", "Armed Forces Pacific");

impl UsState {
    /// Every state in select-list order.
    pub fn all() -> impl Iterator<Item = UsState> {
        STATES
            .iter()
            .chain(std::iter::once(&ARMED_FORCES_PACIFIC))
            .map(UsState)
    }

    /// Accepts the code in any case or the English name (`ca`, `California`).
    pub fn parse(input: &str) -> Result<UsState, UsStateError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(UsStateError::Missing);
        }
        UsState::all()
            .find(|s| s.code().eq_ignore_ascii_case(text) || s.name().eq_ignore_ascii_case(text))
            .ok_or(UsStateError::Unknown)
    }

    /// What someone typed, as a form shows it back: the code of the state it names ("ma",
    /// "new jersey" → "MA", "NJ"), or the text itself when it names none (its error says so).
    pub fn as_typed(input: &str) -> String {
        UsState::parse(input).map_or_else(|_| input.trim().to_owned(), |s| s.code().to_owned())
    }

    pub fn code(self) -> &'static str {
        self.0.0
    }

    pub fn name(self) -> &'static str {
        self.0.1
    }
}

impl std::fmt::Display for UsState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl TryFrom<String> for UsState {
    type Error = UsStateError;
    fn try_from(text: String) -> Result<UsState, UsStateError> {
        UsState::parse(&text)
    }
}

impl From<UsState> for String {
    fn from(state: UsState) -> String {
        state.code().to_owned()
    }
}

impl UsStateError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            UsStateError::Missing => "validation-state-missing",
            UsStateError::Unknown => "validation-state-unknown",
        }
    }

    pub fn message(self, lang: Lang) -> &'static str {
        words::text(lang, self.message_id())
    }
}

impl std::fmt::Display for UsStateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        super::write_error(f, self.message_id())
    }
}

impl std::error::Error for UsStateError {}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn codes_and_names() {
        assert_eq!(UsState::all().count(), 60);
        assert_eq!(UsState::parse("ca").unwrap().code(), "CA");
        assert_eq!(UsState::parse("puerto rico").unwrap().code(), "PR");
        assert_eq!(UsState::parse("DC").unwrap().name(), "District of Columbia");
        assert_eq!(UsState::parse("AP").unwrap().name(), "Armed Forces Pacific");
        assert_eq!(UsState::parse("ZZ"), Err(UsStateError::Unknown));
        assert_eq!(UsState::as_typed(" ma "), "MA");
        assert_eq!(UsState::as_typed("zz"), "zz");
        assert_eq!(UsState::parse(""), Err(UsStateError::Missing));
        let codes: std::collections::HashSet<_> = UsState::all().map(UsState::code).collect();
        assert_eq!(codes.len(), 60, "codes are unique");
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,20}") {
            parser_properties::check(UsState::parse, &input);
        }
    }
}
