//! A moment in UTC, in whole seconds, exchanged as ISO 8601 (`2026-11-28T13:37:21Z`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Date;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

impl Timestamp {
    pub const fn from_unix_seconds(seconds: i64) -> Timestamp {
        Timestamp(seconds)
    }

    pub const fn unix_seconds(self) -> i64 {
        self.0
    }

    pub const fn date(self) -> Date {
        Date::from_days(self.0.div_euclid(86_400))
    }

    /// `HH:MM` in UTC.
    pub fn time_hm(self) -> String {
        let seconds = self.0.rem_euclid(86_400);
        let (hours, minutes) = (seconds / 3600, seconds % 3600 / 60);
        let mut out = String::with_capacity(5);
        for (i, n) in [hours, minutes].into_iter().enumerate() {
            if i > 0 {
                out.push(':');
            }
            if n < 10 {
                out.push('0');
            }
            out.push_str(&n.to_string());
        }
        out
    }

    pub const fn plus_seconds(self, seconds: i64) -> Timestamp {
        Timestamp(self.0 + seconds)
    }

    pub fn to_iso(self) -> String {
        let seconds = self.0.rem_euclid(60);
        let mut out = [self.date().to_iso(), "T".into(), self.time_hm(), ":".into()].concat();
        if seconds < 10 {
            out.push('0');
        }
        out.push_str(&seconds.to_string());
        out.push('Z');
        out
    }

    /// Reads `YYYY-MM-DDTHH:MM:SSZ` exactly.
    pub fn parse_iso(text: &str) -> Option<Timestamp> {
        let (date, time) = text.strip_suffix('Z')?.split_once('T')?;
        let date = Date::parse_iso(date)?;
        let mut parts = time.split(':');
        let mut next = |max: i64| -> Option<i64> {
            let part = parts.next()?;
            (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse().ok())?
                .filter(|n| *n <= max)
        };
        let (h, m, s) = (next(23)?, next(59)?, next(59)?);
        if parts.next().is_some() {
            return None;
        }
        Some(Timestamp(date.to_days() * 86_400 + h * 3600 + m * 60 + s))
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_iso())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse_iso(&text)
            .ok_or_else(|| serde::de::Error::custom("expected YYYY-MM-DDTHH:MM:SSZ"))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::calendar::date;

    #[test]
    fn known_moments() {
        let t = Timestamp::from_unix_seconds(1795858641);
        assert_eq!(t.to_iso(), "2026-11-28T09:37:21Z");
        assert_eq!(t.date(), date(2026, 11, 28));
        assert_eq!(t.time_hm(), "09:37");
        assert_eq!(
            Timestamp::parse_iso("1970-01-01T00:00:00Z"),
            Some(Timestamp::from_unix_seconds(0))
        );
        assert_eq!(Timestamp::parse_iso("2026-11-28T24:00:00Z"), None);
        assert_eq!(Timestamp::parse_iso("2026-11-28 10:00:00Z"), None);
    }

    proptest! {
        #[test]
        fn iso_round_trip(seconds in -62_135_596_800i64..253_402_300_799) {
            let t = Timestamp::from_unix_seconds(seconds);
            prop_assert_eq!(Timestamp::parse_iso(&t.to_iso()), Some(t));
        }
    }
}
