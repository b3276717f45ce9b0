//! A moment as the person reads it: the day in the app's own words, then the time in their
//! device's time zone with the zone named ("29 November 2026, 08:40 EST"). The browser's own
//! `Intl` knows the zone and its rules, so the bundle carries no time-zone data.

use js_sys::{Date, Object, Reflect};
use navigator_domain::{
    Lang,
    calendar::{Timestamp, date},
    words,
};
use wasm_bindgen::JsValue;

pub fn local_date_time(at: Timestamp, lang: Lang) -> String {
    let moment = Date::new(&JsValue::from_f64(at.unix_seconds() as f64 * 1000.0));
    // The getters give the day in the device's zone, which may differ from the UTC day.
    let day = date(
        moment.get_full_year() as i32,
        (moment.get_month() + 1) as u8,
        moment.get_date() as u8,
    );
    let options = Object::new();
    for (name, value) in [
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
        ("timeZoneName", "short"),
    ] {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&options, &name.into(), &value.into());
    }
    let time: String = moment
        .to_locale_time_string_with_options(words::text(lang, "dates-intl_locale"), &options)
        .into();
    words::format(
        lang,
        "dates-date-time",
        &[("date", day.long(lang).into()), ("time", time.into())],
    )
}
