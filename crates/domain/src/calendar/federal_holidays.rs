//! U.S. federal holidays (5 U.S.C. 6103) and the days they are observed: a holiday on a
//! Saturday is observed the Friday before, one on a Sunday the Monday after. So New Year's
//! Day on a Saturday is observed on 31 December of the year before.
//!
//! Rules are today's, for any year, with two dates of introduction kept: Martin Luther
//! King Jr. Day from 1986 and Juneteenth from 2021. Earlier changes (the 1971 move of some
//! holidays to Mondays) are not modelled; deadlines are computed for recent years.

use serde::Serialize;

use super::{Date, Weekday};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FederalHoliday {
    NewYearsDay,
    MartinLutherKingJrDay,
    WashingtonsBirthday,
    MemorialDay,
    Juneteenth,
    IndependenceDay,
    LaborDay,
    ColumbusDay,
    VeteransDay,
    ThanksgivingDay,
    ChristmasDay,
}

impl FederalHoliday {
    pub const ALL: [FederalHoliday; 11] = [
        FederalHoliday::NewYearsDay,
        FederalHoliday::MartinLutherKingJrDay,
        FederalHoliday::WashingtonsBirthday,
        FederalHoliday::MemorialDay,
        FederalHoliday::Juneteenth,
        FederalHoliday::IndependenceDay,
        FederalHoliday::LaborDay,
        FederalHoliday::ColumbusDay,
        FederalHoliday::VeteransDay,
        FederalHoliday::ThanksgivingDay,
        FederalHoliday::ChristmasDay,
    ];

    /// The holiday's own date in a year, `None` before it existed.
    pub const fn date_in(self, year: i32) -> Option<Date> {
        use FederalHoliday::*;
        match self {
            NewYearsDay => Date::new(year, 1, 1),
            MartinLutherKingJrDay if year >= 1986 => {
                Some(Date::nth_weekday(year, 1, Weekday::Monday, 3))
            }
            MartinLutherKingJrDay => None,
            WashingtonsBirthday => Some(Date::nth_weekday(year, 2, Weekday::Monday, 3)),
            MemorialDay => Some(Date::nth_weekday(year, 5, Weekday::Monday, 0)),
            Juneteenth if year >= 2021 => Date::new(year, 6, 19),
            Juneteenth => None,
            IndependenceDay => Date::new(year, 7, 4),
            LaborDay => Some(Date::nth_weekday(year, 9, Weekday::Monday, 1)),
            ColumbusDay => Some(Date::nth_weekday(year, 10, Weekday::Monday, 2)),
            VeteransDay => Date::new(year, 11, 11),
            ThanksgivingDay => Some(Date::nth_weekday(year, 11, Weekday::Thursday, 4)),
            ChristmasDay => Date::new(year, 12, 25),
        }
    }

    /// The id of the holiday's name in `locales/<lang>/validation.ftl`.
    pub const fn name_id(self) -> &'static str {
        use FederalHoliday::*;
        match self {
            NewYearsDay => "validation-holiday-new-years-day",
            MartinLutherKingJrDay => "validation-holiday-martin-luther-king-jr-day",
            WashingtonsBirthday => "validation-holiday-washingtons-birthday",
            MemorialDay => "validation-holiday-memorial-day",
            Juneteenth => "validation-holiday-juneteenth",
            IndependenceDay => "validation-holiday-independence-day",
            LaborDay => "validation-holiday-labor-day",
            ColumbusDay => "validation-holiday-columbus-day",
            VeteransDay => "validation-holiday-veterans-day",
            ThanksgivingDay => "validation-holiday-thanksgiving-day",
            ChristmasDay => "validation-holiday-christmas-day",
        }
    }

    /// The holiday's name in the page's language.
    pub fn localized_name(self, lang: crate::Lang) -> &'static str {
        crate::words::text(lang, self.name_id())
    }

    /// The name 5 U.S.C. 6103(a) gives the holiday, as the law writes it (for records
    /// and logs; pages show [`FederalHoliday::localized_name`]).
    pub const fn name(self) -> &'static str {
        use FederalHoliday::*;
        match self {
            NewYearsDay => "New Year’s Day",
            MartinLutherKingJrDay => "Birthday of Martin Luther King, Jr.",
            WashingtonsBirthday => "Washington’s Birthday",
            MemorialDay => "Memorial Day",
            Juneteenth => "Juneteenth National Independence Day",
            IndependenceDay => "Independence Day",
            LaborDay => "Labor Day",
            ColumbusDay => "Columbus Day",
            VeteransDay => "Veterans Day",
            ThanksgivingDay => "Thanksgiving Day",
            ChristmasDay => "Christmas Day",
        }
    }
}

/// A holiday and the day federal offices close for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObservedHoliday {
    pub holiday: FederalHoliday,
    pub date: Date,
    pub observed: Date,
}

