//! The portal API tested over real HTTP: one binary, a fresh server and database per test,
//! every scenario on SQLite and on PostgreSQL.

mod activation;
mod audit_trail;
mod authorization;
mod demo_endpoints;
mod health;
mod idempotency;
mod language;
mod officer_audit;
mod openapi;
mod portal_email;
mod records;
mod request_hygiene;
mod school_journeys;
mod session;
mod sign_in_attacks;
mod sign_in_page;
mod static_site;
mod supervision;
mod test_app;
