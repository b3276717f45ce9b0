//! The facts each calculator counts with, by fact id ([`crate::facts`]): a page that shows a
//! calculator's result ("within 10 days", a grace period's last day) lists their sources,
//! as it does for the facts its words state. The numbers reach the words as values
//! (`{ $days }`), not as fact references, so the words cannot say which fact they are; the
//! tests below keep each id on the number the calculator really uses.

use super::{DeadlineRule, GracePeriodCase, UnemploymentLimit};

impl DeadlineRule {
    /// The fact the rule's count is.
    pub const fn fact_id(self) -> &'static str {
        use DeadlineRule::*;
        match self {
            StudentReportsChange => "student-report-change-days",
            DsoUpdatesSevis => "dso-sevis-update-days",
            Eoir33AddressChange => "eoir-33-working-days",
            Ar11AddressChange => "ar-11-days",
            IceAddressChange => "ice-address-change-business-days",
            EmployerReportsTermination => "stem-employer-termination-business-days",
            DsoRegistersStudent => "dso-register-student-days",
        }
    }
}

impl GracePeriodCase {
    /// The fact the grace period's length is; `None` where there is no grace period.
    pub const fn fact_id(self) -> Option<&'static str> {
        match self {
            GracePeriodCase::F1Completed => Some("f1-grace-period-days"),
            GracePeriodCase::M1Completed => Some("m1-grace-period-days"),
            GracePeriodCase::AuthorizedWithdrawal => {
                Some("authorized-withdrawal-grace-period-days")
            }
            GracePeriodCase::FailedToMaintainStatus => None,
        }
    }
}

impl UnemploymentLimit {
    /// The fact the limit is.
    pub const fn fact_id(self) -> &'static str {
        match self {
            UnemploymentLimit::PostCompletionOpt => "opt-unemployment-days",
            UnemploymentLimit::WithStemExtension => "stem-opt-unemployment-days",
        }
    }
}

/// A job counts as OPT employment from this many hours a week (`part_time_under_20_hours`).
pub const OPT_EMPLOYMENT_FACTS: [&str; 1] = ["opt-minimum-weekly-hours"];

/// `opt_filing_window`: from before the program end, until after it, and after the DSO's
/// recommendation.
pub const OPT_FILING_WINDOW_FACTS: [&str; 3] = [
    "opt-filing-days-before-program-end",
    "opt-filing-days-after-program-end",
    "opt-filing-days-after-recommendation",
];

/// `stem_opt_filing_window`: before the OPT EAD ends, and after the DSO's recommendation.
pub const STEM_OPT_FILING_WINDOW_FACTS: [&str; 2] = [
    "stem-opt-filing-days-before-ead-end",
    "stem-opt-filing-days-after-recommendation",
];

/// `stem_reporting_schedule`: when each report is due, how long to send it, the Portal's
/// reminder and the extension's length (the final evaluation).
pub const STEM_REPORTING_FACTS: [&str; 8] = [
    "stem-validation-report-months-1",
    "stem-validation-report-months-2",
    "stem-validation-report-months-3",
    "stem-validation-report-months-4",
    "stem-validation-report-business-days",
    "stem-validation-reminder-days",
    "stem-self-evaluation-months",
    "stem-opt-extension-months",
];

/// `recertification`: the notice before the expiry, and how long a certification lasts.
pub const RECERTIFICATION_FACTS: [&str; 2] = [
    "sevp-recertification-notice-days",
    "sevp-recertification-years",
];

