//! A fact as a page cites it in its "Sources": the value the words show and the official
//! page it comes from, with the day it was last compared with that page.
//!
//! Citations travel in the catalogue as plain text entries under ids no Fluent message can
//! have (a `:` is not allowed in a Fluent identifier), so the browser reads them with the
//! code that reads every message: a typed table would add its own JSON-reading code to
//! every bundle (measured: +4 KB brotli on the find bundle).
//! - `fact:<fact id>` = the value, the page's title, its address and the checked date
//!   (`YYYY-MM-DD`), one per line;
//! - `facts-of:<message id>` = the ids of the facts the message states, in order, separated
//!   by spaces (messages that state none have no entry).

use crate::calendar::Date;
#[cfg(not(target_arch = "wasm32"))]
use crate::facts::Fact;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation<'a> {
    /// The fact as the words show it: `90`, `1-800-898-7180`, `sevp.ice.gov/opt`.
    pub value: &'a str,
    /// The official page's own name (in English, as the page calls itself).
    pub title: &'a str,
    pub url: &'a str,
    pub checked: Date,
}

/// The id of a fact's citation in a catalogue.
pub fn citation_id(fact_id: &str) -> String {
    ["fact:", fact_id].concat()
}

/// The id of the list of facts a message states.
pub fn stated_facts_id(message_id: &str) -> String {
    ["facts-of:", message_id].concat()
}

/// Whether a catalogue id is a citation or a list of stated facts rather than a message.
pub fn is_fact_entry(id: &str) -> bool {
    id.starts_with("fact:") || id.starts_with("facts-of:")
}

impl<'a> Citation<'a> {
    /// A citation as the catalogue holds it; `None` for text that is not one.
    pub fn parse(entry: &'a str) -> Option<Citation<'a>> {
        let mut lines = entry.split('\n');
        let citation = Citation {
            value: lines.next()?,
            title: lines.next()?,
            url: lines.next()?,
            checked: Date::parse_iso(lines.next()?)?,
        };
        lines.next().is_none().then_some(citation)
    }

    /// The citation as the catalogue holds it, for [`Citation::parse`].
    pub fn to_entry(self) -> String {
        [self.value, self.title, self.url, &self.checked.to_iso()].join("\n")
    }
}

/// The catalogue entry of a fact's citation (see the module's comment). `None` when the
/// fact's "checked" is not a date, or a part holds a line break (tests keep every fact clean).
#[cfg(not(target_arch = "wasm32"))]
pub fn citation_entry(fact: &Fact) -> Option<String> {
    let value = fact.value.shown();
    let parts = [
        value.as_str(),
        fact.source.title,
        fact.source.url,
        fact.source.checked,
    ];
    if parts.iter().any(|part| part.contains('\n')) {
        return None;
    }
    Citation::parse(&parts.join("\n")).map(Citation::to_entry)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{FACTS, fact};

    #[test]
    fn a_citation_shows_the_value_and_its_source() {
        let entry = citation_entry(fact("eoir-hotline-phone").unwrap()).unwrap();
        let cited = Citation::parse(&entry).unwrap();
        assert_eq!(cited.value, "1-800-898-7180");
        assert_eq!(cited.title, "EOIR: Customer Service Initiatives");
        assert_eq!(
            cited.url,
            "https://www.justice.gov/eoir/customer-service-initiatives"
        );
        assert_eq!(cited.checked.to_iso(), "2026-11-29");
        assert_eq!(cited.to_entry(), entry);
        assert!(FACTS.iter().all(|f| citation_entry(f).is_some()));
    }

    #[test]
    fn only_a_whole_citation_parses() {
        assert!(Citation::parse("10\nPage\nhttps://a.gov\n2026-11-29").is_some());
        assert!(Citation::parse("10\nPage\nhttps://a.gov").is_none());
        assert!(Citation::parse("10\nPage\nhttps://a.gov\n2026-02-30").is_none());
        assert!(Citation::parse("10\nPage\nhttps://a.gov\n2026-11-29\nmore").is_none());
    }

    #[test]
    fn fact_entries_cannot_be_fluent_ids() {
        assert!(is_fact_entry(&citation_id("ar-11-days")));
        assert!(is_fact_entry(&stated_facts_id("router-o-eoir-step-1")));
        assert!(!is_fact_entry("router-o-eoir-step-1"));
        assert!(!is_fact_entry("shell-about_sources-1.detail"));
    }
}
