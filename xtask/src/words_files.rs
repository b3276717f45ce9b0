//! Each bundle's words catalogue in each language, compiled from locales/ into
//! `target/content/<lang>/words-<bundle>-<hash>.json` (ADR 12). The app's build script
//! computes the same hash, so the app asks for exactly the file this build wrote.

use std::path::Path;

use navigator_domain::{Bundle, Lang, words::source};

use crate::workspace::Result;

/// Writes every bundle's catalogue; returns how many files it wrote. Bundles that share a
/// catalogue (`Bundle::words_url`: the tools; site and search; the portal's) get it written once.
pub fn write(content: &Path) -> Result<usize> {
    let hash = source::content_hash();
    let mut written = std::collections::HashSet::new();
    for lang in Lang::ALL {
        for bundle in Bundle::ALL {
            // words_url is absolute (`/content/…`); the files live under target/content.
            let url = bundle.words_url(lang, &hash);
            if !written.insert(url.clone()) {
                continue;
            }
            let catalogue = bundle
                .catalogue(lang)
                .map_err(|errors| format!("locales/{}: {}", lang.tag(), errors.join("\n")))?;
            let json = serde_json::to_string(&catalogue).map_err(|e| e.to_string())?;
            let path = content.join(url.trim_start_matches("/content/"));
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("{}: {e}", parent.display()))?;
            }
            std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(written.len())
}
