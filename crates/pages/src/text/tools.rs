//! The words of the tools pages. The words are in `locales/<lang>/tools.ftl`, one message
//! per method (`tools-needs_script`); messages with values (`tools-counted-from-to`) are read
//! with `words::format`. Only the tools' bundles carry them.

words_struct! {
    /// The tools' words in one language.
    pub struct ToolsText in "tools" {
        needs_script: &'static str,
        needs_script_guide: &'static str,
        private_hint: &'static str,
        check: &'static str,
        calculate: &'static str,

        identify_label: &'static str,
        identify_hint: &'static str,
        identify_missing: &'static str,
        identify_found: &'static str,
        identify_none_title: &'static str,
        identify_none: &'static str,
        written_as: &'static str,
        used_by: &'static str,
        often_confused: &'static str,

        link_label: &'static str,
        link_hint: &'static str,
        link_unreadable: &'static str,
        link_official: &'static str,
        link_belongs_to: &'static str,
        /// An official host reached with http://: the heading, and the advice before the
        /// https:// address.
        link_official_insecure: &'static str,
        link_official_insecure_body: &'static str,
        link_government: &'static str,
        link_government_body: &'static str,
        link_not_official: &'static str,
        link_not_official_advice: &'static str,
        link_goes_to: &'static str,
        link_sender_domain: &'static str,

        opt_kind_legend: &'static str,
        opt_kind_missing: &'static str,
        /// Shown instead of a count to M-1 students.
        m1_ask_dso: &'static str,
        /// Which days the count includes: the EAD start date and today.
        counting_rule: &'static str,
        ead_start: &'static str,
        ead_start_hint: &'static str,
        jobs_heading: &'static str,
        /// Which jobs count: work under 20 hours a week is not OPT employment.
        jobs_hint: &'static str,
        job_start: &'static str,
        job_end: &'static str,
        job_end_hint: &'static str,
        /// The box a job of fewer than 20 hours a week is ticked with.
        job_under_20_hours: &'static str,
        add_job: &'static str,
        remove_job: &'static str,
        stretches: &'static str,
        runs_out: &'static str,
        over_limit: &'static str,
        not_started: &'static str,
        unemployment_note: &'static str,

        calculator_legend: &'static str,
        calculator_missing: &'static str,
        rule_legend: &'static str,
        rule_missing: &'static str,
        changed_on: &'static str,
        grace_legend: &'static str,
        grace_missing: &'static str,
        ended_on: &'static str,
        program_end: &'static str,
        recommendation: &'static str,
        recommendation_hint: &'static str,
        opt_ead_end: &'static str,
        stem_start: &'static str,
        certification_expires: &'static str,
        due: &'static str,
        how_worked_out: &'static str,
        not_counted: &'static str,
        weekend: &'static str,
        grace_last_day: &'static str,
        no_grace: &'static str,
        window_opens: &'static str,
        window_closes: &'static str,
        closed_by_recommendation: &'static str,
        window_closed: &'static str,
        window_impossible: &'static str,
        submit_by: &'static str,
        reminder: &'static str,
        notice_on: &'static str,
        expires_on: &'static str,
        next_expiry: &'static str,
        add_to_calendar: &'static str,
        check_with_dso: &'static str,
    }
}
