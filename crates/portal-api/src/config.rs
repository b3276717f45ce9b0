//! Command line and environment: every option can be given either way, and `--help` lists
//! them all.

use std::{net::SocketAddr, path::PathBuf};

use clap::Parser;

#[derive(Clone, Debug, Parser)]
#[command(
    name = "portal-api",
    version,
    about = "Reference portal API for eservice-navigator; also serves the built web app.",
    long_about = "Reference portal API for eservice-navigator. It serves the web app from --dist \
                  (with client-side routes answered by index.html) and the JSON API under /api/. \
                  This is an independent demonstration server, not a government system."
)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "PORTAL_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Database to use: `sqlite://PATH` (created on first start, with its folder) or
    /// `postgres://USER:PASSWORD@HOST/DB`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/portal.db")]
    pub database_url: String,

    /// Folder holding the built web app (`trunk build` output). Pages are not served when it
    /// is missing; the API still is.
    #[arg(long, env = "PORTAL_DIST", default_value = "dist")]
    pub dist: PathBuf,
}

impl Config {
    /// Which database engine the URL names, for start-up messages (never the URL itself:
    /// it may hold a password).
    pub fn database_kind(&self) -> &'static str {
        if self.database_url.starts_with("postgres") {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    }
}
