//! The `h1` of every page. It also names the browser tab (with "Error: " first while the
//! page shows errors) and, after the person moves within the app, takes focus, so screen
//! reader and keyboard users land on the new page's heading instead of the link they
//! clicked (WCAG 2.4.3, GOV.UK single-page app guidance).

use leptos::{html, prelude::*};

use crate::{navigation::use_navigation, text::shell_text};

#[component]
pub fn PageHeading(
    #[prop(into)] text: String,
    /// Whether the page currently shows an error summary.
    #[prop(optional, into)]
    has_errors: MaybeProp<bool>,
    /// The part of the site, for the tab title (" – Find the right place").
    #[prop(optional)]
    section: &'static str,
) -> impl IntoView {
    let navigation = use_navigation();
    let t = shell_text(navigation.lang_untracked());
    let title = text.clone();
    Effect::new(move |_| {
        let prefix = if has_errors.get().unwrap_or(false) {
            t.error_prefix()
        } else {
            ""
        };
        document().set_title(&[prefix, &title, section, " – ", t.site_name()].concat());
    });
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get()
            && navigation.has_navigated()
            && !has_errors.get_untracked().unwrap_or(false)
        {
            // Focus can only fail on a detached element; the heading is then not shown anyway.
            let _ = heading.focus();
        }
    });
    view! {
        <h1 class="heading-xl" tabindex="-1" node_ref=heading>
            {text}
        </h1>
    }
}
