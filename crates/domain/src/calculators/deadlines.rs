//! Reporting deadlines: a rule (who must report what, to whom) counted from the day
//! something changed. Calendar-day rules add days; working-day rules skip weekends and
//! observed federal holidays, and list what they skipped.

use serde::{Deserialize, Serialize};

use crate::{
    Agency, Lang,
    agency::Source,
    calendar::{Date, FederalHoliday, add_working_days, federal_holiday_on},
    words,
};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineRule {
    /// A student on OPT reports a change of name, address, employer or employment dates.
    StudentReportsChange,
    /// A DSO updates SEVIS after a change.
    DsoUpdatesSevis,
    /// Form EOIR-33: change of address to the immigration court.
    Eoir33AddressChange,
    /// Form AR-11: change of address to USCIS.
    Ar11AddressChange,
    /// Change of address to ICE (the ICE check-in page says 5 business days).
    IceAddressChange,
    /// A STEM OPT employer reports the end of employment to the DSO.
    EmployerReportsTermination,
    /// A DSO registers a student in SEVIS after the session starts.
    DsoRegistersStudent,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "count", rename_all = "snake_case")]
pub enum Counting {
    CalendarDays(u32),
    WorkingDays(u32),
}

impl DeadlineRule {
    pub const ALL: [DeadlineRule; 7] = [
        DeadlineRule::StudentReportsChange,
        DeadlineRule::DsoUpdatesSevis,
        DeadlineRule::Eoir33AddressChange,
        DeadlineRule::Ar11AddressChange,
        DeadlineRule::IceAddressChange,
        DeadlineRule::EmployerReportsTermination,
        DeadlineRule::DsoRegistersStudent,
    ];

    pub const fn counting(self) -> Counting {
        use DeadlineRule::*;
        match self {
            StudentReportsChange | Ar11AddressChange => Counting::CalendarDays(10),
            DsoUpdatesSevis => Counting::CalendarDays(21),
            DsoRegistersStudent => Counting::CalendarDays(30),
            Eoir33AddressChange | IceAddressChange | EmployerReportsTermination => {
                Counting::WorkingDays(5)
            }
        }
    }

    /// Who receives the report.
    pub const fn reported_to(self) -> Agency {
        use DeadlineRule::*;
        match self {
            StudentReportsChange | EmployerReportsTermination => Agency::School,
            DsoUpdatesSevis | DsoRegistersStudent => Agency::Sevp,
            Eoir33AddressChange => Agency::Eoir,
            Ar11AddressChange => Agency::Uscis,
            IceAddressChange => Agency::IceEro,
        }
    }

    pub const fn source(self) -> Source {
        use DeadlineRule::*;
        match self {
            DsoUpdatesSevis | Eoir33AddressChange | Ar11AddressChange | IceAddressChange => {
                Source::Official
            }
            StudentReportsChange | EmployerReportsTermination | DsoRegistersStudent => {
                Source::SecondaryAgreement
            }
        }
    }

    /// Short id for URLs, calendar files and tests.
    pub const fn id(self) -> &'static str {
        use DeadlineRule::*;
        match self {
            StudentReportsChange => "student-reports-change",
            DsoUpdatesSevis => "dso-updates-sevis",
            Eoir33AddressChange => "eoir-33",
            Ar11AddressChange => "ar-11",
            IceAddressChange => "ice-address",
            EmployerReportsTermination => "employer-reports-end",
            DsoRegistersStudent => "dso-registers-student",
        }
    }

    pub fn from_id(id: &str) -> Option<DeadlineRule> {
        DeadlineRule::ALL.into_iter().find(|r| r.id() == id)
    }

    /// The id of [`DeadlineRule::title`] in `locales/<lang>/calculators.ftl`.
    pub const fn title_id(self) -> &'static str {
        use DeadlineRule::*;
        match self {
            StudentReportsChange => "calculators-rule-student-reports-change",
            DsoUpdatesSevis => "calculators-rule-dso-updates-sevis",
            Eoir33AddressChange => "calculators-rule-eoir-33",
            Ar11AddressChange => "calculators-rule-ar-11",
            IceAddressChange => "calculators-rule-ice-address",
            EmployerReportsTermination => "calculators-rule-employer-reports-end",
            DsoRegistersStudent => "calculators-rule-dso-registers-student",
        }
    }

    /// What has to be done, and by whom.
    pub fn title(self, lang: Lang) -> &'static str {
        words::text(lang, self.title_id())
    }
}

impl Counting {
    /// "within 5 working days" / "en un plazo de 5 días hábiles".
    pub fn describe(self, lang: Lang) -> String {
        let (id, days) = match self {
            Counting::CalendarDays(n) => ("calculators-within-calendar-days", n),
            Counting::WorkingDays(n) => ("calculators-within-working-days", n),
        };
        words::format(lang, id, &[("days", days.into())])
    }
}

