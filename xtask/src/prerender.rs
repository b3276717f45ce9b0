//! The HTML-first part of the release build (docs/adr/0016-html-first.md): each bundle's
//! page is changed so its wasm is fetched only after the first paint, and every address that
//! does not depend on a person is written as a complete document under `dist/pages/`, in
//! every language, by the same renderer the app and the server use (navigator-pages).

use std::path::Path;

use navigator_domain::{AppPath, Bundle, Lang, Page};
use navigator_pages::{address::Shown, built_site::BuiltSite, document::prerendered_file};

use crate::workspace::Result;

/// Rewrites every bundle's `index.html` in `dist` to start its wasm after the first paint,
/// then writes the prerendered documents. Returns how many it wrote.
pub fn write(dist: &Path) -> Result<usize> {
    for bundle in Bundle::ALL {
        let path = dist.join(bundle.html_path());
        let html = read(&path)?;
        let deferred = start_after_first_paint(&html, keeps_offline(bundle))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        std::fs::write(&path, deferred).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let site = BuiltSite::load(dist)?;
    let mut written = 0;
    for lang in Lang::ALL {
        for page in Page::all() {
            // Sign-in is drawn at every visit, with who is signed in (ADR 25).
            let Some(href) = AppPath::href(lang, page).filter(|_| !page.drawn_by_server_alone())
            else {
                continue;
            };
            // A step that needs answers (the outcome page) redirects: the server answers it.
            let Shown::Document { html, .. } = site.show(&href, "") else {
                continue;
            };
            let file = dist.join(prerendered_file(&href).ok_or(format!("{href}: no file"))?);
            if let Some(folder) = file.parent() {
                std::fs::create_dir_all(folder)
                    .map_err(|e| format!("{}: {e}", folder.display()))?;
            }
            std::fs::write(&file, html).map_err(|e| format!("{}: {e}", file.display()))?;
            written += 1;
        }
    }
    Ok(written)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The public bundles' pages register the offline service worker; the portal's do not, so
/// signing in does not download the public help (docs/adr/0018-offline-service-worker.md).
fn keeps_offline(bundle: Bundle) -> bool {
    !matches!(bundle, Bundle::Portal(_))
}

/// Trunk's page preloads the wasm and its JS glue and starts them from a module script, so
/// on a slow link the first paint waits behind them. The page itself is complete HTML now:
/// drop the preloads and start the app once the page has loaded and painted. With
/// `registers_worker`, the service worker is registered once the app has started (or
/// failed to), so its precache never competes with the page's own code.
fn start_after_first_paint(
    html: &str,
    registers_worker: bool,
) -> std::result::Result<String, String> {
    let between = |start: &str, end: &str| -> std::result::Result<String, String> {
        let from = html
            .find(start)
            .ok_or(format!("no `{start}` in trunk's page"))?
            + start.len();
        let to = html[from..]
            .find(end)
            .ok_or(format!("no end of `{start}`"))?
            + from;
        Ok(html[from..to].to_owned())
    };
    let glue = between("import init, * as bindings from '", "'")?;
    let wasm = between("module_or_path: '", "'")?;
    let script_start = html
        .find("<script type=\"module\">")
        .ok_or("no start-up script")?;
    let script_end = html[script_start..]
        .find("</script>")
        .ok_or("no end of the script")?
        + script_start
        + "</script>".len();
    // The worker of the address's language keeps that language offline (ADR 18). The
    // address, not `<html lang>`: a bundle's bare page (an outcome drawn offline) says `en`
    // until the app has drawn it.
    let prefixed: Vec<String> = Lang::ALL
        .into_iter()
        .filter(|lang| !lang.path_prefix().is_empty())
        .map(|lang| ["'", lang.tag(), "'"].concat())
        .collect();
    let register = [
        "const lang = [",
        &prefixed.join(", "),
        "].find((tag) => location.pathname === `/${tag}` || location.pathname.startsWith(`/${tag}/`)) ?? '",
        Lang::default().tag(),
        "';\n",
        "const later = () => requestAnimationFrame(() => setTimeout(() => start().finally(() => navigator.serviceWorker?.register(`/sw-${lang}.js`))));\n",
    ]
    .concat();
    let start_up = [
        "<script type=\"module\">\n",
        "// The page is complete without the app: fetch its code after the first paint.\n",
        "const start = () => import('", &glue, "').then(({ default: init }) => init({ module_or_path: '", &wasm, "' }));\n",
        if registers_worker {
            &register
        } else {
            "const later = () => requestAnimationFrame(() => setTimeout(start));\n"
        },
        "if (document.readyState === 'complete') later(); else addEventListener('load', later, { once: true });\n",
        "</script>",
    ]
    .concat();
    let mut out = [&html[..script_start], &start_up, &html[script_end..]].concat();
    for preload in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(at) = out.find(preload) {
            let end = out[at..].find('>').ok_or("an unclosed preload link")? + at + 1;
            out.replace_range(at..end, "");
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What trunk 0.21 writes (dist/index.html of a release build).
    const TRUNK_PAGE: &str = r#"<!doctype html>
<html lang="en">
  <head>
    <link rel="stylesheet" href="/main-4446c73be6414de2.css" integrity="sha384-x"/>
<script type="module">
import init, * as bindings from '/navigator-site-4ad12420dc015c32.js';
const wasm = await init({ module_or_path: '/navigator-site-1fabf6f3f3e489fa_bg.wasm' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>
  <link rel="modulepreload" href="/navigator-site-4ad12420dc015c32.js" crossorigin="anonymous" integrity="sha384-a"><link rel="preload" href="/navigator-site-1fabf6f3f3e489fa_bg.wasm" crossorigin="anonymous" integrity="sha384-b" as="fetch" type="application/wasm"></head>
  <body></body>
</html>
"#;

    #[test]
    fn the_wasm_is_neither_preloaded_nor_started_before_the_page_has_loaded() {
        let page = start_after_first_paint(TRUNK_PAGE, false).unwrap();
        assert!(!page.contains("preload"), "{page}");
        assert!(!page.contains("import init"), "{page}");
        assert!(
            page.contains("import('/navigator-site-4ad12420dc015c32.js')"),
            "{page}"
        );
        assert!(page.contains("module_or_path: '/navigator-site-1fabf6f3f3e489fa_bg.wasm'"));
        assert!(page.contains("addEventListener('load', later"));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"/main-4446c73be6414de2.css\""));
        assert!(
            page.ends_with("</head>\n  <body></body>\n</html>\n"),
            "{page}"
        );
    }

    #[test]
    fn a_page_trunk_did_not_write_is_refused() {
        assert!(start_after_first_paint("<html></html>", true).is_err());
    }

    #[test]
    fn only_a_public_page_registers_the_service_worker_after_the_app_has_started() {
        let public = start_after_first_paint(TRUNK_PAGE, true).unwrap();
        assert!(
            public.contains(
                "start().finally(() => navigator.serviceWorker?.register(`/sw-${lang}.js`))"
            ),
            "{public}"
        );
        assert!(
            public.contains("const lang = ['es', 'pt', 'ht', 'fr'].find("),
            "{public}"
        );
        let portal = start_after_first_paint(TRUNK_PAGE, false).unwrap();
        assert!(!portal.contains("serviceWorker"), "{portal}");
        assert!(keeps_offline(Bundle::Find));
        assert!(!keeps_offline(Bundle::Portal(
            navigator_domain::PortalArea::Dso
        )));
    }
}
