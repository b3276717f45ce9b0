//! The answers every operation of a kind can give, added to the contract once instead of
//! in every handler's attribute: 400 and 403 (another site, `same_origin.rs`) for unsafe
//! methods, 401 and 403 where a session is needed, 404 where the path names a record, and
//! 400 and 409 where an `Idempotency-Key` is taken. A handler documents what is its own
//! (its 200, 422, 429…); what it documents is kept. The `Idempotency-Key` header's schema
//! says what a key may be, so a client (or a fuzzer) knows before it is refused.

use utoipa::{
    Modify,
    openapi::{
        ContentBuilder, HttpMethod, ObjectBuilder, OpenApi, Ref, ResponseBuilder, Type,
        path::Operation,
    },
};

use crate::idempotency::{KEY_LENGTH, KEY_PATTERN};

fn describe_idempotency_key(operation: &mut Operation) {
    for parameter in operation.parameters.iter_mut().flatten() {
        if parameter.name == "Idempotency-Key" {
            parameter.description = Some(
                "A new random key per write (a UUID fits); a repeat with the same key returns the \
                 stored answer for 24 hours"
                    .into(),
            );
            parameter.schema = Some(
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .min_length(Some(*KEY_LENGTH.start()))
                    .max_length(Some(*KEY_LENGTH.end()))
                    .pattern(Some(KEY_PATTERN))
                    .into(),
            );
        }
    }
}

pub struct StandardAnswers;

fn error_answer(description: &str) -> utoipa::openapi::Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ApiError")))
                .build(),
        )
        .build()
}

fn add(operation: &mut Operation, status: &str, description: &str) {
    operation
        .responses
        .responses
        .entry(status.to_owned())
        .or_insert_with(|| error_answer(description).into());
}

impl Modify for StandardAnswers {
    fn modify(&self, openapi: &mut OpenApi) {
        for (path, item) in openapi.paths.paths.iter_mut() {
            let names_a_record = path.contains('{');
            let operations = [
                (HttpMethod::Get, item.get.as_mut()),
                (HttpMethod::Post, item.post.as_mut()),
                (HttpMethod::Put, item.put.as_mut()),
                (HttpMethod::Delete, item.delete.as_mut()),
                (HttpMethod::Patch, item.patch.as_mut()),
            ];
            for (method, operation) in operations {
                let Some(operation) = operation else { continue };
                // utoipa keeps a requirement's scheme names private; its JSON shows them.
                let signed_in = operation.security.as_ref().is_some_and(|requirements| {
                    serde_json::to_value(requirements)
                        .is_ok_and(|v| v.to_string().contains("\"session\""))
                });
                let keyed = operation.parameters.as_ref().is_some_and(|parameters| {
                    parameters.iter().any(|p| p.name == "Idempotency-Key")
                });
                let unsafe_method = method != HttpMethod::Get;
                let has_parameters = operation.parameters.as_ref().is_some_and(|p| !p.is_empty());
                if unsafe_method || has_parameters {
                    add(
                        operation,
                        "400",
                        "The request is malformed (body, headers or query)",
                    );
                }
                if unsafe_method {
                    add(operation, "403", "Sent from another site");
                }
                if signed_in {
                    add(operation, "401", "Not signed in, or the session ended");
                    add(
                        operation,
                        "403",
                        "Not allowed for this account, or the CSRF token is wrong",
                    );
                }
                if names_a_record {
                    add(operation, "404", "No such record for this account");
                }
                if keyed {
                    add(
                        operation,
                        "409",
                        "This Idempotency-Key was used for another request",
                    );
                    describe_idempotency_key(operation);
                }
            }
        }
    }
}
