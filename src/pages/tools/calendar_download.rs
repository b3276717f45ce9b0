//! "Add to calendar": an .ics file made in the browser and handed to the person's
//! calendar app, never sent to a server.

use leptos::prelude::*;
use navigator_domain::calendar::{CalendarEvent, Timestamp, ics};
use wasm_bindgen::JsCast;

use crate::{navigation::use_navigation, text::tools_text};

fn download(file_name: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/calendar;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement =
        document().create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    web_sys::Url::revoke_object_url(&url).ok()
}

#[component]
pub fn CalendarDownload(events: Vec<CalendarEvent>) -> impl IntoView {
    let t = tools_text(use_navigation().lang_untracked());
    let save = move |_| {
        let now = Timestamp::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64);
        // If the browser refuses the download there is nothing more to do; the dates are
        // on the page.
        let _ = download("deadlines.ics", &ics(&events, now));
    };
    view! {
        <button type="button" class="button button--secondary" on:click=save>{t.add_to_calendar()}</button>
    }
}
