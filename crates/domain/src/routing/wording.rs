//! The words of "Find the right place", read from `locales/<lang>/router.ftl`: question
//! titles and hints, answer labels (first person, as the person would say it), and for
//! each outcome the title, why it fits, next steps and what to have ready. Every id is
//! made from the question's key, the answer's id or the outcome's id, so the routing table
//! stays the one list of what exists. Facts follow the domain facts; phone numbers and fees
//! are shown with a "check the official page" note by the app.

use crate::{Lang, words};

use super::{Outcome, Question};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionText {
    pub title: &'static str,
    pub hint: Option<&'static str>,
    /// Shown when Continue is pressed with nothing selected.
    pub error: &'static str,
}

fn question_id(question: Question, part: &str) -> String {
    ["router-q-", question.key(), "-", part].concat()
}

fn answer_label_id(question: Question, id: &str) -> String {
    ["router-a-", question.key(), "-", id].concat()
}

fn outcome_id(outcome: Outcome, part: &str) -> String {
    ["router-o-", outcome.id(), "-", part].concat()
}

/// The ids of an outcome's numbered list (`step` or `have-ready`) that the language's
/// words hold, in order: `-1`, `-2`, … up to the first missing number.
fn list_ids(outcome: Outcome, part: &str, lang: Lang) -> impl Iterator<Item = String> {
    (1..)
        .map(move |n| outcome_id(outcome, &[part, "-", &n.to_string()].concat()))
        .take_while(move |id| words::has(lang, id))
}

fn question_word(question: Question, part: &str, lang: Lang) -> &'static str {
    words::text(lang, &question_id(question, part))
}

pub fn question_text(question: Question, lang: Lang) -> QuestionText {
    QuestionText {
        title: question_word(question, "title", lang),
        hint: words::has(lang, &question_id(question, "hint"))
            .then(|| question_word(question, "hint", lang)),
        error: question_word(question, "error", lang),
    }
}

/// The label of an answer, by the question and the answer's id; `None` for an id the
/// question does not offer.
pub fn answer_label(question: Question, id: &str, lang: Lang) -> Option<&'static str> {
    question
        .answer_ids()
        .contains(&id)
        .then(|| words::text(lang, &answer_label_id(question, id)))
}

/// What an outcome page says. `next_steps` are in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeText {
    pub title: &'static str,
    /// The answer to the visitor's question, in one or two sentences (yes or no, the
    /// number of days, the fee), shown first.
    pub answer: &'static str,
    /// Who the outcome is for (F-1, M-1, J-1 and others differ).
    pub applies_to: &'static str,
    pub why: &'static str,
    pub next_steps: Vec<&'static str>,
    pub have_ready: Vec<&'static str>,
}

fn outcome_word(outcome: Outcome, part: &str, lang: Lang) -> &'static str {
    words::text(lang, &outcome_id(outcome, part))
}

fn outcome_list(outcome: Outcome, part: &str, lang: Lang) -> Vec<&'static str> {
    list_ids(outcome, part, lang)
        .map(|id| words::text(lang, &id))
        .collect()
}

pub fn outcome_text(outcome: Outcome, lang: Lang) -> OutcomeText {
    OutcomeText {
        title: outcome_word(outcome, "title", lang),
        answer: outcome_word(outcome, "answer", lang),
        applies_to: outcome_word(outcome, "applies-to", lang),
        why: outcome_word(outcome, "why", lang),
        next_steps: outcome_list(outcome, "step", lang),
        have_ready: outcome_list(outcome, "have-ready", lang),
    }
}

/// The ids of the outcome's own words in a language, in the order its page shows them:
/// title, the answer, who it applies to, why, the steps, what to have ready.
pub(super) fn outcome_message_ids(outcome: Outcome, lang: Lang) -> Vec<String> {
    ["title", "answer", "applies-to", "why"]
        .map(|part| outcome_id(outcome, part))
        .into_iter()
        .chain(list_ids(outcome, "step", lang))
        .chain(list_ids(outcome, "have-ready", lang))
        .collect()
}

/// Every message id the router reads in a language, for the test that router.ftl holds
/// exactly these (a step numbered after a gap would never be shown).
#[cfg(test)]
pub(super) fn message_ids(lang: Lang) -> std::collections::BTreeSet<String> {
    let mut ids = std::collections::BTreeSet::new();
    for question in Question::ALL {
        ids.insert(question_id(*question, "title"));
        ids.insert(question_id(*question, "error"));
        let hint = question_id(*question, "hint");
        if words::has(lang, &hint) {
            ids.insert(hint);
        }
        ids.extend(
            question
                .answer_ids()
                .iter()
                .map(|id| answer_label_id(*question, id)),
        );
    }
    for outcome in Outcome::ALL {
        ids.extend(outcome_message_ids(outcome, lang));
    }
    ids
}
