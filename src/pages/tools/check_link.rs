//! "Is this link or email official?": the domain's official-link checker, with its reasons.

use leptos::{ev::SubmitEvent, prelude::*};
use navigator_domain::{
    Lang, Tool,
    official_links::{LinkCheck, Verdict, check_link},
    words::{self, Citation},
};

use super::{kept_answers, tool_sources::ToolSources};
use crate::{
    components::{ErrorSummary, TextField},
    navigation::use_navigation,
    page_heading::PageHeading,
    text::tools_text,
};

/// The words of the page that state facts: the error names an official address as an
/// example. Every tool word that states a fact is on some tool page's list (`tools::tests`).
pub(super) const WORDS_WITH_FACTS: [&str; 1] = ["tools-link_unreadable"];

/// What the page cites under "Sources" while it shows the error.
fn cited_facts(lang: Lang) -> Vec<Citation<'static>> {
    words::facts_of(lang, &WORDS_WITH_FACTS, &[])
}

#[component]
pub fn CheckLinkTool(sources: ToolSources) -> impl IntoView {
    let lang = use_navigation().lang_untracked();
    let t = tools_text(lang);
    let typed = RwSignal::new(kept_answers::kept(Tool::CheckLink).text("link"));
    kept_answers::keep(Tool::CheckLink, move |answers| {
        answers.set_text("link", &typed.get());
    });
    let error = RwSignal::new(None::<String>);
    let checked = RwSignal::new(None::<LinkCheck>);
    let submit = move |event: SubmitEvent| {
        event.prevent_default();
        let check = check_link(&typed.get_untracked());
        if check.verdict == Verdict::Unreadable {
            checked.set(None);
            error.set(Some(t.link_unreadable().to_owned()));
            sources.cite(&cited_facts(lang));
        } else {
            error.set(None);
            checked.set(Some(check));
            sources.cite(&[]);
        }
    };
    let summary = Signal::derive(move || {
        error
            .get()
            .map(|m| vec![("link".to_owned(), m)])
            .unwrap_or_default()
    });
    let result = move || {
        checked.get().map(|check| {
            let host_label = if check.is_email { t.link_sender_domain() } else { t.link_goes_to() };
            let host = check.host.clone().unwrap_or_default();
            match check.verdict {
                Verdict::Official { service } => view! {
                    <div class="panel panel--success">
                        <h2 class="heading-m">{t.link_official()}</h2>
                        <p>{t.link_belongs_to()}" " <strong>{service.name(lang)}</strong></p>
                        <p>{host_label}" " <code>{host}</code></p>
                    </div>
                }
                .into_any(),
                Verdict::OfficialButInsecure { service, secure } => view! {
                    <div class="panel panel--warning">
                        <h2 class="heading-m">{t.link_official_insecure()}</h2>
                        <p>{t.link_belongs_to()}" " <strong>{service.name(lang)}</strong></p>
                        <p>{host_label}" " <code>{host}</code></p>
                        <p>{t.link_official_insecure_body()}" " <code>{secure}</code></p>
                    </div>
                }
                .into_any(),
                Verdict::GovernmentDomain => view! {
                    <div class="panel panel--warning">
                        <h2 class="heading-m">{t.link_government()}</h2>
                        <p>{host_label}" " <code>{host}</code></p>
                        <p>{t.link_government_body()}</p>
                    </div>
                }
                .into_any(),
                Verdict::NotOfficial { reasons } => view! {
                    <div class="panel panel--danger">
                        <h2 class="heading-m">{t.link_not_official()}</h2>
                        <p>{host_label}" " <code>{host}</code></p>
                        <ul class="list list--bullet">
                            {reasons.iter().map(|r| view! { <li>{r.explain(lang)}</li> }).collect_view()}
                        </ul>
                        <p><strong>{t.link_not_official_advice()}</strong></p>
                    </div>
                }
                .into_any(),
                Verdict::Unreadable => ().into_any(),
            }
        })
    };
    view! {
        <PageHeading text=Tool::CheckLink.title(lang) has_errors=Signal::derive(move || error.with(Option::is_some))/>
        <p class="lead">{Tool::CheckLink.summary(lang)}</p>
        <ErrorSummary items=summary/>
        <form novalidate on:submit=submit>
            <TextField
                name="link"
                label=t.link_label()
                hint=[t.link_hint(), " ", t.private_hint()].concat()
                value=typed
                error=error
                autocomplete=Some("off")
                no_spellcheck=true
            />
            <button type="submit" class="button">{t.check()}</button>
        </form>
        <div aria-live="polite">{result}</div>
    }
}
