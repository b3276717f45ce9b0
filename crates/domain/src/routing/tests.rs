//! Routing tests: reachability, termination, one test per outcome, wording and links.

use std::collections::HashSet;

use crate::{
    Lang, Tool,
    official_links::{Verdict, check_link},
};

use super::*;

fn outcome_of(query: &str) -> Option<Outcome> {
    walk(&Answers::from_query(query)).outcome()
}

#[test]
fn every_question_is_reachable() {
    let asked: HashSet<Question> = all_paths()
        .iter()
        .flat_map(|(_, w)| w.steps.iter().map(|s| s.question))
        .collect();
    for question in Question::ALL {
        assert!(asked.contains(question), "{question:?} is never asked");
    }
}

#[test]
fn every_outcome_is_reachable() {
    let reached: HashSet<Outcome> = all_paths()
        .iter()
        .filter_map(|(_, w)| w.outcome())
        .collect();
    for outcome in Outcome::ALL {
        assert!(reached.contains(&outcome), "{outcome:?} is never reached");
    }
    assert_eq!(
        reached.len(),
        Outcome::ALL.len(),
        "an outcome is missing from Outcome::ALL"
    );
}

#[test]
fn every_combination_of_answers_ends_at_an_outcome_without_repeating_a_question() {
    let paths = all_paths();
    assert!(paths.len() >= Outcome::ALL.len());
    for (answers, walked) in &paths {
        assert!(walked.outcome().is_some(), "{}", answers.to_query());
        assert!(walked.steps.len() <= Question::ALL.len());
        let distinct: HashSet<Question> = walked.steps.iter().map(|s| s.question).collect();
        assert_eq!(
            distinct.len(),
            walked.steps.len(),
            "a question repeats: {}",
            answers.to_query()
        );
        assert_eq!(walked.steps[0].question, Question::FIRST);
    }
    // Short enough for a phone: every outcome within six questions by its shortest way,
    // and no way longer than seven (the task list adds one question to a life event).
    for outcome in Outcome::ALL {
        let shortest = paths
            .iter()
            .filter(|(_, w)| w.outcome() == Some(outcome))
            .map(|(_, w)| w.steps.len())
            .min();
        assert!(
            shortest.is_some_and(|n| n <= 6),
            "{outcome:?}: {shortest:?}"
        );
    }
    assert!(paths.iter().map(|(_, w)| w.steps.len()).max().unwrap() <= 7);
}

#[test]
fn partial_answers_stop_at_the_first_unanswered_question() {
    assert_eq!(walk(&Answers::default()).end, Node::Ask(Question::Event));
    let walked = walk(&Answers::from_query("event=court&urgent=no"));
    assert_eq!(walked.end, Node::Ask(Question::SupervisionNeed));
    assert_eq!(walked.steps.len(), 2);
    // Answers to questions off the path do not matter.
    let with_stale = walk(&Answers::from_query(
        "event=court&urgent=no&opt-type=stem&role=student",
    ));
    assert_eq!(with_stale, walked);
}

#[test]
fn changing_an_early_answer_keeps_the_later_ones() {
    let mut answers = Answers::from_query("event=moved&status=supervision&court-case=yes");
    answers.set(Question::Status, "f1");
    assert_eq!(walk(&answers).end, Node::Ask(Question::OnTraining));
    answers.set(Question::Status, "supervision");
    assert_eq!(
        walk(&answers).outcome(),
        Some(Outcome::IceChangeOfAddress {
            court_case: CourtCase::Yes
        })
    );
}

/// One named test per outcome, with the answers that lead there.
macro_rules! leads_to {
    ($($name:ident: $query:literal => $outcome:expr;)+) => {
        $(
            #[test]
            fn $name() {
                assert_eq!(outcome_of($query), Some($outcome));
            }
        )+
    };
}

