//! When Form I-765 can be filed. Post-completion OPT: from 90 days before to 60 days after
//! the program end date, and within 30 days of the DSO's recommendation. STEM OPT: from 90
//! days before the OPT EAD ends until it ends, and within 60 days of the recommendation.
//! These windows come from school guidance that agrees across sources, not from a
//! regulation quoted on an official page: the app says "check with your DSO".

use serde::{Deserialize, Serialize};

use crate::{agency::Source, calendar::Date};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilingWindow {
    pub opens: Date,
    pub closes: Date,
    /// Whether the DSO recommendation (rather than the program or EAD dates) sets the close.
    pub closed_by_recommendation: bool,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowError {
    /// The recommendation is too late or too early: no day satisfies every rule.
    NoDayFitsEveryRule,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum WindowState {
    NotYetOpen { days_until_open: u32 },
    Open { days_left: u32 },
    Closed,
}

impl FilingWindow {
    pub fn state(&self, today: Date) -> WindowState {
        if today < self.opens {
            WindowState::NotYetOpen {
                days_until_open: today.days_until(self.opens) as u32,
            }
        } else if today <= self.closes {
            WindowState::Open {
                days_left: today.days_until(self.closes) as u32,
            }
        } else {
            WindowState::Closed
        }
    }
}

fn window(
    earliest: Date,
    latest: Date,
    recommendation: Option<Date>,
    days_after_recommendation: i64,
) -> Result<FilingWindow, WindowError> {
    let mut opens = earliest;
    let mut closes = latest;
    let mut closed_by_recommendation = false;
    if let Some(recommended) = recommendation {
        // An application needs the recommendation first.
        opens = opens.max(recommended);
        let limit = recommended.add_days(days_after_recommendation);
        if limit < closes {
            closes = limit;
            closed_by_recommendation = true;
        }
    }
    if opens > closes {
        return Err(WindowError::NoDayFitsEveryRule);
    }
    Ok(FilingWindow {
        opens,
        closes,
        closed_by_recommendation,
        source: Source::SecondaryAgreement,
    })
}

pub fn opt_filing_window(
    program_end: Date,
    recommendation: Option<Date>,
) -> Result<FilingWindow, WindowError> {
    window(
        program_end.add_days(-90),
        program_end.add_days(60),
        recommendation,
        30,
    )
}

pub fn stem_opt_filing_window(
    opt_ead_end: Date,
    recommendation: Option<Date>,
) -> Result<FilingWindow, WindowError> {
    window(opt_ead_end.add_days(-90), opt_ead_end, recommendation, 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    #[test]
    fn opt_window_around_the_program_end() {
        let w = opt_filing_window(date(2026, 5, 15), None).unwrap();
        assert_eq!((w.opens, w.closes), (date(2026, 2, 14), date(2026, 7, 14)));
        assert!(!w.closed_by_recommendation);
    }

    #[test]
    fn the_recommendation_can_close_the_window_first() {
        let w = opt_filing_window(date(2026, 5, 15), Some(date(2026, 4, 1))).unwrap();
        assert_eq!((w.opens, w.closes), (date(2026, 4, 1), date(2026, 5, 1)));
        assert!(w.closed_by_recommendation);
        // A late recommendation: the 60 days after the program end close it.
        let late = opt_filing_window(date(2026, 5, 15), Some(date(2026, 7, 1))).unwrap();
        assert_eq!(
            (late.opens, late.closes),
            (date(2026, 7, 1), date(2026, 7, 14))
        );
        assert!(!late.closed_by_recommendation);
        assert_eq!(
            opt_filing_window(date(2026, 5, 15), Some(date(2026, 8, 1))),
            Err(WindowError::NoDayFitsEveryRule)
        );
    }

    #[test]
    fn stem_window_ends_with_the_ead() {
        let w = stem_opt_filing_window(date(2026, 6, 30), Some(date(2026, 3, 1))).unwrap();
        assert_eq!((w.opens, w.closes), (date(2026, 4, 1), date(2026, 4, 30)));
        let w = stem_opt_filing_window(date(2024, 3, 31), None).unwrap();
        assert_eq!(
            w.opens,
            date(2024, 1, 1),
            "90 days before, across 29 February"
        );
    }

    #[test]
    fn state_on_a_given_day() {
        let w = opt_filing_window(date(2026, 5, 15), None).unwrap();
        assert_eq!(
            w.state(date(2026, 2, 4)),
            WindowState::NotYetOpen {
                days_until_open: 10
            }
        );
        assert_eq!(
            w.state(date(2026, 7, 14)),
            WindowState::Open { days_left: 0 }
        );
        assert_eq!(w.state(date(2026, 7, 15)), WindowState::Closed);
    }
}
