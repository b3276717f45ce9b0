//! The app's addresses: which page a path shows and in which language. The browser uses it
//! to render, the server to answer unknown pages with a real 404 status.

use crate::{
    Lang,
    guides::Guide,
    portal_route::{PortalArea, PortalRoute},
    routing::Question,
    words,
};

/// A step of "Find the right place".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindStep {
    Start,
    Question(Question),
    Result,
}

/// The app's own tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    Identify,
    OptUnemployment,
    Deadlines,
    CheckLink,
}

impl Tool {
    pub const ALL: [Tool; 4] = [
        Tool::Identify,
        Tool::OptUnemployment,
        Tool::Deadlines,
        Tool::CheckLink,
    ];

    pub const fn slug(self) -> &'static str {
        match self {
            Tool::Identify => "identify",
            Tool::OptUnemployment => "opt-unemployment",
            Tool::Deadlines => "deadlines",
            Tool::CheckLink => "check-link",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Tool> {
        Tool::ALL.into_iter().find(|t| t.slug() == slug)
    }

    /// The guide that explains the rules the tool applies, for readers whose browser cannot
    /// run it.
    pub const fn guide(self) -> Guide {
        match self {
            Tool::Identify | Tool::CheckLink => Guide::WhatIsEservice,
            Tool::OptUnemployment | Tool::Deadlines => Guide::SevpPortal,
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        words::text(lang, self.word_ids().0)
    }

    pub fn summary(self, lang: Lang) -> &'static str {
        words::text(lang, self.word_ids().1)
    }

    /// The ids of the tool's title and summary (`locales/<lang>/common.ftl`).
    const fn word_ids(self) -> (&'static str, &'static str) {
        match self {
            Tool::Identify => ("common-tool-identify-title", "common-tool-identify-summary"),
            Tool::OptUnemployment => (
                "common-tool-opt-unemployment-title",
                "common-tool-opt-unemployment-summary",
            ),
            Tool::Deadlines => (
                "common-tool-deadlines-title",
                "common-tool-deadlines-summary",
            ),
            Tool::CheckLink => (
                "common-tool-check-link-title",
                "common-tool-check-link-summary",
            ),
        }
    }
}

/// The app is built as one wasm bundle per section, so a first visit downloads only the
/// code of the section it opens (docs/adr/0008-one-bundle-per-section.md). Moving within a
/// section needs no network; moving to another section is an ordinary page load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bundle {
    /// Home, about, guides, the list of tools and the not-found page.
    Site,
    /// "Find the right place".
    Find,
    /// Search across guides, tools and outcomes: the server answers a search, and the app
    /// only searches again in place and without a connection, so a first visit to a guide
    /// does not download it.
    Search,
    /// One tool (calculator or checker): a visitor checking a number never downloads the
    /// deadline calculator. The list of tools is a page of the site.
    Tool(Tool),
    /// One area of the portal (its pages talk to the portal API): a person under
    /// supervision on a phone never downloads the school officials' pages. Sign-in and
    /// account set-up share the `SignIn` bundle.
    Portal(PortalArea),
}

impl Bundle {
    pub const ALL: [Bundle; 12] = [
        Bundle::Site,
        Bundle::Find,
        Bundle::Search,
        Bundle::Tool(Tool::Identify),
        Bundle::Tool(Tool::OptUnemployment),
        Bundle::Tool(Tool::Deadlines),
        Bundle::Tool(Tool::CheckLink),
        Bundle::Portal(PortalArea::SignIn),
        Bundle::Portal(PortalArea::Dso),
        Bundle::Portal(PortalArea::Student),
        Bundle::Portal(PortalArea::Reporting),
        Bundle::Portal(PortalArea::Officer),
    ];

    /// The bundle's HTML file, relative to the built site (`dist/`).
    pub const fn html_path(self) -> &'static str {
        match self {
            Bundle::Site => "index.html",
            Bundle::Find => "app/find/index.html",
            Bundle::Search => "app/search/index.html",
            Bundle::Tool(Tool::Identify) => "app/tools-identify/index.html",
            Bundle::Tool(Tool::OptUnemployment) => "app/tools-opt-unemployment/index.html",
            Bundle::Tool(Tool::Deadlines) => "app/tools-deadlines/index.html",
            Bundle::Tool(Tool::CheckLink) => "app/tools-check-link/index.html",
            Bundle::Portal(PortalArea::SignIn | PortalArea::Activate) => "app/portal/index.html",
            Bundle::Portal(PortalArea::Dso) => "app/portal-dso/index.html",
            Bundle::Portal(PortalArea::Student) => "app/portal-student/index.html",
            Bundle::Portal(PortalArea::Reporting) => "app/portal-reporting/index.html",
            Bundle::Portal(PortalArea::Officer) => "app/portal-officer/index.html",
        }
    }
}

