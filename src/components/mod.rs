//! Form and page parts that follow the GOV.UK Design System patterns (docs: design.md).

mod back_link;
mod date_fields;
mod error_summary;
mod field_description;
mod focus_on_arrival;
mod radios;
mod text_area;
mod text_field;
mod unemployment_count;

pub use back_link::BackLink;
pub use date_fields::{DateFields, date_error};
pub use error_summary::ErrorSummary;
use field_description::FieldDescription;
pub use focus_on_arrival::focus_on_arrival;
pub use navigator_pages::markup::field_id;
pub use radios::Radios;
pub use text_area::TextArea;
pub use text_field::TextField;
pub use unemployment_count::unemployment_count;
