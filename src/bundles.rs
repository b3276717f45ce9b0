//! Which pages each wasm bundle carries (docs/adr/0008-one-bundle-per-section.md). Each
//! binary in `src/bin/` starts the app with one of these; the linker leaves out every page
//! the function does not name.

use leptos::prelude::*;
use navigator_domain::{AppPath, Bundle, FindStep, Page, PortalArea, Tool};

use crate::pages::{
    self, AboutPage, FindQuestionPage, FindResultPage, FindStartPage, GuidePage, GuidesPage,
    HomePage, NotFoundPage, SearchPage, ToolsPage,
};
use crate::portal::{self, AreaPages, PortalPages};

/// Home, about, guides, the list of tools and not found.
pub fn site(page: Page) -> AnyView {
    match page {
        Page::Home => view! { <HomePage/> }.into_any(),
        Page::About => view! { <AboutPage/> }.into_any(),
        Page::Guides => view! { <GuidesPage/> }.into_any(),
        Page::Guide(guide) => view! { <GuidePage guide=guide/> }.into_any(),
        Page::Tools => view! { <ToolsPage/> }.into_any(),
        Page::NotFound => view! { <NotFoundPage/> }.into_any(),
        other => elsewhere(other),
    }
}

/// "Find the right place". Each step is a function of the answers in its address, so it is
/// drawn again when only the query changes (a question's Continue goes to its own address
/// with `next=1` first).
pub fn find(page: Page) -> AnyView {
    let query = crate::navigation::use_navigation().query();
    match page {
        Page::Find(FindStep::Start) => view! { <FindStartPage/> }.into_any(),
        Page::Find(FindStep::Question(question)) => {
            view! { <FindQuestionPage question=question query=query/> }.into_any()
        }
        Page::Find(FindStep::Result) => view! { <FindResultPage query=query/> }.into_any(),
        other => elsewhere(other),
    }
}

/// Search, alone in its bundle: the site's pages do not carry it.
pub fn search(page: Page) -> AnyView {
    match page {
        Page::Search => view! { <SearchPage/> }.into_any(),
        other => elsewhere(other),
    }
}

/// One tool, alone in its bundle.
fn tool(page: Page, tool: Tool, draw: fn() -> AnyView) -> AnyView {
    if page == Page::Tool(tool) {
        draw()
    } else {
        elsewhere(page)
    }
}

/// "What is this number?"
pub fn tool_identify(page: Page) -> AnyView {
    tool(page, Tool::Identify, pages::identify_page)
}

/// The link checker.
pub fn tool_check_link(page: Page) -> AnyView {
    tool(page, Tool::CheckLink, pages::check_link_page)
}

/// OPT unemployment days.
pub fn tool_opt_unemployment(page: Page) -> AnyView {
    tool(page, Tool::OptUnemployment, pages::opt_unemployment_page)
}

/// The deadline calculator.
pub fn tool_deadlines(page: Page) -> AnyView {
    tool(page, Tool::Deadlines, pages::deadlines_page)
}

/// One area of the portal: its pages inside the portal's frame, behind its role's gate.
fn portal_area(page: Page, area: PortalArea, pages: AreaPages) -> AnyView {
    if page.bundle() == Bundle::Portal(area) {
        view! { <PortalPages pages=pages/> }.into_any()
    } else {
        elsewhere(page)
    }
}

/// Sign-in and account set-up.
pub fn portal_sign_in(page: Page) -> AnyView {
    portal_area(page, PortalArea::SignIn, portal::sign_in_pages)
}

/// The school officials' workspace.
pub fn portal_dso(page: Page) -> AnyView {
    portal_area(page, PortalArea::Dso, portal::dso_pages)
}

/// A student's OPT record.
pub fn portal_student(page: Page) -> AnyView {
    portal_area(page, PortalArea::Student, portal::student_pages)
}

/// Reporting for people under supervision.
pub fn portal_reporting(page: Page) -> AnyView {
    portal_area(page, PortalArea::Reporting, portal::reporting_pages)
}

/// ICE staff: audit log, schools.
pub fn portal_officer(page: Page) -> AnyView {
    portal_area(page, PortalArea::Officer, portal::officer_pages)
}

/// A page of another bundle reached inside this one (Back after a redirect, an address
/// typed into history): load it for real.
fn elsewhere(page: Page) -> AnyView {
    let lang = crate::navigation::use_navigation().lang_untracked();
    if let Some(href) = AppPath::href(lang, page) {
        // The browser navigates away; if it cannot, the shell stays on screen.
        let _ = window().location().assign(&href);
    }
    ().into_any()
}
