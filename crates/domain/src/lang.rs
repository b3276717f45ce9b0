//! The languages the product speaks. English is served at the root, every other language
//! under its own path prefix (`/es/…`), so a shared link always opens in the language it
//! was copied in.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
    /// Brazilian Portuguese, as most Portuguese readers in the U.S. write it.
    Pt,
    /// Haitian Creole (Kreyòl ayisyen).
    Ht,
    Fr,
}

impl Lang {
    /// The languages ICE's own check-in site offers (shared/domain.md §3), in its order.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Es, Lang::Pt, Lang::Ht, Lang::Fr];

    /// BCP 47 tag, for `<html lang>`, `hreflang` and `Accept-Language`.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Ht => "ht",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, as shown on the language switch.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Pt => "Português",
            Lang::Ht => "Kreyòl ayisyen",
            Lang::Fr => "Français",
        }
    }

    /// Path prefix under which the language's pages live; empty for English.
    pub const fn path_prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Es => "/es",
            Lang::Pt => "/pt",
            Lang::Ht => "/ht",
            Lang::Fr => "/fr",
        }
    }

    /// The language a tag names, ignoring case and any region (`es-MX` is Spanish).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().trim();
        Lang::ALL
            .into_iter()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }

    /// The preferred supported language in an `Accept-Language` header, by quality.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(Lang, u16)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(Lang::from_tag) else {
                continue;
            };
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(1000, parse_quality);
            if quality > 0 && best.is_none_or(|(_, q)| quality > q) {
                best = Some((lang, quality));
            }
        }
        best.map(|(lang, _)| lang)
    }
}

/// A quality value (`0.8`) in thousandths, without floating point; anything malformed is 0.
fn parse_quality(text: &str) -> u16 {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return 0,
    };
    let mut thousandths = 0u16;
    let mut scale = 100u16;
    for c in fraction.chars().take(3) {
        let Some(d) = c.to_digit(10) else { return 0 };
        thousandths += d as u16 * scale;
        scale /= 10;
    }
    (whole + thousandths).min(1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn region_and_case_are_ignored() {
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn accept_language_picks_highest_supported_quality() {
        assert_eq!(
            Lang::from_accept_language("fr-CA, es;q=0.8, en;q=0.5"),
            Some(Lang::Fr)
        );
        assert_eq!(
            Lang::from_accept_language("de, ht;q=0.7, fr;q=0.6"),
            Some(Lang::Ht)
        );
        assert_eq!(
            Lang::from_accept_language("en;q=0.4, es-419;q=0.9"),
            Some(Lang::Es)
        );
        assert_eq!(Lang::from_accept_language("es;q=0, en"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("de, it"), None);
        assert_eq!(Lang::from_accept_language("es;q=banana"), None);
    }
}
