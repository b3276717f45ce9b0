//! The words of the shell and of the pages every visitor sees: header, footer, home, about,
//! the list of guides, search, not found, and what forms share (errors, buttons, date boxes).
//! The words are in `locales/<lang>/shell.ftl`, one message per method (`shell-site_name`);
//! messages with values (`shell-search-results-for`) are read with `words::format`.

words_struct! {
    /// The shell's words in one language (every bundle carries the shell area).
    pub struct ShellText in "shell" {
        site_name: &'static str,
        skip_link: &'static str,
        notice_tag: &'static str,
        notice: &'static str,
        /// The link from the notice to About, where the rest of what it means is.
        notice_about: &'static str,
        nav_label: &'static str,
        /// The button that opens the navigation on a small screen.
        nav_menu: &'static str,
        nav_home: &'static str,
        nav_find: &'static str,
        nav_guides: &'static str,
        nav_tools: &'static str,
        nav_search: &'static str,
        nav_about: &'static str,
        nav_portal: &'static str,
        language_label: &'static str,
        footer_notice: &'static str,
        footer_official: &'static str,

        home_title: &'static str,
        home_lead: &'static str,
        home_ways_heading: &'static str,
        /// Title and line under it, in the order of the home page's links.
        home_ways: [(&'static str, &'static str); 3],
        home_common_heading: &'static str,
        home_common: [&'static str; 7],
        home_not_gov_heading: &'static str,
        home_not_gov: &'static str,
        home_about_link: &'static str,

        about_title: &'static str,
        about_lead: &'static str,
        about_not_gov_heading: &'static str,
        about_not_gov: [&'static str; 2],
        about_what_heading: &'static str,
        about_what: [&'static str; 3],
        about_sources_heading: &'static str,
        about_sources_intro: &'static str,
        /// Official pages the guide text was checked against: name and address (the hosts
        /// are those of the domain facts).
        about_sources: [(&'static str, &'static str); 6],
        about_sources_note: &'static str,

        guides_title: &'static str,
        guides_lead: &'static str,
        /// Headings of the guide groups: start here, ICE's own services, elsewhere.
        guide_groups: [&'static str; 3],
        /// The link to "Find the right place" under each guide.
        guide_find_link: &'static str,

        search_title: &'static str,
        search_label: &'static str,
        search_button: &'static str,
        search_missing: &'static str,
        search_none: &'static str,

        not_found_title: &'static str,
        not_found_typed: &'static str,
        not_found_pasted: &'static str,
        not_found_home: &'static str,

        loading: &'static str,
        load_failed_title: &'static str,
        load_failed: &'static str,
        try_again: &'static str,
        print: &'static str,
        error_prefix: &'static str,
        error_summary_title: &'static str,
        continue_button: &'static str,
        back: &'static str,
        day: &'static str,
        month: &'static str,
        year: &'static str,
        /// The heading of a page's facts and their official sources (guides, outcomes,
        /// tools).
        guide_sources: &'static str,
        last_checked: &'static str,
    }
}
