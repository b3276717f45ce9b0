//! `cargo xtask content`: turns the guides' Markdown into HTML and writes the documents the
//! app fetches per page, per language, into target/content/ (trunk copies it to
//! dist/content/):
//!
//! - `<lang>/guides/<slug>.html` — a guide's body
//! - `<lang>/guides.json` — the guides page list
//! - `<lang>/find.json` — the words of "Find the right place"
//! - `<lang>/search.json` — the search index, with the words of `content/search/<lang>.txt`
//! - `<lang>/words-<catalogue>-<hash>.json` — the bundles' words, one file per set of areas
//!   (`Bundle::words_url`, ADR 12)
//!
//! It fails on a guide without a file in some language, a file without a guide, a missing
//! front-matter field, a link that is neither internal nor to an official host, an unknown
//! fact, or a number or official address typed as text instead of a fact reference
//! (`{{fact:<id>}}`, navigator_domain::facts; see guide_facts.rs). Every fact a guide
//! states links to its "Sources" list: the official page and the date it was checked.

mod guide_facts;
mod search_index;

use std::path::Path;

use navigator_domain::{
    FindStep, Lang, Page, Tool, facts,
    guides::{Guide, GuideSummary},
    official_links::{Verdict, check_link},
    routing::{Answers, FindWording, Outcome, Question},
    search::SearchEntry,
};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};

use crate::{
    shell::say,
    workspace::{Result, Workspace},
};

struct GuideSource {
    title: String,
    summary: String,
    keywords: String,
    last_checked: navigator_domain::calendar::Date,
    body: String,
    /// Title, summary and keywords as written, before facts are expanded.
    written: [String; 3],
}

pub fn generate(ws: &Workspace) -> Result<()> {
    let out = ws.path("target/content");
    let _ = std::fs::remove_dir_all(&out);
    let mut files = 0;
    for lang in Lang::ALL {
        let dir = ws.path("content/guides").join(lang.tag());
        check_no_stray_files(&dir)?;
        let mut summaries = Vec::new();
        let mut search = Vec::new();
        for guide in Guide::ALL {
            let path = dir.join([guide.slug(), ".md"].concat());
            let source = read_guide(&path)?;
            check_literal_facts(&source, &path)?;
            let body = render_markdown(&source.body, &path, lang)?;
            write(
                &out.join(lang.tag())
                    .join("guides")
                    .join([guide.slug(), ".html"].concat()),
                &body,
            )?;
            files += 1;
            search.push(guide_entry(guide, &source));
            summaries.push(GuideSummary {
                slug: guide.slug().to_owned(),
                title: source.title,
                summary: source.summary,
                last_checked: source.last_checked,
            });
        }
        let wording = FindWording::for_lang(lang);
        search.extend(tool_entries(lang));
        search.extend(outcome_entries(&wording));
        write_json(&out.join(lang.tag()).join("guides.json"), &summaries)?;
        write_json(&out.join(lang.tag()).join("find.json"), &wording)?;
        let search_words = ws
            .path("content/search")
            .join([lang.tag(), ".txt"].concat());
        let search = search_index::build(
            search,
            lang,
            &std::fs::read_to_string(&search_words)
                .map_err(|e| format!("{}: {e}", search_words.display()))?,
            &search_words.display().to_string(),
        )?;
        write_json(&out.join(lang.tag()).join("search.json"), &search)?;
        files += 3;
    }
    files += crate::words_files::write(&out)?;
    say(&format!("content: wrote {files} files to target/content"));
    Ok(())
}

fn guide_entry(guide: Guide, source: &GuideSource) -> SearchEntry {
    SearchEntry {
        title: source.title.clone(),
        summary: source.summary.clone(),
        path: Page::Guide(guide).path().unwrap_or_default(),
        keywords: source.keywords.clone(),
    }
}

fn tool_entries(lang: Lang) -> impl Iterator<Item = SearchEntry> {
    Tool::ALL.into_iter().map(move |tool| SearchEntry {
        title: tool.title(lang).to_owned(),
        summary: tool.summary(lang).to_owned(),
        path: Page::Tool(tool).path().unwrap_or_default(),
        keywords: tool.slug().replace('-', " "),
    })
}

