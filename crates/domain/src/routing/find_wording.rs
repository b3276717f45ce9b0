//! The words of "Find the right place" as one document per language. The build writes it to
//! `/content/<lang>/find.json` and the app fetches it on the first Find page, so the
//! first visit to the home page does not carry the words of every outcome in two languages.

use serde::{Deserialize, Serialize};

use super::{
    Outcome, Question, all_paths, answer_label, outcome_facts, outcome_text, question_text,
};
use crate::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerWording {
    pub id: String,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionWording {
    pub key: String,
    pub title: String,
    pub hint: Option<String>,
    pub error: String,
    pub answers: Vec<AnswerWording>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeWording {
    pub id: String,
    pub title: String,
    pub answer: String,
    pub applies_to: String,
    pub why: String,
    pub next_steps: Vec<String>,
    pub have_ready: Vec<String>,
    /// The facts the page states, with their sources (`outcome_facts`), each as the
    /// catalogue holds a citation (`words::Citation::parse` reads it): no other shape for
    /// the browser to learn to read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<String>,
}

/// One way to reach an outcome, as (question key, answer id) pairs: the end-to-end tests
/// click through these.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExamplePath {
    pub outcome: String,
    pub answers: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindWording {
    pub questions: Vec<QuestionWording>,
    pub outcomes: Vec<OutcomeWording>,
    pub example_paths: Vec<ExamplePath>,
}

impl FindWording {
    pub fn for_lang(lang: Lang) -> FindWording {
        let questions = Question::ALL
            .iter()
            .map(|q| {
                let text = question_text(*q, lang);
                QuestionWording {
                    key: q.key().to_owned(),
                    title: text.title.to_owned(),
                    hint: text.hint.map(str::to_owned),
                    error: text.error.to_owned(),
                    answers: q
                        .answer_ids()
                        .iter()
                        .map(|id| AnswerWording {
                            id: (*id).to_owned(),
                            label: answer_label(*q, id, lang).unwrap_or(id).to_owned(),
                        })
                        .collect(),
                }
            })
            .collect();
        let outcomes = Outcome::ALL
            .iter()
            .map(|o| {
                let text = outcome_text(*o, lang);
                OutcomeWording {
                    id: o.id().to_owned(),
                    title: text.title.to_owned(),
                    answer: text.answer.to_owned(),
                    applies_to: text.applies_to.to_owned(),
                    why: text.why.to_owned(),
                    next_steps: text.next_steps.iter().map(|s| (*s).to_owned()).collect(),
                    have_ready: text.have_ready.iter().map(|s| (*s).to_owned()).collect(),
                    facts: outcome_facts(*o, lang)
                        .into_iter()
                        .map(|c| c.to_entry())
                        .collect(),
                }
            })
            .collect();
        FindWording {
            questions,
            outcomes,
            example_paths: example_paths(),
        }
    }

    pub fn question(&self, question: Question) -> Option<&QuestionWording> {
        self.questions.iter().find(|q| q.key == question.key())
    }

    pub fn outcome(&self, outcome: Outcome) -> Option<&OutcomeWording> {
        self.outcomes.iter().find(|o| o.id == outcome.id())
    }

    pub fn answer_label(&self, question: Question, id: &str) -> Option<&str> {
        self.question(question)?
            .answers
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.label.as_str())
    }
}

/// The shortest path to each outcome.
fn example_paths() -> Vec<ExamplePath> {
    let paths = all_paths();
    Outcome::ALL
        .iter()
        .filter_map(|outcome| {
            let (_, walked) = paths
                .iter()
                .filter(|(_, w)| w.outcome() == Some(*outcome))
                .min_by_key(|(answers, w)| (w.steps.len(), answers.to_query()))?;
            Some(ExamplePath {
                outcome: outcome.id().to_owned(),
                answers: walked
                    .steps
                    .iter()
                    .map(|s| (s.question.key().to_owned(), s.answer_id.to_owned()))
                    .collect(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complete_in_every_language_and_survives_json() {
        for lang in Lang::ALL {
            let wording = FindWording::for_lang(lang);
            assert_eq!(wording.questions.len(), Question::ALL.len());
            assert_eq!(wording.outcomes.len(), Outcome::ALL.len());
            assert_eq!(wording.example_paths.len(), Outcome::ALL.len());
            let json = serde_json::to_string(&wording).unwrap();
            assert_eq!(serde_json::from_str::<FindWording>(&json).unwrap(), wording);
            assert_eq!(
                wording.answer_label(Question::CourtCase, "not-sure"),
                answer_label(Question::CourtCase, "not-sure", lang)
            );
        }
        assert_eq!(
            FindWording::for_lang(Lang::En).answer_label(Question::CourtCase, "not-sure"),
            Some("I’m not sure")
        );
    }
}
