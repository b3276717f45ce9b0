//! U.S. address and phone number, as students and DSOs report them.

use serde::{Deserialize, Serialize};

use crate::{
    FieldErrors, Lang,
    identifiers::{AddressInput, PhoneNumber, UsAddress},
};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactRequest {
    pub address: AddressInput,
    pub phone: String,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub address: UsAddress,
    pub phone: PhoneNumber,
}

impl ContactRequest {
    /// Errors are keyed `address.line1` … `address.zip`, then `phone`.
    pub fn validate(&self, lang: Lang) -> Result<Contact, FieldErrors> {
        let mut errors = FieldErrors::new();
        let address = match self.address.parse(lang) {
            Ok(address) => Some(address),
            Err(address_errors) => {
                errors.merge_prefixed("address", address_errors);
                None
            }
        };
        let phone = errors.check("phone", PhoneNumber::parse(&self.phone), |e| {
            e.message(lang).into()
        });
        match (address, phone) {
            (Some(address), Some(phone)) => Ok(Contact { address, phone }),
            _ => Err(errors),
        }
    }
}

impl Contact {
    pub fn to_request(&self) -> ContactRequest {
        ContactRequest {
            address: self.address.to_input(),
            phone: self.phone.display(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_errors_and_round_trip() {
        let errors = ContactRequest::default().validate(Lang::En).unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| f).collect();
        assert_eq!(
            fields,
            [
                "address.line1",
                "address.city",
                "address.state",
                "address.zip",
                "phone"
            ]
        );
        let request = ContactRequest {
            address: AddressInput {
                line1: "1 Main St".into(),
                line2: String::new(),
                city: "Austin".into(),
                state: "TX".into(),
                zip: "78701".into(),
            },
            phone: "512 555 0100".into(),
        };
        let contact = request.validate(Lang::En).unwrap();
        assert_eq!(contact.to_request().validate(Lang::Es).unwrap(), contact);
        let json = serde_json::to_string(&contact).unwrap();
        assert_eq!(serde_json::from_str::<Contact>(&json).unwrap(), contact);
    }
}
