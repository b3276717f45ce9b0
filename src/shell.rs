//! What surrounds every page: the skip link, the independent-helper notice, navigation,
//! the language switch and the footer.

use leptos::prelude::*;
use navigator_domain::{AppPath, Lang, Page, path_in_language};

use crate::{navigation::use_navigation, text::text};

#[component]
pub fn Header() -> impl IntoView {
    let navigation = use_navigation();
    let t = move || text(navigation.lang());
    let home = move || AppPath::href(navigation.lang(), Page::Home);
    view! {
        <a href="#main" class="skip-link">{move || t().skip_link}</a>
        <header class="header">
            <div class="width-container header__bar">
                <a href=home class="header__name">{move || t().site_name}</a>
                <LanguageSwitch/>
            </div>
            <p class="notice width-container">
                <strong class="notice__tag">{move || t().notice_tag}</strong>
                " "
                {move || t().notice}
            </p>
            <nav class="width-container nav" aria-label=move || t().nav_label>
                <ul class="nav__list">
                    <NavLink page=Page::Home label=move || t().nav_home/>
                    <NavLink page=Page::About label=move || t().nav_about/>
                </ul>
            </nav>
        </header>
    }
}

#[component]
fn NavLink(page: Page, label: impl Fn() -> &'static str + Send + Sync + 'static) -> impl IntoView {
    let navigation = use_navigation();
    let current = move || (navigation.app_path().page == page).then_some("page");
    view! {
        <li>
            <a class="nav__link" href=move || AppPath::href(navigation.lang(), page) aria-current=current>
                {label}
            </a>
        </li>
    }
}

/// Links to the same page in every other language, each labelled in its own language.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let navigation = use_navigation();
    let others = move || {
        let current = navigation.lang();
        let path = navigation.path();
        Lang::ALL
            .into_iter()
            .filter(|lang| *lang != current)
            .map(|lang| {
                view! {
                    <a href=path_in_language(&path, lang) hreflang=lang.tag() lang=lang.tag()>
                        {lang.native_name()}
                    </a>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="language-switch" aria-label=move || text(navigation.lang()).language_label>
            {others}
        </nav>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let navigation = use_navigation();
    let t = move || text(navigation.lang());
    view! {
        <footer class="footer">
            <div class="width-container">
                <p>{move || t().footer_notice}</p>
                <p>{move || t().footer_official}</p>
                <a href=move || AppPath::href(navigation.lang(), Page::About)>{move || t().nav_about}</a>
            </div>
        </footer>
    }
}
