//! A date typed as three boxes — day, month, year — checked in the GOV.UK order: a missing
//! part first, then an impossible date, then the rule the form sets (in the past, after
//! another date…). The error names the boxes to highlight.

use serde::{Deserialize, Serialize};

use super::Date;
use crate::{Lang, words};

/// What was typed, box by box, exactly as typed (so it can be shown again).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateInput {
    #[serde(default)]
    pub day: String,
    #[serde(default)]
    pub month: String,
    #[serde(default)]
    pub year: String,
}

/// What the date is, for messages ("Date of birth must be a real date"): the id of a
/// message holding the label in lower case, without an article (`date of birth`, `fecha de
/// nacimiento`), such as `validation-date-label-birth`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateLabel(&'static str);

impl DateLabel {
    pub const fn new(id: &'static str) -> DateLabel {
        DateLabel(id)
    }

    pub const fn id(self) -> &'static str {
        self.0
    }

    pub fn text(self, lang: Lang) -> &'static str {
        words::text(lang, self.0)
    }
}

/// A rule a form sets on a real date; `today` is an argument, never read from a clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRule {
    InThePast,
    TodayOrPast,
    TodayOrFuture,
    /// On or after another date, named by its label (an end date after the start date).
    OnOrAfter(Date, DateLabel),
    /// Not more than this many years ago (catches a mistyped year).
    WithinYears(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateErrorKind {
    Missing,
    /// Which parts are missing (day, month, year).
    MissingParts {
        day: bool,
        month: bool,
        year: bool,
    },
    YearNotFourDigits,
    NotReal,
    Rule(DateRule),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateError {
    pub kind: DateErrorKind,
    /// The boxes to highlight, in day–month–year order.
    pub highlight: [bool; 3],
}

// Month names people may type, accepted on every page whatever its language (someone
// reading in Spanish may still write "March"): input to recognise, not words to show, so
// they are not in the catalogues, which hold only the page's own language.
const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A month as a number (`3`, `03`) or a name or its first three letters, in English or
/// Spanish (`Mar`, `march`, `marzo`, `sept`).
fn month_number(text: &str) -> Option<u8> {
    // Folded as search folds (`MARZO`, `Ágo.` → `marzo`, `ago`): ASCII case only, so the
    // browser's bundles do not carry Unicode's tables. Anything but letters and digits
    // (`1-2`, `m a r`) is not a month.
    let text = text.trim().trim_end_matches('.');
    let text: String = text
        .chars()
        .map(crate::search::fold)
        .collect::<Option<String>>()?;
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().ok().filter(|m| (1..=12).contains(m));
    }
    if text.chars().count() < 3 {
        return None;
    }
    let matches = |names: &[&str; 12]| names.iter().position(|name| name.starts_with(&text));
    let index = matches(&MONTHS_EN).or_else(|| matches(&MONTHS_ES))?;
    Some(index as u8 + 1)
}

fn digits(text: &str) -> Option<u32> {
    let text = text.trim();
    (!text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

impl DateInput {
    pub fn new(day: &str, month: &str, year: &str) -> DateInput {
        DateInput {
            day: day.into(),
            month: month.into(),
            year: year.into(),
        }
    }

    pub fn from_date(date: Date) -> DateInput {
        DateInput {
            day: date.day().to_string(),
            month: date.month().to_string(),
            year: date.year().to_string(),
        }
    }

    pub fn is_empty(&self) -> bool {
        [&self.day, &self.month, &self.year]
            .iter()
            .all(|p| p.trim().is_empty())
    }

    /// The date, or the first problem in GOV.UK order.
    pub fn parse(&self, rules: &[DateRule], today: Date) -> Result<Date, DateError> {
        let missing = [
            self.day.trim().is_empty(),
            self.month.trim().is_empty(),
            self.year.trim().is_empty(),
        ];
        if missing.iter().all(|m| *m) {
            return Err(DateError {
                kind: DateErrorKind::Missing,
                highlight: [true; 3],
            });
        }
        if missing.iter().any(|m| *m) {
            let kind = DateErrorKind::MissingParts {
                day: missing[0],
                month: missing[1],
                year: missing[2],
            };
            return Err(DateError {
                kind,
                highlight: missing,
            });
        }
        let year_text = self.year.trim();
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateError {
                kind: DateErrorKind::YearNotFourDigits,
                highlight: [false, false, true],
            });
        }
        let day = digits(&self.day);
        let month = month_number(&self.month);
        let year = digits(year_text);
        let date = match (day, month, year) {
            (Some(d), Some(m), Some(y)) if d <= 31 => Date::new(y as i32, m, d as u8),
            _ => None,
        };
        let Some(date) = date else {
            let highlight = [day.is_none_or(|d| d == 0 || d > 31), month.is_none(), false];
            let highlight = if highlight == [false; 3] {
                [true, true, false]
            } else {
                highlight
            };
            return Err(DateError {
                kind: DateErrorKind::NotReal,
                highlight,
            });
        };
        for rule in rules {
            let broken = match *rule {
                DateRule::InThePast => date >= today,
                DateRule::TodayOrPast => date > today,
                DateRule::TodayOrFuture => date < today,
                DateRule::OnOrAfter(earliest, _) => date < earliest,
                DateRule::WithinYears(years) => date < today.add_years(-(years as i32)),
            };
            if broken {
                return Err(DateError {
                    kind: DateErrorKind::Rule(*rule),
                    highlight: [true; 3],
                });
            }
        }
        Ok(date)
    }
}

/// Messages start with a capital letter; a label is written in lower case, so a message
/// that starts with it has its first letter raised.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(crate::latin_case::capital(first))
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

impl DateError {
    /// The message for the error summary and the field, e.g. "Date of birth must include a
    /// month" / "La fecha de nacimiento debe incluir un mes".
    pub fn message(&self, label: DateLabel, lang: Lang) -> String {
        let id = match self.kind {
            DateErrorKind::Missing => "validation-date-missing",
            DateErrorKind::MissingParts { day, month, year } => match (day, month, year) {
                (true, false, false) => "validation-date-missing-day",
                (false, true, false) => "validation-date-missing-month",
                (false, false, true) => "validation-date-missing-year",
                (true, true, false) => "validation-date-missing-day-month",
                (true, false, true) => "validation-date-missing-day-year",
                (false, true, true) => "validation-date-missing-month-year",
                // Nothing or everything missing: `parse` reports that as `Missing`.
                _ => "validation-date-missing",
            },
            DateErrorKind::YearNotFourDigits => "validation-date-year-four-digits",
            DateErrorKind::NotReal => "validation-date-not-real",
            DateErrorKind::Rule(rule) => match rule {
                DateRule::InThePast => "validation-date-in-the-past",
                DateRule::TodayOrPast => "validation-date-today-or-past",
                DateRule::TodayOrFuture => "validation-date-today-or-future",
                DateRule::OnOrAfter(..) => "validation-date-on-or-after",
                DateRule::WithinYears(_) => "validation-date-within-years",
            },
        };
        let mut args: Vec<(&str, words::Arg)> = vec![("label", label.text(lang).into())];
        match self.kind {
            DateErrorKind::Rule(DateRule::OnOrAfter(date, other)) => {
                args.push(("other", other.text(lang).into()));
                args.push(("date", date.to_us().into()));
            }
            DateErrorKind::Rule(DateRule::WithinYears(years)) => {
                args.push(("years", years.into()));
            }
            _ => {}
        }
        capitalised(&words::format(lang, id, &args))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::calendar::date;

    const BIRTH: DateLabel = DateLabel::new("validation-date-label-birth");
    const START: DateLabel = DateLabel::new("validation-date-label-start");
    const TODAY: Date = date(2026, 11, 28);

    fn parse(day: &str, month: &str, year: &str, rules: &[DateRule]) -> Result<Date, DateError> {
        DateInput::new(day, month, year).parse(rules, TODAY)
    }

    fn message(day: &str, month: &str, year: &str, rules: &[DateRule], lang: Lang) -> String {
        parse(day, month, year, rules)
            .unwrap_err()
            .message(BIRTH, lang)
    }

    #[test]
    fn real_dates_in_numbers_or_month_names() {
        assert_eq!(parse("5", "3", "2001", &[]), Ok(date(2001, 3, 5)));
        assert_eq!(parse("05", "03", "2001", &[]), Ok(date(2001, 3, 5)));
        assert_eq!(parse(" 29 ", "Feb", "2024", &[]), Ok(date(2024, 2, 29)));
        assert_eq!(parse("1", "september", "2026", &[]), Ok(date(2026, 9, 1)));
        assert_eq!(parse("1", "Sept.", "2026", &[]), Ok(date(2026, 9, 1)));
        assert_eq!(parse("1", "marzo", "2026", &[]), Ok(date(2026, 3, 1)));
        assert_eq!(parse("1", "dic", "2026", &[]), Ok(date(2026, 12, 1)));
        assert_eq!(parse("1", "MARZO", "2026", &[]), Ok(date(2026, 3, 1)));
        assert_eq!(parse("1", "Ágo.", "2026", &[]), Ok(date(2026, 8, 1)));
        for not_a_month in ["1 2", "1-2", "0.3", "m a r"] {
            assert!(
                parse("1", not_a_month, "2026", &[]).is_err(),
                "{not_a_month}"
            );
        }
    }

    #[test]
    fn labels_get_their_capital_in_every_language() {
        assert_eq!(capitalised("date of birth"), "Date of birth");
        assert_eq!(capitalised("échéance"), "Échéance");
        assert_eq!(capitalised("òf"), "Òf");
        assert_eq!(capitalised("÷ 2"), "÷ 2");
        assert_eq!(capitalised(""), "");
    }

    #[test]
    fn missing_parts_come_first() {
        assert_eq!(
            message("", "", "", &[], Lang::En),
            "Enter the date of birth"
        );
        assert_eq!(
            message("", "", " ", &[], Lang::Es),
            "Escriba la fecha de nacimiento"
        );
        assert_eq!(
            message("12", "", "2001", &[], Lang::En),
            "Date of birth must include a month"
        );
        assert_eq!(
            message("", "", "2001", &[], Lang::En),
            "Date of birth must include a day and month"
        );
        assert_eq!(
            message("", "4", "", &[], Lang::En),
            "Date of birth must include a day and year"
        );
        assert_eq!(
            message("31", "", "", &[], Lang::Es),
            "La fecha de nacimiento debe incluir el mes y el año"
        );
        // Even with an impossible day, the missing month is reported first.
        let error = parse("45", "", "2001", &[]).unwrap_err();
        assert_eq!(
            error.kind,
            DateErrorKind::MissingParts {
                day: false,
                month: true,
                year: false
            }
        );
        assert_eq!(error.highlight, [false, true, false]);
    }

    #[test]
    fn then_impossible_dates() {
        assert_eq!(
            message("30", "2", "2024", &[], Lang::En),
            "Date of birth must be a real date"
        );
        assert_eq!(
            message("29", "2", "2025", &[], Lang::Es),
            "La fecha de nacimiento debe ser una fecha real"
        );
        assert_eq!(
            parse("12", "13", "2001", &[]).unwrap_err().highlight,
            [false, true, false]
        );
        assert_eq!(
            parse("0", "1", "2001", &[]).unwrap_err().highlight,
            [true, false, false]
        );
        assert_eq!(
            parse("31", "4", "2001", &[]).unwrap_err().highlight,
            [true, true, false]
        );
        assert_eq!(
            message("1", "1", "01", &[], Lang::En),
            "Year must include 4 numbers"
        );
        assert_eq!(
            parse("x", "y", "2001", &[]).unwrap_err().kind,
            DateErrorKind::NotReal
        );
    }

    #[test]
    fn then_the_rules_of_the_form() {
        assert_eq!(
            message("1", "1", "2030", &[DateRule::InThePast], Lang::En),
            "Date of birth must be in the past"
        );
        assert!(parse("28", "11", "2026", &[DateRule::TodayOrPast]).is_ok());
        assert!(parse("28", "11", "2026", &[DateRule::InThePast]).is_err());
        assert!(parse("27", "11", "2026", &[DateRule::TodayOrFuture]).is_err());
        let start = date(2026, 6, 1);
        let end =
            DateInput::new("31", "5", "2026").parse(&[DateRule::OnOrAfter(start, START)], TODAY);
        assert_eq!(
            end.unwrap_err()
                .message(DateLabel::new("validation-date-label-end"), Lang::En),
            "End date must be the same as or after the start date (06/01/2026)"
        );
        assert_eq!(
            message("1", "1", "1900", &[DateRule::WithinYears(120)], Lang::En),
            "Date of birth must be within the last 120 years"
        );
    }

    #[test]
    fn round_trip_from_a_date() {
        assert_eq!(
            DateInput::from_date(date(2026, 3, 5)).parse(&[], TODAY),
            Ok(date(2026, 3, 5))
        );
    }

    proptest! {
        #[test]
        fn never_panics(day in "\\PC{0,5}", month in "\\PC{0,10}", year in "\\PC{0,6}") {
            let _ = DateInput::new(&day, &month, &year).parse(&[DateRule::InThePast, DateRule::WithinYears(100)], TODAY);
        }

        #[test]
        fn every_real_date_parses(days in -50_000i64..50_000) {
            let d = Date::from_days(days);
            prop_assert_eq!(DateInput::from_date(d).parse(&[], TODAY), Ok(d));
        }
    }
}
