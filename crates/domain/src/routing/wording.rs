//! The words of "Find the right place", read from `locales/<lang>/router.ftl`: question
//! titles and hints, answer labels (first person, as the person would say it), and for
//! each outcome the title, why it fits, next steps and what to have ready. Every id is
//! made from the question's key, the answer's id or the outcome's id, so the routing table
//! stays the one list of what exists. Facts follow the domain facts; phone numbers and fees
//! are shown with a "check the official page" note by the app.

use crate::{Lang, words};

use super::{CourtCase, Outcome, Question, StateService, UscisService};

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

/// The ids of an outcome's numbered list (`step` or `have-ready`), in order.
fn list_ids(outcome: Outcome, part: &str, len: usize) -> impl Iterator<Item = String> {
    (1..=len).map(move |n| outcome_id(outcome, &[part, "-", &n.to_string()].concat()))
}

fn question_word(question: Question, part: &str, lang: Lang) -> &'static str {
    words::text(lang, &question_id(question, part))
}

/// Whether the question has a hint under its title (`router-q-<key>-hint`).
const fn has_hint(question: Question) -> bool {
    matches!(
        question,
        Question::PortalAccount | Question::Urgent | Question::CourtCase
    )
}

pub fn question_text(question: Question, lang: Lang) -> QuestionText {
    QuestionText {
        title: question_word(question, "title", lang),
        hint: has_hint(question).then(|| question_word(question, "hint", lang)),
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
    pub why: &'static str,
    pub next_steps: Vec<&'static str>,
    pub have_ready: Vec<&'static str>,
}

/// How many next steps (`router-o-<id>-step-1…`) and things to have ready
/// (`router-o-<id>-have-ready-1…`) each outcome's words hold.
const fn list_lengths(outcome: Outcome) -> (usize, usize) {
    use Outcome::*;
    match outcome {
        SevpPortal => (6, 3),
        StudentDso | Sevis | SevpCertification | IceCheckIn => (4, 3),
        IceChangeOfAddress {
            court_case: CourtCase::Yes | CourtCase::NotSure,
        } => (4, 3),
        IceChangeOfAddress {
            court_case: CourtCase::No,
        } => (3, 3),
        CeBonds => (5, 4),
        EBonds => (2, 2),
        DetaineeLocator | I901Fee | UrgentLegalHelp => (4, 3),
        Uscis(UscisService::CaseStatus) => (3, 1),
        Uscis(UscisService::Citizenship | UscisService::GreenCard) => (3, 2),
        Uscis(
            UscisService::WorkPermit
            | UscisService::ChangeOrExtendStay
            | UscisService::AddressChange,
        ) => (3, 3),
        StateDepartment(StateService::Visa) => (3, 3),
        StateDepartment(StateService::ExchangeSponsor) => (3, 2),
        Cbp => (3, 1),
        Eoir => (3, 2),
        PhishingWarning => (4, 1),
    }
}

fn outcome_word(outcome: Outcome, part: &str, lang: Lang) -> &'static str {
    words::text(lang, &outcome_id(outcome, part))
}

fn outcome_list(outcome: Outcome, part: &str, len: usize, lang: Lang) -> Vec<&'static str> {
    list_ids(outcome, part, len)
        .map(|id| words::text(lang, &id))
        .collect()
}

pub fn outcome_text(outcome: Outcome, lang: Lang) -> OutcomeText {
    let (steps, have_ready) = list_lengths(outcome);
    OutcomeText {
        title: outcome_word(outcome, "title", lang),
        why: outcome_word(outcome, "why", lang),
        next_steps: outcome_list(outcome, "step", steps, lang),
        have_ready: outcome_list(outcome, "have-ready", have_ready, lang),
    }
}

/// Every message id the router reads, for the test that router.ftl holds exactly these.
#[cfg(test)]
pub(super) fn message_ids() -> std::collections::BTreeSet<String> {
    let mut ids = std::collections::BTreeSet::new();
    for question in Question::ALL {
        ids.insert(question_id(*question, "title"));
        ids.insert(question_id(*question, "error"));
        if has_hint(*question) {
            ids.insert(question_id(*question, "hint"));
        }
        ids.extend(
            question
                .answer_ids()
                .iter()
                .map(|id| answer_label_id(*question, id)),
        );
    }
    for outcome in Outcome::ALL {
        let (steps, have_ready) = list_lengths(outcome);
        ids.insert(outcome_id(outcome, "title"));
        ids.insert(outcome_id(outcome, "why"));
        ids.extend(list_ids(outcome, "step", steps));
        ids.extend(list_ids(outcome, "have-ready", have_ready));
    }
    ids
}
