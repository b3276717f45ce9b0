//! What a STEM OPT student must send, and when: validation reports 6, 12, 18 and 24 months
//! after the STEM start (each within 10 business days; the SEVP Portal reminds 30 days
//! before), and Form I-983 self-evaluations at 12 months and at the end. These come from
//! school guidance that agrees across sources; the app says "check with your DSO".

use serde::{Deserialize, Serialize};

use crate::{
    Lang,
    agency::Source,
    calendar::{Date, add_working_days},
    words,
};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StemReportKind {
    ValidationReport { months: u8 },
    SelfEvaluation { months: u8 },
    FinalEvaluation,
}

impl StemReportKind {
    pub fn label(self, lang: Lang) -> String {
        match self {
            StemReportKind::ValidationReport { months } => words::format(
                lang,
                "calculators-stem-validation-report",
                &[("months", u32::from(months).into())],
            ),
            StemReportKind::SelfEvaluation { months } => words::format(
                lang,
                "calculators-stem-self-evaluation",
                &[("months", u32::from(months).into())],
            ),
            StemReportKind::FinalEvaluation => {
                words::text(lang, "calculators-stem-final-evaluation").to_owned()
            }
        }
    }
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StemReport {
    pub kind: StemReportKind,
    pub due: Date,
    /// The last day to send it, when a reporting window applies.
    pub submit_by: Option<Date>,
    /// When the SEVP Portal sends its reminder (validation reports only).
    pub reminder: Option<Date>,
    pub source: Source,
}

/// The schedule for a STEM extension starting on `stem_start` (the day after the OPT EAD
/// ends). `stem_end` defaults to 24 months later, less a day. In date order.
pub fn stem_reporting_schedule(stem_start: Date, stem_end: Option<Date>) -> Vec<StemReport> {
    let end = stem_end.unwrap_or_else(|| stem_start.add_months(24).add_days(-1));
    let mut reports: Vec<StemReport> = [6u8, 12, 18, 24]
        .into_iter()
        .map(|months| {
            let due = stem_start.add_months(months as i32);
            StemReport {
                kind: StemReportKind::ValidationReport { months },
                due,
                submit_by: Some(add_working_days(due, 10)),
                reminder: Some(due.add_days(-30)),
                source: Source::SecondaryAgreement,
            }
        })
        .collect();
    reports.push(StemReport {
        kind: StemReportKind::SelfEvaluation { months: 12 },
        due: stem_start.add_months(12),
        submit_by: None,
        reminder: None,
        source: Source::SecondaryAgreement,
    });
    reports.push(StemReport {
        kind: StemReportKind::FinalEvaluation,
        due: end,
        submit_by: None,
        reminder: None,
        source: Source::SecondaryAgreement,
    });
    reports.sort_by_key(|r| r.due);
    reports
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    #[test]
    fn schedule_from_a_month_end_start() {
        // STEM from 31 August 2025: 6 months later is 28 February 2026 (no 31st).
        let schedule = stem_reporting_schedule(date(2025, 8, 31), None);
        let due: Vec<(StemReportKind, Date)> = schedule.iter().map(|r| (r.kind, r.due)).collect();
        assert_eq!(
            due,
            vec![
                (
                    StemReportKind::ValidationReport { months: 6 },
                    date(2026, 2, 28)
                ),
                (
                    StemReportKind::ValidationReport { months: 12 },
                    date(2026, 8, 31)
                ),
                (
                    StemReportKind::SelfEvaluation { months: 12 },
                    date(2026, 8, 31)
                ),
                (
                    StemReportKind::ValidationReport { months: 18 },
                    date(2027, 2, 28)
                ),
                (StemReportKind::FinalEvaluation, date(2027, 8, 30)),
                (
                    StemReportKind::ValidationReport { months: 24 },
                    date(2027, 8, 31)
                ),
            ]
        );
        // 10 business days after Saturday 28 February 2026: 2–13 March.
        assert_eq!(schedule[0].submit_by, Some(date(2026, 3, 13)));
        assert_eq!(schedule[0].reminder, Some(date(2026, 1, 29)));
    }

    #[test]
    fn a_submission_window_over_thanksgiving() {
        // STEM from 20 May 2026: the 6-month report is due Friday 20 November; ten business
        // days skip Thanksgiving (26th) and two weekends.
        let schedule = stem_reporting_schedule(date(2026, 5, 20), None);
        let first = schedule[0];
        assert_eq!(first.due, date(2026, 11, 20));
        assert_eq!(first.submit_by, Some(date(2026, 12, 7)));
    }

    #[test]
    fn an_early_end_moves_the_final_evaluation() {
        let schedule = stem_reporting_schedule(date(2026, 1, 1), Some(date(2026, 10, 15)));
        let last_evaluation = schedule
            .iter()
            .find(|r| r.kind == StemReportKind::FinalEvaluation)
            .unwrap();
        assert_eq!(last_evaluation.due, date(2026, 10, 15));
    }
}
