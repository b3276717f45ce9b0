//! "Find the right place": a start page, one question per page and an outcome page. The
//! structure (questions, answers, where each leads) is navigator-domain's routing table; the
//! words are [`FindWording`](navigator_domain::routing::FindWording). Answers live in the
//! query string, so reload, Back and a shared link all show the same page, and each
//! question is a GET form that works without JavaScript.

mod question;
mod result;
mod start;

use navigator_domain::{
    AppPath, FindStep, Lang, Page,
    routing::{Answers, Node, walk},
};

pub use question::{QuestionStep, question_page, question_step};
pub use result::result_page;
pub use start::start_page;

/// The address of a step, with the answers so far.
pub fn find_href(lang: Lang, step: FindStep, answers: &Answers) -> String {
    let path = AppPath::href(lang, Page::Find(step)).unwrap_or_default();
    let query = answers.to_query();
    if query.is_empty() {
        path
    } else {
        [path, "?".into(), query].concat()
    }
}

/// Where the answers lead: the next unanswered question, or the outcome page — carrying
/// only the answers on that path.
pub fn next_href(lang: Lang, answers: &Answers) -> String {
    let path = walk(answers);
    let kept = path.answers();
    match path.end {
        Node::Ask(question) => find_href(lang, FindStep::Question(question), &kept),
        Node::Done(_) => find_href(lang, FindStep::Result, &kept),
    }
}
