use leptos::prelude::*;
use navigator_pages::find::start_page;

use crate::{navigation::use_navigation, static_view::static_view};

#[component]
pub fn FindStartPage() -> impl IntoView {
    static_view(start_page(use_navigation().lang_untracked()))
}
