//! Following the answers from the first question.

use super::{Answers, Outcome, Question};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    Ask(Question),
    Done(Outcome),
}

/// A question on the path and the answer it was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub question: Question,
    pub answer_id: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk {
    /// Answered questions on the path, in order ("Your answers").
    pub steps: Vec<Step>,
    /// The first unanswered question, or the outcome.
    pub end: Node,
}

impl Walk {
    /// Only the answers on the path: what an address should carry once the person moves on
    /// (an answer to a question the path no longer asks would travel in shared links).
    pub fn answers(&self) -> Answers {
        let mut answers = Answers::default();
        for step in &self.steps {
            answers.set(step.question, step.answer_id);
        }
        answers
    }

    /// The question asked before `question` on this path: `None` for the first one, or for a
    /// question the path does not ask.
    pub fn question_before(&self, question: Question) -> Option<Question> {
        let at = match self.end {
            Node::Ask(current) if current == question => self.steps.len(),
            _ => self.steps.iter().position(|s| s.question == question)?,
        };
        at.checked_sub(1).map(|before| self.steps[before].question)
    }

    pub fn outcome(&self) -> Option<Outcome> {
        match self.end {
            Node::Done(outcome) => Some(outcome),
            Node::Ask(_) => None,
        }
    }
}

/// Follows `answers` from [`Question::FIRST`]. Each question can be asked at most once on
/// a path, so this ends within `Question::ALL.len()` steps (the tests prove there are no
/// cycles; the bound keeps a future mistake from hanging a browser tab).
pub fn walk(answers: &Answers) -> Walk {
    let mut steps = Vec::new();
    let mut question = Question::FIRST;
    for _ in 0..=Question::ALL.len() {
        let (Some(answer_id), Some(next)) = (answers.answer_id(question), question.next(answers))
        else {
            break;
        };
        steps.push(Step {
            question,
            answer_id,
        });
        match next {
            Node::Ask(following) => question = following,
            Node::Done(outcome) => {
                return Walk {
                    steps,
                    end: Node::Done(outcome),
                };
            }
        }
    }
    Walk {
        steps,
        end: Node::Ask(question),
    }
}

/// Every complete path through the table: each combination of answers that matters, with
/// where it ends. The exhaustive walk behind the routing tests and the graph.
pub fn all_paths() -> Vec<(Answers, Walk)> {
    let mut paths = Vec::new();
    let mut pending = vec![Answers::default()];
    while let Some(answers) = pending.pop() {
        let walked = walk(&answers);
        match walked.end {
            Node::Done(_) => paths.push((answers, walked)),
            Node::Ask(question) => {
                for id in question.answer_ids() {
                    let mut more = answers.clone();
                    more.set(question, id);
                    pending.push(more);
                }
            }
        }
    }
    paths
}
