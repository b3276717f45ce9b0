//! The situation suite (issue 13): what visitors bring, written as they would say it, with
//! the answers such a person would pick and what the outcome must tell them. The suite is
//! data (`tests/situations/situations.json`), written from shared/domain.md §8 and its
//! typical confusions rather than from the routing table, so the table is judged by it and
//! not tuned to it. The end-to-end tests click a sample of it in Chromium.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use super::{Answers, Outcome, Question, outcome_text, walk};
use crate::Lang;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Situation {
    /// What the visitor says, in their words.
    said: String,
    /// Whether they asked a direct question ("can I…?", "how long…?").
    question: bool,
    /// The visa type the situation is about, when it is one of the student types.
    #[serde(default)]
    visa: Option<Visa>,
    /// The answer the person picks for each question they are asked, by key.
    answers: BTreeMap<String, String>,
    /// The outcome's id.
    outcome: String,
    /// Words the outcome must show (English), such as a form, a count or an agency.
    mentions: Vec<String>,
}

#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum Visa {
    F1,
    M1,
    J1,
}

fn suite() -> Vec<Situation> {
    serde_json::from_str(include_str!("../../../../tests/situations/situations.json"))
        .expect("tests/situations/situations.json")
}

fn query(answers: &BTreeMap<String, String>) -> String {
    answers
        .iter()
        .map(|(key, id)| [key.as_str(), "=", id.as_str()].concat())
        .collect::<Vec<_>>()
        .join("&")
}

/// Every word the outcome page shows in English, with its official links' labels.
fn page_words(outcome: Outcome) -> String {
    let text = outcome_text(outcome, Lang::En);
    let mut words = vec![text.title, text.answer, text.applies_to, text.why];
    words.extend(text.next_steps);
    words.extend(text.have_ready);
    words.extend(outcome.links().iter().map(|l| l.label(Lang::En)));
    words.extend(outcome.tools().iter().map(|t| t.title(Lang::En)));
    words.join("\n")
}

#[test]
fn every_situation_ends_where_it_should_and_says_what_it_must() {
    let mut failures = Vec::new();
    for situation in suite() {
        let answers = Answers::from_query(&query(&situation.answers));
        let walked = walk(&answers);
        // Each answer is one the person was asked: a situation that answers a question
        // the path never asks was written against another table.
        let asked: HashSet<&str> = walked.steps.iter().map(|s| s.question.key()).collect();
        for (key, id) in &situation.answers {
            let offered =
                Question::from_key(key).is_some_and(|q| q.answer_ids().contains(&id.as_str()));
            if !offered || !asked.contains(key.as_str()) {
                failures.push(format!(
                    "{:?}: {key}={id} is not asked on its way",
                    situation.said
                ));
            }
        }
        let Some(outcome) = walked.outcome() else {
            failures.push(format!("{:?}: stops at {:?}", situation.said, walked.end));
            continue;
        };
        if outcome.id() != situation.outcome {
            failures.push(format!(
                "{:?}: ends at {} instead of {}",
                situation.said,
                outcome.id(),
                situation.outcome
            ));
            continue;
        }
        let words = page_words(outcome).to_lowercase();
        for mention in &situation.mentions {
            if !words.contains(&mention.to_lowercase()) {
                failures.push(format!(
                    "{:?}: {} does not mention {mention:?}",
                    situation.said,
                    outcome.id()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_suite_is_large_and_covers_every_way_in_and_every_outcome() {
    let suite = suite();
    assert!(suite.len() >= 100, "{} situations", suite.len());
    let questions = suite.iter().filter(|s| s.question).count();
    assert!(questions * 3 >= suite.len(), "{questions} direct questions");
    let m1_or_j1 = suite
        .iter()
        .filter(|s| matches!(s.visa, Some(Visa::M1 | Visa::J1)))
        .count();
    assert!(m1_or_j1 * 5 >= suite.len(), "{m1_or_j1} about M-1 or J-1");
    let reached: HashSet<&str> = suite.iter().map(|s| s.outcome.as_str()).collect();
    for outcome in Outcome::ALL {
        assert!(
            reached.contains(outcome.id()),
            "no situation ends at {}",
            outcome.id()
        );
    }
    for question in [Question::Event, Question::Role] {
        for id in question.answer_ids() {
            assert!(
                suite
                    .iter()
                    .any(|s| s.answers.get(question.key()).map(String::as_str) == Some(*id)),
                "no situation answers {}={id}",
                question.key()
            );
        }
    }
}
