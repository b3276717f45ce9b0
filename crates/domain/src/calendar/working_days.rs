//! Working days: Monday to Friday, except days federal offices observe a holiday. Deadlines
//! such as "within 5 working days" count these (Form EOIR-33, STEM reports).

use super::{Date, federal_holiday_on};

pub fn is_working_day(date: Date) -> bool {
    !date.weekday().is_weekend() && federal_holiday_on(date).is_none()
}

/// The `count`th working day after `start` (the start day itself is not counted); `start`
/// itself when `count` is 0.
pub fn add_working_days(start: Date, count: u32) -> Date {
    let mut day = start;
    let mut left = count;
    while left > 0 {
        day = day.add_days(1);
        if is_working_day(day) {
            left -= 1;
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    #[test]
    fn weekends_are_skipped() {
        // Friday 6 March 2026 + 1 working day = Monday 9 March.
        assert_eq!(add_working_days(date(2026, 3, 6), 1), date(2026, 3, 9));
        assert_eq!(add_working_days(date(2026, 3, 2), 5), date(2026, 3, 9));
        assert_eq!(add_working_days(date(2026, 3, 7), 0), date(2026, 3, 7));
    }

    #[test]
    fn thanksgiving_week() {
        // Monday 23 November 2026 + 5 working days skips Thanksgiving (26th) and the weekend.
        assert_eq!(add_working_days(date(2026, 11, 23), 5), date(2026, 12, 1));
    }

    #[test]
    fn observed_holidays_on_a_friday_are_skipped() {
        // 4 July 2026 is a Saturday, observed Friday 3 July.
        assert!(!is_working_day(date(2026, 7, 3)));
        assert_eq!(add_working_days(date(2026, 7, 1), 2), date(2026, 7, 6));
        // 31 December 2021 was the observed New Year's Day 2022.
        assert_eq!(add_working_days(date(2021, 12, 30), 1), date(2022, 1, 3));
    }

    #[test]
    fn christmas_and_new_year() {
        // Wednesday 23 December 2026 + 5 working days: 24, 28, 29, 30, 31 December
        // (25th is Christmas, 26–27 a weekend); 1 January 2027 is a holiday.
        assert_eq!(add_working_days(date(2026, 12, 23), 5), date(2026, 12, 31));
        assert_eq!(add_working_days(date(2026, 12, 23), 6), date(2027, 1, 4));
    }
}