leads_to! {
    sevp_portal: "event=task&role=student&student-need=report-opt&opt-change=address-phone&portal-account=yes" => Outcome::SevpPortal;
    stem_new_employer_by_task: "event=task&role=student&student-need=report-opt&opt-change=employer&opt-type=stem&stem-change=new-employer-or-start-date" => Outcome::StemNewEmployer;
    student_dso_for_an_expired_portal_link: "event=task&role=student&student-need=report-opt&opt-change=address-phone&portal-account=link-expired" => Outcome::StudentDso;
    sevis_for_school_officials: "event=task&role=school&school-need=student-records" => Outcome::Sevis;
    sevp_certification: "event=task&role=school&school-need=certification" => Outcome::SevpCertification;
    ice_check_in: "event=task&role=supervision&urgent=no&supervision-need=check-in" => Outcome::IceCheckIn;
    ice_change_of_address_with_a_court_case: "event=task&role=supervision&urgent=no&supervision-need=moved&court-case=yes" => Outcome::IceChangeOfAddress { court_case: CourtCase::Yes };
    ice_change_of_address_without_a_court_case: "event=task&role=supervision&urgent=no&supervision-need=moved&court-case=no" => Outcome::IceChangeOfAddress { court_case: CourtCase::No };
    ice_change_of_address_unsure_about_court: "event=task&role=supervision&urgent=no&supervision-need=moved&court-case=not-sure" => Outcome::IceChangeOfAddress { court_case: CourtCase::NotSure };
    cebonds_for_family: "event=task&role=bond&bond-poster=person" => Outcome::CeBonds;
    cebonds_for_a_detained_relative: "event=task&role=detained&detained-need=post-bond" => Outcome::CeBonds;
    ebonds_for_sureties: "event=task&role=bond&bond-poster=surety" => Outcome::EBonds;
    detainee_locator: "event=task&role=detained&detained-need=find" => Outcome::DetaineeLocator;
    i901_fee: "event=task&role=student&student-need=pay-fee" => Outcome::I901Fee;
    uscis_case_status: "event=task&role=benefit&benefit-need=case-status" => Outcome::Uscis(UscisService::CaseStatus);
    uscis_citizenship: "event=task&role=benefit&benefit-need=citizenship" => Outcome::Uscis(UscisService::Citizenship);
    uscis_green_card: "event=task&role=benefit&benefit-need=green-card" => Outcome::Uscis(UscisService::GreenCard);
    uscis_work_permit_for_opt: "event=task&role=student&student-need=apply-opt&opt-type=post-completion" => Outcome::Uscis(UscisService::WorkPermit);
    uscis_change_or_extend_stay: "event=task&role=benefit&benefit-need=extend-stay" => Outcome::Uscis(UscisService::ChangeOrExtendStay);
    uscis_address_change_ar11: "event=task&role=benefit&benefit-need=uscis-address" => Outcome::Uscis(UscisService::AddressChange);
    state_department_visa: "event=task&role=student&student-need=visa" => Outcome::StateDepartment(StateService::Visa);
    state_department_exchange_sponsor: "event=task&role=school&school-need=exchange-program" => Outcome::StateDepartment(StateService::ExchangeSponsor);
    cbp_i94: "event=task&role=benefit&benefit-need=arrival-record" => Outcome::Cbp;
    eoir_court_case: "event=task&role=supervision&urgent=no&supervision-need=hearing" => Outcome::Eoir;
    urgent_legal_help_when_detained_or_ordered_removed: "event=task&role=supervision&urgent=yes" => Outcome::UrgentLegalHelp;
    urgent_legal_help_for_a_terminated_sevis_record: "event=task&role=student&student-need=status-problem" => Outcome::UrgentLegalHelp;
    phishing_warning: "event=task&role=message" => Outcome::PhishingWarning;
    unemployment_days_by_task: "event=task&role=student&student-need=unemployment&opt-type=stem" => Outcome::OptUnemployment;
    m1_unemployment_by_task: "event=task&role=student&student-need=unemployment&opt-type=m1" => Outcome::M1PracticalTraining;
    m1_work_permit_by_task: "event=task&role=student&student-need=apply-opt&opt-type=m1" => Outcome::M1PracticalTraining;
}