/// A page of the web app, independent of language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    About,
    Find(FindStep),
    Guides,
    Guide(Guide),
    Tools,
    Tool(Tool),
    Search,
    /// Sign-in, activation and each role's workspace; the bundle reads the whole
    /// [`PortalRoute`] from the path.
    Portal(PortalArea),
    NotFound,
}

impl Page {
    /// Every page that has an address, for tests, the server and the end-to-end tests.
    pub fn all() -> Vec<Page> {
        let mut pages = vec![
            Page::Home,
            Page::About,
            Page::Find(FindStep::Start),
            Page::Find(FindStep::Result),
        ];
        pages.extend(
            Question::ALL
                .iter()
                .map(|q| Page::Find(FindStep::Question(*q))),
        );
        pages.push(Page::Guides);
        pages.extend(Guide::ALL.map(Page::Guide));
        pages.push(Page::Tools);
        pages.extend(Tool::ALL.map(Page::Tool));
        pages.push(Page::Search);
        pages.extend(PortalArea::ALL.map(Page::Portal));
        pages
    }

    /// The bundle whose code shows this page.
    pub const fn bundle(self) -> Bundle {
        match self {
            Page::Find(_) => Bundle::Find,
            Page::Search => Bundle::Search,
            Page::Tool(tool) => Bundle::Tool(tool),
            Page::Portal(PortalArea::Activate) => Bundle::Portal(PortalArea::SignIn),
            Page::Portal(area) => Bundle::Portal(area),
            Page::Home
            | Page::About
            | Page::Guides
            | Page::Guide(_)
            | Page::Tools
            | Page::NotFound => Bundle::Site,
        }
    }

    /// Whether the server draws this page whole at every visit and no bundle's app takes it
    /// over: sign-in, whose form posts to the server and which shows who is signed in
    /// (docs/adr/0025-portal-pages-from-the-server.md). Its document loads no wasm, and the
    /// app reaches it by loading it, never by drawing it in place.
    pub const fn drawn_by_server_alone(self) -> bool {
        matches!(self, Page::Portal(PortalArea::SignIn))
    }

    /// The path of the page without any language prefix, `None` for a page with no address.
    pub fn path(self) -> Option<String> {
        Some(match self {
            Page::Home => "/".to_owned(),
            Page::About => "/about".to_owned(),
            Page::Find(FindStep::Start) => "/find".to_owned(),
            Page::Find(FindStep::Question(q)) => ["/find/", q.key()].concat(),
            Page::Find(FindStep::Result) => "/find/result".to_owned(),
            Page::Guides => "/guides".to_owned(),
            Page::Guide(guide) => ["/guides/", guide.slug()].concat(),
            Page::Tools => "/tools".to_owned(),
            Page::Tool(tool) => ["/tools/", tool.slug()].concat(),
            Page::Search => "/search".to_owned(),
            Page::Portal(area) => PortalRoute::home(area).path(),
            Page::NotFound => return None,
        })
    }

    fn from_path(rest: &str) -> Page {
        if let Some(route) = PortalRoute::parse(rest) {
            return Page::Portal(route.area());
        }
        let mut segments = rest.trim_start_matches('/').split('/');
        let page = match (segments.next(), segments.next()) {
            (Some(""), None) => Some(Page::Home),
            (Some("about"), None) => Some(Page::About),
            (Some("find"), None) => Some(Page::Find(FindStep::Start)),
            (Some("find"), Some("result")) => Some(Page::Find(FindStep::Result)),
            (Some("find"), Some(key)) => {
                Question::from_key(key).map(|q| Page::Find(FindStep::Question(q)))
            }
            (Some("guides"), None) => Some(Page::Guides),
            (Some("guides"), Some(slug)) => Guide::from_slug(slug).map(Page::Guide),
            (Some("tools"), None) => Some(Page::Tools),
            (Some("tools"), Some(slug)) => Tool::from_slug(slug).map(Page::Tool),
            (Some("search"), None) => Some(Page::Search),
            _ => None,
        };
        match (page, segments.next()) {
            (Some(page), None) => page,
            _ => Page::NotFound,
        }
    }
}

/// A parsed path: the language it is in and the page it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AppPath {
    pub lang: Lang,
    pub page: Page,
}

impl AppPath {
    /// Reads a URL path (no query, no fragment). A trailing slash is ignored, so
    /// `/about/` and `/es/` show the pages people expect.
    pub fn parse(path: &str) -> AppPath {
        let (lang, rest) = split_language(path);
        let rest = match rest.trim_end_matches('/') {
            "" => "/",
            trimmed => trimmed,
        };
        AppPath {
            lang,
            page: Page::from_path(rest),
        }
    }

    /// The canonical address of a page in a language (`/es/about`), `None` for
    /// [`Page::NotFound`].
    pub fn href(lang: Lang, page: Page) -> Option<String> {
        let path = page.path()?;
        let prefix = lang.path_prefix();
        Some(match (prefix, path.as_str()) {
            ("", _) => path,
            (prefix, "/") => prefix.to_owned(),
            (prefix, path) => [prefix, path].concat(),
        })
    }
}

