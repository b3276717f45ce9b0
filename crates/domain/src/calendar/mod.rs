//! Dates without a clock: civil dates, U.S. federal holidays and working days. "Today" is
//! always an argument, so every rule is a pure function that tests can pin down.

mod calendar_file;
mod date;
mod date_input;
mod federal_holidays;
mod timestamp;
mod working_days;

pub use calendar_file::{CalendarEvent, ics};
pub use date::{Date, Weekday, date, days_in_month, is_leap_year};
pub use date_input::{DateError, DateErrorKind, DateInput, DateLabel, DateRule};
pub use federal_holidays::{
    FederalHoliday, ObservedHoliday, federal_holiday_on, observed_holidays,
};
pub use timestamp::Timestamp;
pub use working_days::{add_working_days, is_working_day};
