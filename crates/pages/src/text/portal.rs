//! The words of the portal: sign-in, the forms of each role, and what keeps people's work
//! safe (saved drafts, session warnings, failed sends). The words themselves are in
//! `locales/<lang>/portal.ftl`; what the pages put together with values (`portal-page_of`)
//! or choose by a domain value (`portal-role-student`) is read there with
//! `navigator_domain::words`, not through this struct.

words_struct! {
    /// The portal's fixed words, one message each (`portal-<method>`; lists `portal-<method>-1`, …).
    pub struct PortalText in "portal" {
        notice: &'static str,
        notice_sign_in: &'static str,
        signed_in_as: &'static str,
        sign_out: &'static str,
        clear_device: &'static str,
        clear_device_hint: &'static str,
        clear_confirm_title: &'static str,
        clear_confirm_warning: &'static str,
        clear_confirm: &'static str,
        clear_keep: &'static str,
        cleared: &'static str,
        signed_out_title: &'static str,
        signed_out_body: &'static str,
        sign_in_again: &'static str,
        wrong_role_title: &'static str,
        go_to_yours: &'static str,
        unreachable_title: &'static str,
        unreachable_body: &'static str,
        not_found_record: &'static str,

        session_ending_title: &'static str,
        stay_signed_in: &'static str,
        session_ended_title: &'static str,
        session_ended_body: &'static str,

        saved_note: &'static str,
        change: &'static str,
        check_title: &'static str,
        check_lead: &'static str,
        not_sent_title: &'static str,
        not_sent_offline: &'static str,
        not_sent_server: &'static str,
        not_sent_signed_out: &'static str,
        refused_title: &'static str,
        sending: &'static str,
        reference_label: &'static str,
        sent_at: &'static str,
        next_heading: &'static str,
        your_answers: &'static str,
        keep_record: &'static str,
        back_to_start: &'static str,
        history_heading: &'static str,
        history_none: &'static str,
        nothing_to_confirm: &'static str,
        previous: &'static str,
        next: &'static str,
        not_given: &'static str,

        sign_in_title: &'static str,
        sign_in_lead: &'static str,
        needs_script: &'static str,
        sign_in_how: &'static str,
        email: &'static str,
        password: &'static str,
        a_number: &'static str,
        a_number_hint: &'static str,
        subject_id: &'static str,
        subject_id_hint: &'static str,
        date_of_birth: &'static str,
        date_of_birth_hint: &'static str,
        sign_in_button: &'static str,
        students_activate: &'static str,

        activate_title: &'static str,
        activate_lead: &'static str,
        new_password: &'static str,
        new_password_hint: &'static str,
        confirm_password: &'static str,
        activate_button: &'static str,

        address_line1: &'static str,
        address_line2: &'static str,
        city: &'static str,
        state: &'static str,
        state_hint: &'static str,
        zip: &'static str,
        phone: &'static str,
        phone_hint: &'static str,
        address_heading: &'static str,
        phone_heading: &'static str,
        address: &'static str,

        employer_name: &'static str,
        employer_address: &'static str,
        ein: &'static str,
        ein_hint: &'static str,
        hours: &'static str,
        start_date: &'static str,
        end_date: &'static str,
        end_date_hint: &'static str,
        job_title: &'static str,
        supervisor_name: &'static str,
        supervisor_phone: &'static str,
        supervisor_email: &'static str,
        relation_to_study: &'static str,
        relation_hint: &'static str,
        employer_heading: &'static str,
        job_heading: &'static str,
        supervisor_heading: &'static str,
        end_heading: &'static str,

        dso_title: &'static str,
        dso_nav: [&'static str; 3],
        search_label: &'static str,
        search_button: &'static str,
        no_students: &'static str,
        columns_students: [&'static str; 6],
        sevis_id: &'static str,
        opt: &'static str,
        ead: &'static str,
        contact_heading: &'static str,
        no_contact: &'static str,
        employment_heading: &'static str,
        no_employment: &'static str,
        columns_employment: [&'static str; 5],
        portal_heading: &'static str,
        portal_state: &'static str,
        portal_email: &'static str,
        invitation_expires: &'static str,
        change_contact: &'static str,
        add_employer: &'static str,
        edit: &'static str,
        record_end: &'static str,
        resend_invitation: &'static str,
        unlock: &'static str,
        change_portal_email: &'static str,
        invitation_sent: &'static str,
        unlocked: &'static str,
        contact_form_title: &'static str,
        contact_submit: &'static str,
        contact_sent: &'static str,
        add_employment_title: &'static str,
        add_employment_submit: &'static str,
        add_employment_sent: &'static str,
        edit_employment_title: &'static str,
        edit_employment_submit: &'static str,
        edit_employment_sent: &'static str,
        end_employment_title: &'static str,
        end_employment_submit: &'static str,
        end_employment_sent: &'static str,
        portal_email_title: &'static str,
        portal_email_submit: &'static str,
        portal_email_sent: &'static str,
        dso_next_sevis: &'static str,
        student_next: &'static str,
        reports_title: &'static str,
        changes_report: &'static str,
        changes_report_hint: &'static str,
        accounts_heading: &'static str,
        columns_accounts: [&'static str; 4],
        items_title: &'static str,
        items_lead: &'static str,
        items_none: &'static str,
        overdue: &'static str,
        done: &'static str,
        mark_done: &'static str,

        student_title: &'static str,
        unemployment_heading: &'static str,
        stem_reports_heading: &'static str,
        stem_reports_none: &'static str,
        portal_closes: &'static str,
        update_contact: &'static str,

        reporting_title: &'static str,
        reporting_lead: &'static str,
        report_move: &'static str,
        appointments_heading: &'static str,
        no_appointments: &'static str,
        book: &'static str,
        reschedule: &'static str,
        cancel_appointment: &'static str,
        move_title: &'static str,
        moved_on_heading: &'static str,
        moved_on: &'static str,
        court_heading: &'static str,
        court_hint: &'static str,
        move_submit: &'static str,
        move_sent: &'static str,
        move_not_told: &'static str,
        still_to_do_heading: &'static str,
        slot_heading: &'static str,
        slot_hint: &'static str,
        no_slots: &'static str,
        book_submit: &'static str,
        booked: &'static str,
        reschedule_title: &'static str,
        reschedule_submit: &'static str,
        rescheduled: &'static str,
        cancel_title: &'static str,
        cancel_submit: &'static str,
        cancelled: &'static str,
        check_in_next: &'static str,
        official_ice: &'static str,
        appointment_status: &'static str,
        current_time: &'static str,
        previous_time: &'static str,
        check_in_time: &'static str,
        office_address: &'static str,

        officer_title: &'static str,
        officer_nav: [&'static str; 2],
        filter_heading: &'static str,
        filter_actor: &'static str,
        filter_action: &'static str,
        filter_outcome: &'static str,
        filter_from: &'static str,
        filter_to: &'static str,
        any: &'static str,
        apply_filters: &'static str,
        clear_filters: &'static str,
        columns_audit: [&'static str; 7],
        no_entries: &'static str,
        schools_title: &'static str,
        columns_schools: [&'static str; 4],
        principal: &'static str,
    }
}

#[cfg(test)]
mod tests {
    use navigator_domain::{Lang, facts::A_NUMBER_MIN_DIGITS, words};

    use super::PortalText;

    /// The portal's messages that the pages fill with values, and the values each takes.
    const WITH_VALUES: [(&str, &[&str]); 14] = [
        ("portal-page_of", &["page", "pages"]),
        ("portal-session_ending_body", &["minutes"]),
        ("portal-optional", &["label"]),
        ("portal-wrong_role_body", &["name", "role"]),
        ("portal-slot", &["date", "time", "office"]),
        ("portal-report_due", &["date"]),
        ("portal-due", &["date"]),
        ("portal-field_change", &["field", "old", "new"]),
        ("portal-changed_by", &["when", "who"]),
        ("portal-marked_done", &["item"]),
        ("portal-reopened", &["item"]),
        ("portal-record_subject", &["name", "sevis"]),
        ("portal-unemployment_counted", &["from", "to"]),
        ("portal-report_lead", &["employer", "address"]),
    ];

    #[test]
    fn one_minute_left_is_said_in_the_singular() {
        let say = |lang, minutes: u64| {
            words::format(
                lang,
                "portal-session_ending_body",
                &[("minutes", minutes.into())],
            )
        };
        assert!(say(Lang::En, 1).contains("in about one minute."));
        assert!(say(Lang::En, 2).contains("in about 2 minutes."));
        assert!(say(Lang::Es, 1).contains("en un minuto."));
    }

    #[test]
    fn every_language_has_every_portal_word() {
        for lang in Lang::ALL {
            PortalText::read_every_word(lang);
        }
    }

    /// A value the page does not pass shows as `{name}`.
    #[test]
    fn every_message_with_values_gets_all_of_them() {
        for lang in Lang::ALL {
            for (id, names) in WITH_VALUES {
                let args: Vec<_> = names.iter().map(|n| (*n, "x".into())).collect();
                let shown = words::format(lang, id, &args);
                assert!(!shown.contains('{'), "{} {id}: {shown}", lang.tag());
            }
        }
    }

    /// An A-Number has 7 to 9 digits after the A (shared/domain.md §6).
    #[test]
    fn the_a_number_hint_allows_seven_to_nine_digits() {
        let fewest = [" ", &A_NUMBER_MIN_DIGITS.to_string(), " "].concat();
        for lang in Lang::ALL {
            let hint = PortalText::get(lang).a_number_hint();
            assert!(hint.contains(&fewest), "{}: {hint}", lang.tag());
            assert!(!hint.contains(" 8 "), "{}: {hint}", lang.tag());
        }
    }
}
