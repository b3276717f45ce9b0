//! What a person has typed into a form, as flat `field → text` pairs (`address.line1`,
//! `moved_on.day`): the shape the app keeps on the device while people type, and the keys
//! the validation errors use. It turns into the API's request type and back, so a draft
//! is checked by the same `validate` as the server's.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize, de::DeserializeOwned};
use serde_json::Value;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft(BTreeMap<String, String>);

impl Draft {
    pub fn new() -> Draft {
        Draft::default()
    }

    /// The text of a field; empty when nothing was typed.
    pub fn get(&self, field: &str) -> &str {
        self.0.get(field).map(String::as_str).unwrap_or_default()
    }

    pub fn set(&mut self, field: &str, text: impl Into<String>) {
        self.0.insert(field.to_owned(), text.into());
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|v| v.trim().is_empty())
    }

    /// A draft holding a request's fields (to edit a record as it stands).
    pub fn from_request<T: Serialize>(request: &T) -> Draft {
        let mut draft = Draft::new();
        if let Ok(value) = serde_json::to_value(request) {
            flatten("", &value, &mut draft);
        }
        draft
    }

    /// The request the draft describes: the type's defaults, with every field the draft
    /// has put in place. Fields the type does not have are ignored.
    pub fn to_request<T: Default + Serialize + DeserializeOwned>(&self) -> T {
        let Ok(mut value) = serde_json::to_value(T::default()) else {
            return T::default();
        };
        for (field, text) in &self.0 {
            set_path(&mut value, field, text);
        }
        serde_json::from_value(value).unwrap_or_default()
    }
}

fn flatten(prefix: &str, value: &Value, draft: &mut Draft) {
    match value {
        Value::Object(fields) => {
            for (name, inner) in fields {
                let key = if prefix.is_empty() {
                    name.clone()
                } else {
                    [prefix, ".", name].concat()
                };
                flatten(&key, inner, draft);
            }
        }
        Value::String(text) => draft.set(prefix, text.clone()),
        Value::Number(n) => draft.set(prefix, n.to_string()),
        Value::Bool(b) => draft.set(prefix, b.to_string()),
        Value::Null | Value::Array(_) => {}
    }
}

/// Puts `text` at a dotted path, only where the default already has a string.
fn set_path(value: &mut Value, path: &str, text: &str) {
    let mut here = value;
    for part in path.split('.') {
        match here {
            Value::Object(fields) => match fields.get_mut(part) {
                Some(inner) => here = inner,
                None => return,
            },
            _ => return,
        }
    }
    if here.is_string() {
        *here = Value::String(text.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        Lang,
        api::{
            contact::ContactRequest, employment::EmploymentRequest,
            supervision::AddressChangeRequest,
        },
        calendar::date,
    };

    #[test]
    fn a_draft_becomes_the_request_the_server_validates() {
        let mut draft = Draft::new();
        draft.set("address.line1", "9 Elm St");
        draft.set("address.city", "Newark");
        draft.set("address.state", "NJ");
        draft.set("address.zip", "07102");
        draft.set("moved_on.day", "2");
        draft.set("moved_on.month", "11");
        draft.set("moved_on.year", "2026");
        draft.set("court_case", "yes");
        draft.set("not_a_field", "ignored");
        let request: AddressChangeRequest = draft.to_request();
        assert_eq!(request.address.city, "Newark");
        assert_eq!(request.moved_on.year, "2026");
        let change = request.validate(Lang::En, date(2026, 11, 28)).unwrap();
        assert_eq!(change.moved_on, date(2026, 11, 2));
    }

    #[test]
    fn errors_use_the_draft_field_names() {
        let mut draft = Draft::new();
        draft.set("address.line1", "9 Elm St");
        draft.set("phone", "12");
        let errors = draft
            .to_request::<ContactRequest>()
            .validate(Lang::En)
            .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            ["address.city", "address.state", "address.zip", "phone"]
        );
    }

    #[test]
    fn round_trips_a_record_for_editing() {
        let request = crate::api::employment::tests::filled();
        let draft = Draft::from_request(&request);
        assert_eq!(draft.get("start_date.month"), request.start_date.month);
        assert_eq!(draft.get("supervisor_email"), request.supervisor_email);
        assert_eq!(draft.to_request::<EmploymentRequest>(), request);
    }

    #[test]
    fn empty_when_only_spaces() {
        let mut draft = Draft::new();
        assert!(draft.is_empty());
        draft.set("phone", "  ");
        assert!(draft.is_empty());
        draft.set("phone", "5");
        assert!(!draft.is_empty());
    }
}
