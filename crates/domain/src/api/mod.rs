//! What the app's forms and the portal API exchange. Requests carry what people typed,
//! exactly as typed; `validate` turns a request into checked values or into errors keyed by
//! field, the same on both sides. The server answers those errors with 422 and
//! `{"errors": {"field": ["message"]}}` in the request's language.

pub mod audit;
pub mod contact;
pub mod dso;
pub mod employment;
pub mod endpoints;
pub mod errors;
pub mod field_change;
pub mod listing;
pub mod school;
pub mod session;
pub mod sign_in_form;
pub mod student;
pub mod supervision;
pub mod validation_report;

use crate::FieldErrors;

/// A required text field of at most `max` characters, tidied of surrounding and repeated
/// spaces. Records `missing` or `too_long` under `field` and returns `None` on error.
pub(crate) fn required_text(
    errors: &mut FieldErrors,
    field: &str,
    value: &str,
    max: usize,
    missing: &str,
    too_long: &str,
) -> Option<String> {
    let text = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        errors.add(field, missing);
        None
    } else if text.chars().count() > max {
        errors.add(field, too_long);
        None
    } else {
        Some(text)
    }
}
