//! Grace period after a program or OPT ends: F-1 60 days, M-1 30 days, 15 days after a
//! withdrawal the DSO authorised, none after failing to maintain status.

use serde::{Deserialize, Serialize};

use crate::calendar::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GracePeriodCase {
    /// F-1 student who completed the program, or post-completion OPT.
    F1Completed,
    /// M-1 student who completed the program.
    M1Completed,
    /// The DSO authorised a withdrawal from classes.
    AuthorizedWithdrawal,
    /// Status ended by failing to maintain it (e.g. unauthorised withdrawal).
    FailedToMaintainStatus,
}

impl GracePeriodCase {
    pub const ALL: [GracePeriodCase; 4] = [
        GracePeriodCase::F1Completed,
        GracePeriodCase::M1Completed,
        GracePeriodCase::AuthorizedWithdrawal,
        GracePeriodCase::FailedToMaintainStatus,
    ];

    pub const fn days(self) -> u32 {
        match self {
            GracePeriodCase::F1Completed => 60,
            GracePeriodCase::M1Completed => 30,
            GracePeriodCase::AuthorizedWithdrawal => 15,
            GracePeriodCase::FailedToMaintainStatus => 0,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum GracePeriod {
    /// The last day of the grace period.
    EndsOn { last_day: Date, days: u32 },
    /// No grace period: the person should talk to the DSO or a lawyer at once.
    None,
}

/// `ended` is the program end date, OPT end date or withdrawal date.
pub fn grace_period(case: GracePeriodCase, ended: Date) -> GracePeriod {
    match case.days() {
        0 => GracePeriod::None,
        days => GracePeriod::EndsOn {
            last_day: ended.add_days(days as i64),
            days,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    #[test]
    fn worked_examples() {
        assert_eq!(
            grace_period(GracePeriodCase::F1Completed, date(2026, 5, 15)),
            GracePeriod::EndsOn {
                last_day: date(2026, 7, 14),
                days: 60
            }
        );
        // Across a leap day.
        assert_eq!(
            grace_period(GracePeriodCase::F1Completed, date(2024, 1, 15)),
            GracePeriod::EndsOn {
                last_day: date(2024, 3, 15),
                days: 60
            }
        );
        assert_eq!(
            grace_period(GracePeriodCase::M1Completed, date(2026, 12, 18)),
            GracePeriod::EndsOn {
                last_day: date(2027, 1, 17),
                days: 30
            }
        );
        assert_eq!(
            grace_period(GracePeriodCase::AuthorizedWithdrawal, date(2026, 10, 20)),
            GracePeriod::EndsOn {
                last_day: date(2026, 11, 4),
                days: 15
            }
        );
        assert_eq!(
            grace_period(GracePeriodCase::FailedToMaintainStatus, date(2026, 10, 20)),
            GracePeriod::None
        );
    }
}
