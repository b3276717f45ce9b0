//! "Find the right place": a start page, one question per page and an outcome page. The
//! structure (questions, answers, where each leads) is navigator-domain's routing table;
//! the words are fetched once from `/content/<lang>/find.json`. Answers live in the query
//! string, so reload, Back and a shared link all show the same page.

mod question;
mod result;
mod start;

use std::rc::Rc;

use leptos::prelude::*;
use navigator_domain::{
    AppPath, FindStep, Lang, Page,
    routing::{Answers, FindWording, Node, walk},
};

pub use question::FindQuestionPage;
pub use result::FindResultPage;
pub use start::FindStartPage;

use crate::{content, fetch::FetchError};

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

/// Where the answers lead: the next unanswered question, or the outcome page.
pub fn next_href(lang: Lang, answers: &Answers) -> String {
    match walk(answers).end {
        Node::Ask(question) => find_href(lang, FindStep::Question(question), answers),
        Node::Done(_) => find_href(lang, FindStep::Result, answers),
    }
}

fn wording(lang: Lang) -> LocalResource<Result<Rc<FindWording>, FetchError>> {
    LocalResource::new(move || content::json::<FindWording>(lang, "find.json"))
}
