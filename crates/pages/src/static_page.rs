//! A page whose content is one HTML string below its heading. The web app shows it through
//! one shared view (heading with focus and tab title, then the body); the build and the
//! server write it into a whole document (`crate::document`).

use crate::markup::{Markup, optional};

/// The class of the element that holds a static page inside `<main>`, in the app and in
/// prerendered documents alike.
pub const PAGE_CLASS: &str = "page";

pub struct StaticPage {
    pub title: String,
    /// Shown above the heading: a back link, an error summary.
    pub before: String,
    /// When the heading is inside the body (a question's legend), `None`: the body is the
    /// whole page below `before`.
    pub heading: Option<String>,
    pub body: String,
    pub has_errors: bool,
    /// The heading takes focus as the page loads: a page the server draws alone, reached
    /// from another page of the site, does what the app does after a move (ADR 3, ADR 25).
    pub focus_heading: bool,
    /// Appended to the tab title (" – Find the right place").
    pub section: &'static str,
}

impl StaticPage {
    pub fn new(title: impl Into<String>, body: String) -> StaticPage {
        let title = title.into();
        StaticPage {
            heading: Some(title.clone()),
            title,
            before: String::new(),
            body,
            has_errors: false,
            focus_heading: false,
            section: "",
        }
    }

    /// The page as HTML: what comes before the heading, the heading, the body. The web app
    /// and the prerendered document show exactly this, so the app can take over a
    /// prerendered page without changing it.
    pub fn html(&self) -> String {
        let mut m = Markup::new();
        m.raw(&self.before);
        if let Some(heading) = &self.heading {
            m.element(
                "h1",
                &[
                    ("class", "heading-xl"),
                    ("tabindex", "-1"),
                    optional("autofocus", self.focus_heading.then_some("")),
                ],
                heading,
            );
        }
        m.open("div", &[("class", "page-body")])
            .raw(&self.body)
            .close("div");
        m.into_string()
    }

    /// What the browser tab says: "Error: " while the page shows errors, then the title, the
    /// part of the site and the site's name.
    pub fn tab_title(&self, error_prefix: &str, site_name: &str) -> String {
        let prefix = if self.has_errors { error_prefix } else { "" };
        [prefix, &self.title, self.section, " – ", site_name].concat()
    }
}
