//! The outcome: where to go and why, your answers, what to do next, what to have ready,
//! deadlines, official links, and a way to print it all.

use navigator_domain::{
    AppPath, FindStep, Lang, Page,
    agency::Source,
    routing::{Answers, FACTS_LAST_CHECKED, FindWording, Outcome, walk},
    words::Citation,
};

use super::find_href;
use crate::{
    fact_sources::fact_sources,
    markup::Markup,
    static_page::StaticPage,
    text::{find_text, shell_text},
};

/// "Your answers": each question on the path, its answer and a Change link that opens the
/// question with every answer kept.
fn your_answers(m: &mut Markup, lang: Lang, answers: &Answers, wording: &FindWording) {
    let t = find_text(lang);
    m.open("dl", &[("class", "summary-list")]);
    for step in walk(answers).steps {
        let question = wording
            .question(step.question)
            .map(|q| q.title.as_str())
            .unwrap_or_default();
        let answer = wording
            .answer_label(step.question, step.answer_id)
            .unwrap_or(step.answer_id);
        let change = find_href(lang, FindStep::Question(step.question), answers);
        m.open("div", &[("class", "summary-list__row")])
            .element("dt", &[("class", "summary-list__key")], question)
            .element("dd", &[("class", "summary-list__value")], answer)
            .open("dd", &[("class", "summary-list__actions")])
            .open("a", &[("href", &change)])
            .text(t.change())
            .element(
                "span",
                &[("class", "visually-hidden")],
                &[" ", question].concat(),
            )
            .close("a")
            .close("dd")
            .close("div");
    }
    m.close("dl");
}

pub fn result_page(
    lang: Lang,
    answers: &Answers,
    outcome: Outcome,
    wording: &FindWording,
) -> StaticPage {
    let t = find_text(lang);
    let s = shell_text(lang);
    let Some(text) = wording.outcome(outcome) else {
        return StaticPage::new(String::new(), String::new());
    };
    let mut m = Markup::new();
    m.element("p", &[("class", "lead")], &text.answer);
    m.open("dl", &[("class", "outcome-facts")]);
    if let Some(agency) = outcome.agency() {
        m.element("dt", &[], t.where_to_go())
            .element("dd", &[], agency.name(lang));
    }
    m.element("dt", &[], t.applies_to())
        .element("dd", &[], &text.applies_to);
    m.close("dl");
    m.heading(t.why()).paragraph(&text.why);
    m.heading(t.your_answers());
    your_answers(&mut m, lang, answers, wording);
    m.heading(t.next_steps())
        .open("ol", &[("class", "list list--number")]);
    for step in &text.next_steps {
        m.element("li", &[], step);
    }
    m.close("ol");
    m.heading(t.have_ready())
        .element("p", &[("class", "hint")], t.have_ready_hint());
    m.checklist("ready", text.have_ready.iter().map(String::as_str));
    if !outcome.deadlines().is_empty() {
        m.heading(t.deadlines())
            .open("ul", &[("class", "list list--bullet")]);
        for rule in outcome.deadlines() {
            m.open("li", &[])
                .text(&[rule.title(lang), ": "].concat())
                .element("strong", &[], &rule.counting().describe(lang));
            if rule.source() == Source::SecondaryAgreement {
                m.text(" ")
                    .element("span", &[("class", "hint")], t.secondary_source());
            }
            m.close("li");
        }
        m.close("ul").open("p", &[]);
        m.link(
            &AppPath::href(lang, Page::Tool(navigator_domain::Tool::Deadlines)).unwrap_or_default(),
            t.deadlines_tool(),
        );
        m.close("p");
    }
    m.heading(t.official_links())
        .open("ul", &[("class", "list list--bullet")]);
    for link in outcome.links() {
        m.open("li", &[])
            .link(link.url, link.label(lang))
            .close("li");
    }
    m.close("ul").element(
        "p",
        &[("class", "hint")],
        &[s.last_checked(), " ", &FACTS_LAST_CHECKED.long(lang)].concat(),
    );
    m.open("p", &[])
        .link(
            &AppPath::href(lang, Page::Guide(outcome.guide())).unwrap_or_default(),
            t.read_guide(),
        )
        .close("p");
    if !outcome.tools().is_empty() {
        m.heading(t.tools_heading())
            .open("ul", &[("class", "list list--bullet")]);
        for tool in outcome.tools() {
            m.open("li", &[])
                .link(
                    &AppPath::href(lang, Page::Tool(*tool)).unwrap_or_default(),
                    tool.title(lang),
                )
                .close("li");
        }
        m.close("ul");
    }
    let facts: Vec<Citation> = text
        .facts
        .iter()
        .filter_map(|e| Citation::parse(e))
        .collect();
    m.raw(&fact_sources(lang, &facts).into_string());
    m.open("div", &[("class", "button-group no-print")])
        .print_button(s.print());
    m.element(
        "a",
        &[
            (
                "href",
                &find_href(lang, FindStep::Start, &Answers::default()),
            ),
            ("class", "link-button"),
        ],
        t.start_again(),
    );
    m.close("div");
    StaticPage {
        section: t.step_title_suffix(),
        ..StaticPage::new(text.title.clone(), m.into_string())
    }
}