// The life events and questions visitors bring (issue 13): one test per way in.
leads_to! {
    moved_on_opt: "event=moved&status=f1&on-training=yes&portal-account=yes" => Outcome::SevpPortal;
    moved_on_opt_never_got_the_portal_email: "event=moved&status=f1&on-training=yes&portal-account=no-email" => Outcome::StudentDso;
    moved_while_studying: "event=moved&status=f1&on-training=no" => Outcome::StudentAddress;
    m1_moved_while_studying: "event=moved&status=m1&on-training=no" => Outcome::StudentAddress;
    j1_moved: "event=moved&status=j1" => Outcome::StateDepartment(StateService::ExchangeSponsor);
    moved_under_supervision: "event=moved&status=supervision&court-case=yes" => Outcome::IceChangeOfAddress { court_case: CourtCase::Yes };
    moved_otherwise: "event=moved&status=other" => Outcome::Uscis(UscisService::AddressChange);
    new_job_on_opt: "event=job&status=f1&job-change=new&opt-type=post-completion&portal-account=yes" => Outcome::SevpPortal;
    new_job_on_stem_opt: "event=job&status=f1&job-change=new&opt-type=stem&stem-change=new-employer-or-start-date" => Outcome::StemNewEmployer;
    job_ended_on_opt: "event=job&status=f1&job-change=ended" => Outcome::OptUnemployment;
    m1_job_ended: "event=job&status=m1&job-change=ended" => Outcome::M1PracticalTraining;
    m1_new_job: "event=job&status=m1&job-change=new&portal-account=yes" => Outcome::SevpPortal;
    job_before_opt: "event=job&status=f1&job-change=not-on-training" => Outcome::Uscis(UscisService::WorkPermit);
    m1_job_before_training: "event=job&status=m1&job-change=not-on-training" => Outcome::M1PracticalTraining;
    j1_job: "event=job&status=j1" => Outcome::StateDepartment(StateService::ExchangeSponsor);
    can_i_work_f1: "event=work&status=f1" => Outcome::Uscis(UscisService::WorkPermit);
    can_i_work_m1: "event=work&status=m1" => Outcome::M1PracticalTraining;
    can_i_work_otherwise: "event=work&status=other" => Outcome::Uscis(UscisService::WorkPermit);
    how_long_f1: "event=stay&status=f1" => Outcome::GracePeriodF1;
    how_long_m1: "event=stay&status=m1" => Outcome::GracePeriodM1;
    how_long_under_supervision: "event=stay&status=supervision" => Outcome::UrgentLegalHelp;
    how_long_visitor: "event=stay&status=other" => Outcome::Uscis(UscisService::ChangeOrExtendStay);
    visa: "event=travel&travel-need=visa" => Outcome::StateDepartment(StateService::Visa);
    when_to_enter: "event=travel&travel-need=entry" => Outcome::StateDepartment(StateService::Visa);
    i94: "event=travel&travel-need=arrival-record" => Outcome::Cbp;
    portal_email: "event=message&message-kind=portal-email&portal-account=link-expired" => Outcome::StudentDso;
    court_notice: "event=message&message-kind=court-notice" => Outcome::Eoir;
    ice_letter: "event=message&message-kind=ice-letter" => Outcome::IceCheckIn;
    uscis_notice: "event=message&message-kind=uscis-notice" => Outcome::Uscis(UscisService::CaseStatus);
    suspicious_message: "event=message&message-kind=unsure" => Outcome::PhishingWarning;
    someone_detained: "event=detained&detained-need=find" => Outcome::DetaineeLocator;
    sevis_fee: "event=money&money-need=sevis-fee" => Outcome::I901Fee;
    visa_fee: "event=money&money-need=visa-fee" => Outcome::StateDepartment(StateService::Visa);
    bond: "event=money&money-need=bond&bond-poster=person" => Outcome::CeBonds;
    bond_money_back: "event=money&money-need=bond-back" => Outcome::BondMoneyBack;
    removal_order: "event=court&urgent=yes" => Outcome::UrgentLegalHelp;
    court_date: "event=court&urgent=no&supervision-need=hearing" => Outcome::Eoir;
    school_certification: "event=school&school-need=certification" => Outcome::SevpCertification;
}

#[test]
fn every_outcome_names_an_official_link() {
    for outcome in Outcome::ALL {
        assert!(!outcome.links().is_empty(), "{outcome:?}");
    }
}

