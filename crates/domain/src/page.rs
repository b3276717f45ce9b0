//! The app's addresses: which page a path shows and in which language. The browser uses it
//! to render, the server to answer unknown pages with a real 404 status.

use crate::Lang;

/// A page of the web app, independent of language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    About,
    NotFound,
}

impl Page {
    /// Pages that exist, for tests and for the server's list of known paths.
    pub const KNOWN: [Page; 2] = [Page::Home, Page::About];

    /// The path of the page without any language prefix, `None` for a page with no address.
    pub const fn path(self) -> Option<&'static str> {
        match self {
            Page::Home => Some("/"),
            Page::About => Some("/about"),
            Page::NotFound => None,
        }
    }

    fn from_path(rest: &str) -> Page {
        Page::KNOWN
            .into_iter()
            .find(|page| page.path() == Some(rest))
            .unwrap_or(Page::NotFound)
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
        Some(match (prefix, path) {
            ("", path) => path.to_owned(),
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

fn split_language(path: &str) -> (Lang, &str) {
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
    (Lang::En, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_page_round_trips_in_every_language() {
        for lang in Lang::ALL {
            for page in Page::KNOWN {
                let href = AppPath::href(lang, page).unwrap();
                assert_eq!(AppPath::parse(&href), AppPath { lang, page }, "{href}");
            }
        }
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
