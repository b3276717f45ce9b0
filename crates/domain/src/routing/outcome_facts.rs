//! The facts an outcome page states, with their sources, for its "Sources": those its own
//! words state (`router.ftl`, worked out when the words are compiled) and the counts of its
//! deadlines. Its official links are not listed again: each is the official page itself.

use super::{Outcome, wording::outcome_message_ids};
use crate::{
    Lang,
    words::{self, Citation},
};

pub fn outcome_facts(outcome: Outcome, lang: Lang) -> Vec<Citation<'static>> {
    let owned_ids = outcome_message_ids(outcome, lang);
    let ids: Vec<&str> = owned_ids.iter().map(String::as_str).collect();
    let counted: Vec<&str> = outcome.deadlines().iter().map(|r| r.fact_id()).collect();
    words::facts_of(lang, &ids, &counted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{calculators::DeadlineRule, facts};

    fn urls(outcome: Outcome, lang: Lang) -> Vec<String> {
        outcome_facts(outcome, lang)
            .into_iter()
            .map(|c| [c.value, " ", c.url].concat())
            .collect()
    }

    #[test]
    fn an_outcome_cites_what_its_words_state_then_its_deadlines() {
        let cited = |id: &str| {
            let fact = facts::fact(id).unwrap();
            [fact.value.shown(), " ".into(), fact.source.url.to_owned()].concat()
        };
        // Its steps state the Response Center's phone, e-mail and hours, and the 21 days
        // (which is also its deadline: listed once).
        let sevis = urls(Outcome::Sevis, Lang::En);
        assert_eq!(
            sevis,
            [
                cited("dso-sevis-update-days"),
                cited("sevp-response-center-phone"),
                cited("sevp-response-center-email"),
                cited("sevp-response-center-opens-am"),
                cited("sevp-response-center-closes-pm"),
            ]
        );
        assert_eq!(
            Outcome::Sevis.deadlines(),
            [DeadlineRule::DsoUpdatesSevis],
            "the deadline's fact is the first step's"
        );
        for lang in Lang::ALL {
            assert_eq!(urls(Outcome::Sevis, lang), sevis, "{}", lang.tag());
        }
    }
}
