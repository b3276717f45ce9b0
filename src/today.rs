//! Today's date by the device's clock, in its own time zone: what "today" means to the
//! person reading. The domain's calculators take it as an argument.

use navigator_domain::calendar::Date;

pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    // A device clock outside years 1–9999 is broken; fall back to a fixed, valid day.
    .unwrap_or_else(|| Date::from_days(0))
}
