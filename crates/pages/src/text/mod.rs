//! Typed views of the words of each area: one struct per area whose methods are messages of
//! `locales/<lang>/<area>.ftl`, loaded from the language's catalogue on first use
//! (docs/adr/0012-words-as-fluent-catalogues.md). Long content (guides, the words of "Find
//! the right place") is not here: it is fetched per page from `/content/`.

#[macro_use]
pub(crate) mod words_struct;

mod find;
mod portal;
mod shell;
mod tools;

pub use find::FindText;
pub use portal::PortalText;
pub use shell::ShellText;
pub use tools::ToolsText;

use navigator_domain::Lang;

pub fn shell_text(lang: Lang) -> &'static ShellText {
    ShellText::get(lang)
}

pub fn find_text(lang: Lang) -> &'static FindText {
    FindText::get(lang)
}

pub fn tools_text(lang: Lang) -> &'static ToolsText {
    ToolsText::get(lang)
}

pub fn portal_text(lang: Lang) -> &'static PortalText {
    PortalText::get(lang)
}

/// The label of one value of a list of choices, the message `<kind>-<id>`
/// (`tools-opt_kind-stem`): named by the value, so no list of words has to stay in the
/// order of a list in code.
pub fn choice_label(lang: Lang, kind: &str, id: &str) -> &'static str {
    navigator_domain::words::text(lang, &[kind, "-", id].concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every method's message, read in every language: a missing id panics here.
    #[test]
    fn shell_find_and_tools_words_load_in_every_language() {
        for lang in Lang::ALL {
            ShellText::read_every_word(lang);
            FindText::read_every_word(lang);
            ToolsText::read_every_word(lang);
        }
    }

    /// The messages the pages fill in with `words::format`, with the values the pages pass:
    /// a placeholder without a value would show as `{name}`.
    #[test]
    fn every_message_with_values_gets_all_of_them() {
        use navigator_domain::words::{Arg, format};
        let date = || Arg::from("1 June 2026");
        let messages: [(&str, Vec<(&str, Arg)>); 10] = [
            ("shell-search-results-for", vec![("words", "portal".into())]),
            ("tools-job-heading", vec![("number", 2usize.into())]),
            (
                "calculators-days-used-of",
                vec![("used", 1u32.into()), ("allowed", 90u32.into())],
            ),
            ("calculators-days-left", vec![("left", 89u32.into())]),
            (
                "tools-counted-from-to",
                vec![("from", date()), ("to", date())],
            ),
            (
                "tools-stretch",
                vec![("from", date()), ("to", date()), ("days", 1i64.into())],
            ),
            (
                "tools-counted-from-day-after",
                vec![("date", date()), ("counting", "10 days".into())],
            ),
            ("tools-grace-days", vec![("days", 60u32.into())]),
            ("tools-window-not-yet", vec![("days", 5u32.into())]),
            ("tools-window-open", vec![("days", 0u32.into())]),
        ];
        for lang in Lang::ALL {
            for (id, args) in &messages {
                let text = format(lang, id, args);
                assert!(!text.contains(['{', '}']), "{}: {id} = {text}", lang.tag());
            }
        }
    }
}
