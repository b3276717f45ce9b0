//! SEVP school certification: recertification every two years; SEVIS sends the notice 180
//! days before the certification expiration date.

use serde::{Deserialize, Serialize};

use crate::calendar::Date;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recertification {
    pub notice: Date,
    pub expires: Date,
    /// The expiration after a successful recertification.
    pub next_expiry: Date,
}

pub fn recertification(expires: Date) -> Recertification {
    Recertification {
        notice: expires.add_days(-180),
        expires,
        next_expiry: expires.add_years(2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    #[test]
    fn notice_is_180_days_before() {
        let r = recertification(date(2027, 3, 31));
        assert_eq!(r.notice, date(2026, 10, 2));
        assert_eq!(r.next_expiry, date(2029, 3, 31));
        // Across a leap year: 29 February 2028 is one of the 180 days.
        assert_eq!(recertification(date(2028, 6, 30)).notice, date(2028, 1, 2));
        assert_eq!(
            recertification(date(2028, 2, 29)).next_expiry,
            date(2030, 2, 28)
        );
    }
}
