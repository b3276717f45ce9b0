//! Schools and their officials, as officers see them.

use serde::{Deserialize, Serialize};

use crate::identifiers::{EmailAddress, PhoneNumber, SchoolCode};

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Official {
    pub name: String,
    pub email: EmailAddress,
    /// The official's work phone, when the school gave one.
    pub phone: Option<PhoneNumber>,
    /// The principal designated school official (PDSO).
    pub is_principal: bool,
}

#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchoolOfficials {
    pub code: SchoolCode,
    pub name: String,
    pub students: u32,
    pub officials: Vec<Official>,
}