// The words are compiled from the Fluent files here: native only, like the compiler.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use navigator_domain::{
        Lang,
        routing::{FindWording, Outcome, all_paths},
        words::{source, stated_facts_id},
    };

    use super::result_page;
    use crate::markup::Markup;

    fn escaped(text: &str) -> String {
        let mut m = Markup::new();
        m.text(text);
        m.into_string()
    }

    /// Whether a message id is one of the outcome's own words on its page.
    fn is_outcome_word(id: &str, outcome: Outcome) -> bool {
        let Some(part) = id
            .strip_prefix("router-o-")
            .and_then(|rest| rest.strip_prefix(outcome.id()))
            .and_then(|rest| rest.strip_prefix('-'))
        else {
            return false;
        };
        let numbered = |list: &str| {
            part.strip_prefix(list)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        };
        ["title", "answer", "applies-to", "why"].contains(&part)
            || numbered("step-")
            || numbered("have-ready-")
    }

    /// The facts are worked out here from the compiled words, not from what find.json
    /// carries, so a page that leaves one out fails.
    #[test]
    fn every_outcome_page_that_states_a_fact_lists_its_source() {
        let paths = all_paths();
        for lang in Lang::ALL {
            let wording = FindWording::for_lang(lang);
            let catalogue = source::compile(lang, None).unwrap();
            for outcome in Outcome::ALL {
                let (answers, _) = paths
                    .iter()
                    .find(|(_, walked)| walked.outcome() == Some(outcome))
                    .unwrap();
                let html = result_page(lang, answers, outcome, &wording).body;
                let sources = html
                    .split_once("<details class=\"details sources\">")
                    .map(|(_, rest)| rest.split_once("</details>").unwrap().0);
                let stated: Vec<&str> = catalogue
                    .messages
                    .keys()
                    .filter(|id| is_outcome_word(id, outcome))
                    .filter_map(|id| catalogue.text(&stated_facts_id(id)))
                    .flat_map(str::split_whitespace)
                    .chain(outcome.deadlines().iter().map(|rule| rule.fact_id()))
                    .collect();
                let page = [lang.tag(), " ", outcome.id()].concat();
                if stated.is_empty() {
                    assert!(sources.is_none(), "{page}: sources without facts");
                    continue;
                }
                let sources = sources.unwrap_or_else(|| panic!("{page}: no sources"));
                for fact in stated {
                    let cited = catalogue.facts_of(&[], &[fact])[0];
                    for shown in [
                        escaped(cited.value),
                        ["href=\"", &escaped(cited.url), "\""].concat(),
                        cited.checked.long(lang),
                    ] {
                        assert!(sources.contains(&shown), "{page}: {fact} ({shown})");
                    }
                }
            }
        }
    }
}