#[test]
fn every_question_and_answer_has_words_in_every_language() {
    for lang in Lang::ALL {
        for question in Question::ALL {
            assert!(!question_text(*question, lang).title.is_empty());
            for id in question.answer_ids() {
                let label = answer_label(*question, id, lang);
                assert!(
                    label.is_some_and(|l| !l.is_empty()),
                    "{question:?}/{id} in {lang:?}"
                );
            }
            assert_eq!(answer_label(*question, "no-such-answer", lang), None);
        }
    }
}

#[test]
fn every_outcome_explains_itself_in_every_language() {
    for outcome in Outcome::ALL {
        for lang in Lang::ALL {
            let text = outcome_text(outcome, lang);
            assert!(
                !text.title.is_empty() && text.why.len() > 40,
                "{outcome:?} {lang:?}"
            );
            assert!(!text.next_steps.is_empty(), "{outcome:?} {lang:?}");
            assert!(!text.have_ready.is_empty(), "{outcome:?} {lang:?}");
        }
        let en = outcome_text(outcome, Lang::En);
        let es = outcome_text(outcome, Lang::Es);
        assert_eq!(en.next_steps.len(), es.next_steps.len(), "{outcome:?}");
        assert_eq!(en.have_ready.len(), es.have_ready.len(), "{outcome:?}");
    }
}

#[test]
fn change_of_address_lists_the_follow_ups_that_apply() {
    let with_court = Outcome::IceChangeOfAddress {
        court_case: CourtCase::Yes,
    };
    let without = Outcome::IceChangeOfAddress {
        court_case: CourtCase::No,
    };
    let steps = |o| outcome_text(o, Lang::En).next_steps.join(" ");
    assert!(steps(with_court).contains("EOIR-33") && steps(with_court).contains("AR-11"));
    assert!(!steps(without).contains("EOIR-33") && steps(without).contains("AR-11"));
    assert!(
        with_court
            .deadlines()
            .contains(&crate::calculators::DeadlineRule::Eoir33AddressChange)
    );
    assert!(
        !without
            .deadlines()
            .contains(&crate::calculators::DeadlineRule::Eoir33AddressChange)
    );
}

#[test]
fn every_link_goes_to_an_official_host_over_https() {
    for outcome in Outcome::ALL {
        for link in outcome.links() {
            assert!(link.url.starts_with("https://"), "{}", link.url);
            assert!(
                matches!(check_link(link.url).verdict, Verdict::Official { .. }),
                "{outcome:?}: {} is not an official host",
                link.url
            );
            assert!(!link.label(Lang::En).is_empty() && !link.label(Lang::Es).is_empty());
        }
    }
}

#[test]
fn outcome_ids_are_unique() {
    let ids: HashSet<&str> = Outcome::ALL.iter().map(|o| o.id()).collect();
    assert_eq!(ids.len(), Outcome::ALL.len());
}

#[test]
fn the_committed_graph_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/router.dot");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == dot(),
        "docs/router.dot is out of date: run `cargo xtask router-graph` and commit the result"
    );
}

/// router.ftl holds exactly the messages the router reads: a step numbered after a gap
/// (`-step-5` without `-step-4`) or a misspelt id would otherwise never be shown.
#[test]
fn router_ftl_holds_exactly_the_messages_the_router_reads() {
    for lang in Lang::ALL {
        let read = super::wording::message_ids(lang);
        let catalogue = crate::words::source::compile(lang, Some(&["router"])).unwrap();
        let held: std::collections::BTreeSet<String> = catalogue
            .messages
            .into_keys()
            .filter(|id| id.starts_with("router-"))
            .collect();
        let unread: Vec<_> = held.difference(&read).collect();
        let missing: Vec<_> = read.difference(&held).collect();
        assert!(
            unread.is_empty() && missing.is_empty(),
            "{lang:?}: never read {unread:?}, missing {missing:?}"
        );
    }
}

/// Every word an outcome page shows, in one language.
fn outcome_words(outcome: Outcome, lang: Lang) -> Vec<&'static str> {
    let text = outcome_text(outcome, lang);
    [
        vec![text.title, text.answer, text.applies_to, text.why],
        text.next_steps,
        text.have_ready,
    ]
    .concat()
}

