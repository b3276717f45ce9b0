//! A calendar date in the proleptic Gregorian calendar, stored and exchanged as ISO 8601
//! (`2026-11-28`); U.S. forms display it as MM/DD/YYYY.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Lang, words};

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order makes the derived ordering chronological.
    year: i32,
    month: u8,
    day: u8,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

pub const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// Years are limited to 1–9999 so every date has a four-digit ISO form.
    pub const MIN_YEAR: i32 = 1;
    pub const MAX_YEAR: i32 = 9999;

    pub const fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if year < Self::MIN_YEAR
            || year > Self::MAX_YEAR
            || month < 1
            || month > 12
            || day < 1
            || day > days_in_month(year, month)
        {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub const fn year(self) -> i32 {
        self.year
    }

    pub const fn month(self) -> u8 {
        self.month
    }

    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`.
    pub const fn to_days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date a number of days after 1970-01-01, clamped to the supported years.
    pub const fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
        if year < Self::MIN_YEAR as i64 {
            Date {
                year: Self::MIN_YEAR,
                month: 1,
                day: 1,
            }
        } else if year > Self::MAX_YEAR as i64 {
            Date {
                year: Self::MAX_YEAR,
                month: 12,
                day: 31,
            }
        } else {
            Date {
                year: year as i32,
                month,
                day,
            }
        }
    }

    pub const fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub const fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    pub const fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.to_days() + 3).rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    /// The same day `months` later; a day the target month lacks becomes its last day
    /// (31 January + 1 month = 28 or 29 February), as month-based deadlines are read.
    pub const fn add_months(self, months: i32) -> Date {
        let index = self.year as i64 * 12 + (self.month as i64 - 1) + months as i64;
        let year = index.div_euclid(12);
        let month = (index.rem_euclid(12) + 1) as u8;
        if year < Self::MIN_YEAR as i64 {
            return Date {
                year: Self::MIN_YEAR,
                month: 1,
                day: 1,
            };
        }
        if year > Self::MAX_YEAR as i64 {
            return Date {
                year: Self::MAX_YEAR,
                month: 12,
                day: 31,
            };
        }
        let year = year as i32;
        let last = days_in_month(year, month);
        Date {
            year,
            month,
            day: if self.day > last { last } else { self.day },
        }
    }

    pub const fn add_years(self, years: i32) -> Date {
        self.add_months(years * 12)
    }

    /// The date of the `n`th (1-based) given weekday of a month, or the last one when `n` is
    /// 0: the way floating holidays are defined.
    pub const fn nth_weekday(year: i32, month: u8, weekday: Weekday, n: u8) -> Date {
        if n == 0 {
            let last = Date {
                year,
                month,
                day: days_in_month(year, month),
            };
            let back = (last.weekday() as i64 - weekday as i64).rem_euclid(7);
            return last.add_days(-back);
        }
        let first = Date {
            year,
            month,
            day: 1,
        };
        let forward = (weekday as i64 - first.weekday() as i64).rem_euclid(7);
        first.add_days(forward + 7 * (n as i64 - 1))
    }

    /// Reads `YYYY-MM-DD` exactly.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = &text[range];
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        Date::new(
            number(0..4)? as i32,
            number(5..7)? as u8,
            number(8..10)? as u8,
        )
    }

    pub fn to_iso(self) -> String {
        let mut out = String::with_capacity(10);
        push_padded(&mut out, self.year as u32, 4);
        out.push('-');
        push_padded(&mut out, self.month as u32, 2);
        out.push('-');
        push_padded(&mut out, self.day as u32, 2);
        out
    }

    /// MM/DD/YYYY, as U.S. government forms show dates.
    pub fn to_us(self) -> String {
        let mut out = String::with_capacity(10);
        push_padded(&mut out, self.month as u32, 2);
        out.push('/');
        push_padded(&mut out, self.day as u32, 2);
        out.push('/');
        push_padded(&mut out, self.year as u32, 4);
        out
    }
}

impl Weekday {
    /// The id of the day's name in `locales/<lang>/validation.ftl`.
    pub const fn name_id(self) -> &'static str {
        match self {
            Weekday::Monday => "dates-weekday-monday",
            Weekday::Tuesday => "dates-weekday-tuesday",
            Weekday::Wednesday => "dates-weekday-wednesday",
            Weekday::Thursday => "dates-weekday-thursday",
            Weekday::Friday => "dates-weekday-friday",
            Weekday::Saturday => "dates-weekday-saturday",
            Weekday::Sunday => "dates-weekday-sunday",
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        words::text(lang, self.name_id())
    }
}

/// The id of a month's name (1–12) in `locales/<lang>/validation.ftl`.
const MONTH_IDS: [&str; 12] = [
    "dates-month-1",
    "dates-month-2",
    "dates-month-3",
    "dates-month-4",
    "dates-month-5",
    "dates-month-6",
    "dates-month-7",
    "dates-month-8",
    "dates-month-9",
    "dates-month-10",
    "dates-month-11",
    "dates-month-12",
];

impl Date {
    /// `1 December 2026` / `1 de diciembre de 2026`, as GOV.UK and Spanish style write dates.
    pub fn long(self, lang: Lang) -> String {
        let month = words::text(lang, MONTH_IDS[self.month as usize - 1]);
        words::format(
            lang,
            "dates-date-long",
            &[
                ("day", u32::from(self.day).into()),
                ("month", month.into()),
                ("year", self.year.to_string().into()),
            ],
        )
    }

    /// `Tuesday 1 December 2026` / `martes 1 de diciembre de 2026`, for due dates.
    pub fn long_with_weekday(self, lang: Lang) -> String {
        words::format(
            lang,
            "dates-date-long-with-weekday",
            &[
                ("weekday", self.weekday().name(lang).into()),
                ("date", self.long(lang).into()),
            ],
        )
    }
}

fn push_padded(out: &mut String, value: u32, width: usize) {
    let digits = value.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse_iso(&text)
            .ok_or_else(|| serde::de::Error::custom("expected a real date as YYYY-MM-DD"))
    }
}

/// A date literal for tests and tables: `date(2026, 11, 28)`. Panics on an impossible
/// date, which in a literal is a bug.
pub const fn date(year: i32, month: u8, day: u8) -> Date {
    match Date::new(year, month, day) {
        Some(d) => d,
        None => panic!("impossible date literal"),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(is_leap_year(2024));
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(1900));
        assert!(!is_leap_year(2026));
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2100, 2), 28);
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2026, 4, 31).is_none());
        assert!(Date::new(2026, 13, 1).is_none());
        assert!(Date::new(2026, 0, 1).is_none());
    }

    #[test]
    fn known_days_and_weekdays() {
        assert_eq!(date(1970, 1, 1).to_days(), 0);
        assert_eq!(date(2000, 3, 1).to_days(), 11_017);
        assert_eq!(date(2026, 11, 28).weekday(), Weekday::Saturday);
        assert_eq!(date(2024, 2, 29).weekday(), Weekday::Thursday);
        assert_eq!(date(1969, 12, 31).weekday(), Weekday::Wednesday);
        assert_eq!(date(2024, 12, 31).add_days(1), date(2025, 1, 1));
        assert_eq!(date(2024, 2, 28).add_days(1), date(2024, 2, 29));
        assert_eq!(date(2025, 2, 28).add_days(1), date(2025, 3, 1));
        assert_eq!(date(2026, 1, 1).days_until(date(2027, 1, 1)), 365);
        assert_eq!(date(2024, 1, 1).days_until(date(2025, 1, 1)), 366);
    }

    #[test]
    fn adding_months_clamps_to_the_end_of_short_months() {
        assert_eq!(date(2024, 1, 31).add_months(1), date(2024, 2, 29));
        assert_eq!(date(2025, 1, 31).add_months(1), date(2025, 2, 28));
        assert_eq!(date(2025, 8, 31).add_months(6), date(2026, 2, 28));
        assert_eq!(date(2025, 3, 31).add_months(-1), date(2025, 2, 28));
        assert_eq!(date(2024, 2, 29).add_years(1), date(2025, 2, 28));
        assert_eq!(date(2024, 2, 29).add_years(4), date(2028, 2, 29));
        assert_eq!(date(2025, 11, 15).add_months(2), date(2026, 1, 15));
    }

    #[test]
    fn nth_and_last_weekdays() {
        assert_eq!(
            Date::nth_weekday(2026, 11, Weekday::Thursday, 4),
            date(2026, 11, 26)
        );
        assert_eq!(
            Date::nth_weekday(2026, 5, Weekday::Monday, 0),
            date(2026, 5, 25)
        );
        assert_eq!(
            Date::nth_weekday(2026, 9, Weekday::Monday, 1),
            date(2026, 9, 7)
        );
    }

    #[test]
    fn long_forms_in_each_language() {
        assert_eq!(date(2026, 12, 1).long(Lang::En), "1 December 2026");
        assert_eq!(date(2026, 12, 1).long(Lang::Es), "1 de diciembre de 2026");
        assert_eq!(
            date(2026, 12, 1).long_with_weekday(Lang::En),
            "Tuesday 1 December 2026"
        );
        assert_eq!(
            date(2026, 11, 28).long_with_weekday(Lang::Es),
            "sábado 28 de noviembre de 2026"
        );
    }

    #[test]
    fn iso_and_us_forms() {
        assert_eq!(date(2026, 3, 5).to_iso(), "2026-03-05");
        assert_eq!(date(2026, 3, 5).to_us(), "03/05/2026");
        assert_eq!(Date::parse_iso("2024-02-29"), Some(date(2024, 2, 29)));
        for bad in [
            "2025-02-29",
            "2026-3-05",
            "2026/03/05",
            "20260305",
            "",
            "2026-03-0x",
            "+026-03-05",
        ] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn serde_uses_iso_text() {
        let json = serde_json::to_string(&date(2026, 11, 28)).unwrap();
        assert_eq!(json, "\"2026-11-28\"");
        assert_eq!(
            serde_json::from_str::<Date>(&json).unwrap(),
            date(2026, 11, 28)
        );
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }

    proptest! {
        #[test]
        fn days_round_trip(days in -719_162i64..2_932_896) {
            let d = Date::from_days(days);
            prop_assert_eq!(d.to_days(), days);
            prop_assert_eq!(Date::parse_iso(&d.to_iso()), Some(d));
        }

        #[test]
        fn add_days_moves_exactly(days in -100_000i64..100_000, step in -1_000i64..1_000) {
            let d = Date::from_days(days);
            prop_assert_eq!(d.days_until(d.add_days(step)), step);
        }

        #[test]
        fn parse_iso_never_panics(text in "\\PC{0,12}") {
            let _ = Date::parse_iso(&text);
        }
    }
}
