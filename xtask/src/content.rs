//! `cargo xtask content`: turns the guides' Markdown into HTML and writes the documents the
//! app fetches per page, per language, into target/content/ (trunk copies it to
//! dist/content/):
//!
//! - `<lang>/guides/<slug>.html` — a guide's body
//! - `<lang>/guides.json` — the guides page list
//! - `<lang>/find.json` — the words of "Find the right place"
//! - `<lang>/search.json` — the search index
//!
//! It fails on a guide without a file in some language, a file without a guide, a missing
//! front-matter field, or a link that is neither internal nor to an official host.

use std::path::Path;

use navigator_domain::{
    FindStep, Lang, Page, Tool,
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
            let body = render_markdown(&source.body, &path)?;
            write(
                &out.join(lang.tag())
                    .join("guides")
                    .join([guide.slug(), ".html"].concat()),
                &body,
            )?;
            files += 1;
            search.push(SearchEntry {
                title: source.title.clone(),
                summary: source.summary.clone(),
                path: Page::Guide(guide).path().unwrap_or_default(),
                keywords: source.keywords.clone(),
            });
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
        write_json(&out.join(lang.tag()).join("search.json"), &search)?;
        files += 3;
    }
    say(&format!("content: wrote {files} files to target/content"));
    Ok(())
}

fn tool_entries(lang: Lang) -> impl Iterator<Item = SearchEntry> {
    Tool::ALL.into_iter().map(move |tool| SearchEntry {
        title: tool.title(lang).to_owned(),
        summary: tool.summary(lang).to_owned(),
        path: Page::Tool(tool).path().unwrap_or_default(),
        keywords: tool.slug().replace('-', " "),
    })
}

/// Each outcome, reachable from search at the result page of its shortest path.
fn outcome_entries(wording: &FindWording) -> Vec<SearchEntry> {
    wording
        .example_paths
        .iter()
        .filter_map(|example| {
            let outcome = Outcome::ALL
                .into_iter()
                .find(|o| o.id() == example.outcome)?;
            let text = wording.outcome(outcome)?;
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
    Ok(GuideSource {
        title: field("title")?,
        summary: field("summary")?,
        keywords: field("keywords")?,
        last_checked: navigator_domain::calendar::Date::parse_iso(&last_checked)
            .ok_or_else(|| format!("{}: last_checked must be YYYY-MM-DD", path.display()))?,
        body: body.to_owned(),
    })
}

/// Markdown to HTML. Task lists become real, labelled checkboxes people can tick and print
/// ("What to have ready"); every link must be internal or official.
fn render_markdown(markdown: &str, source: &Path) -> Result<String> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TASKLISTS);
    options.insert(Options::ENABLE_TABLES);
    let mut events = Vec::new();
    let mut in_task = false;
    let mut checkbox = 0;
    let stem = source
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                let internal = dest_url.starts_with('/') && !dest_url.starts_with("//");
                let official = matches!(check_link(dest_url).verdict, Verdict::Official { .. });
                let official_https = official && dest_url.starts_with("https://");
                if !internal && !official_https {
                    return Err(format!(
                        "{}: link {dest_url} is not an official https address (navigator_domain::official_links)",
                        source.display()
                    ));
                }
                events.push(event);
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
    let mut out = String::new();
    html::push_html(&mut out, events.into_iter());
    Ok(out.replace(
        "<ul>\n<li><input type=\"checkbox\"",
        "<ul class=\"checklist\">\n<li><input type=\"checkbox\"",
    ))
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

    #[test]
    fn task_lists_become_labelled_checkboxes() {
        let html = render_markdown("- [ ] Passport\n- [ ] I-20\n", Path::new("x.md")).unwrap();
        assert!(html.starts_with("<ul class=\"checklist\">"));
        assert!(html.contains("<input type=\"checkbox\" class=\"checklist__box\" id=\"x-ready-1\"><label class=\"checklist__label\" for=\"x-ready-1\">Passport</label></li>"));
        assert!(!html.contains("disabled"));
    }

    #[test]
    fn only_internal_and_official_links_pass() {
        assert!(
            render_markdown(
                "[guide](/guides/uscis) [ice](https://www.ice.gov/check-in)",
                Path::new("x.md")
            )
            .is_ok()
        );
        assert!(render_markdown("[bad](https://uscis-online.com)", Path::new("x.md")).is_err());
        assert!(render_markdown("[plain](http://www.uscis.gov)", Path::new("x.md")).is_err());
        assert!(render_markdown("# Title", Path::new("x.md")).is_err());
    }
}
