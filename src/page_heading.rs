//! The `h1` of every page. It also names the browser tab and, after the person moves within
//! the app, takes focus, so screen-reader and keyboard users land on the new page's
//! heading instead of the link they clicked (WCAG 2.4.3, GOV.UK single-page app guidance).

use leptos::{html, prelude::*};

use crate::{navigation::use_navigation, text::text};

#[component]
pub fn PageHeading(text: &'static str) -> impl IntoView {
    let navigation = use_navigation();
    let site_name = self::text(navigation.lang_untracked()).site_name;
    document().set_title(&[text, " – ", site_name].concat());

    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get()
            && navigation.has_navigated()
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
