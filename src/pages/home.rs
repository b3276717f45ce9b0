use leptos::prelude::*;
use navigator_pages::site::home_page;

use crate::{navigation::use_navigation, static_view::static_view};

#[component]
pub fn HomePage() -> impl IntoView {
    static_view(home_page(use_navigation().lang_untracked()))
}
