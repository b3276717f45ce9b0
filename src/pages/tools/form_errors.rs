//! The errors of a tool's form: one message per field, in page order, with the boxes to
//! highlight for date fields.

use leptos::prelude::*;

use crate::components::field_id;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormErrors(Vec<(String, String, Option<[bool; 3]>)>);

impl FormErrors {
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.push((field.to_owned(), message.into(), None));
    }

    pub fn add_date(&mut self, field: &str, (message, highlight): (String, [bool; 3])) {
        self.0.push((field.to_owned(), message, Some(highlight)));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn message(&self, field: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(f, ..)| f == field)
            .map(|(_, m, _)| m.clone())
    }

    pub fn date(&self, field: &str) -> Option<(String, [bool; 3])> {
        self.0
            .iter()
            .find(|(f, ..)| f == field)
            .and_then(|(_, m, h)| h.map(|h| (m.clone(), h)))
    }

    /// Links for the error summary; a date links to its first highlighted box.
    pub fn summary(&self) -> Vec<(String, String)> {
        self.0
            .iter()
            .map(|(field, message, highlight)| {
                let mut id = field_id(field);
                if let Some(h) = highlight {
                    id.push_str(match h {
                        [true, ..] => "-day",
                        [false, true, _] => "-month",
                        _ => "-year",
                    });
                }
                (id, message.clone())
            })
            .collect()
    }
}

/// Signals a field reads its error from.
pub fn message_of(errors: RwSignal<FormErrors>, field: &'static str) -> Signal<Option<String>> {
    Signal::derive(move || errors.with(|e| e.message(field)))
}

pub fn date_of(errors: RwSignal<FormErrors>, field: String) -> Signal<Option<(String, [bool; 3])>> {
    Signal::derive(move || errors.with(|e| e.date(&field)))
}
