//! The reference portal API of eservice-navigator. It serves the web app's files and the
//! JSON API the app's forms talk to (see `GET /api/openapi.json`).

pub mod config;
pub mod database;
mod routes;
pub mod startup;
mod static_site;
pub mod telemetry;