const fn observe(date: Date) -> Date {
    match date.weekday() {
        Weekday::Saturday => date.add_days(-1),
        Weekday::Sunday => date.add_days(1),
        _ => date,
    }
}

/// Every holiday whose observed day falls in `year`, in date order. That can include the
/// next year's New Year's Day (observed 31 December) and leave out this year's.
pub fn observed_holidays(year: i32) -> Vec<ObservedHoliday> {
    let mut days: Vec<ObservedHoliday> = [year, year + 1]
        .into_iter()
        .flat_map(|y| {
            FederalHoliday::ALL.into_iter().filter_map(move |holiday| {
                let date = holiday.date_in(y)?;
                Some(ObservedHoliday {
                    holiday,
                    date,
                    observed: observe(date),
                })
            })
        })
        .filter(|h| h.observed.year() == year)
        .collect();
    days.sort_by_key(|h| h.observed);
    days
}

/// The holiday federal offices observe on `date`, if any.
pub fn federal_holiday_on(date: Date) -> Option<FederalHoliday> {
    [date.year(), date.year() + 1]
        .into_iter()
        .flat_map(|year| {
            FederalHoliday::ALL
                .into_iter()
                .filter_map(move |h| h.date_in(year).map(|d| (h, d)))
        })
        .find(|(_, actual)| observe(*actual) == date)
        .map(|(holiday, _)| holiday)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    fn observed_in(year: i32) -> Vec<(FederalHoliday, Date)> {
        observed_holidays(year)
            .into_iter()
            .map(|h| (h.holiday, h.observed))
            .collect()
    }

    #[test]
    fn the_2026_calendar() {
        use FederalHoliday::*;
        assert_eq!(
            observed_in(2026),
            vec![
                (NewYearsDay, date(2026, 1, 1)),
                (MartinLutherKingJrDay, date(2026, 1, 19)),
                (WashingtonsBirthday, date(2026, 2, 16)),
                (MemorialDay, date(2026, 5, 25)),
                (Juneteenth, date(2026, 6, 19)),
                // 4 July 2026 is a Saturday.
                (IndependenceDay, date(2026, 7, 3)),
                (LaborDay, date(2026, 9, 7)),
                (ColumbusDay, date(2026, 10, 12)),
                (VeteransDay, date(2026, 11, 11)),
                (ThanksgivingDay, date(2026, 11, 26)),
                (ChristmasDay, date(2026, 12, 25)),
            ]
        );
    }

    #[test]
    fn new_years_day_on_a_saturday_is_observed_the_year_before() {
        // 1 January 2022 was a Saturday: observed Friday 31 December 2021.
        assert_eq!(
            federal_holiday_on(date(2021, 12, 31)),
            Some(FederalHoliday::NewYearsDay)
        );
        assert!(observed_in(2021).contains(&(FederalHoliday::NewYearsDay, date(2021, 12, 31))));
        assert!(
            !observed_in(2022)
                .iter()
                .any(|(h, _)| *h == FederalHoliday::NewYearsDay)
        );
        // 2027 starts on a Friday, 2028 on a Saturday.
        assert_eq!(
            federal_holiday_on(date(2027, 12, 31)),
            Some(FederalHoliday::NewYearsDay)
        );
    }

    #[test]
    fn sunday_holidays_move_to_monday() {
        // Christmas 2022 and Juneteenth 2022 fell on Sundays.
        assert_eq!(
            federal_holiday_on(date(2022, 12, 26)),
            Some(FederalHoliday::ChristmasDay)
        );
        assert_eq!(
            federal_holiday_on(date(2022, 6, 20)),
            Some(FederalHoliday::Juneteenth)
        );
        assert_eq!(federal_holiday_on(date(2022, 12, 25)), None);
        // Veterans Day 2023 was a Saturday: observed Friday 10 November.
        assert_eq!(
            federal_holiday_on(date(2023, 11, 10)),
            Some(FederalHoliday::VeteransDay)
        );
    }

    #[test]
    fn holidays_start_when_the_law_made_them() {
        assert_eq!(FederalHoliday::Juneteenth.date_in(2020), None);
        assert_eq!(federal_holiday_on(date(2020, 6, 19)), None);
        assert_eq!(FederalHoliday::MartinLutherKingJrDay.date_in(1985), None);
    }

    #[test]
    fn every_year_has_ten_or_eleven_observed_days_and_none_on_weekends() {
        for year in 1990..2200 {
            let days = observed_holidays(year);
            let expected = if year >= 2021 { 11 } else { 10 };
            // A Saturday New Year's Day moves one observed day into the year before.
            let n = days.len() as i32;
            assert!((expected - 1..=expected + 1).contains(&n), "{year}: {n}");
            assert!(
                days.iter().all(|h| !h.observed.weekday().is_weekend()),
                "{year}"
            );
        }
    }
}
