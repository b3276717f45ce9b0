//! USCIS receipt number: three letters naming the office that received the case and ten
//! digits (`EAC2190000001`). It is for USCIS case status — not for the immigration court
//! (which uses the A-Number) nor for ICE.

use serde::{Deserialize, Serialize};

use super::{identifier_text, without_separators};

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ReceiptNumber(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReceiptNumberError {
    Missing,
    Format,
    UnknownOffice,
}

/// Offices whose three letters start a receipt number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceCenter {
    Vermont,
    California,
    Nebraska,
    Texas,
    NationalBenefits,
    Missouri,
    ElisOnline,
    Potomac,
    /// Legacy prefixes of the same centers (VSC, CSC, NSC, TSC).
    Legacy,
}

const OFFICES: [(&str, ServiceCenter); 13] = [
    ("EAC", ServiceCenter::Vermont),
    ("VSC", ServiceCenter::Legacy),
    ("WAC", ServiceCenter::California),
    ("CSC", ServiceCenter::Legacy),
    ("LIN", ServiceCenter::Nebraska),
    ("NSC", ServiceCenter::Legacy),
    ("SRC", ServiceCenter::Texas),
    ("TSC", ServiceCenter::Legacy),
    ("NBC", ServiceCenter::NationalBenefits),
    ("MSC", ServiceCenter::Missouri),
    ("IOE", ServiceCenter::ElisOnline),
    ("YSC", ServiceCenter::Potomac),
    ("PSC", ServiceCenter::Legacy),
];

impl ReceiptNumber {
    pub fn parse(input: &str) -> Result<ReceiptNumber, ReceiptNumberError> {
        let text = without_separators(input).to_ascii_uppercase();
        if text.is_empty() {
            return Err(ReceiptNumberError::Missing);
        }
        let b = text.as_bytes();
        if b.len() != 13
            || !b[..3].iter().all(u8::is_ascii_uppercase)
            || !b[3..].iter().all(u8::is_ascii_digit)
        {
            return Err(ReceiptNumberError::Format);
        }
        if office(&text[..3]).is_none() {
            return Err(ReceiptNumberError::UnknownOffice);
        }
        Ok(ReceiptNumber(text))
    }

    pub fn service_center(&self) -> ServiceCenter {
        office(&self.0[..3]).expect("checked when parsed")
    }
}

fn office(prefix: &str) -> Option<ServiceCenter> {
    OFFICES
        .iter()
        .find(|(p, _)| *p == prefix)
        .map(|(_, center)| *center)
}

impl ReceiptNumberError {
    /// The id of the message in `locales/<lang>/validation.ftl`.
    pub const fn message_id(self) -> &'static str {
        match self {
            ReceiptNumberError::Missing => "validation-receipt-number-missing",
            ReceiptNumberError::Format => "validation-receipt-number-format",
            ReceiptNumberError::UnknownOffice => "validation-receipt-number-unknown-office",
        }
    }
}

identifier_text!(ReceiptNumber, ReceiptNumberError);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::identifiers::parser_properties;

    #[test]
    fn known_offices() {
        assert_eq!(
            ReceiptNumber::parse("EAC-21-900-00001").unwrap().as_str(),
            "EAC2190000001"
        );
        assert_eq!(
            ReceiptNumber::parse("ioe0912345678")
                .unwrap()
                .service_center(),
            ServiceCenter::ElisOnline
        );
        assert_eq!(
            ReceiptNumber::parse("LIN2190000001")
                .unwrap()
                .service_center(),
            ServiceCenter::Nebraska
        );
        for (prefix, _) in OFFICES {
            assert!(
                ReceiptNumber::parse(&[prefix, "2190000001"].concat()).is_ok(),
                "{prefix}"
            );
        }
    }

    #[test]
    fn errors() {
        assert_eq!(ReceiptNumber::parse(""), Err(ReceiptNumberError::Missing));
        assert_eq!(
            ReceiptNumber::parse("EAC219000000"),
            Err(ReceiptNumberError::Format)
        );
        assert_eq!(
            ReceiptNumber::parse("A123456789"),
            Err(ReceiptNumberError::Format)
        );
        assert_eq!(
            ReceiptNumber::parse("ABC2190000001"),
            Err(ReceiptNumberError::UnknownOffice)
        );
    }

    proptest! {
        #[test]
        fn parse_is_total_and_stable(input in "\\PC{0,20}") {
            parser_properties::check(ReceiptNumber::parse, &input);
        }
    }
}
