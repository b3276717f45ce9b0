//! Component tests in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! the app shell mounted into a fresh element, driven as a person would.
#![cfg(target_arch = "wasm32")]

use eservice_navigator::{PageView, bundles, mount};
use leptos::{prelude::*, task::tick};
use navigator_domain::{Bundle, Lang, Tool, words};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the site bundle as if the browser had opened `path`, runs `check`, then unmounts
/// and puts the address back so tests do not see each other.
async fn with_app_at(path: &str, check: impl AsyncFnOnce(&HtmlElement)) {
    with_bundle_at(Bundle::Site, bundles::site, path, check).await;
}

/// The words the app would fetch, written by the build script for these tests.
fn install_words() {
    let all: Vec<(Lang, words::Catalogue)> =
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/words-all.json"))).unwrap();
    for (lang, catalogue) in all {
        words::install(lang, catalogue);
    }
}

async fn with_bundle_at(
    bundle: Bundle,
    pages: PageView,
    path: &str,
    check: impl AsyncFnOnce(&HtmlElement),
) {
    install_words();
    let history = window().history().unwrap();
    let original = window().location().pathname().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
    // What index.html holds: the app draws the header, the page and the footer into it.
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    container.set_inner_html(
        "<div id=\"header\"></div><main id=\"main\" tabindex=\"-1\"></main><footer id=\"footer\"></footer>",
    );
    document().body().unwrap().append_child(&container).unwrap();
    let main: HtmlElement = container
        .query_selector("main")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let handle = mount(main, bundle, pages);
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

fn type_into(root: &HtmlElement, selector: &str, text: &str) {
    let input: web_sys::HtmlInputElement = root
        .query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
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
        let switch = app
            .query_selector(".language-menu a[hreflang='es']")
            .unwrap()
            .unwrap();
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
        click(app, ".language-menu a[hreflang='en']");
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

#[wasm_bindgen_test]
async fn a_tool_shows_gov_uk_errors_then_the_answer() {
    with_bundle_at(
        Bundle::Tool(Tool::Identify),
        bundles::tool_identify,
        "/tools/identify",
        async |app| {
            click(app, "button[type=submit]");
            tick().await;
            assert_eq!(text_of(app, ".error-summary__title"), "There is a problem");
            assert_eq!(
                text_of(app, ".error-summary__list a"),
                "Enter a number or code"
            );
            assert!(text_of(app, "#number-error").contains("Enter a number or code"));
            assert!(
                document()
                    .title()
                    .starts_with("Error: What is this number?")
            );
            assert_eq!(
                document().active_element().unwrap().class_name(),
                "error-summary"
            );

            type_into(app, "#number", " n000 472 0633 ");
            click(app, "button[type=submit]");
            tick().await;
            assert!(app.query_selector(".error-summary").unwrap().is_none());
            assert_eq!(text_of(app, ".result-card h3"), "SEVIS ID");
            assert_eq!(text_of(app, ".result-card code"), "N0004720633");
            // What was typed is shown exactly as typed.
            let input: web_sys::HtmlInputElement = app
                .query_selector("#number")
                .unwrap()
                .unwrap()
                .unchecked_into();
            assert_eq!(input.value(), " n000 472 0633 ");
        },
    )
    .await;
}

#[wasm_bindgen_test]
async fn a_tool_lists_the_sources_of_the_facts_its_result_states() {
    with_bundle_at(
        Bundle::Tool(Tool::Identify),
        bundles::tool_identify,
        "/tools/identify",
        async |app| {
            // A SEVIS ID's card states no fact: no sources.
            type_into(app, "#number", "N0004720633");
            click(app, "button[type=submit]");
            tick().await;
            assert!(app.query_selector("details.sources").unwrap().is_none());

            // An A-Number's card gives the court's phone line: its source is one tap away.
            type_into(app, "#number", "A012345678");
            click(app, "button[type=submit]");
            tick().await;
            assert_eq!(text_of(app, "details.sources summary"), "Sources");
            let listed = text_of(app, "details.sources dl");
            assert!(listed.contains("1-800-898-7180"), "{listed}");
            assert!(
                listed.contains("Last checked: 29 November 2026"),
                "{listed}"
            );
            let link = app
                .query_selector("details.sources a[hreflang=en]")
                .unwrap()
                .unwrap();
            assert!(
                link.get_attribute("href")
                    .unwrap()
                    .starts_with("https://www.justice.gov/eoir")
            );

            // An error replaces the result, and its sources go with it.
            type_into(app, "#number", "");
            click(app, "button[type=submit]");
            tick().await;
            assert!(app.query_selector("details.sources").unwrap().is_none());
        },
    )
    .await;
}

#[wasm_bindgen_test]
async fn content_that_cannot_load_offers_to_try_again() {
    // The test page has no /content/: the question's words cannot be fetched.
    with_bundle_at(Bundle::Find, bundles::find, "/find/event", async |app| {
        for _ in 0..50 {
            if app.query_selector("[role=alert]").unwrap().is_some() {
                break;
            }
            gloo_sleep().await;
        }
        assert_eq!(text_of(app, "[role=alert] h1"), "This page could not load");
        assert_eq!(text_of(app, "[role=alert] button"), "Try again");
    })
    .await;
}

/// Waits a few milliseconds for the network.
async fn gloo_sleep() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
