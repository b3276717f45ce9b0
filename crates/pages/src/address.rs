//! What any address of the site shows before (or without) the web app: the page, or where
//! to go instead. The build calls this for every address that does not depend on a person;
//! the server for the rest (a question with earlier answers, an outcome, search results).

use navigator_domain::{
    AppPath, FindStep, Lang, Page, PortalArea,
    routing::{Answers, walk},
};

use crate::{
    document::{self, Main},
    find::{self, QuestionStep},
    library::Library,
    markup::Markup,
    sign_in, site,
    static_page::StaticPage,
    text::tools_text,
    tools_index,
};

/// The answer for an address.
pub enum Shown {
    Document {
        html: String,
        not_found: bool,
    },
    /// Another address shows what was asked (`See Other`).
    Redirect(String),
}

/// Renders `path?query` into `template` (the HTML of the page's bundle).
pub fn show(library: &Library, template: &str, path: &str, query: &str) -> Shown {
    let AppPath { lang, page } = AppPath::parse(path);
    let (content, complete) = match content(library, lang, page, query) {
        Ok(content) => content,
        Err(href) => return Shown::Redirect(href),
    };
    let main = if complete {
        Main::Complete(&content)
    } else {
        Main::Placeholder(&content)
    };
    Shown::Document {
        html: document::render(template, lang, page, path, query, main),
        not_found: page == Page::NotFound,
    }
}

/// The page, and whether it is complete without the app; or the address to go to.
fn content(
    library: &Library,
    lang: Lang,
    page: Page,
    query: &str,
) -> Result<(StaticPage, bool), String> {
    Ok(match page {
        Page::Home => (site::home_page(lang), true),
        Page::About => (site::about_page(lang), true),
        Page::Guides => (site::guides_page(lang, library.guides(lang)), true),
        Page::Guide(guide) => (
            site::guide_page(
                lang,
                library.guides(lang).iter().find(|s| s.slug == guide.slug()),
                library.guide_body(lang, guide),
            ),
            true,
        ),
        // The app leaves it as it is, with whatever was typed into it while the app was
        // loading; it reads the search index when the person searches (the service worker
        // precaches it, so that works offline too).
        Page::Search => (
            site::search_page(
                lang,
                site::query_words(query).as_deref(),
                library.search_index(lang),
            ),
            true,
        ),
        Page::NotFound => (site::not_found_page(lang), true),
        Page::Find(FindStep::Start) => (find::start_page(lang), true),
        Page::Find(FindStep::Question(question)) => {
            match find::question_step(lang, question, query) {
                QuestionStep::Next(href) => return Err(href),
                QuestionStep::Ask { missing } => (
                    find::question_page(
                        lang,
                        question,
                        &Answers::from_query(query),
                        library.find_wording(lang),
                        missing,
                    ),
                    true,
                ),
            }
        }
        Page::Find(FindStep::Result) => {
            let answers = Answers::from_query(query);
            match walk(&answers).outcome() {
                Some(outcome) => (
                    find::result_page(lang, &answers, outcome, library.find_wording(lang)),
                    true,
                ),
                // Not every question is answered (an edited or old link): ask the next one.
                None => return Err(find::next_href(lang, &answers)),
            }
        }
        Page::Tools => (tools_index::tools_page(lang), true),
        Page::Tool(tool) => (tool_placeholder(lang, tool), false),
        Page::Portal(PortalArea::SignIn) => (sign_in::asked_page(lang, query, None, false), true),
        Page::Portal(_) => (portal_placeholder(lang), false),
    })
}

// The placeholders below show what the app then draws at the top of the page, with the same
// markup (the tool's heading and lead): the first paint
// is then also the largest, and the app's drawing of the same blocks does not paint a larger
// one later (docs/adr/0016-html-first.md).

/// A portal area's page is drawn by the app from the person's records: before it, nothing;
/// without JavaScript, a word that it needs it.
fn portal_placeholder(lang: Lang) -> StaticPage {
    let mut m = Markup::new();
    m.open("noscript", &[])
        .paragraph(crate::text::portal_text(lang).needs_script())
        .close("noscript");
    StaticPage {
        heading: None,
        ..StaticPage::new(crate::text::shell_text(lang).nav_portal(), m.into_string())
    }
}

/// A tool's heading and lead, and for readers without JavaScript a word in their language
/// and the guide that explains the same rules.
fn tool_placeholder(lang: Lang, tool: navigator_domain::Tool) -> StaticPage {
    let t = tools_text(lang);
    let mut m = Markup::new();
    m.element("p", &[("class", "lead")], tool.summary(lang));
    m.open("noscript", &[])
        .open("p", &[])
        .text(t.needs_script())
        .text(" ")
        .link(
            &AppPath::href(lang, Page::Guide(tool.guide())).unwrap_or_default(),
            t.needs_script_guide(),
        )
        .close("p")
        .close("noscript");
    StaticPage::new(tool.title(lang), m.into_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The app replaces a page that is not complete as soon as it starts: a field on it would
    /// lose what a person typed while the app was loading.
    #[test]
    fn a_page_the_app_replaces_has_no_field_to_type_in() {
        let library = Library::without_content();
        for lang in Lang::ALL {
            for page in Page::all() {
                for query in ["", "q=visa"] {
                    let Ok((content, complete)) = content(&library, lang, page, query) else {
                        continue;
                    };
                    let html = content.html();
                    let has_field = ["<input", "<textarea", "<select"]
                        .iter()
                        .any(|tag| html.contains(tag));
                    assert!(complete || !has_field, "{lang:?} {page:?} {query}: {html}");
                }
            }
        }
    }
}