/// Each outcome, reachable from search at the result page of its shortest path. Outcomes
/// that share a title (the change of address with, without or unsure of a court case) are
/// one entry, the first: three identical results would push everything else down.
fn outcome_entries(wording: &FindWording) -> Vec<SearchEntry> {
    let mut titles = std::collections::HashSet::new();
    wording
        .example_paths
        .iter()
        .filter_map(|example| {
            let outcome = Outcome::ALL
                .into_iter()
                .find(|o| o.id() == example.outcome)?;
            let text = wording.outcome(outcome)?;
            if !titles.insert(text.title.clone()) {
                return None;
            }
            let mut answers = Answers::default();
            for (key, id) in &example.answers {
                answers.set(Question::from_key(key)?, id);
            }
            let path = [
                Page::Find(FindStep::Result).path()?,
                "?".into(),
                answers.to_query(),
            ]
            .concat();
            Some(SearchEntry {
                title: text.title.clone(),
                summary: text.why.clone(),
                path,
                keywords: outcome.id().replace('-', " "),
            })
        })
        .collect()
}

fn check_no_stray_files(dir: &Path) -> Result<()> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let known = name
            .strip_suffix(".md")
            .is_some_and(|slug| Guide::from_slug(slug).is_some());
        if !known {
            return Err(format!(
                "{}: no guide has this slug; add it to navigator_domain::guides::Guide or remove the file",
                entry.path().display()
            ));
        }
    }
    Ok(())
}

fn read_guide(path: &Path) -> Result<GuideSource> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: {e} (every guide needs a file in every language)",
            path.display()
        )
    })?;
    let rest = text
        .strip_prefix("---\n")
        .ok_or_else(|| format!("{}: must start with front matter (---)", path.display()))?;
    let (front, body) = rest
        .split_once("\n---\n")
        .ok_or_else(|| format!("{}: front matter is not closed with ---", path.display()))?;
    let field = |key: &str| -> Result<String> {
        front
            .lines()
            .find_map(|line| line.strip_prefix(key).and_then(|r| r.strip_prefix(':')))
            .map(|v| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .ok_or_else(|| format!("{}: front matter needs `{key}:`", path.display()))
    };
    let last_checked = field("last_checked")?;
    let expanded = |key: &str| -> Result<String> {
        guide_facts::expand_plain(&field(key)?)
            .map_err(|e| format!("{}: `{key}:` {e}", path.display()))
    };
    Ok(GuideSource {
        written: [field("title")?, field("summary")?, field("keywords")?],
        title: expanded("title")?,
        summary: expanded("summary")?,
        keywords: expanded("keywords")?,
        last_checked: navigator_domain::calendar::Date::parse_iso(&last_checked)
            .ok_or_else(|| format!("{}: last_checked must be YYYY-MM-DD", path.display()))?,
        body: body.to_owned(),
    })
}

/// The guide's words, as they will be shown, must state numbers and official addresses
/// only through facts (navigator_domain::facts::literal_facts_in). Front matter is checked
/// as written; the body as text and link addresses, so Markdown's own list numbers pass.
fn check_literal_facts(guide: &GuideSource, path: &Path) -> Result<()> {
    let mut found = Vec::new();
    for text in &guide.written {
        found.extend(facts::literal_facts_in(text));
    }
    for event in joined_text(&guide.body) {
        let text = match &event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => t,
            // An address inside the app (`/guides/i901-fee`) is no fact.
            Event::Start(Tag::Link { dest_url, .. }) if !dest_url.starts_with('/') => dest_url,
            _ => continue,
        };
        found.extend(facts::literal_facts_in(text));
    }
    let mut seen = std::collections::HashSet::new();
    found.retain(|literal| seen.insert(literal.clone()));
    if found.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{}: states {} as typed text; write each as a fact, `{{{{fact:<id>}}}}` (navigator_domain::facts), or add a sample to ALLOWED_LITERALS",
        path.display(),
        found.join(", ")
    ))
}

fn markdown_options() -> Options {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TASKLISTS);
    options.insert(Options::ENABLE_TABLES);
    options
}

