//! "14 days used of 90 / 76 days left": the unemployment count as the OPT unemployment tool
//! and a student's own portal page both show it, in the language's plural forms. Markup,
//! not a view: the tool's result is markup (ADR 8), and the portal shows it as such.

use navigator_domain::{Lang, calculators::UnemploymentDays, words::format};
use navigator_pages::markup::Markup;

pub fn unemployment_count(days: &UnemploymentDays, lang: Lang) -> String {
    let mut m = Markup::new();
    let used = format(
        lang,
        "calculators-days-used-of",
        &[("used", days.used.into()), ("allowed", days.allowed.into())],
    );
    let left = format(lang, "calculators-days-left", &[("left", days.left.into())]);
    for (number, words) in [(days.used, used), (days.left, left)] {
        m.open("p", &[("class", "big-number")])
            .element("strong", &[], &number.to_string())
            .text(" ")
            .text(&words)
            .close("p");
    }
    m.into_string()
}
