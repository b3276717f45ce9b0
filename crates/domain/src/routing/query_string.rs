//! Answers in the URL: `?court-case=yes&role=supervision&supervision-need=moved&urgent=no`.
//! Keys are sorted so one set of answers has one address; unknown keys and answers are
//! dropped, so an old or edited link still opens. Only answer ids travel — categories,
//! never anything personal.

use super::{Answers, Event, Question};

impl Answers {
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = Question::ALL
            .iter()
            .filter_map(|q| self.answer_id(*q).map(|id| (q.key(), id)))
            .collect();
        pairs.sort_unstable();
        let mut query = String::new();
        for (key, id) in pairs {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(key);
            query.push('=');
            query.push_str(id);
        }
        query
    }

    /// Reads a query string, with or without the leading `?`. The first valid answer to a
    /// question wins.
    pub fn from_query(query: &str) -> Answers {
        let mut answers = Answers::default();
        for pair in query.trim_start_matches('?').split('&') {
            let (key, id) = pair.split_once('=').unwrap_or((pair, ""));
            if let Some(question) = Question::from_key(key)
                && answers.answer_id(question).is_none()
            {
                answers.set(question, id);
            }
        }
        // Links made before the first question asked about life events (issue 13) start
        // with the task list's answer: they still mean the task list.
        if answers.role.is_some() && answers.event.is_none() {
            answers.event = Some(Event::Task);
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::routing::{Role, Urgent};

    #[test]
    fn keys_are_sorted_and_unknown_ones_dropped() {
        let answers = Answers::from_query(
            "?urgent=no&role=supervision&utm_source=mail&role=student&court-case=maybe",
        );
        assert_eq!(answers.role, Some(Role::Supervision));
        assert_eq!(answers.urgent, Some(Urgent::No));
        assert_eq!(answers.court_case, None);
        assert_eq!(answers.to_query(), "event=task&role=supervision&urgent=no");
        assert_eq!(Answers::from_query("").to_query(), "");
        assert_eq!(Answers::from_query("&&=&role"), Answers::default());
    }

    #[test]
    fn a_link_from_before_the_life_events_opens_the_task_list() {
        let old = Answers::from_query("role=benefit&benefit-need=case-status");
        assert_eq!(old.event, Some(Event::Task));
        let chosen = Answers::from_query("event=moved&role=benefit");
        assert_eq!(chosen.event, Some(Event::Moved), "an answer given is kept");
    }

    fn any_answers() -> impl Strategy<Value = Answers> {
        let per_question: Vec<_> = Question::ALL
            .iter()
            .map(|q| proptest::option::of(proptest::sample::select(q.answer_ids())))
            .collect();
        per_question.prop_map(|choices| {
            let mut answers = Answers::default();
            for (question, choice) in Question::ALL.iter().zip(choices) {
                if let Some(id) = choice {
                    answers.set(*question, id);
                }
            }
            // What an address can hold: a task-list answer comes with its way in.
            if answers.role.is_some() && answers.event.is_none() {
                answers.event = Some(Event::Task);
            }
            answers
        })
    }

    proptest! {
        #[test]
        fn round_trip_without_loss(answers in any_answers()) {
            let query = answers.to_query();
            prop_assert_eq!(Answers::from_query(&query), answers.clone());
            prop_assert_eq!(Answers::from_query(&["?", &query].concat()), answers);
        }

        #[test]
        fn any_text_reads_without_panicking(text in "\\PC{0,80}") {
            let answers = Answers::from_query(&text);
            prop_assert_eq!(Answers::from_query(&answers.to_query()), answers);
        }
    }
}
