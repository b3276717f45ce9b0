//! What a person has entered into a tool, kept in this tab's session storage while they type,
//! so a reload, a change of language or a guide read in between loses none of it. Kept per
//! tool, not per address, so every language shares it; in the tab's storage, not the
//! device's, so it is gone once the tab is closed (a computer in a library or a shelter).
//!
//! The answers are named texts (`calculator`, `first.day`) in the browser's
//! `URLSearchParams`, stored as its query string: no serializer in the tool's bundle.

use leptos::prelude::*;
use navigator_domain::{Tool, calendar::DateInput};
use web_sys::UrlSearchParams;

use crate::navigation::session_storage;

/// A tool's answers by name: read from the tab's storage, or being written to it.
pub struct Answers(UrlSearchParams);

impl Answers {
    fn new(query: &str) -> Option<Answers> {
        UrlSearchParams::new_with_str(query).ok().map(Answers)
    }

    pub fn text(&self, name: &str) -> String {
        self.0.get(name).unwrap_or_default()
    }

    /// A radio button's answer: `None` when none was chosen.
    pub fn choice(&self, name: &str) -> Option<String> {
        self.0.get(name).filter(|id| !id.is_empty())
    }

    pub fn flag(&self, name: &str) -> bool {
        self.0.get(name).is_some_and(|text| text == FLAG_SET)
    }

    pub fn date(&self, name: &str) -> DateInput {
        DateInput {
            day: self.text(&date_part(name, "day")),
            month: self.text(&date_part(name, "month")),
            year: self.text(&date_part(name, "year")),
        }
    }

    pub fn set_text(&self, name: &str, text: &str) {
        self.0.set(name, text);
    }

    pub fn set_choice(&self, name: &str, id: Option<&str>) {
        self.0.set(name, id.unwrap_or_default());
    }

    pub fn set_flag(&self, name: &str, set: bool) {
        self.0.set(name, if set { FLAG_SET } else { "" });
    }

    pub fn set_date(&self, name: &str, date: &DateInput) {
        self.0.set(&date_part(name, "day"), &date.day);
        self.0.set(&date_part(name, "month"), &date.month);
        self.0.set(&date_part(name, "year"), &date.year);
    }
}

const FLAG_SET: &str = "yes";

fn date_part(name: &str, part: &str) -> String {
    [name, ".", part].concat()
}

fn storage_key(tool: Tool) -> String {
    ["navigator.tool.", tool.slug()].concat()
}

/// What was kept for `tool` in this tab; nothing when nothing was (or storage is blocked).
pub fn kept(tool: Tool) -> Answers {
    let query = session_storage()
        .and_then(|storage| storage.get_item(&storage_key(tool)).ok().flatten())
        .unwrap_or_default();
    Answers::new(&query)
        .or_else(|| Answers::new(""))
        .expect("an empty URLSearchParams can always be made")
}

/// Keeps what `write` puts into the answers each time a signal it reads changes.
pub fn keep(tool: Tool, write: impl Fn(&Answers) + 'static) {
    Effect::new(move |_| {
        let Some(answers) = Answers::new("") else {
            return;
        };
        write(&answers);
        if let Some(storage) = session_storage() {
            // Storage that is full or blocked only loses the copy: the page keeps its answers.
            let _ = storage.set_item(&storage_key(tool), &String::from(answers.0.to_string()));
        }
    });
}