/// Markdown's text events, with neighbouring pieces of text joined (so a fact reference is
/// never cut in two).
fn joined_text(markdown: &str) -> Vec<Event<'_>> {
    let mut events: Vec<Event<'_>> = Vec::new();
    for event in Parser::new_ext(markdown, markdown_options()) {
        match (events.last_mut(), event) {
            (Some(Event::Text(previous)), Event::Text(text)) => {
                *previous = [previous.as_ref(), text.as_ref()].concat().into();
            }
            (_, event) => events.push(event),
        }
    }
    events
}

/// Markdown to HTML. Task lists become real, labelled checkboxes people can tick and print
/// ("What to have ready"); every link must be internal or official; facts are expanded,
/// each linked to the "Sources" list at the end.
fn render_markdown(markdown: &str, source: &Path, lang: Lang) -> Result<String> {
    let mut events = Vec::new();
    let mut sources = guide_facts::Sources::default();
    let mut linked: Vec<String> = Vec::new();
    let mut link_depth = 0usize;
    let mut in_task = false;
    let mut checkbox = 0;
    let stem = source
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let in_file = |e: String| format!("{}: {e}", source.display());
    for event in joined_text(markdown) {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = guide_facts::link_address(&dest_url).map_err(in_file)?;
                let internal = dest_url.starts_with('/') && !dest_url.starts_with("//");
                let official = matches!(check_link(&dest_url).verdict, Verdict::Official { .. });
                let official_https = official && dest_url.starts_with("https://");
                if !internal && !official_https {
                    return Err(format!(
                        "{}: link {dest_url} is not an official https address (navigator_domain::official_links)",
                        source.display()
                    ));
                }
                link_depth += 1;
                linked.push(dest_url.clone());
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest_url.into(),
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Link) => {
                link_depth = link_depth.saturating_sub(1);
                events.push(event);
            }
            Event::Text(text) if text.contains("{{") => {
                for piece in guide_facts::pieces(&text).map_err(in_file)? {
                    events.push(match piece {
                        guide_facts::Piece::Text(t) => Event::Text(t.to_owned().into()),
                        // Inside a link's text: the address shown as the link to itself.
                        guide_facts::Piece::Fact(f) if link_depth > 0 => {
                            Event::Text(f.value.shown().into())
                        }
                        guide_facts::Piece::Fact(f) => Event::InlineHtml(sources.cite(f).into()),
                    });
                }
            }
            Event::Code(ref text) | Event::Html(ref text) | Event::InlineHtml(ref text)
                if text.contains("{{") =>
            {
                return Err(in_file(format!(
                    "fact references work in text and link addresses, not in code or HTML: {text}"
                )));
            }
            Event::Start(Tag::Heading {
                level: pulldown_cmark::HeadingLevel::H1,
                ..
            }) => {
                return Err(format!(
                    "{}: use ## headings; the page title is the guide's h1",
                    source.display()
                ));
            }
            Event::TaskListMarker(checked) => {
                checkbox += 1;
                let id = [stem.as_str(), "-ready-", &checkbox.to_string()].concat();
                let ticked = if checked { " checked" } else { "" };
                events.push(Event::Html(
                    [
                        "<input type=\"checkbox\" class=\"checklist__box\" id=\"",
                        &id,
                        "\"",
                        ticked,
                        "><label class=\"checklist__label\" for=\"",
                        &id,
                        "\">",
                    ]
                    .concat()
                    .into(),
                ));
                in_task = true;
            }
            Event::End(TagEnd::Item) if in_task => {
                events.push(Event::Html("</label>".into()));
                events.push(event);
                in_task = false;
            }
            other => events.push(other),
        }
    }
    for (stated, link) in guide_facts::COMPANION_LINKS {
        let url = facts::shown(link).unwrap_or_default();
        if sources.states(stated) && !linked.contains(&url) {
            return Err(format!(
                "{}: gives {stated} without a link to {url} (`[…]({{{{fact:{link}}}}})`)",
                source.display()
            ));
        }
    }
    let mut out = String::new();
    html::push_html(&mut out, events.into_iter());
    out = out.replace(
        "<ul>\n<li><input type=\"checkbox\"",
        "<ul class=\"checklist\">\n<li><input type=\"checkbox\"",
    );
    out.push_str(&sources.html(lang).map_err(in_file)?);
    Ok(out)
}

