//! The reference portal API of eservice-navigator. It serves the web app's files and the
//! JSON API the app's forms talk to (contract: `GET /api/openapi.json`).

pub mod accounts;
pub mod audit;
pub mod audit_checkpoint;
pub mod audit_head;
mod client_address;
pub mod clock;
pub mod config;
pub mod database;
mod demo_seed;
pub mod error;
mod error_language;
pub mod housekeeping;
pub mod idempotency;
mod invitations;
mod json_errors;
mod language_alternates;
mod outbox;
mod page_number;
pub mod passwords;
mod record_write;
mod request_lang;
mod routes;
mod same_origin;
mod schools;
mod search_text;
pub mod secrets;
mod security_headers;
pub mod session;
mod sign_in_page;
pub mod startup;
mod static_site;
pub mod students;
pub mod supervision;
pub mod telemetry;
mod throttle;
mod trusted_device;
