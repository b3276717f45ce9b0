//! What the build wrote to `content/` (guides, the words of "Find the right place", the
//! search index), read once so the build can prerender pages and the server can render
//! the ones that depend on the query. The web app fetches the same files one by one.

use std::path::Path;

use navigator_domain::{
    Lang,
    guides::{Guide, GuideSummary},
    routing::FindWording,
    search::SearchEntry,
};

pub struct Library {
    languages: Vec<LanguageLibrary>,
}

struct LanguageLibrary {
    guides: Vec<GuideSummary>,
    /// In the order of [`Guide::ALL`].
    bodies: Vec<String>,
    wording: FindWording,
    search: Vec<SearchEntry>,
}

fn json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

impl Library {
    /// Reads `<content>/<lang>/…` for every language.
    pub fn load(content: &Path) -> Result<Library, String> {
        let read = |path: &Path| {
            std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
        };
        let mut languages = Vec::new();
        for lang in Lang::ALL {
            let dir = content.join(lang.tag());
            let bodies = Guide::ALL
                .iter()
                .map(|guide| read(&dir.join("guides").join([guide.slug(), ".html"].concat())))
                .collect::<Result<Vec<_>, _>>()?;
            languages.push(LanguageLibrary {
                guides: json(&dir.join("guides.json"))?,
                bodies,
                wording: json(&dir.join("find.json"))?,
                search: json(&dir.join("search.json"))?,
            });
        }
        Ok(Library { languages })
    }

    /// A library without guides or a search index, for tests of the pages around them.
    #[cfg(test)]
    pub(crate) fn without_content() -> Library {
        Library {
            languages: Lang::ALL
                .iter()
                .map(|lang| LanguageLibrary {
                    guides: Vec::new(),
                    bodies: vec![String::new(); Guide::ALL.len()],
                    wording: FindWording::for_lang(*lang),
                    search: Vec::new(),
                })
                .collect(),
        }
    }

    fn of(&self, lang: Lang) -> &LanguageLibrary {
        &self.languages[lang as usize]
    }

    pub fn guides(&self, lang: Lang) -> &[GuideSummary] {
        &self.of(lang).guides
    }

    pub fn guide_body(&self, lang: Lang, guide: Guide) -> &str {
        let at = Guide::ALL
            .iter()
            .position(|g| *g == guide)
            .unwrap_or_default();
        &self.of(lang).bodies[at]
    }

    pub fn find_wording(&self, lang: Lang) -> &FindWording {
        &self.of(lang).wording
    }

    pub fn search_index(&self, lang: Lang) -> &[SearchEntry] {
        &self.of(lang).search
    }
}
