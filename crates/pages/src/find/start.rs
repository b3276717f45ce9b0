//! The start page of "Find the right place".

use navigator_domain::{
    FindStep, Lang,
    routing::{Answers, Question},
};

use super::find_href;
use crate::{markup::Markup, static_page::StaticPage, text::find_text};

pub fn start_page(lang: Lang) -> StaticPage {
    let t = find_text(lang);
    let mut m = Markup::new();
    m.element("p", &[("class", "lead")], t.start_lead())
        .bullets(t.start_points());
    let start = find_href(
        lang,
        FindStep::Question(Question::FIRST),
        &Answers::default(),
    );
    m.element(
        "a",
        &[
            ("href", &start),
            ("class", "button button--start"),
            ("role", "button"),
            ("draggable", "false"),
        ],
        t.start_button(),
    );
    StaticPage::new(t.start_title(), m.into_string())
}
