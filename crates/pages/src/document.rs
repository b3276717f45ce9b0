//! A whole HTML document for an address: the bundle's built page (its `<head>`: styles and
//! the script that starts the wasm after the first paint) with the language, the tab title
//! and the page itself filled in. The build writes these for every address that does not
//! depend on a person (prerendered files); the server renders the rest the same way.

use navigator_domain::{AppPath, Lang, Page};

use crate::{
    markup::Markup,
    shell,
    static_page::{PAGE_CLASS, StaticPage},
    text::shell_text,
};

/// What a document's `<main>` holds.
pub enum Main<'a> {
    /// The whole page: the app takes it over as it is.
    Complete(&'a StaticPage),
    /// What can be shown before the app has drawn the page (a tool's heading and a word for
    /// readers without JavaScript; nothing for the portal, whose pages depend on an account).
    Placeholder(&'a StaticPage),
}

/// The attribute on `<main>` that tells the app the page in it is complete.
pub const COMPLETE_MARK: &str = "data-complete";

/// The ids of the document's three parts: the app fills the header and footer and draws
/// pages in `main`.
pub const HEADER_ID: &str = "header";
pub const MAIN_ID: &str = "main";
pub const FOOTER_ID: &str = "footer";

/// Holds the first paint until the parser has reached the footer, so the first paint shows
/// the whole page (at most ~13 KB of HTML): otherwise Chromium may paint the header first
/// and the page's lead paragraph in a later, largest paint, which moves LCP by 0.1–0.3 s
/// from one load to the next (docs/performance.md).
fn first_paint_after_page() -> String {
    [
        r##"<link rel="expect" href="#"##,
        FOOTER_ID,
        r#"" blocking="render">"#,
    ]
    .concat()
}

/// Where the build writes the prerendered document of an address, under `dist/`
/// (`pages/es/guides/uscis/index.html`): `None` for an address that is not one of the
/// app's pages. The server reads it from the same place.
pub fn prerendered_file(path: &str) -> Option<String> {
    let AppPath { lang, page } = AppPath::parse(path);
    let href = AppPath::href(lang, page)?;
    Some(["pages", href.trim_end_matches('/'), "/index.html"].concat())
}

/// Fills `template` (a bundle's `index.html` as trunk built it) with the page.
pub fn render(
    template: &str,
    lang: Lang,
    page: Page,
    path: &str,
    query: &str,
    main: Main,
) -> String {
    let (content, complete) = match main {
        Main::Complete(content) => (content, true),
        Main::Placeholder(content) => (content, false),
    };
    let t = shell_text(lang);
    let mut body = Markup::new();
    body.open("div", &[("class", "app")])
        .open("div", &[("id", HEADER_ID)])
        .raw(&shell::header(lang, page, path, query))
        .close("div")
        .open(
            "main",
            &[
                ("id", MAIN_ID),
                ("class", "width-container main"),
                ("tabindex", "-1"),
                if complete {
                    (COMPLETE_MARK, "")
                } else {
                    ("", "")
                },
            ],
        )
        .open("div", &[("class", PAGE_CLASS)])
        .raw(&content.html())
        .close("div")
        .close("main")
        .open("footer", &[("class", "footer"), ("id", FOOTER_ID)])
        .raw(&shell::footer(lang))
        .close("footer")
        .close("div");
    let mut title = Markup::new();
    title.text(&content.tab_title(t.error_prefix(), t.site_name()));
    let head_end = template.find("<body").unwrap_or(template.len());
    let head = &template[..head_end];
    let head = replace_between(head, "<html lang=\"", "\"", lang.tag());
    let head = replace_between(&head, "<title>", "</title>", &title.into_string()).replacen(
        "</head>",
        &[&first_paint_after_page(), "</head>"].concat(),
        1,
    );
    // A page the server draws whole is left without the bundle's app (ADR 25).
    let head = if page.drawn_by_server_alone() {
        without_app_start(&head)
    } else {
        head
    };
    let tail = template
        .find("</body>")
        .map_or("</html>\n", |end| &template[end + "</body>".len()..]);
    [
        head.as_str(),
        "<body>",
        &body.into_string(),
        "</body>",
        tail,
    ]
    .concat()
}

/// `head` without the module script that starts the bundle's app.
fn without_app_start(head: &str) -> String {
    const START: &str = "<script type=\"module\">";
    let Some(from) = head.find(START) else {
        return head.to_owned();
    };
    match head[from..].find("</script>") {
        Some(length) => [&head[..from], &head[from + length + "</script>".len()..]].concat(),
        None => head.to_owned(),
    }
}

/// `text` with what lies between the first `start` and the next `end` replaced.
fn replace_between(text: &str, start: &str, end: &str, with: &str) -> String {
    let Some(from) = text.find(start).map(|at| at + start.len()) else {
        return text.to_owned();
    };
    let Some(to) = text[from..].find(end).map(|at| from + at) else {
        return text.to_owned();
    };
    [&text[..from], with, &text[to..]].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!doctype html>\n<html lang=\"en\">\n<head><title>Old</title><script type=\"module\">start()</script></head>\n  <body>\n<div class=\"app\"></div>\n  </body>\n</html>\n";

    #[test]
    fn the_document_is_in_the_page_language_with_its_title_and_content() {
        let page = StaticPage::new("Acerca de <esto>", "<p>Hola</p>".into());
        let html = render(
            TEMPLATE,
            Lang::Es,
            Page::About,
            "/es/about",
            "",
            Main::Complete(&page),
        );
        assert!(
            html.starts_with("<!doctype html>\n<html lang=\"es\">"),
            "{html}"
        );
        assert!(html.contains("<title>Acerca de &lt;esto&gt; – "), "{html}");
        assert!(html.contains("<script type=\"module\">start()</script>"));
        assert!(html.contains("<main id=\"main\" class=\"width-container main\" tabindex=\"-1\" data-complete=\"\"><div class=\"page\"><h1 class=\"heading-xl\" tabindex=\"-1\">Acerca de &lt;esto&gt;</h1><div class=\"page-body\"><p>Hola</p></div></div></main>"), "{html}");
        assert!(html.contains("Este no es un sitio web del gobierno"));
        assert_eq!(html.matches("<body>").count(), 1);
        assert!(html.ends_with("</body>\n</html>\n"), "{html}");
    }

    #[test]
    fn each_address_has_one_prerendered_file() {
        assert_eq!(prerendered_file("/").as_deref(), Some("pages/index.html"));
        assert_eq!(
            prerendered_file("/es/").as_deref(),
            Some("pages/es/index.html")
        );
        assert_eq!(
            prerendered_file("/es").as_deref(),
            Some("pages/es/index.html")
        );
        assert_eq!(
            prerendered_file("/guides/uscis/").as_deref(),
            Some("pages/guides/uscis/index.html")
        );
        assert_eq!(prerendered_file("/nothing-here"), None);
    }

    /// The tools page as the build writes it before the app draws it.
    fn tools_placeholder() -> String {
        let page = StaticPage::new("Tool", String::new());
        render(
            TEMPLATE,
            Lang::En,
            Page::Tools,
            "/tools",
            "",
            Main::Placeholder(&page),
        )
    }

    /// Without it Chromium may paint the header before the parser has reached the page's
    /// lead paragraph, and the lead's later paint becomes the largest one (LCP 0.75 s in one
    /// Lighthouse run, 1.04 s in the next, for the same page).
    #[test]
    fn the_first_paint_waits_until_the_page_is_parsed() {
        let html = tools_placeholder();
        let head_end = html.find("</head>").expect("a head");
        assert!(
            html[..head_end].contains(r##"<link rel="expect" href="#footer" blocking="render">"##),
            "{html}"
        );
        let main_end = html.find("</main>").expect("a main");
        assert!(html[main_end..].contains(r#"<footer class="footer" id="footer">"#));
    }

    #[test]
    fn a_page_the_server_draws_alone_loads_no_app() {
        let page = Page::Portal(navigator_domain::PortalArea::SignIn);
        let html = |page| {
            render(
                TEMPLATE,
                Lang::En,
                page,
                "/sign-in",
                "",
                Main::Complete(&StaticPage::new("Sign in", String::new())),
            )
        };
        assert!(!html(page).contains("<script"), "{}", html(page));
        assert!(html(Page::About).contains("<script type=\"module\">start()</script>"));
    }

    #[test]
    fn a_placeholder_is_not_marked_complete() {
        let html = tools_placeholder();
        assert!(!html.contains(COMPLETE_MARK));
    }
}
