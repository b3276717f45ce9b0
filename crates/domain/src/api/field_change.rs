//! One field of a record a change touched, with its value before and after: what a DSO
//! needs to bring the change into SEVIS, field by field.

use serde::{Deserialize, Serialize};
use serde_json::Value;

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The field's path in the record (`address.zip`, `phone`, `supervisor.name`).
    pub field: String,
    /// `None` when the field was empty or the record is new.
    pub old: Option<String>,
    /// `None` when the change left the field empty.
    pub new: Option<String>,
}

/// The fields whose values differ between `old` (none for a new record) and `new`, by
/// path (then the fields only `old` had). Nested objects become dotted paths, so an address's apartment, ZIP
/// code and the phone each get a line of their own.
pub fn field_changes(old: Option<&Value>, new: &Value) -> Vec<FieldChange> {
    let before = old.map(flatten).unwrap_or_default();
    let after = flatten(new);
    let mut changes: Vec<FieldChange> = after
        .iter()
        .map(|(field, value)| FieldChange {
            field: field.clone(),
            old: before
                .iter()
                .find(|(f, _)| f == field)
                .and_then(|(_, v)| v.clone()),
            new: value.clone(),
        })
        .collect();
    // A field only the old record had (a removed end date) was emptied.
    changes.extend(
        before
            .iter()
            .filter(|(field, _)| !after.iter().any(|(f, _)| f == field))
            .map(|(field, value)| FieldChange {
                field: field.clone(),
                old: value.clone(),
                new: None,
            }),
    );
    changes.retain(|c| c.old != c.new);
    changes
}

fn flatten(value: &Value) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    flatten_into("", value, &mut out);
    out
}

fn flatten_into(prefix: &str, value: &Value, out: &mut Vec<(String, Option<String>)>) {
    match value {
        Value::Object(fields) => {
            for (key, inner) in fields {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    [prefix, ".", key].concat()
                };
                flatten_into(&path, inner, out);
            }
        }
        Value::Null => out.push((prefix.to_owned(), None)),
        Value::String(text) if text.trim().is_empty() => out.push((prefix.to_owned(), None)),
        Value::String(text) => out.push((prefix.to_owned(), Some(text.clone()))),
        other => out.push((prefix.to_owned(), Some(other.to_string()))),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn change(field: &str, old: Option<&str>, new: Option<&str>) -> FieldChange {
        FieldChange {
            field: field.into(),
            old: old.map(Into::into),
            new: new.map(Into::into),
        }
    }

    #[test]
    fn apartment_zip_and_phone_each_get_a_line() {
        let old = json!({"address": {"line1": "12 Elm St", "line2": null, "zip": "02115"}, "phone": "617-555-0142"});
        let new = json!({"address": {"line1": "12 Elm St", "line2": "Apt 4", "zip": "02116"}, "phone": "617-555-0199"});
        assert_eq!(
            field_changes(Some(&old), &new),
            [
                change("address.line2", None, Some("Apt 4")),
                change("address.zip", Some("02115"), Some("02116")),
                change("phone", Some("617-555-0142"), Some("617-555-0199")),
            ]
        );
    }

    #[test]
    fn a_new_record_lists_every_field_given_and_a_removed_one_is_emptied() {
        let new = json!({"employer_name": "Acme", "ein": null, "supervisor": {"name": "Dana"}});
        assert_eq!(
            field_changes(None, &new),
            [
                change("employer_name", None, Some("Acme")),
                change("supervisor.name", None, Some("Dana")),
            ]
        );
        let old = json!({"end": "2026-08-31", "hours": "full_time"});
        let new = json!({"hours": "full_time"});
        assert_eq!(
            field_changes(Some(&old), &new),
            [change("end", Some("2026-08-31"), None)]
        );
    }
}