/// A day a working-day count passed over.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum SkippedDay {
    Weekend { date: Date },
    Holiday { date: Date, holiday: FederalHoliday },
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub rule: DeadlineRule,
    pub counting: Counting,
    /// The day of the change; counting starts the day after.
    pub from: Date,
    /// The last day to report.
    pub due: Date,
    /// For working-day rules: the weekends and holidays not counted.
    pub skipped: Vec<SkippedDay>,
}

pub fn deadline(rule: DeadlineRule, from: Date) -> Deadline {
    let counting = rule.counting();
    let (due, skipped) = match counting {
        Counting::CalendarDays(days) => (from.add_days(days as i64), Vec::new()),
        Counting::WorkingDays(days) => {
            let due = add_working_days(from, days);
            let skipped = (1..from.days_until(due))
                .map(|offset| from.add_days(offset))
                .filter_map(|date| {
                    if date.weekday().is_weekend() {
                        Some(SkippedDay::Weekend { date })
                    } else {
                        federal_holiday_on(date)
                            .map(|holiday| SkippedDay::Holiday { date, holiday })
                    }
                })
                .collect();
            (due, skipped)
        }
    };
    Deadline {
        rule,
        counting,
        from,
        due,
        skipped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    #[test]
    fn calendar_day_rules_cross_month_ends() {
        assert_eq!(
            deadline(DeadlineRule::StudentReportsChange, date(2026, 1, 25)).due,
            date(2026, 2, 4)
        );
        assert_eq!(
            deadline(DeadlineRule::Ar11AddressChange, date(2024, 2, 25)).due,
            date(2024, 3, 6)
        );
        assert_eq!(
            deadline(DeadlineRule::Ar11AddressChange, date(2025, 2, 25)).due,
            date(2025, 3, 7)
        );
        assert_eq!(
            deadline(DeadlineRule::DsoUpdatesSevis, date(2026, 12, 20)).due,
            date(2027, 1, 10)
        );
        assert_eq!(
            deadline(DeadlineRule::DsoRegistersStudent, date(2026, 8, 24)).due,
            date(2026, 9, 23)
        );
    }

    #[test]
    fn eoir_33_skips_thanksgiving_and_the_weekend() {
        let d = deadline(DeadlineRule::Eoir33AddressChange, date(2026, 11, 23));
        assert_eq!(d.due, date(2026, 12, 1));
        assert_eq!(
            d.skipped,
            vec![
                SkippedDay::Holiday {
                    date: date(2026, 11, 26),
                    holiday: FederalHoliday::ThanksgivingDay
                },
                SkippedDay::Weekend {
                    date: date(2026, 11, 28)
                },
                SkippedDay::Weekend {
                    date: date(2026, 11, 29)
                },
            ]
        );
    }

    #[test]
    fn a_holiday_observed_on_friday_is_skipped() {
        // 4 July 2026 is a Saturday: observed Friday 3 July.
        let d = deadline(DeadlineRule::IceAddressChange, date(2026, 7, 1));
        assert_eq!(d.due, date(2026, 7, 9));
        assert!(d.skipped.contains(&SkippedDay::Holiday {
            date: date(2026, 7, 3),
            holiday: FederalHoliday::IndependenceDay
        }));
    }

    #[test]
    fn address_rules_differ_by_agency_and_are_all_shown() {
        // The same move, three deadlines (domain facts: ICE 5 business days, EOIR-33 5
        // working days, AR-11 10 days).
        let moved = date(2026, 3, 2);
        assert_eq!(
            deadline(DeadlineRule::IceAddressChange, moved).due,
            date(2026, 3, 9)
        );
        assert_eq!(
            deadline(DeadlineRule::Eoir33AddressChange, moved).due,
            date(2026, 3, 9)
        );
        assert_eq!(
            deadline(DeadlineRule::Ar11AddressChange, moved).due,
            date(2026, 3, 12)
        );
    }

    #[test]
    fn every_rule_has_words_in_every_language() {
        for rule in DeadlineRule::ALL {
            for lang in Lang::ALL {
                assert!(rule.title(lang).len() > 10);
            }
        }
        assert_eq!(
            Counting::WorkingDays(5).describe(Lang::En),
            "within 5 working days"
        );
        assert_eq!(
            Counting::CalendarDays(10).describe(Lang::Es),
            "en un plazo de 10 días"
        );
    }

    #[test]
    fn ids_round_trip_and_sources_are_labelled() {
        for rule in DeadlineRule::ALL {
            assert_eq!(DeadlineRule::from_id(rule.id()), Some(rule));
        }
        assert_eq!(
            DeadlineRule::StudentReportsChange.source(),
            Source::SecondaryAgreement
        );
        assert_eq!(DeadlineRule::Eoir33AddressChange.source(), Source::Official);
    }
}
