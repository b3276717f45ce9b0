//! Errors keyed by form field, in the order the fields appear: the shape of the API's 422
//! answer (`{"errors": {"field": ["message"]}}`) and of the app's error summary.

use std::fmt;

use serde::{
    Deserialize, Deserializer, Serialize, Serializer,
    de::{MapAccess, Visitor},
    ser::SerializeMap,
};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<(String, Vec<String>)>);

impl FieldErrors {
    pub fn new() -> FieldErrors {
        FieldErrors::default()
    }

    /// Adds a message for a field; a field keeps the place of its first message.
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        let message = message.into();
        match self.0.iter_mut().find(|(name, _)| name == field) {
            Some((_, messages)) => messages.push(message),
            None => self.0.push((field.to_owned(), vec![message])),
        }
    }

    /// Records the error of a parse, if any, under `field`, and passes the value on.
    pub fn check<T, E>(
        &mut self,
        field: &str,
        result: Result<T, E>,
        message: impl Fn(&E) -> String,
    ) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.add(field, message(&error));
                None
            }
        }
    }

    /// Adds every error of `other`, with each field name prefixed (`address.city`).
    pub fn merge_prefixed(&mut self, prefix: &str, other: FieldErrors) {
        for (field, messages) in other.0 {
            let name = [prefix, ".", &field].concat();
            for message in messages {
                self.add(&name, message);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Fields and their messages, in page order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[String])> {
        self.0.iter().map(|(f, m)| (f.as_str(), m.as_slice()))
    }

    pub fn first_message(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(name, _)| name == field)
            .and_then(|(_, m)| m.first())
            .map(String::as_str)
    }

    /// `Ok(value)` when there are no errors, the errors otherwise.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, FieldErrors> {
        if self.is_empty() {
            Ok(value())
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for FieldErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (field, messages)) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{field}: {}", messages.join(", "))?;
        }
        Ok(())
    }
}

impl Serialize for FieldErrors {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (field, messages) in &self.0 {
            map.serialize_entry(field, messages)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for FieldErrors {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<FieldErrors, D::Error> {
        struct InOrder;
        impl<'de> Visitor<'de> for InOrder {
            type Value = FieldErrors;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of field names to lists of messages")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FieldErrors, A::Error> {
                let mut errors = FieldErrors::new();
                while let Some((field, messages)) = map.next_entry::<String, Vec<String>>()? {
                    for message in messages {
                        errors.add(&field, message);
                    }
                }
                Ok(errors)
            }
        }
        deserializer.deserialize_map(InOrder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_page_order_and_round_trips_as_json() {
        let mut errors = FieldErrors::new();
        errors.add("sevis_id", "Enter a SEVIS ID");
        errors.add("address.line1", "Enter address line 1");
        errors.add("sevis_id", "second");
        let json = serde_json::to_string(&errors).unwrap();
        assert_eq!(
            json,
            r#"{"sevis_id":["Enter a SEVIS ID","second"],"address.line1":["Enter address line 1"]}"#
        );
        assert_eq!(serde_json::from_str::<FieldErrors>(&json).unwrap(), errors);
        assert_eq!(
            errors.first_message("address.line1"),
            Some("Enter address line 1")
        );
    }

    #[test]
    fn into_result_only_succeeds_without_errors() {
        assert_eq!(FieldErrors::new().into_result(|| 5), Ok(5));
        let mut errors = FieldErrors::new();
        errors.add("x", "y");
        assert!(errors.into_result(|| 5).is_err());
    }
}
