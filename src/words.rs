//! The words of this bundle in the page's language, fetched before the first page is drawn
//! (ADR 12). The file is named by the hash of every Fluent file of the build, so it is
//! cached forever and a new release can never show old words with new code.

use navigator_domain::{Bundle, Lang, words};

use crate::fetch;

/// Fetches and installs the catalogue of `lang` for `bundle`, unless it is there already.
/// A poor connection gets two more tries before giving up.
pub async fn load(bundle: Bundle, lang: Lang) -> Result<(), fetch::FetchError> {
    if words::is_installed(lang) {
        return Ok(());
    }
    let url = bundle.words_url(lang, env!("NAVIGATOR_WORDS_HASH"));
    let mut tries = 0;
    loop {
        match fetch::get_json::<words::Catalogue>(&url).await {
            Ok(catalogue) => {
                words::install(lang, catalogue);
                return Ok(());
            }
            Err(error) if tries == 2 => return Err(error),
            Err(_) => tries += 1,
        }
    }
}
