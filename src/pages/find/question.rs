//! One question (navigator-pages): the same GET form the server answers without
//! JavaScript. Continue with an answer goes on to the next step; the question's own history
//! entry then carries the answer, so browser Back shows it ticked.

use leptos::prelude::*;
use navigator_domain::{
    FindStep,
    routing::{Answers, Question},
};
use navigator_pages::find::{QuestionStep, find_href, question_page, question_step};

use super::wording;
use crate::{content::loaded, navigation::use_navigation, static_view::static_view};

#[component]
pub fn FindQuestionPage(
    question: Question,
    /// The query string of the address (the answers so far).
    query: String,
) -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let missing = match question_step(lang, question, &query) {
        QuestionStep::Next(next) => {
            let answers = Answers::from_query(&query);
            let answered = find_href(lang, FindStep::Question(question), &answers);
            Effect::new(move |_| {
                navigation.record(&answered);
                navigation.go(&next);
            });
            return ().into_any();
        }
        QuestionStep::Ask { missing } => missing,
    };
    let answers = Answers::from_query(&query);
    loaded(wording(lang), move |wording| {
        static_view(question_page(lang, question, &answers, &wording, missing))
    })
    .into_any()
}
