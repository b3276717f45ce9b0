//! The links between the pages of one role's workspace (a DSO's students, items due and
//! reports), the current one marked.

use leptos::prelude::*;
use navigator_domain::{PortalRoute, path_in_language};

use crate::navigation::use_navigation;

#[component]
pub fn SectionNav(
    #[prop(into)] label: String,
    items: Vec<(PortalRoute, &'static str)>,
) -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let here = PortalRoute::of_path(&navigation.path_untracked());
    view! {
        <nav class="section-nav" aria-label=label>
            <ul class="section-nav__list">
                {items.into_iter().map(|(route, text)| {
                    let current = (here.as_ref() == Some(&route)).then_some("page");
                    let href = path_in_language(&route.path(), lang);
                    view! { <li><a class="section-nav__link" href=href aria-current=current>{text}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
    }
}
