//! The offline part of the release build (docs/adr/0018-offline-service-worker.md):
//! `dist/sw.js`, made by Workbox from the finished `dist/` so its precache list is never
//! kept by hand, with the table of public addresses the worker needs to answer a page
//! offline, taken from the routes in navigator-domain.

use std::{collections::BTreeMap, path::Path, process::Stdio};

use navigator_domain::{AppPath, Bundle, Lang, Page};
use navigator_pages::document::prerendered_file;

use crate::{
    tools::Tools,
    workspace::{Result, Workspace},
};

/// What a worker precaches.
#[derive(serde::Deserialize)]
pub struct Precache {
    pub files: usize,
    pub bytes: usize,
}

/// Writes `dist/sw-<tag>.js` for each language (after the pages are prerendered: they are
/// precached).
pub fn write(ws: &Workspace, tools: &Tools, dist: &Path) -> Result<Precache> {
    let scratch = ws.path("target/service-worker");
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let addresses_file = scratch.join("public-addresses.json");
    // One worker per language (`sw-<tag>.js`), each with its own addresses.
    let tables: BTreeMap<&str, _> = Lang::ALL
        .into_iter()
        .map(|lang| (lang.tag(), public_addresses(dist, lang)))
        .collect();
    let addresses = serde_json::to_string(&tables).map_err(|e| e.to_string())?;
    std::fs::write(&addresses_file, addresses)
        .map_err(|e| format!("{}: {e}", addresses_file.display()))?;
    let output = tools
        .program(ws, "node")
        .arg(ws.path("service-worker/build.mjs"))
        .arg(dist)
        .arg(&addresses_file)
        .arg(&scratch)
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot start node: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "service-worker/build.mjs failed ({})",
            output.status
        ));
    }
    let report: BTreeMap<String, Precache> = serde_json::from_slice(&output.stdout)
        .map_err(|e| format!("service-worker/build.mjs printed no report: {e}"))?;
    // What one visitor's worker downloads at most: the largest language.
    report
        .into_values()
        .max_by_key(|precache| precache.bytes)
        .ok_or_else(|| "service-worker/build.mjs wrote no worker".into())
}

/// Every public address in a language (without a trailing slash, `/` itself aside) →
/// `[its bundle's bare page, its prerendered file if the build wrote one]`. Portal pages
/// are not public: the worker leaves them to the network.
fn public_addresses(dist: &Path, lang: Lang) -> BTreeMap<String, (String, Option<String>)> {
    let mut addresses = BTreeMap::new();
    for page in Page::all() {
        let bundle = page.bundle();
        if matches!(bundle, Bundle::Portal(_)) {
            continue;
        }
        let Some(href) = AppPath::href(lang, page) else {
            continue;
        };
        let prerendered = prerendered_file(&href).filter(|file| dist.join(file).is_file());
        let address = match href.trim_end_matches('/') {
            "" => "/".to_owned(),
            trimmed => trimmed.to_owned(),
        };
        addresses.insert(
            address,
            (
                ["/", bundle.html_path()].concat(),
                prerendered.map(|file| ["/", &file].concat()),
            ),
        );
    }
    addresses
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_addresses_name_their_bundle_page_and_leave_the_portal_out() {
        let dist = std::env::temp_dir().join(format!("navigator-sw-{}", std::process::id()));
        let guide = dist.join("pages/es/guides/uscis/index.html");
        std::fs::create_dir_all(guide.parent().unwrap()).unwrap();
        std::fs::write(&guide, "<!doctype html>").unwrap();
        let (english, spanish) = (
            public_addresses(&dist, Lang::En),
            public_addresses(&dist, Lang::Es),
        );
        std::fs::remove_dir_all(&dist).unwrap();

        let entry = |address: &str| {
            english
                .get(address)
                .or_else(|| spanish.get(address))
                .cloned()
        };
        // Each language's worker answers its own addresses only.
        assert!(english.keys().all(|address| !address.starts_with("/es")));
        assert!(spanish.keys().all(|address| address.starts_with("/es")));
        assert_eq!(
            entry("/es/guides/uscis"),
            Some((
                "/index.html".to_owned(),
                Some("/pages/es/guides/uscis/index.html".to_owned())
            ))
        );
        // Not written by this build: only the bare page.
        assert_eq!(
            entry("/guides/uscis"),
            Some(("/index.html".to_owned(), None))
        );
        assert_eq!(
            entry("/es/find/result"),
            Some(("/app/find/index.html".to_owned(), None))
        );
        assert_eq!(
            entry("/").map(|(bare, _)| bare),
            Some("/index.html".to_owned())
        );
        assert_eq!(
            entry("/tools").map(|(bare, _)| bare),
            Some("/index.html".to_owned())
        );
        assert_eq!(
            entry("/tools/deadlines").map(|(bare, _)| bare),
            Some("/app/tools-deadlines/index.html".to_owned())
        );
        assert_eq!(entry("/sign-in"), None);
        assert_eq!(entry("/dso"), None);
        for table in [&english, &spanish] {
            assert!(table.keys().all(|a| a == "/" || !a.ends_with('/')));
        }
    }
}
