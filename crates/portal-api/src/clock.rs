//! The server's clock. Tests move it forward (invitation links expire after 14 days,
//! sessions after their idle time) without waiting.

use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};

use navigator_domain::calendar::{Date, Timestamp};

#[derive(Clone, Default)]
pub struct Clock {
    offset_seconds: Arc<AtomicI64>,
}

impl Clock {
    pub fn now(&self) -> Timestamp {
        let system = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default();
        Timestamp::from_unix_seconds(system + self.offset_seconds.load(Ordering::Relaxed))
    }

    /// Today in UTC: the server's dates (deadlines, "in the past") use one time zone.
    pub fn today(&self) -> Date {
        self.now().date()
    }

    /// Moves the clock forward (tests and demos only ever go forward).
    pub fn advance(&self, seconds: i64) {
        self.offset_seconds.fetch_add(seconds, Ordering::Relaxed);
    }
}
