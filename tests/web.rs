//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! the app shell mounted into a fresh element, driven as a person would.
#![cfg(target_arch = "wasm32")]

use eservice_navigator::App;
use leptos::{prelude::*, task::tick};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app as if the browser had opened `path`, runs `check`, then unmounts and puts
/// the address back so tests do not see each other.
async fn with_app_at(path: &str, check: impl AsyncFnOnce(&HtmlElement)) {
    let history = window().history().unwrap();
    let original = window().location().pathname().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    tick().await;
    check(&container).await;
    drop(handle);
    container.remove();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&original))
        .unwrap();
}

fn text_of(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into::<HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn home_page_says_it_is_not_a_government_website() {
    with_app_at("/", async |app| {
        assert_eq!(
            text_of(app, "h1"),
            "Find your way around U.S. immigration portals"
        );
        assert!(text_of(app, ".notice").contains("This is not a government website"));
        let switch = app.query_selector(".language-switch a").unwrap().unwrap();
        assert_eq!(switch.get_attribute("href").as_deref(), Some("/es"));
        assert_eq!(switch.get_attribute("hreflang").as_deref(), Some("es"));
        assert_eq!(
            document()
                .document_element()
                .unwrap()
                .get_attribute("lang")
                .as_deref(),
            Some("en")
        );
    })
    .await;
}

#[wasm_bindgen_test]
async fn following_a_link_changes_page_title_and_focus_without_reloading() {
    with_app_at("/", async |app| {
        click(app, "nav a[href='/about']");
        tick().await;
        assert_eq!(window().location().pathname().unwrap(), "/about");
        assert_eq!(text_of(app, "h1"), "About this helper");
        assert_eq!(document().title(), "About this helper – eService Navigator");
        let focused = document().active_element().unwrap();
        assert_eq!(focused.tag_name(), "H1");
        let current = app
            .query_selector("[aria-current='page']")
            .unwrap()
            .unwrap();
        assert_eq!(current.get_attribute("href").as_deref(), Some("/about"));
    })
    .await;
}

#[wasm_bindgen_test]
async fn spanish_pages_live_under_es_and_switch_back_to_english() {
    with_app_at("/es/about", async |app| {
        assert_eq!(text_of(app, "h1"), "Quiénes somos");
        assert!(text_of(app, ".notice").contains("Este no es un sitio web del gobierno"));
        assert_eq!(
            document()
                .document_element()
                .unwrap()
                .get_attribute("lang")
                .as_deref(),
            Some("es")
        );
        click(app, ".language-switch a");
        tick().await;
        assert_eq!(window().location().pathname().unwrap(), "/about");
        assert_eq!(text_of(app, "h1"), "About this helper");
        assert_eq!(
            document()
                .document_element()
                .unwrap()
                .get_attribute("lang")
                .as_deref(),
            Some("en")
        );
    })
    .await;
}

#[wasm_bindgen_test]
async fn unknown_addresses_show_page_not_found_with_a_way_home() {
    with_app_at("/es/no-such-page", async |app| {
        assert_eq!(text_of(app, "h1"), "No se encontró la página");
        let home = app.query_selector("main a").unwrap().unwrap();
        assert_eq!(home.get_attribute("href").as_deref(), Some("/es"));
    })
    .await;
}