/// M-1 practical training has no 90-day unemployment allowance (an F-1 OPT rule,
/// shared/domain.md §7): an outcome an M-1 student reaches states no such count, and where
/// it offers the OPT unemployment tool it sends M-1 students to their DSO instead.
#[test]
fn m1_students_are_not_shown_a_90_day_unemployment_allowance() {
    for (answers, walked) in all_paths() {
        let on_m1 = walked.steps.iter().any(|s| {
            (s.question == Question::OptType && s.answer_id == OptType::M1.id())
                || (s.question == Question::Status && s.answer_id == Status::M1.id())
        });
        let Some(outcome) = walked.outcome().filter(|_| on_m1) else {
            continue;
        };
        for lang in Lang::ALL {
            let words = outcome_words(outcome, lang);
            assert!(
                words.iter().all(|w| !w.contains("90")),
                "{} ({lang:?}) states a 90-day count",
                answers.to_query()
            );
            if outcome.tools().contains(&Tool::OptUnemployment) {
                assert!(
                    words.iter().any(|w| w.contains("M-1") && w.contains("DSO")),
                    "{} ({lang:?}) offers the OPT unemployment tool without sending M-1 students to their DSO",
                    answers.to_query()
                );
            }
        }
    }
}

/// The SEVP Portal account email is sent once OPT is approved and has started
/// (shared/domain.md §7), not on approval alone: every sentence that says when the email
/// comes says both.
#[test]
fn the_portal_account_email_comes_once_opt_is_approved_and_has_started() {
    // Per language: stems for "approved", "email" and "started".
    type Stems = &'static [&'static str];
    let cases: [(Lang, Stems, Stems, Stems); 2] = [
        (Lang::En, &["approv"], &["email"], &["start"]),
        (
            Lang::Es,
            &["aprob", "aprueb"],
            &["correo"],
            &["comien", "comenz"],
        ),
    ];
    for (lang, approved, email, started) in cases {
        let mut texts: Vec<&str> = Outcome::ALL
            .iter()
            .flat_map(|o| outcome_words(*o, lang))
            .collect();
        texts.extend(
            Question::ALL
                .iter()
                .filter_map(|q| question_text(*q, lang).hint),
        );
        let has = |sentence: &str, stems: &[&str]| {
            let sentence = sentence.to_lowercase();
            stems.iter().any(|s| sentence.contains(s))
        };
        for sentence in texts.iter().flat_map(|t| t.split(". ")) {
            if has(sentence, approved) && has(sentence, email) {
                assert!(has(sentence, started), "{lang:?}: {sentence}");
            }
        }
    }
}

/// Issue 12: the on-page Back link of every question went to the start page. On every path,
/// the question before each asked question is the one asked just before it.
#[test]
fn back_from_every_question_goes_to_the_question_before_it() {
    for (answers, full) in all_paths() {
        for (at, step) in full.steps.iter().enumerate() {
            // The person is on `step.question`, with every answer of the path in the address.
            assert_eq!(
                full.question_before(step.question),
                at.checked_sub(1).map(|before| full.steps[before].question),
                "{}",
                answers.to_query()
            );
            // …or arrived there for the first time, with only the answers before it.
            let mut so_far = Answers::default();
            for earlier in &full.steps[..at] {
                so_far.set(earlier.question, earlier.answer_id);
            }
            let arriving = walk(&so_far);
            assert_eq!(arriving.end, Node::Ask(step.question));
            assert_eq!(
                arriving.question_before(step.question),
                at.checked_sub(1).map(|before| full.steps[before].question),
                "{}",
                so_far.to_query()
            );
        }
    }
}

/// Issue 12: answers to questions the path no longer asks stayed in the address.
#[test]
fn the_answers_of_a_walk_are_only_those_on_its_path() {
    // A student's answer kept after Change made the person someone under supervision.
    let changed = Answers::from_query("event=task&role=supervision&urgent=no&opt-change=employer");
    let path = walk(&changed);
    let kept = path.answers();
    assert_eq!(kept.to_query(), "event=task&role=supervision&urgent=no");
    assert_eq!(walk(&kept), path);
    for (answers, full) in all_paths() {
        assert_eq!(full.answers(), answers, "{}", answers.to_query());
    }
}