/// The same address in another language, keeping whatever follows the language prefix, so
/// that the switch also works on pages that do not exist.
pub fn path_in_language(path: &str, lang: Lang) -> String {
    let (_, rest) = split_language(path);
    match (lang.path_prefix(), rest) {
        ("", "") => "/".to_owned(),
        ("", rest) => rest.to_owned(),
        (prefix, "/" | "") => prefix.to_owned(),
        (prefix, rest) => [prefix, rest].concat(),
    }
}

/// The same address, with its query (`role=message`, may be empty), in another language: the
/// language menu, the `hreflang` alternates and the language offer all link it.
pub fn address_in_language(path: &str, query: &str, lang: Lang) -> String {
    let href = path_in_language(path, lang);
    if query.is_empty() {
        href
    } else {
        [href.as_str(), "?", query].concat()
    }
}

pub(crate) fn split_language(path: &str) -> (Lang, &str) {
    for lang in Lang::ALL {
        let prefix = lang.path_prefix();
        if prefix.is_empty() {
            continue;
        }
        if let Some(rest) = path.strip_prefix(prefix)
            && (rest.is_empty() || rest.starts_with('/'))
        {
            return (lang, rest);
        }
    }
    // Unprefixed paths are in the language served at the root.
    (Lang::default(), path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_page_round_trips_in_every_language() {
        for lang in Lang::ALL {
            for page in Page::all() {
                let href = AppPath::href(lang, page).unwrap();
                assert_eq!(AppPath::parse(&href), AppPath { lang, page }, "{href}");
            }
        }
    }

    #[test]
    fn every_page_is_in_a_built_bundle_and_each_bundle_has_its_own_html() {
        for page in Page::all() {
            assert!(Bundle::ALL.contains(&page.bundle()), "{page:?}");
        }
        let mut paths: Vec<_> = Bundle::ALL.iter().map(|b| b.html_path()).collect();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), Bundle::ALL.len());
        // A person under supervision never downloads a school official's pages.
        assert_ne!(
            Page::Portal(PortalArea::Reporting).bundle(),
            Page::Portal(PortalArea::Dso).bundle()
        );
    }

    #[test]
    fn language_prefixes_and_trailing_slashes() {
        let parse = |p| AppPath::parse(p);
        assert_eq!(parse("/").page, Page::Home);
        assert_eq!(parse("/es").lang, Lang::Es);
        assert_eq!(
            parse("/es/"),
            AppPath {
                lang: Lang::Es,
                page: Page::Home
            }
        );
        assert_eq!(
            parse("/about/"),
            AppPath {
                lang: Lang::En,
                page: Page::About
            }
        );
        assert_eq!(
            parse("/es/about"),
            AppPath {
                lang: Lang::Es,
                page: Page::About
            }
        );
        assert_eq!(
            parse("/es/find/urgent").page,
            Page::Find(FindStep::Question(Question::Urgent))
        );
        assert_eq!(
            parse("/guides/sevp-portal/").page,
            Page::Guide(Guide::SevpPortal)
        );
        assert_eq!(
            parse("/es/dso/students/ab12/contact"),
            AppPath {
                lang: Lang::Es,
                page: Page::Portal(PortalArea::Dso)
            }
        );
    }

    #[test]
    fn unknown_paths_are_not_found_in_their_language() {
        assert_eq!(AppPath::parse("/nope").page, Page::NotFound);
        assert_eq!(
            AppPath::parse("/es/nope"),
            AppPath {
                lang: Lang::Es,
                page: Page::NotFound
            }
        );
        // "/estonia" is not Spanish: a prefix only counts as a whole path segment.
        assert_eq!(
            AppPath::parse("/estonia"),
            AppPath {
                lang: Lang::En,
                page: Page::NotFound
            }
        );
        assert_eq!(AppPath::parse("/about/more").page, Page::NotFound);
        assert_eq!(AppPath::parse("/guides/no-such-guide").page, Page::NotFound);
        assert_eq!(
            AppPath::parse("/find/no-such-question").page,
            Page::NotFound
        );
        assert_eq!(AppPath::parse("/tools/identify/extra").page, Page::NotFound);
        assert_eq!(AppPath::parse("/dso/students/x/nope").page, Page::NotFound);
    }

    #[test]
    fn switching_language_keeps_the_rest_of_the_path() {
        assert_eq!(path_in_language("/about", Lang::Es), "/es/about");
        assert_eq!(path_in_language("/es/about", Lang::En), "/about");
        assert_eq!(path_in_language("/", Lang::Es), "/es");
        assert_eq!(path_in_language("/es", Lang::En), "/");
        assert_eq!(path_in_language("/es/", Lang::En), "/");
        assert_eq!(
            path_in_language("/missing/page", Lang::Es),
            "/es/missing/page"
        );
        assert_eq!(path_in_language("/es/about", Lang::Es), "/es/about");
    }
}
