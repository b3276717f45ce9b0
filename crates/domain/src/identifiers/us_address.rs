//! A U.S. address as SEVIS limits it: line 1 (required) and line 2 of at most 60
//! characters, a city of 1 to 60, a state or territory and a ZIP code.

use serde::{Deserialize, Serialize};

use super::{UsState, ZipCode};
use crate::{FieldErrors, Lang, words};

pub const MAX_ADDRESS_LINE: usize = 60;
pub const MAX_CITY: usize = 60;

/// What a person typed, field by field, as forms send it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressInput {
    pub line1: String,
    #[serde(default)]
    pub line2: String,
    pub city: String,
    pub state: String,
    pub zip: String,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsAddress {
    pub line1: String,
    pub line2: Option<String>,
    pub city: String,
    pub state: UsState,
    pub zip: ZipCode,
}

fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

impl AddressInput {
    /// Checks every field and returns either the address or every error, keyed `line1`,
    /// `line2`, `city`, `state`, `zip`.
    pub fn parse(&self, lang: Lang) -> Result<UsAddress, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut add = |field: &str, id: &str| errors.add(field, words::text(lang, id));
        let line1 = tidy(&self.line1);
        if line1.is_empty() {
            add("line1", "validation-address-line1-missing");
        } else if too_long(&line1, MAX_ADDRESS_LINE) {
            add("line1", "validation-address-line1-too-long");
        }
        let line2 = tidy(&self.line2);
        if too_long(&line2, MAX_ADDRESS_LINE) {
            add("line2", "validation-address-line2-too-long");
        }
        let city = tidy(&self.city);
        if city.is_empty() {
            add("city", "validation-address-city-missing");
        } else if too_long(&city, MAX_CITY) {
            add("city", "validation-address-city-too-long");
        }
        let state = errors.check("state", UsState::parse(&self.state), |e| {
            e.message(lang).into()
        });
        let zip = errors.check("zip", ZipCode::parse(&self.zip), |e| e.message(lang).into());
        match (state, zip) {
            (Some(state), Some(zip)) if errors.is_empty() => Ok(UsAddress {
                line1,
                line2: (!line2.is_empty()).then_some(line2),
                city,
                state,
                zip,
            }),
            _ => Err(errors),
        }
    }
}

impl UsAddress {
    /// The address as it goes on an envelope: street lines, then "City, ST 12345".
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![self.line1.clone()];
        lines.extend(self.line2.clone());
        lines.push(
            [
                self.city.as_str(),
                ", ",
                self.state.code(),
                " ",
                self.zip.as_str(),
            ]
            .concat(),
        );
        lines
    }

    /// Back to form fields, to show a stored address for editing.
    pub fn to_input(&self) -> AddressInput {
        AddressInput {
            line1: self.line1.clone(),
            line2: self.line2.clone().unwrap_or_default(),
            city: self.city.clone(),
            state: self.state.code().to_owned(),
            zip: self.zip.as_str().to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn envelope_lines() {
        let address = super::AddressInput {
            line1: "9 Elm St".into(),
            line2: "Apt 2".into(),
            city: "Newark".into(),
            state: "nj".into(),
            zip: "07102".into(),
        }
        .parse(crate::Lang::En)
        .unwrap();
        assert_eq!(address.lines(), ["9 Elm St", "Apt 2", "Newark, NJ 07102"]);
    }

    use proptest::prelude::*;

    use super::*;

    fn input(line1: &str, city: &str, state: &str, zip: &str) -> AddressInput {
        AddressInput {
            line1: line1.into(),
            line2: String::new(),
            city: city.into(),
            state: state.into(),
            zip: zip.into(),
        }
    }

    #[test]
    fn a_complete_address() {
        let address = input(" 500  Main St ", "Boston", "ma", "02115")
            .parse(Lang::En)
            .unwrap();
        assert_eq!(address.line1, "500 Main St");
        assert_eq!(address.line2, None);
        assert_eq!(address.state.code(), "MA");
        assert_eq!(address.to_input().parse(Lang::En).unwrap(), address);
    }

    #[test]
    fn every_error_at_once_in_field_order() {
        let errors = input("", "", "", "123").parse(Lang::En).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["line1", "city", "state", "zip"]);
        assert_eq!(errors.first_message("city"), Some("Enter town or city"));
        let errors = input(&"x".repeat(61), "Boston", "MA", "02115")
            .parse(Lang::Es)
            .unwrap_err();
        assert_eq!(
            errors.first_message("line1"),
            Some("La línea 1 de la dirección debe tener 60 caracteres o menos")
        );
    }

    proptest! {
        #[test]
        fn never_panics(line1 in "\\PC{0,70}", city in "\\PC{0,70}", state in "\\PC{0,4}", zip in "\\PC{0,12}") {
            let _ = input(&line1, &city, &state, &zip).parse(Lang::En);
        }
    }
}
