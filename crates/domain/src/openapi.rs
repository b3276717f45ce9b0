//! OpenAPI schemas of the types that serialise as plain strings (identifiers, dates),
//! for the server's generated contract. Only with the `openapi` feature.

use utoipa::openapi::{
    RefOr,
    schema::{ObjectBuilder, Schema, Type},
};

macro_rules! string_schema {
    ($($ty:ty => $format:expr, $description:literal, $example:literal;)+) => {
        $(
            impl utoipa::PartialSchema for $ty {
                fn schema() -> RefOr<Schema> {
                    let builder = ObjectBuilder::new()
                        .schema_type(Type::String)
                        .description(Some($description))
                        .examples([serde_json::json!($example)]);
                    let builder = match $format {
                        Some(format) => builder.format(Some(utoipa::openapi::SchemaFormat::KnownFormat(format))),
                        None => builder,
                    };
                    builder.into()
                }
            }
            impl utoipa::ToSchema for $ty {}
        )+
    };
}

use utoipa::openapi::KnownFormat;

use crate::{
    calendar::{Date, Timestamp},
    identifiers::{
        ANumber, CipCode, Ein, EmailAddress, I94Number, PhoneNumber, ReceiptNumber, SchoolCode,
        SevisId, SubjectId, UsState, ZipCode,
    },
    reference_number::ReferenceNumber,
};

string_schema! {
    Date => Some(KnownFormat::Date), "A calendar date, ISO 8601", "2026-11-28";
    Timestamp => Some(KnownFormat::DateTime), "A moment in UTC, ISO 8601 with seconds", "2026-11-28T13:37:21Z";
    SevisId => None::<KnownFormat>, "SEVIS ID: N and 10 digits", "N0004720633";
    SchoolCode => None::<KnownFormat>, "SEVP school code: 3 letters, 214F, 8 digits", "BOS214F00123000";
    ANumber => None::<KnownFormat>, "A-Number: A and 9 digits", "A012345678";
    ReceiptNumber => None::<KnownFormat>, "USCIS receipt number", "EAC2190000001";
    I94Number => None::<KnownFormat>, "I-94 number", "123456789A1";
    Ein => None::<KnownFormat>, "Employer Identification Number, 9 digits", "123456789";
    CipCode => None::<KnownFormat>, "CIP code NN.NNNN", "11.0701";
    ZipCode => None::<KnownFormat>, "U.S. ZIP code", "20500";
    PhoneNumber => None::<KnownFormat>, "U.S. phone: 10 digits, optional x and extension", "2025550123x12";
    EmailAddress => Some(KnownFormat::Email), "Email address, at most 255 characters", "name@example.com";
    UsState => None::<KnownFormat>, "Two-letter U.S. state or territory code", "MA";
    SubjectId => None::<KnownFormat>, "ICE Subject ID from Form I-385", "AB12CD";
    ReferenceNumber => None::<KnownFormat>, "Confirmation reference, 10 characters without look-alikes", "K7QM-3XHP-2R";
}

impl utoipa::PartialSchema for crate::FieldErrors {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some("Messages keyed by field, in page order"))
            .additional_properties(Some(
                utoipa::openapi::schema::ArrayBuilder::new()
                    .items(ObjectBuilder::new().schema_type(Type::String)),
            ))
            .examples([serde_json::json!({"address.zip": ["Enter a ZIP code"]})])
            .into()
    }
}
impl utoipa::ToSchema for crate::FieldErrors {}
