use leptos::prelude::*;
use navigator_pages::site::not_found_page;

use crate::{navigation::use_navigation, static_view::static_view};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    static_view(not_found_page(use_navigation().lang_untracked()))
}
