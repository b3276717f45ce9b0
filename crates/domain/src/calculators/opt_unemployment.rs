//! Days of unemployment on OPT: post-completion OPT allows 90 days in total; with the STEM
//! extension the total is 150 (including the first 90). Counting starts on the EAD start
//! date, and both ends count: the EAD start date is day 1, and today is a day like the
//! others (used unless a job covers it). Someone who has never had a job has used every day
//! from the EAD start to today. Every day not covered by reported employment counts,
//! because unreported employment counts as unemployment. OPT employment is 20 hours a week
//! or more: a job under 20 hours does not stop the count. (The old "10-day gap" idea is not
//! a rule and is not used here.) These are F-1 rules; M-1 practical training has no
//! unemployment allowance.

use serde::{Deserialize, Serialize};

use crate::calendar::Date;

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnemploymentLimit {
    PostCompletionOpt,
    WithStemExtension,
}

impl UnemploymentLimit {
    pub const fn days(self) -> u32 {
        match self {
            UnemploymentLimit::PostCompletionOpt => 90,
            UnemploymentLimit::WithStemExtension => 150,
        }
    }
}

/// A job, from its first to its last day (both counted as employed); `end: None` while it
/// goes on.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmploymentPeriod {
    pub start: Date,
    pub end: Option<Date>,
    /// A job of fewer than 20 hours a week: not OPT employment, so the days it alone
    /// covers are days of unemployment.
    #[serde(default)]
    pub part_time_under_20_hours: bool,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnemploymentDays {
    pub limit: UnemploymentLimit,
    /// First and last day counted (the EAD start and today, both included).
    pub counted_from: Date,
    pub counted_to: Date,
    pub used: u32,
    pub allowed: u32,
    pub left: u32,
    /// Stretches without employment, each with its first and last day.
    pub unemployed: Vec<(Date, Date)>,
    /// When the days run out if the person stays without a job from today.
    pub runs_out_on: Option<Date>,
}

