//! One question per page: the question is the page heading (inside the legend), Continue
//! sends the form, and the answer is added to the address. The form is a GET form to the
//! question's own address with the earlier answers as hidden fields and `next=1`: without
//! JavaScript the server answers it (a redirect to the next step, or the question again with
//! an error); with JavaScript the app reads the same address the same way.

use navigator_domain::{
    FindStep, Lang,
    routing::{Answers, FindWording, Question, walk},
};

use super::{find_href, next_href};
use crate::{
    markup::{Markup, field_id},
    static_page::StaticPage,
    text::{find_text, shell_text},
};

/// The query key a question's form sends to say "the person pressed Continue" (a Change
/// link opens the same address without it).
const CONTINUE: &str = "next";

/// What the address of a question asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum QuestionStep {
    /// Continue was pressed with an answer: go on to this address.
    Next(String),
    /// Show the question; `missing` when Continue was pressed without an answer.
    Ask { missing: bool },
}

/// Reads a question's address: `query` is the query string without `?`.
pub fn question_step(lang: Lang, question: Question, query: &str) -> QuestionStep {
    let continued = query
        .split('&')
        .any(|pair| pair == [CONTINUE, "=1"].concat());
    let answers = Answers::from_query(query);
    match (continued, answers.answer_id(question)) {
        (true, Some(_)) => QuestionStep::Next(next_href(lang, &answers)),
        (true, None) => QuestionStep::Ask { missing: true },
        (false, _) => QuestionStep::Ask { missing: false },
    }
}

/// The question page for the answers in the address.
pub fn question_page(
    lang: Lang,
    question: Question,
    answers: &Answers,
    wording: &FindWording,
    missing: bool,
) -> StaticPage {
    let s = shell_text(lang);
    let Some(text) = wording.question(question) else {
        return StaticPage::new(String::new(), String::new());
    };
    let base = field_id(question.key());
    let hint_id = [base.as_str(), "-hint"].concat();
    let error_id = [base.as_str(), "-error"].concat();

    // Back goes to the question asked before this one on the path, or to the start page.
    let back = match walk(answers).question_before(question) {
        Some(before) => find_href(lang, FindStep::Question(before), answers),
        None => find_href(lang, FindStep::Start, &Answers::default()),
    };
    let mut before = Markup::new();
    before.element("a", &[("href", &back), ("class", "back-link")], s.back());
    if missing {
        before.error_summary(s.error_summary_title(), &[(&base, &text.error)]);
    }

    let mut others = answers.clone();
    others.clear(question);
    let action = find_href(lang, FindStep::Question(question), &Answers::default());
    let mut m = Markup::new();
    m.open(
        "form",
        &[
            ("method", "get"),
            ("action", &action),
            ("novalidate", ""),
            ("data-navigate", "replace"),
        ],
    );
    for (key, id) in others
        .to_query()
        .split('&')
        .filter_map(|p| p.split_once('='))
    {
        m.open("input", &[("type", "hidden"), ("name", key), ("value", id)]);
    }
    m.open(
        "input",
        &[("type", "hidden"), ("name", CONTINUE), ("value", "1")],
    );
    let described_by = [
        text.hint.as_ref().map(|_| hint_id.as_str()),
        missing.then_some(error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    m.open_form_group(missing)
        .open(
            "fieldset",
            &[
                ("class", "fieldset"),
                if described_by.is_empty() {
                    ("", "")
                } else {
                    ("aria-describedby", &described_by)
                },
            ],
        )
        .open("legend", &[("class", "fieldset__legend")])
        .element(
            "h1",
            &[("class", "heading-xl"), ("tabindex", "-1")],
            &text.title,
        )
        .close("legend");
    if let Some(hint) = &text.hint {
        m.element("div", &[("id", &hint_id), ("class", "hint")], hint);
    }
    if missing {
        m.error_message(&error_id, s.error_prefix(), &text.error);
    }
    m.open("div", &[("class", "radios")]);
    let chosen = answers.answer_id(question);
    for (index, answer) in text.answers.iter().enumerate() {
        let input_id = if index == 0 {
            base.clone()
        } else {
            [base.as_str(), "-", &(index + 1).to_string()].concat()
        };
        m.open("div", &[("class", "radios__item")]).open(
            "input",
            &[
                ("class", "radios__input"),
                ("id", &input_id),
                ("name", question.key()),
                ("type", "radio"),
                ("value", &answer.id),
                if chosen == Some(answer.id.as_str()) {
                    ("checked", "")
                } else {
                    ("", "")
                },
            ],
        );
        m.element(
            "label",
            &[("class", "radios__label"), ("for", &input_id)],
            &answer.label,
        )
        .close("div");
    }
    m.close("div").close("fieldset").close("div");
    m.element(
        "button",
        &[("type", "submit"), ("class", "button")],
        s.continue_button(),
    )
    .close("form");
    StaticPage {
        title: text.title.clone(),
        before: before.into_string(),
        heading: None,
        body: m.into_string(),
        has_errors: missing,
        focus_heading: false,
        section: find_text(lang).step_title_suffix(),
    }
}

#[cfg(test)]
mod tests {
    use navigator_domain::routing::FindWording;

    use super::*;

    #[test]
    fn continue_with_an_answer_goes_on_and_without_one_asks_again() {
        let lang = Lang::En;
        assert_eq!(
            question_step(lang, Question::Event, "next=1&event=court"),
            QuestionStep::Next("/find/urgent?event=court".into())
        );
        assert_eq!(
            question_step(lang, Question::Event, "next=1"),
            QuestionStep::Ask { missing: true }
        );
        // A Change link opens the question with its answer, without moving on.
        assert_eq!(
            question_step(lang, Question::Event, "event=court"),
            QuestionStep::Ask { missing: false }
        );
    }

    #[test]
    fn the_form_carries_the_other_answers_and_ticks_the_given_one() {
        let lang = Lang::Es;
        let wording = FindWording::for_lang(lang);
        let answers = Answers::from_query("event=court&urgent=no");
        let page = question_page(lang, Question::Event, &answers, &wording, false);
        assert!(
            page.body
                .contains("<input type=\"hidden\" name=\"urgent\" value=\"no\">")
        );
        assert!(!page.body.contains("type=\"hidden\" name=\"event\""));
        assert!(
            page.body.contains("value=\"court\" checked=\"\">"),
            "{}",
            page.body
        );
        assert!(page.body.contains("action=\"/es/find/"));
        assert!(!page.has_errors);
    }

    #[test]
    fn a_missing_answer_is_named_in_the_summary_and_at_the_field() {
        let wording = FindWording::for_lang(Lang::En);
        let page = question_page(
            Lang::En,
            Question::Urgent,
            &Answers::from_query("event=court"),
            &wording,
            true,
        );
        assert!(page.before.contains("error-summary"));
        assert!(page.before.contains("href=\"#urgent\""));
        assert!(page.body.contains("form-group--error"));
        assert!(page.body.contains("aria-describedby=\""));
        // Back goes to the question before, with the answers so far.
        assert!(
            page.before.contains("href=\"/find/event?event=court\""),
            "{}",
            page.before
        );
    }
}
