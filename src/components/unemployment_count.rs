//! "14 days used of 90 / 76 days left": the unemployment count as the OPT unemployment tool
//! and a student's own portal page both show it, in the language's plural forms.

use leptos::prelude::*;
use navigator_domain::{Lang, calculators::UnemploymentDays, words::format};

pub fn unemployment_count(days: &UnemploymentDays, lang: Lang) -> impl IntoView + use<> {
    let used = format(
        lang,
        "calculators-days-used-of",
        &[("used", days.used.into()), ("allowed", days.allowed.into())],
    );
    let left = format(lang, "calculators-days-left", &[("left", days.left.into())]);
    view! {
        <p class="big-number"><strong>{days.used.to_string()}</strong>" " {used}</p>
        <p class="big-number"><strong>{days.left.to_string()}</strong>" " {left}</p>
    }
}
