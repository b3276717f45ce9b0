//! "What is this number?": paste a number, see every identifier it could be.

use leptos::{ev::SubmitEvent, prelude::*};
use navigator_domain::{
    Lang, Tool,
    identify::{Identification, has_content, identify},
    words::{self, Citation},
};

use super::{kept_answers, tool_sources::ToolSources};
use crate::{
    components::{ErrorSummary, TextField},
    navigation::use_navigation,
    page_heading::PageHeading,
    text::tools_text,
};

/// What the cards cite under "Sources": the facts their words state (the court's phone line
/// on the A-Number's, for one).
fn cited_facts(found: &[Identification], lang: Lang) -> Vec<Citation<'static>> {
    let shown: Vec<&str> = found.iter().flat_map(|item| item.kind.word_ids()).collect();
    words::facts_of(lang, &shown, &[])
}

#[component]
pub fn IdentifyTool(sources: ToolSources) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = tools_text(lang);
    let typed = RwSignal::new(kept_answers::kept(Tool::Identify).text("number"));
    kept_answers::keep(Tool::Identify, move |answers| {
        answers.set_text("number", &typed.get());
    });
    let error = RwSignal::new(None::<String>);
    let found = RwSignal::new(None::<Vec<Identification>>);
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        let text = typed.get_untracked();
        if has_content(&text) {
            let list = identify(&text);
            sources.cite(&cited_facts(&list, lang));
            error.set(None);
            found.set(Some(list));
        } else {
            found.set(None);
            sources.cite(&[]);
            error.set(Some(t.identify_missing().to_owned()));
        }
    };
    let summary = Signal::derive(move || {
        error
            .get()
            .map(|m| vec![("number".to_owned(), m)])
            .unwrap_or_default()
    });
    let results = move || {
        found.get().map(|list| {
            if list.is_empty() {
                return view! {
                    <div class="notification">
                        <h2 class="heading-m">{t.identify_none_title()}</h2>
                        <p>{t.identify_none()}</p>
                    </div>
                }
                .into_any();
            }
            view! {
                <h2 class="heading-m">{t.identify_found()}</h2>
                {list.into_iter().map(|item| {
                    let agencies = item.kind.agencies().iter().map(|a| a.name(lang)).collect::<Vec<_>>().join("; ");
                    view! {
                        <div class="result-card">
                            <h3 class="heading-s">{item.kind.name(lang)}</h3>
                            <dl class="facts">
                                <dt>{t.written_as()}</dt><dd><code>{item.normalised}</code></dd>
                                <dt>{t.used_by()}</dt><dd>{agencies}</dd>
                            </dl>
                            <p>{item.kind.used_for(lang)}</p>
                            <p><strong>{t.often_confused()}": "</strong>{item.kind.not_for(lang)}</p>
                        </div>
                    }
                }).collect_view()}
            }
            .into_any()
        })
    };
    view! {
        <PageHeading text=Tool::Identify.title(lang) has_errors=Signal::derive(move || error.with(Option::is_some))/>
        <p class="lead">{Tool::Identify.summary(lang)}</p>
        <ErrorSummary items=summary/>
        <form novalidate on:submit=submit>
            <TextField
                name="number"
                label=t.identify_label()
                hint=[t.identify_hint(), " ", t.private_hint()].concat()
                value=typed
                error=error
                autocomplete=Some("off")
                no_spellcheck=true
                width=Some("input--width-20")
            />
            <button type="submit" class="button">{t.check()}</button>
        </form>
        <div aria-live="polite">{results}</div>
    }
}

// The words are compiled from the Fluent files here: native only, like the compiler.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use navigator_domain::{
        facts,
        identify::IdentifierKind,
        words::{source, stated_facts_id},
    };

    use super::*;

    /// A card whose words state a fact cites it; the facts are worked out here from the
    /// compiled words.
    #[test]
    fn the_cards_cite_the_facts_their_words_state() {
        for lang in Lang::ALL {
            let catalogue = source::compile(lang, None).unwrap();
            for kind in IdentifierKind::ALL {
                let card = [Identification {
                    kind,
                    normalised: String::new(),
                }];
                let cited = cited_facts(&card, lang);
                let stated = kind
                    .word_ids()
                    .into_iter()
                    .filter_map(|id| catalogue.text(&stated_facts_id(id)))
                    .flat_map(str::split_whitespace);
                for fact in stated {
                    let value = facts::shown(fact).unwrap();
                    assert!(cited.iter().any(|c| c.value == value), "{kind:?}: {fact}");
                }
            }
            let a_number = identify("A012345678");
            let cited = cited_facts(&a_number, lang);
            let phone = facts::shown("eoir-hotline-phone").unwrap();
            assert!(cited.iter().any(|c| c.value == phone), "{}", lang.tag());
        }
    }
}
