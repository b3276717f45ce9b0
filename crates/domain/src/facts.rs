//! Every fact the app states — a deadline, a day count, a fee, a phone number, an e-mail
//! address, an official host — defined once, with the official page it comes from and the
//! date it was last checked (shared/domain.md is the reference). Rules in Rust use the
//! typed constants; words refer to a fact by its id (`{ -fact-opt-unemployment-days }` in a
//! Fluent file, `{{fact:opt-unemployment-days}}` in a guide), so changing a fact here
//! changes every page that states it.

/// Where a fact comes from and when someone last compared it with that page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub url: &'static str,
    /// `YYYY-MM-DD`.
    pub checked: &'static str,
}

/// A fact as words can show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fact {
    pub id: &'static str,
    pub value: FactValue,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactValue {
    /// A count (days, months, hours, years).
    Count(u32),
    /// A fee in whole U.S. dollars.
    Dollars(u32),
    /// A phone number as the agency writes it.
    Phone(&'static str),
    Email(&'static str),
    /// An official address, `https://…`.
    Url(&'static str),
    /// An official host name, as shown in text.
    Host(&'static str),
}

impl FactValue {
    /// The fact as written in any language's text.
    pub fn shown(self) -> String {
        match self {
            FactValue::Count(n) => n.to_string(),
            FactValue::Dollars(n) => ["$", &n.to_string()].concat(),
            FactValue::Phone(text)
            | FactValue::Email(text)
            | FactValue::Url(text)
            | FactValue::Host(text) => text.to_owned(),
        }
    }
}

const STUDY_IN_THE_STATES_PORTAL: Source = Source {
    url: "https://studyinthestates.dhs.gov/sevis-help-hub/student-records/fm-student-employment/sevis-and-the-sevp-portal",
    checked: "2026-11-28",
};

/// Post-completion OPT: at most this many days of unemployment in total.
pub const OPT_UNEMPLOYMENT_DAYS: u32 = 90;
/// With the STEM extension: at most this many days in total.
pub const STEM_OPT_UNEMPLOYMENT_DAYS: u32 = 150;

/// Every fact words may refer to.
pub const FACTS: &[Fact] = &[
    Fact {
        id: "opt-unemployment-days",
        value: FactValue::Count(OPT_UNEMPLOYMENT_DAYS),
        source: STUDY_IN_THE_STATES_PORTAL,
    },
    Fact {
        id: "stem-opt-unemployment-days",
        value: FactValue::Count(STEM_OPT_UNEMPLOYMENT_DAYS),
        source: STUDY_IN_THE_STATES_PORTAL,
    },
];

pub fn fact(id: &str) -> Option<&'static Fact> {
    FACTS.iter().find(|f| f.id == id)
}

/// A fact as text, by id.
pub fn shown(id: &str) -> Option<String> {
    fact(id).map(|f| f.value.shown())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        for (i, f) in FACTS.iter().enumerate() {
            assert!(FACTS[i + 1..].iter().all(|g| g.id != f.id), "{}", f.id);
        }
    }

    #[test]
    fn every_source_is_an_https_address_with_a_date() {
        for f in FACTS {
            assert!(f.source.url.starts_with("https://"), "{}", f.id);
            assert!(
                crate::calendar::Date::parse_iso(f.source.checked).is_some(),
                "{}",
                f.id
            );
        }
    }
}
