//! A person under ICE supervision: change of address (with the court and USCIS filings that
//! also apply) and check-in appointments.

use serde::{Deserialize, Serialize};

use crate::{
    FieldErrors, Lang,
    calculators::{DeadlineRule, deadline},
    calendar::{Date, DateInput, DateLabel, DateRule, Timestamp},
    identifiers::{AddressInput, UsAddress},
    reference_number::ReferenceNumber,
    routing::{CourtCase, Outcome},
    words,
};

pub const MOVED_ON: DateLabel = DateLabel::new("validation-date-label-moved-on");

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressChangeRequest {
    pub address: AddressInput,
    pub moved_on: DateInput,
    /// `yes`, `no` or `not-sure`: decides whether Form EOIR-33 applies.
    pub court_case: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddressChange {
    pub address: UsAddress,
    pub moved_on: Date,
    pub court_case: CourtCase,
}

impl AddressChangeRequest {
    pub fn validate(&self, lang: Lang, today: Date) -> Result<AddressChange, FieldErrors> {
        let mut errors = FieldErrors::new();
        let address = match self.address.parse(lang) {
            Ok(address) => Some(address),
            Err(address_errors) => {
                errors.merge_prefixed("address", address_errors);
                None
            }
        };
        let moved_on = errors.check(
            "moved_on",
            self.moved_on
                .parse(&[DateRule::TodayOrPast, DateRule::WithinYears(5)], today),
            |e| e.message(MOVED_ON, lang),
        );
        let court_case = CourtCase::from_id(self.court_case.trim());
        if court_case.is_none() {
            errors.add(
                "court_case",
                words::text(lang, "validation-court-case-missing"),
            );
        }
        match (address, moved_on, court_case) {
            (Some(address), Some(moved_on), Some(court_case)) => Ok(AddressChange {
                address,
                moved_on,
                court_case,
            }),
            _ => Err(errors),
        }
    }
}

/// A filing that also applies after telling ICE, with its due date.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub rule: DeadlineRule,
    pub due: Date,
}

/// The other filings a move calls for: the routing outcome's deadlines, less the ICE one
/// this change just met.
pub fn follow_ups(moved_on: Date, court_case: CourtCase) -> Vec<FollowUp> {
    Outcome::IceChangeOfAddress { court_case }
        .deadlines()
        .iter()
        .filter(|rule| **rule != DeadlineRule::IceAddressChange)
        .map(|rule| FollowUp {
            rule: *rule,
            due: deadline(*rule, moved_on).due,
        })
        .collect()
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressChangeReceipt {
    pub reference: ReferenceNumber,
    pub recorded_at: Timestamp,
    pub address: UsAddress,
    pub moved_on: Date,
    pub follow_ups: Vec<FollowUp>,
}

/// A free or taken appointment time at an ICE office, in the office's local time.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckInSlot {
    pub id: String,
    pub office: String,
    /// Where the office is: people go there. Absent for an office recorded without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_address: Option<UsAddress>,
    pub date: Date,
    /// `HH:MM`, local time of the office.
    pub time: String,
    pub available: bool,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    Booked,
    Cancelled,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub id: String,
    pub reference: ReferenceNumber,
    pub slot: CheckInSlot,
    pub status: AppointmentStatus,
    /// When it was last booked, moved or cancelled: the time a confirmation gives.
    pub recorded_at: Timestamp,
}

/// Book a slot, or move an appointment to one.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingRequest {
    pub slot_id: String,
}

impl BookingRequest {
    pub fn validate(&self, lang: Lang) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new();
        let slot = self.slot_id.trim();
        if slot.is_empty() {
            errors.add("slot_id", words::text(lang, "validation-slot-missing"));
        }
        errors.into_result(|| slot.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::date;

    #[test]
    fn follow_ups_depend_on_the_court_case() {
        let moved = date(2026, 11, 23);
        let with_court = follow_ups(moved, CourtCase::Yes);
        assert_eq!(
            with_court,
            vec![
                FollowUp {
                    rule: DeadlineRule::Eoir33AddressChange,
                    due: date(2026, 12, 1)
                },
                FollowUp {
                    rule: DeadlineRule::Ar11AddressChange,
                    due: date(2026, 12, 3)
                },
            ]
        );
        assert_eq!(follow_ups(moved, CourtCase::NotSure).len(), 2);
        assert_eq!(
            follow_ups(moved, CourtCase::No),
            vec![FollowUp {
                rule: DeadlineRule::Ar11AddressChange,
                due: date(2026, 12, 3)
            }]
        );
    }

    #[test]
    fn address_change_needs_a_past_move_and_the_court_answer() {
        let request = AddressChangeRequest {
            address: AddressInput {
                line1: "9 Elm St".into(),
                line2: String::new(),
                city: "Newark".into(),
                state: "NJ".into(),
                zip: "07102".into(),
            },
            moved_on: DateInput::new("1", "12", "2026"),
            court_case: String::new(),
        };
        let errors = request.validate(Lang::En, date(2026, 11, 28)).unwrap_err();
        assert_eq!(
            errors.first_message("moved_on"),
            Some("Date you moved must be today or in the past")
        );
        assert_eq!(
            errors.first_message("court_case"),
            Some("Select whether you have a case in immigration court")
        );
        let fixed = AddressChangeRequest {
            moved_on: DateInput::new("20", "11", "2026"),
            court_case: "yes".into(),
            ..request
        };
        assert_eq!(
            fixed
                .validate(Lang::En, date(2026, 11, 28))
                .unwrap()
                .court_case,
            CourtCase::Yes
        );
    }
}
