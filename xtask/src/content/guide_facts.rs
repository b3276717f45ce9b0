//! Facts in guides. A guide states a fact by its id: `{{fact:opt-unemployment-days}}` in
//! text, `[text]({{fact:sevp-portal-url}})` as a link's address (navigator_domain::facts).
//! In text the value links to the guide's "Sources" list, which names the official page
//! each fact comes from and when it was last checked; inside a link's text (an address
//! shown as the link to itself) it is shown as it is. An unknown id is a build error.

use navigator_domain::{
    Lang,
    calendar::Date,
    facts::{self, Fact, FactValue, Source},
};

const OPEN: &str = "{{fact:";
const CLOSE: &str = "}}";

/// A guide that states one of these facts also links to that official address: a phone
/// number comes with the agency's site (the EOIR hotline with EOIR).
pub const COMPANION_LINKS: [(&str, &str); 3] = [
    ("eoir-hotline-phone", "eoir-url"),
    ("uscis-contact-center-phone", "uscis-url"),
    ("sevp-response-center-phone", "study-in-the-states-url"),
];

/// A piece of text: words as written, or a fact.
#[derive(Debug, PartialEq)]
pub enum Piece<'a> {
    Text(&'a str),
    Fact(&'static Fact),
}

/// `text` cut into words and facts.
pub fn pieces(text: &str) -> Result<Vec<Piece<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(OPEN) {
        if start > 0 {
            out.push(Piece::Text(&rest[..start]));
        }
        let after = &rest[start + OPEN.len()..];
        let end = after
            .find(CLOSE)
            .ok_or_else(|| format!("`{OPEN}` without `{CLOSE}` in “{text}”"))?;
        out.push(Piece::Fact(fact(&after[..end])?));
        rest = &after[end + CLOSE.len()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    if let Some(Piece::Text(t)) = out
        .iter()
        .find(|p| matches!(p, Piece::Text(t) if t.contains("{{")))
    {
        return Err(format!("`{{{{` that is not a fact reference in “{t}”"));
    }
    Ok(out)
}

fn fact(id: &str) -> Result<&'static Fact, String> {
    facts::fact(id)
        .ok_or_else(|| format!("no fact `{id}` (navigator_domain::facts::FACTS lists the ids)"))
}

/// Text with every fact replaced by its value (front matter: titles, summaries, keywords).
pub fn expand_plain(text: &str) -> Result<String, String> {
    Ok(pieces(text)?
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(t) => t.to_owned(),
            Piece::Fact(f) => f.value.shown(),
        })
        .collect())
}

/// A link's address: a fact reference becomes the official address it names.
pub fn link_address(dest: &str) -> Result<String, String> {
    let Some(id) = dest
        .strip_prefix(OPEN)
        .and_then(|rest| rest.strip_suffix(CLOSE))
    else {
        return Ok(dest.to_owned());
    };
    match fact(id)?.value {
        FactValue::Url(url) => Ok(url.to_owned()),
        other => Err(format!(
            "fact `{id}` is {other:?}, not an address to link to"
        )),
    }
}

/// The sources a guide's facts come from, numbered in the order they are first cited.
#[derive(Default)]
pub struct Sources {
    cited: Vec<Source>,
    stated: Vec<&'static str>,
}

impl Sources {
    /// The fact's value, linked to its source in the list.
    pub fn cite(&mut self, fact: &'static Fact) -> String {
        self.stated.push(fact.id);
        let number = match self.cited.iter().position(|s| *s == fact.source) {
            Some(i) => i + 1,
            None => {
                self.cited.push(fact.source);
                self.cited.len()
            }
        };
        [
            "<a href=\"#source-",
            &number.to_string(),
            "\" class=\"fact\">",
            &escape(&fact.value.shown()),
            "</a>",
        ]
        .concat()
    }

    /// Whether the guide states this fact in its text.
    pub fn states(&self, id: &str) -> bool {
        self.stated.contains(&id)
    }

    /// The "Sources" section, or nothing when the guide states no fact.
    pub fn html(&self, lang: Lang) -> Result<String, String> {
        if self.cited.is_empty() {
            return Ok(String::new());
        }
        let heading = navigator_domain::words::text(lang, "shell-guide_sources");
        let checked = navigator_domain::words::text(lang, "shell-last_checked");
        let mut out = [
            "<section class=\"sources\" aria-labelledby=\"sources\">\n<h2 id=\"sources\">",
            heading,
            "</h2>\n<ol>\n",
        ]
        .concat();
        for (i, source) in self.cited.iter().enumerate() {
            let date = Date::parse_iso(source.checked)
                .ok_or_else(|| format!("{}: checked is not YYYY-MM-DD", source.url))?;
            out.push_str(
                &[
                    "<li id=\"source-",
                    &(i + 1).to_string(),
                    // The official pages are in English.
                    "\"><a href=\"",
                    &escape(source.url),
                    "\" hreflang=\"en\" lang=\"en\">",
                    &escape(source.title),
                    "</a>. ",
                    checked,
                    " ",
                    &date.long(lang),
                    "</li>\n",
                ]
                .concat(),
            );
        }
        out.push_str("</ol>\n</section>\n");
        Ok(out)
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cut_into_words_and_facts() {
        let cut = pieces("within {{fact:ar-11-days}} days").unwrap();
        assert_eq!(cut.len(), 3);
        assert_eq!(cut[0], Piece::Text("within "));
        assert!(matches!(cut[1], Piece::Fact(f) if f.id == "ar-11-days"));
        assert_eq!(
            expand_plain("{{fact:eoir-hotline-phone}}").unwrap(),
            "1-800-898-7180"
        );
        assert!(pieces("{{fact:no-such-fact}}").is_err());
        assert!(pieces("{{fact:ar-11-days").is_err());
        assert!(pieces("{{fect:ar-11-days}}").is_err());
    }

    #[test]
    fn only_address_facts_are_link_addresses() {
        assert_eq!(
            link_address("{{fact:eoir-url}}").unwrap(),
            "https://www.justice.gov/eoir"
        );
        assert_eq!(link_address("/guides/uscis").unwrap(), "/guides/uscis");
        assert!(link_address("{{fact:eoir-hotline-phone}}").is_err());
        assert!(link_address("{{fact:nothing}}").is_err());
    }

    #[test]
    fn each_source_is_listed_once_with_its_date() {
        let mut sources = Sources::default();
        let days = facts::fact("opt-unemployment-days").unwrap();
        let stem = facts::fact("stem-opt-unemployment-days").unwrap();
        let phone = facts::fact("eoir-hotline-phone").unwrap();
        assert_eq!(
            sources.cite(days),
            "<a href=\"#source-1\" class=\"fact\">90</a>"
        );
        assert_eq!(
            sources.cite(phone),
            "<a href=\"#source-2\" class=\"fact\">1-800-898-7180</a>"
        );
        assert_eq!(
            sources.cite(stem),
            "<a href=\"#source-1\" class=\"fact\">150</a>"
        );
        let html = sources.html(Lang::Es).unwrap();
        assert_eq!(html.matches("<li ").count(), 2);
        assert!(html.contains("<h2 id=\"sources\">Fuentes</h2>"));
        assert!(html.contains(
            "<li id=\"source-2\"><a href=\"https://www.justice.gov/eoir/customer-service-initiatives\" hreflang=\"en\" lang=\"en\">EOIR: Customer Service Initiatives</a>."
        ));
        assert!(html.contains("Revisado por última vez: 29 de noviembre de 2026</li>"));
        assert!(sources.states("eoir-hotline-phone"));
        assert_eq!(Sources::default().html(Lang::En).unwrap(), "");
    }
}
