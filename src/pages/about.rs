use leptos::prelude::*;
use navigator_pages::site::about_page;

use crate::{navigation::use_navigation, static_view::static_view};

#[component]
pub fn AboutPage() -> impl IntoView {
    static_view(about_page(use_navigation().lang_untracked()))
}