/// Every fact any calculator counts with: a catalogue that holds the calculators' words
/// carries the sources of all of them.
pub fn all_cited_facts() -> impl Iterator<Item = &'static str> {
    let rules = DeadlineRule::ALL.into_iter().map(DeadlineRule::fact_id);
    let grace = GracePeriodCase::ALL
        .into_iter()
        .filter_map(GracePeriodCase::fact_id);
    let limits = [
        UnemploymentLimit::PostCompletionOpt,
        UnemploymentLimit::WithStemExtension,
    ]
    .into_iter()
    .map(UnemploymentLimit::fact_id);
    rules.chain(grace).chain(limits).chain(
        [
            &OPT_EMPLOYMENT_FACTS[..],
            &OPT_FILING_WINDOW_FACTS,
            &STEM_OPT_FILING_WINDOW_FACTS,
            &STEM_REPORTING_FACTS,
            &RECERTIFICATION_FACTS,
        ]
        .into_iter()
        .flatten()
        .copied(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        calculators::{
            Counting, GracePeriod, StemReportKind, deadline, grace_period, opt_filing_window,
            recertification, stem_opt_filing_window, stem_reporting_schedule,
        },
        calendar::{add_working_days, date},
        facts::{FactValue, fact},
    };

    fn count(id: &str) -> u32 {
        match fact(id).map(|f| f.value) {
            Some(FactValue::Count(n)) => n,
            other => panic!("{id} is {other:?}, not a count"),
        }
    }

    fn days(id: &str) -> i64 {
        count(id).into()
    }

    #[test]
    fn every_id_is_a_counted_fact() {
        for id in all_cited_facts() {
            count(id);
        }
    }

    #[test]
    fn each_rule_counts_its_fact() {
        for rule in DeadlineRule::ALL {
            let (Counting::CalendarDays(n) | Counting::WorkingDays(n)) = rule.counting();
            assert_eq!(n, count(rule.fact_id()), "{}", rule.id());
            assert_eq!(deadline(rule, date(2026, 3, 2)).counting, rule.counting());
        }
        for case in GracePeriodCase::ALL {
            let ended = date(2026, 5, 15);
            match (grace_period(case, ended), case.fact_id()) {
                (GracePeriod::EndsOn { last_day, days: n }, Some(id)) => {
                    assert_eq!(n, count(id));
                    assert_eq!(last_day, ended.add_days(days(id)));
                }
                (GracePeriod::None, None) => {}
                (period, id) => panic!("{case:?}: {period:?} but fact {id:?}"),
            }
        }
        for limit in [
            UnemploymentLimit::PostCompletionOpt,
            UnemploymentLimit::WithStemExtension,
        ] {
            assert_eq!(limit.days(), count(limit.fact_id()));
        }
    }

    #[test]
    fn the_filing_windows_count_their_facts() {
        let [before, after, after_recommendation] = OPT_FILING_WINDOW_FACTS.map(days);
        let end = date(2026, 5, 15);
        let window = opt_filing_window(end, None).unwrap();
        assert_eq!(window.opens, end.add_days(-before));
        assert_eq!(window.closes, end.add_days(after));
        let recommended = end.add_days(-before);
        let window = opt_filing_window(end, Some(recommended)).unwrap();
        assert_eq!(window.closes, recommended.add_days(after_recommendation));

        let [before, after_recommendation] = STEM_OPT_FILING_WINDOW_FACTS.map(days);
        let ead_end = date(2026, 6, 30);
        let window = stem_opt_filing_window(ead_end, None).unwrap();
        assert_eq!(
            (window.opens, window.closes),
            (ead_end.add_days(-before), ead_end)
        );
        let recommended = ead_end.add_days(-before);
        let window = stem_opt_filing_window(ead_end, Some(recommended)).unwrap();
        assert_eq!(window.closes, recommended.add_days(after_recommendation));
    }

    #[test]
    fn the_stem_schedule_and_recertification_count_their_facts() {
        let [
            m1,
            m2,
            m3,
            m4,
            business_days,
            reminder,
            self_evaluation,
            extension,
        ] = STEM_REPORTING_FACTS.map(count);
        let start = date(2026, 1, 1);
        let schedule = stem_reporting_schedule(start, None);
        let validation: Vec<_> = schedule
            .iter()
            .filter_map(|r| match r.kind {
                StemReportKind::ValidationReport { months } => Some((u32::from(months), r)),
                _ => None,
            })
            .collect();
        let months: Vec<u32> = validation.iter().map(|(m, _)| *m).collect();
        assert_eq!(months, [m1, m2, m3, m4]);
        for (months, report) in validation {
            assert_eq!(report.due, start.add_months(months as i32));
            assert_eq!(
                report.submit_by,
                Some(add_working_days(report.due, business_days))
            );
            assert_eq!(
                report.reminder,
                Some(report.due.add_days(-i64::from(reminder)))
            );
        }
        assert!(schedule.iter().any(|r| r.kind
            == StemReportKind::SelfEvaluation {
                months: self_evaluation as u8
            }));
        let final_evaluation = schedule
            .iter()
            .find(|r| r.kind == StemReportKind::FinalEvaluation)
            .unwrap();
        assert_eq!(
            final_evaluation.due,
            start.add_months(extension as i32).add_days(-1)
        );

        let [notice, years] = RECERTIFICATION_FACTS.map(days);
        let expires = date(2027, 3, 31);
        let r = recertification(expires);
        assert_eq!(r.notice, expires.add_days(-notice));
        assert_eq!(r.next_expiry, expires.add_years(years as i32));
    }
}
