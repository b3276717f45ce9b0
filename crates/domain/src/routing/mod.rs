//! "Find the right place": a routing table kept as data. Each question has typed answers
//! and a pure `next` function; walking a set of answers from the first question ends at
//! the next unanswered question or at an outcome. Outcomes carry where to go, why, next
//! steps, what to have ready, deadlines and official links. Answers travel in the URL
//! query string (sorted keys, unknown keys dropped; categories only, never personal data).

mod find_wording;
mod graph;
mod outcome;
mod outcome_facts;
mod query_string;
mod questions;
mod walk;
mod wording;

pub use find_wording::{AnswerWording, ExamplePath, FindWording, OutcomeWording, QuestionWording};
pub use graph::dot;
pub use outcome::{
    FACTS_LAST_CHECKED, OfficialLink, Outcome, StateService, UscisService, filing_link,
};
pub use outcome_facts::outcome_facts;
pub use questions::*;
pub use walk::{Node, Step, Walk, all_paths, walk};
pub use wording::{OutcomeText, QuestionText, answer_label, outcome_text, question_text};

#[cfg(test)]
mod situations;
#[cfg(test)]
mod tests;
