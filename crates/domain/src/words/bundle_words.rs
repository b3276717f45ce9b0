//! Which areas of the words each wasm bundle needs, and where its compiled catalogue is
//! served: `/content/<lang>/words-<bundle>-<hash>.json`, named by the hash of every Fluent
//! file so it can be cached forever and a new release never mixes old words with new code.

use crate::{Bundle, Lang, PortalArea};

impl Bundle {
    /// The bundle's short name, as in its catalogue's file name: its folder under `app/`
    /// (`portal-dso`), or `site` for the bundle served at the root.
    pub fn name(self) -> &'static str {
        self.html_path()
            .strip_prefix("app/")
            .and_then(|path| path.strip_suffix("/index.html"))
            .unwrap_or("site")
    }

    /// The Fluent files (areas) whose messages the bundle shows (locales/README.md).
    pub const fn word_areas(self) -> &'static [&'static str] {
        match self {
            Bundle::Site | Bundle::Search => &["common", "dates", "shell", "translation"],
            Bundle::Find => &[
                "common",
                "dates",
                "shell",
                "translation",
                "find",
                "calculators",
            ],
            Bundle::Tool(_) => &[
                "common",
                "dates",
                "shell",
                "translation",
                "tools",
                "checker",
                "calculators",
                "validation",
            ],
            Bundle::Portal(_) => &[
                "common",
                "dates",
                "shell",
                "translation",
                "portal",
                "calculators",
                "validation",
            ],
        }
    }

    /// The areas whose facts the bundle's pages list under "Sources" (`words::facts_of`):
    /// its catalogue cites only these, so the others do not carry sources no page shows.
    /// The outcome pages' facts come with their words in `find.json`.
    pub const fn fact_areas(self) -> &'static [&'static str] {
        match self {
            Bundle::Tool(_) => &["tools", "checker", "calculators"],
            Bundle::Site | Bundle::Find | Bundle::Search | Bundle::Portal(_) => &[],
        }
    }

    /// The bundle's catalogue in a language: its areas' messages, citing the facts of its
    /// fact areas.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn catalogue(self, lang: Lang) -> Result<super::Catalogue, Vec<String>> {
        super::source::compile_citing(lang, Some(self.word_areas()), Some(self.fact_areas()))
    }

    /// Where the bundle's catalogue for a language is served; `hash` is
    /// `words::source::content_hash()` of the build.
    pub fn words_url(self, lang: Lang, hash: &str) -> String {
        // Bundles that show the same areas share one catalogue: one download (and one file in
        // the offline cache) for a visitor who opens several tools or searches from home, and
        // none after signing in (sign-in and every area show the portal's words).
        let catalogue = match self {
            Bundle::Tool(_) => "tools",
            Bundle::Search => Bundle::Site.name(),
            Bundle::Portal(_) => Bundle::Portal(PortalArea::SignIn).name(),
            other => other.name(),
        };
        [
            "/content/",
            lang.tag(),
            "/words-",
            catalogue,
            "-",
            hash,
            ".json",
        ]
        .concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_area_a_bundle_names_exists() {
        let areas = super::super::source::areas();
        for bundle in Bundle::ALL {
            for area in bundle.word_areas() {
                assert!(areas.contains(area), "{}: {area}", bundle.name());
            }
        }
    }

    #[test]
    fn a_bundle_cites_only_the_facts_its_pages_list() {
        for bundle in Bundle::ALL {
            for area in bundle.fact_areas() {
                assert!(
                    bundle.word_areas().contains(area),
                    "{}: {area}",
                    bundle.name()
                );
            }
            let catalogue = bundle.catalogue(Lang::En).unwrap();
            let cites = catalogue
                .messages
                .keys()
                .any(|id| super::super::is_fact_entry(id));
            assert_eq!(cites, !bundle.fact_areas().is_empty(), "{}", bundle.name());
        }
        let tools = Bundle::Tool(crate::Tool::Deadlines)
            .catalogue(Lang::Es)
            .unwrap();
        assert!(!tools.facts_of(&["tools-jobs_hint"], &[]).is_empty());
        assert!(!tools.facts_of(&[], &["f1-grace-period-days"]).is_empty());
        // Its form errors state digit counts, but no tool page lists their sources.
        assert!(
            tools
                .facts_of(&["validation-a-number-format"], &[])
                .is_empty()
        );
        assert!(tools.facts_of(&[], &["a-number-min-digits"]).is_empty());
    }

    #[test]
    fn bundles_that_show_the_same_words_share_one_catalogue() {
        for a in Bundle::ALL {
            for b in Bundle::ALL {
                let same = a.word_areas() == b.word_areas() && a.fact_areas() == b.fact_areas();
                assert_eq!(
                    a.words_url(Lang::En, "h") == b.words_url(Lang::En, "h"),
                    same,
                    "{} and {}",
                    a.name(),
                    b.name()
                );
            }
        }
    }

    #[test]
    fn every_bundle_has_its_own_name() {
        let mut names: Vec<_> = Bundle::ALL.iter().map(|b| b.name()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Bundle::ALL.len());
    }
}
