//! One language's compiled words: each message is either plain text (borrowed as it is,
//! the common case) or pieces with placeholders and plural choices. This is what the build
//! writes as JSON for the browser and what the server keeps in memory; Fluent's own runtime
//! is not shipped to the browser (ADR 12: it would add ~50 KB brotli to every bundle).

use std::{borrow::Cow, collections::BTreeMap};

use serde::{Deserialize, Serialize};

use super::{Citation, PluralCategory, citation_id, stated_facts_id};
use crate::Lang;

/// Besides the messages, the citations of the facts they state, as text entries
/// (`words::Citation` describes them).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub messages: BTreeMap<String, Message>,
}

/// Written as a JSON string or a list of pieces. Read by [`MessageVisitor`], which looks at
/// which of the two comes: serde's derived `untagged` reading would buffer every message
/// (its `Content` machinery) and try each form in turn, which costs code in every bundle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Message {
    Text(String),
    Pieces(Vec<Piece>),
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(MessageVisitor)
    }
}

struct MessageVisitor;

impl<'de> serde::de::Visitor<'de> for MessageVisitor {
    type Value = Message;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a text or a list of pieces")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Message, E> {
        Ok(Message::Text(text.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Message, E> {
        Ok(Message::Text(text))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, pieces: A) -> Result<Message, A::Error> {
        Vec::<Piece>::deserialize(serde::de::value::SeqAccessDeserializer::new(pieces))
            .map(Message::Pieces)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Piece {
    #[serde(rename = "t")]
    Text(String),
    /// A value the caller passes (`{ $days }`).
    #[serde(rename = "v")]
    Var(String),
    /// `{ $days -> [one] … *[other] … }`: the first variant whose key matches the value,
    /// else the default.
    #[serde(rename = "s")]
    Select {
        var: String,
        variants: Vec<(VariantKey, Vec<Piece>)>,
        default: Vec<Piece>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VariantKey {
    /// A plural form (`[one]`).
    #[serde(rename = "p")]
    Plural(PluralCategory),
    /// An exact number (`[0]`).
    #[serde(rename = "n")]
    Number(u64),
    /// Any other word (`[student]`), matched against a text value.
    #[serde(rename = "w")]
    Word(String),
}

/// A value for a placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg<'a> {
    Number(u64),
    Text(Cow<'a, str>),
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Number(n)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(n.into())
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as u64)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n.unsigned_abs())
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl Catalogue {
    pub fn get(&self, id: &str) -> Option<&Message> {
        self.messages.get(id)
    }

    /// A message without placeholders, borrowed. `None` when the id is unknown or the
    /// message needs values.
    pub fn text(&self, id: &str) -> Option<&str> {
        match self.messages.get(id)? {
            Message::Text(text) => Some(text),
            Message::Pieces(_) => None,
        }
    }

    /// The facts a page states, each once, in the order it states them: those its messages
    /// state (`message_ids`), then the numbers it shows from a calculator's rule
    /// (`fact_ids`, `calculators::cited_facts`) that the catalogue cites. What the page
    /// lists under "Sources".
    /// Slices rather than iterators: one copy of this code in the wasm, whatever the caller.
    pub fn facts_of(&self, message_ids: &[&str], fact_ids: &[&str]) -> Vec<Citation<'_>> {
        let mut cited: Vec<Citation> = Vec::new();
        let mut cite = |fact_id: &str| {
            // Two facts with the same value from the same page read as one line.
            if let Some(citation) = self.cited_fact(fact_id)
                && !cited.contains(&citation)
            {
                cited.push(citation);
            }
        };
        for id in message_ids {
            let stated = self.text(&stated_facts_id(id)).unwrap_or_default();
            for fact_id in stated.split_whitespace() {
                cite(fact_id);
            }
        }
        for fact_id in fact_ids {
            cite(fact_id);
        }
        cited
    }

    /// A fact the catalogue cites, by its id (`crate::facts`).
    fn cited_fact(&self, fact_id: &str) -> Option<Citation<'_>> {
        Citation::parse(self.text(&citation_id(fact_id))?)
    }

    /// A message with its placeholders filled in; `None` when the id is unknown.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        Some(match self.messages.get(id)? {
            Message::Text(text) => text.clone(),
            Message::Pieces(pieces) => {
                let mut out = String::new();
                write_pieces(&mut out, pieces, lang, args);
                out
            }
        })
    }
}