impl UnemploymentDays {
    pub fn is_over_limit(&self) -> bool {
        self.used > self.allowed
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnemploymentError {
    /// The job at this position (0-based) ends before it starts.
    EndsBeforeStart(usize),
    /// Today is before the EAD start date: nothing has been used yet.
    NotStarted,
}

pub fn unemployment_days(
    ead_start: Date,
    employment: &[EmploymentPeriod],
    limit: UnemploymentLimit,
    today: Date,
) -> Result<UnemploymentDays, UnemploymentError> {
    if let Some(index) = employment
        .iter()
        .position(|p| p.end.is_some_and(|end| end < p.start))
    {
        return Err(UnemploymentError::EndsBeforeStart(index));
    }
    if today < ead_start {
        return Err(UnemploymentError::NotStarted);
    }
    // Jobs of 20 hours a week or more, clipped to the counted days and merged, in date
    // order; the gaps between them are the unemployed stretches. Linear in the number of
    // jobs, whatever the dates.
    let mut jobs: Vec<(Date, Date)> = employment
        .iter()
        .filter(|p| !p.part_time_under_20_hours)
        .filter_map(|p| {
            let start = p.start.max(ead_start);
            let end = p.end.unwrap_or(today).min(today);
            (start <= end).then_some((start, end))
        })
        .collect();
    jobs.sort();
    let mut unemployed: Vec<(Date, Date)> = Vec::new();
    let mut next_free = ead_start;
    for (start, end) in jobs {
        if start > next_free {
            unemployed.push((next_free, start.add_days(-1)));
        }
        next_free = next_free.max(end.add_days(1));
    }
    if next_free <= today {
        unemployed.push((next_free, today));
    }
    let used: u32 = unemployed
        .iter()
        .map(|(first, last)| first.days_until(*last) as u32 + 1)
        .sum();
    let employed_today = unemployed.last().is_none_or(|(_, last)| *last != today);
    let allowed = limit.days();
    let left = allowed.saturating_sub(used);
    let runs_out_on = (!employed_today && left > 0).then(|| today.add_days(left as i64));
    Ok(UnemploymentDays {
        limit,
        counted_from: ead_start,
        counted_to: today,
        used,
        allowed,
        left,
        unemployed,
        runs_out_on,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::calendar::date;

    fn job(start: Date, end: Option<Date>) -> EmploymentPeriod {
        EmploymentPeriod {
            start,
            end,
            part_time_under_20_hours: false,
        }
    }

    #[test]
    fn worked_example_with_one_gap_between_jobs() {
        // EAD from 1 June 2026; job 15 June–31 August; next job from 1 October; today 1 Nov.
        // Unemployed 1–14 June (14 days) and 1–30 September (30 days): 44 of 90 used.
        let days = unemployment_days(
            date(2026, 6, 1),
            &[
                job(date(2026, 6, 15), Some(date(2026, 8, 31))),
                job(date(2026, 10, 1), None),
            ],
            UnemploymentLimit::PostCompletionOpt,
            date(2026, 11, 1),
        )
        .unwrap();
        assert_eq!(days.used, 44);
        assert_eq!(days.left, 46);
        assert_eq!(
            days.unemployed,
            vec![
                (date(2026, 6, 1), date(2026, 6, 14)),
                (date(2026, 9, 1), date(2026, 9, 30))
            ]
        );
        assert_eq!(days.runs_out_on, None, "employed today");
    }

    /// Someone who has never had a job gets a count: every day from the EAD start date to
    /// today, both included (the EAD start day is day 1; today is counted too).
    #[test]
    fn no_job_at_all_counts_every_day_from_the_ead_start_to_today_both_included() {
        let on = |today| {
            unemployment_days(
                date(2026, 5, 10),
                &[],
                UnemploymentLimit::PostCompletionOpt,
                today,
            )
            .unwrap()
        };
        let first_day = on(date(2026, 5, 10));
        assert_eq!((first_day.used, first_day.left), (1, 89));
        assert_eq!(
            first_day.unemployed,
            vec![(date(2026, 5, 10), date(2026, 5, 10))]
        );
        let later = on(date(2026, 6, 8));
        assert_eq!(later.used, 30, "10 May to 8 June, both days included");
        assert_eq!(
            (later.counted_from, later.counted_to),
            (date(2026, 5, 10), date(2026, 6, 8))
        );
        assert_eq!(later.runs_out_on, Some(date(2026, 6, 8).add_days(60)));
    }

    #[test]
    fn the_90_day_boundary() {
        // No job from 1 January 2026: day 90 is 31 March (31 + 28 + 31), day 91 is 1 April.
        let on = |today| {
            unemployment_days(
                date(2026, 1, 1),
                &[],
                UnemploymentLimit::PostCompletionOpt,
                today,
            )
            .unwrap()
        };
        let day_89 = on(date(2026, 3, 30));
        assert_eq!((day_89.used, day_89.left), (89, 1));
        assert_eq!(day_89.runs_out_on, Some(date(2026, 3, 31)));
        let day_90 = on(date(2026, 3, 31));
        assert_eq!(
            (day_90.used, day_90.left, day_90.is_over_limit()),
            (90, 0, false)
        );
        let day_91 = on(date(2026, 4, 1));
        assert_eq!(
            (day_91.used, day_91.left, day_91.is_over_limit()),
            (91, 0, true)
        );
    }

    #[test]
    fn the_150_day_boundary_with_stem_in_a_leap_year() {
        // No job from 1 January 2024 (leap year): day 150 is 29 May (31+29+31+30+29).
        let stem = |today| {
            unemployment_days(
                date(2024, 1, 1),
                &[],
                UnemploymentLimit::WithStemExtension,
                today,
            )
            .unwrap()
        };
        assert_eq!(stem(date(2024, 5, 29)).used, 150);
        assert!(!stem(date(2024, 5, 29)).is_over_limit());
        assert!(stem(date(2024, 5, 30)).is_over_limit());
        // The same days are over the post-completion limit.
        let post = unemployment_days(
            date(2024, 1, 1),
            &[],
            UnemploymentLimit::PostCompletionOpt,
            date(2024, 5, 29),
        )
        .unwrap();
        assert!(post.is_over_limit());
    }

    #[test]
    fn overlapping_jobs_and_jobs_before_the_ead_count_once() {
        let days = unemployment_days(
            date(2026, 3, 1),
            &[
                job(date(2026, 2, 1), Some(date(2026, 3, 10))),
                job(date(2026, 3, 5), Some(date(2026, 3, 20))),
            ],
            UnemploymentLimit::PostCompletionOpt,
            date(2026, 3, 31),
        )
        .unwrap();
        // Employed 1–20 March; unemployed 21–31 March.
        assert_eq!(days.used, 11);
        assert_eq!(days.runs_out_on, Some(date(2026, 3, 31).add_days(79)));
    }

    fn short_hours_job(start: Date, end: Option<Date>) -> EmploymentPeriod {
        EmploymentPeriod {
            part_time_under_20_hours: true,
            ..job(start, end)
        }
    }

    #[test]
    fn jobs_under_20_hours_a_week_are_not_employment() {
        // EAD from 1 June 2026; a 10-hour-a-week job through June, a full-time job from
        // 1 July; today 31 July. June is unemployment: 30 of 90 days used.
        let days = unemployment_days(
            date(2026, 6, 1),
            &[
                short_hours_job(date(2026, 6, 1), Some(date(2026, 6, 30))),
                job(date(2026, 7, 1), None),
            ],
            UnemploymentLimit::PostCompletionOpt,
            date(2026, 7, 31),
        )
        .unwrap();
        assert_eq!(days.used, 30);
        assert_eq!(days.unemployed, vec![(date(2026, 6, 1), date(2026, 6, 30))]);
        assert_eq!(days.runs_out_on, None, "employed today");
    }

    #[test]
    fn a_short_hours_job_alone_does_not_stop_the_count() {
        // Only a job under 20 hours a week since the EAD start on 1 March: every day counts,
        // and the days run out as if there were no job.
        let days = unemployment_days(
            date(2026, 3, 1),
            &[
                short_hours_job(date(2026, 3, 1), None),
                // A full-time job overlapping it covers its own days only.
                job(date(2026, 3, 10), Some(date(2026, 3, 19))),
            ],
            UnemploymentLimit::PostCompletionOpt,
            date(2026, 3, 31),
        )
        .unwrap();
        assert_eq!(days.used, 21);
        assert_eq!(days.runs_out_on, Some(date(2026, 3, 31).add_days(69)));
    }

    #[test]
    fn errors() {
        assert_eq!(
            unemployment_days(
                date(2026, 3, 1),
                &[job(date(2026, 3, 5), Some(date(2026, 3, 4)))],
                UnemploymentLimit::PostCompletionOpt,
                date(2026, 4, 1)
            ),
            Err(UnemploymentError::EndsBeforeStart(0))
        );
        assert_eq!(
            unemployment_days(
                date(2026, 3, 1),
                &[],
                UnemploymentLimit::PostCompletionOpt,
                date(2026, 2, 1)
            ),
            Err(UnemploymentError::NotStarted)
        );
    }

    fn day_by_day(ead_start: Date, jobs: &[EmploymentPeriod], today: Date) -> u32 {
        let mut used = 0;
        let mut day = ead_start;
        while day <= today {
            if !jobs.iter().any(|p| {
                !p.part_time_under_20_hours && p.start <= day && p.end.is_none_or(|end| day <= end)
            }) {
                used += 1;
            }
            day = day.add_days(1);
        }
        used
    }

    proptest! {
        /// The interval arithmetic agrees with counting day by day.
        #[test]
        fn agrees_with_counting_each_day(
            jobs in proptest::collection::vec((0i64..400, 0i64..120, any::<bool>(), any::<bool>()), 0..5),
            length in 0i64..500,
        ) {
            let ead_start = date(2025, 1, 1);
            let today = ead_start.add_days(length);
            let periods: Vec<EmploymentPeriod> = jobs
                .iter()
                .map(|(offset, span, open, short)| {
                    let start = ead_start.add_days(*offset - 30);
                    EmploymentPeriod { start, end: (!open).then(|| start.add_days(*span)), part_time_under_20_hours: *short }
                })
                .collect();
            let days = unemployment_days(ead_start, &periods, UnemploymentLimit::PostCompletionOpt, today).unwrap();
            prop_assert_eq!(days.used, day_by_day(ead_start, &periods, today));
            let stretch_days: u32 = days.unemployed.iter().map(|(a, b)| a.days_until(*b) as u32 + 1).sum();
            prop_assert_eq!(stretch_days, days.used);
        }
    }
}
