//! The words of the pages of "Find the right place" that are not fetched content (headings,
//! buttons, labels). The words are in `locales/<lang>/find.ftl`, one message per method
//! (`find-start_title`); only the find bundle carries them.

words_struct! {
    /// The words of "Find the right place" in one language.
    pub struct FindText in "find" {
        start_title: &'static str,
        start_lead: &'static str,
        start_points: [&'static str; 3],
        start_button: &'static str,
        /// Appended to the tab title (" – Find the right place").
        step_title_suffix: &'static str,
        where_to_go: &'static str,
        applies_to: &'static str,
        why: &'static str,
        your_answers: &'static str,
        change: &'static str,
        next_steps: &'static str,
        have_ready: &'static str,
        have_ready_hint: &'static str,
        deadlines: &'static str,
        deadlines_tool: &'static str,
        secondary_source: &'static str,
        official_links: &'static str,
        read_guide: &'static str,
        tools_heading: &'static str,
        start_again: &'static str,
    }
}