fn write(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> Result<()> {
    let json = serde_json::to_string(value).map_err(|e| e.to_string())?;
    write(path, &json)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(markdown: &str) -> Result<String> {
        render_markdown(markdown, Path::new("x.md"), Lang::En)
    }

    #[test]
    fn task_lists_become_labelled_checkboxes() {
        let html = render("- [ ] Passport\n- [ ] I-20\n").unwrap();
        assert!(html.starts_with("<ul class=\"checklist\">"));
        assert!(html.contains("<input type=\"checkbox\" class=\"checklist__box\" id=\"x-ready-1\"><label class=\"checklist__label\" for=\"x-ready-1\">Passport</label></li>"));
        assert!(!html.contains("disabled"));
    }

    #[test]
    fn only_internal_and_official_links_pass() {
        assert!(render("[guide](/guides/uscis) [ice](https://www.ice.gov/check-in)").is_ok());
        assert!(render("[ice]({{fact:ice-check-in-url}})").is_ok());
        assert!(render("[bad](https://uscis-online.com)").is_err());
        assert!(render("[plain](http://www.uscis.gov)").is_err());
        assert!(render("# Title").is_err());
    }

    #[test]
    fn facts_link_to_their_sources_and_addresses_to_themselves() {
        let html = render(
            "Report **within {{fact:ar-11-days}} days** at [{{fact:uscis-address-change-address}}]({{fact:uscis-address-change-url}}).",
        )
        .unwrap();
        assert!(html.starts_with(
            "<p>Report <strong>within <a href=\"#source-1\" class=\"fact\">10</a> days</strong> at <a href=\"https://www.uscis.gov/addresschange\">uscis.gov/addresschange</a>.</p>"
        ), "{html}");
        assert!(html.contains("<h2 id=\"sources\">Sources</h2>"));
        assert!(html.contains("<li id=\"source-1\"><a href=\"https://www.uscis.gov/addresschange\" hreflang=\"en\" lang=\"en\">USCIS: How to Change Your Address</a>. Last checked: 29 November 2026</li>"));
        assert!(!render("No facts here.").unwrap().contains("sources"));
    }

    #[test]
    fn an_unknown_fact_or_a_fact_that_is_no_address_fails() {
        assert!(render("within {{fact:ar-12-days}} days").is_err());
        assert!(render("[call]({{fact:eoir-hotline-phone}})").is_err());
        assert!(render("`{{fact:ar-11-days}}`").is_err());
    }

    #[test]
    fn the_eoir_hotline_comes_with_a_link_to_eoir() {
        assert!(render("Call {{fact:eoir-hotline-phone}}.").is_err());
        assert!(
            render("Call {{fact:eoir-hotline-phone}} or see [EOIR]({{fact:eoir-url}}).").is_ok()
        );
    }

    fn every_guide() -> Vec<(Lang, std::path::PathBuf, GuideSource)> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/guides");
        Lang::ALL
            .into_iter()
            .flat_map(|lang| {
                let dir = dir.join(lang.tag());
                Guide::ALL.into_iter().map(move |guide| {
                    let path = dir.join([guide.slug(), ".md"].concat());
                    let source = read_guide(&path).unwrap();
                    (lang, path, source)
                })
            })
            .collect()
    }

    #[test]
    fn guides_state_numbers_and_official_addresses_only_as_facts() {
        let failures: Vec<String> = every_guide()
            .iter()
            .filter_map(|(_, path, guide)| check_literal_facts(guide, path).err())
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_guide_renders_with_its_facts() {
        for (lang, path, guide) in every_guide() {
            render_markdown(&guide.body, &path, lang).unwrap();
        }
    }

    #[test]
    fn no_guide_says_official_services_are_only_on_gov_addresses() {
        // fmjfee.com is official: guides say "only on the addresses listed here". Embassy and
        // consulate sites (the State Department guide) do end in .gov.
        let claims = [
            "end in .gov",
            "ends in .gov",
            "terminan en .gov",
            "termina en .gov",
        ];
        for (_, path, guide) in every_guide() {
            if path.ends_with("state-department.md") {
                continue;
            }
            let text = guide.body.replace("**", "").to_lowercase();
            for claim in claims {
                assert!(!text.contains(claim), "{}: “{claim}”", path.display());
            }
        }
    }
}
