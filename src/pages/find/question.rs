//! One question per page: the question is the page heading (inside the legend), Continue
//! checks an answer was chosen, and the answer is added to the address.

use leptos::{ev::SubmitEvent, prelude::*};
use navigator_domain::{
    FindStep,
    routing::{Answers, Question, walk},
};

use super::{find_href, next_href, wording};
use crate::{
    components::{BackLink, ErrorSummary, Radios, field_id},
    content::loaded,
    navigation::use_navigation,
    page_heading::PageHeading,
    text::{find_text, shell_text},
};

#[component]
pub fn FindQuestionPage(question: Question) -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let answers = Answers::from_query(&navigation.query_untracked());
    let selected = RwSignal::new(answers.answer_id(question).map(str::to_owned));
    let error = RwSignal::new(None::<String>);

    // Back goes to the question before this one on the path, or to the start page.
    let steps = walk(&answers).steps;
    let back = match steps.iter().position(|s| s.question == question) {
        Some(0) | None => find_href(lang, FindStep::Start, &Answers::default()),
        Some(at) => find_href(lang, FindStep::Question(steps[at - 1].question), &answers),
    };
    let back = Signal::derive(move || back.clone());

    loaded(wording(lang), move |wording| {
        let Some(text) = wording.question(question).cloned() else {
            return ().into_any();
        };
        let options: Vec<(String, String)> = text
            .answers
            .iter()
            .map(|a| (a.id.clone(), a.label.clone()))
            .collect();
        let answers = answers.clone();
        let missing = text.error.clone();
        let submit = move |event: SubmitEvent| {
            event.prevent_default();
            match selected.get_untracked() {
                None => error.set(Some(missing.clone())),
                Some(id) => {
                    let mut next = answers.clone();
                    next.set(question, &id);
                    navigation.go(&next_href(lang, &next));
                }
            }
        };
        let has_errors = Signal::derive(move || error.with(Option::is_some));
        let summary = Signal::derive(move || {
            error
                .get()
                .map(|message| vec![(field_id(question.key()), message)])
                .unwrap_or_default()
        });
        let heading = view! {
            <PageHeading text=text.title.clone() has_errors=has_errors section=find_text(lang).step_title_suffix/>
        };
        view! {
            <BackLink href=back/>
            <ErrorSummary items=summary/>
            <form novalidate on:submit=submit>
                <Radios
                    name=question.key()
                    legend=heading.into_any()
                    hint=text.hint.clone()
                    options=options
                    selected=selected
                    error=error
                />
                <button type="submit" class="button">{shell_text(lang).continue_button}</button>
            </form>
        }
        .into_any()
    })
}