fn write_pieces(out: &mut String, pieces: &[Piece], lang: Lang, args: &[(&str, Arg)]) {
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Var(name) => match find(args, name) {
                Some(Arg::Number(n)) => out.push_str(&n.to_string()),
                Some(Arg::Text(text)) => out.push_str(text),
                // Visible, so a missing value is noticed rather than silently dropped.
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
            Piece::Select {
                var,
                variants,
                default,
            } => {
                let value = find(args, var);
                let chosen = variants
                    .iter()
                    .find(|(key, _)| matches(key, value, lang))
                    .map_or(default.as_slice(), |(_, pieces)| pieces.as_slice());
                write_pieces(out, chosen, lang, args);
            }
        }
    }
}

fn find<'a, 'b>(args: &'b [(&str, Arg<'a>)], name: &str) -> Option<&'b Arg<'a>> {
    args.iter().find(|(n, _)| *n == name).map(|(_, arg)| arg)
}

fn matches(key: &VariantKey, value: Option<&Arg>, lang: Lang) -> bool {
    match (key, value) {
        (VariantKey::Number(k), Some(Arg::Number(n))) => k == n,
        (VariantKey::Plural(category), Some(Arg::Number(n))) => {
            lang.plural_category(*n) == *category
        }
        (VariantKey::Word(word), Some(Arg::Text(text))) => word == text,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days() -> Catalogue {
        let mut catalogue = Catalogue::default();
        catalogue.messages.insert(
            "days-left".into(),
            Message::Pieces(vec![
                Piece::Text("You have ".into()),
                Piece::Select {
                    var: "days".into(),
                    variants: vec![
                        (VariantKey::Number(0), vec![Piece::Text("no days".into())]),
                        (
                            VariantKey::Plural(PluralCategory::One),
                            vec![Piece::Text("one day".into())],
                        ),
                    ],
                    default: vec![Piece::Var("days".into()), Piece::Text(" days".into())],
                },
                Piece::Text(" left.".into()),
            ]),
        );
        catalogue
    }

    #[test]
    fn exact_numbers_come_before_plural_forms() {
        let c = days();
        let say = |n: u64| c.format(Lang::En, "days-left", &[("days", n.into())]);
        assert_eq!(say(0).unwrap(), "You have no days left.");
        assert_eq!(say(1).unwrap(), "You have one day left.");
        assert_eq!(say(46).unwrap(), "You have 46 days left.");
    }

    #[test]
    fn a_missing_value_shows_its_name() {
        assert_eq!(
            days().format(Lang::En, "days-left", &[]).unwrap(),
            "You have {days} days left."
        );
    }

    #[test]
    fn facts_are_cited_once_in_the_order_the_messages_state_them() {
        let mut c = days();
        let mut add = |id: String, text: &str| {
            c.messages.insert(id, Message::Text(text.into()));
        };
        add(stated_facts_id("a"), "ten phone");
        add(stated_facts_id("b"), "phone ninety ninety-too");
        for (fact, value, url) in [
            ("ten", "10", "https://a.gov"),
            ("phone", "1-800", "https://b.gov"),
            ("ninety", "90", "https://a.gov"),
            ("ninety-too", "90", "https://a.gov"),
        ] {
            add(
                citation_id(fact),
                &[value, "Page", url, "2026-11-29"].join("\n"),
            );
        }
        let values = |ids: &[&str], facts: &[&str]| -> Vec<String> {
            c.facts_of(ids, facts)
                .into_iter()
                .map(|f| f.value.to_owned())
                .collect()
        };
        assert_eq!(values(&["b", "days-left", "a"], &[]), ["1-800", "90", "10"]);
        assert_eq!(values(&["days-left", "unknown"], &[]), Vec::<String>::new());
        assert_eq!(
            values(&["a"], &["ninety", "ten", "eleven"]),
            ["10", "1-800", "90"]
        );
        assert_eq!(values(&[], &["ten"]), ["10"]);
    }

    #[test]
    fn json_keeps_plain_text_plain() {
        let mut c = days();
        c.messages
            .insert("hello".into(), Message::Text("Hello".into()));
        let json = serde_json::to_string(&c).unwrap();
        assert!(json.contains(r#""hello":"Hello""#), "{json}");
        assert_eq!(serde_json::from_str::<Catalogue>(&json).unwrap(), c);
    }
}
