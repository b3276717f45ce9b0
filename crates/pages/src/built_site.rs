//! A release build as the pages need it: each bundle's built page (the template a document
//! is rendered into) and the content. The build reads it to prerender, the server to render
//! the pages that depend on the query: one loader, one choice of template per address.

use std::path::Path;

use navigator_domain::{AppPath, Bundle};

use crate::{
    StaticPage,
    address::{self, Shown},
    document::{self, Main},
    library::Library,
};

pub struct BuiltSite {
    /// In the order of [`Bundle::ALL`].
    templates: Vec<String>,
    library: Library,
}

impl BuiltSite {
    /// Reads `dist`: every bundle's `index.html` and `content/`.
    pub fn load(dist: &Path) -> Result<BuiltSite, String> {
        let templates = Bundle::ALL
            .iter()
            .map(|bundle| {
                let path = dist.join(bundle.html_path());
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let library = Library::load(&dist.join("content"))?;
        Ok(BuiltSite { templates, library })
    }

    /// What `path?query` shows, rendered into its bundle's page.
    pub fn show(&self, path: &str, query: &str) -> Shown {
        address::show(&self.library, self.template(path), path, query)
    }

    /// `content` as the whole page at `path?query`: for a page the server draws from what
    /// it knows of a person (sign-in, ADR 25).
    pub fn document(&self, path: &str, query: &str, content: &StaticPage) -> String {
        let AppPath { lang, page } = AppPath::parse(path);
        document::render(
            self.template(path),
            lang,
            page,
            path,
            query,
            Main::Complete(content),
        )
    }

    /// The built page of the bundle that shows `path`.
    fn template(&self, path: &str) -> &str {
        let bundle = AppPath::parse(path).page.bundle();
        let at = Bundle::ALL
            .iter()
            .position(|b| *b == bundle)
            .unwrap_or_default();
        &self.templates[at]
    }
}
