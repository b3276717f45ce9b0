//! "Previous", "Page 2 of 5", "Next" under a long list; the other filters in the address
//! stay as they are.

use leptos::prelude::*;
use navigator_domain::words;

use crate::{navigation::use_navigation, text::portal_text};

fn with_page(query: &str, page: u32) -> String {
    let params = web_sys::UrlSearchParams::new_with_str(query).ok();
    match params {
        Some(params) => {
            params.set("page", &page.to_string());
            String::from(params.to_string())
        }
        None => ["page=", &page.to_string()].concat(),
    }
}

#[component]
pub fn Pagination(page: u32, pages: u32) -> impl IntoView {
    let navigation = use_navigation();
    let lang = navigation.lang_untracked();
    let t = portal_text(lang);
    let (path, query) = (navigation.path_untracked(), navigation.query_untracked());
    let link = |target: u32, text: &'static str| {
        let href = [path.as_str(), "?", &with_page(&query, target)].concat();
        view! { <a class="pagination__link" href=href>{text}</a> }
    };
    (pages > 1).then(|| {
        let status = words::format(
            lang,
            "portal-page_of",
            &[("page", page.into()), ("pages", pages.into())],
        );
        view! {
            <nav class="pagination" aria-label=status.clone()>
                {(page > 1).then(|| link(page - 1, t.previous()))}
                <span class="pagination__status">{status.clone()}</span>
                {(page < pages).then(|| link(page + 1, t.next()))}
            </nav>
        }
    })
}
