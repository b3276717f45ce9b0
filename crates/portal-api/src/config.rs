//! Command line and environment: every option can be given either way, and `--help` lists
//! them all.

use std::{
    net::{IpAddr, SocketAddr},
    path::PathBuf,
};

use clap::{Parser, Subcommand};

#[derive(Clone, Debug, Parser)]
#[command(
    name = "portal-api",
    version,
    about = "Reference portal API for eservice-navigator; also serves the built web app.",
    long_about = "Reference portal API for eservice-navigator. It serves the web app from --dist \
                  (each page's address answered with its section's HTML) and the JSON API under /api/ \
                  (contract: GET /api/openapi.json). This is an independent demonstration server, not a \
                  government system.",
    after_long_help = "Environment: every option above can also be set by the variable shown. \
                       RUST_LOG selects the request log on stderr (default \
                       `portal_api=info,tower_http=info,warn`). To run several portal-api processes \
                       on one database, use PostgreSQL: SQLite takes one writer at a time."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub config: Config,
}

#[derive(Clone, Debug, Subcommand)]
pub enum Command {
    /// Serve the API and the web app (the default).
    Serve,
    /// Check the audit trail's hash chain; name the first altered entry and exit 1 if any.
    VerifyAudit,
    /// Print how many rows each table holds (for operators and the load benchmark).
    Stats,
}

#[derive(Clone, Debug, clap::Args)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "PORTAL_ADDR",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub addr: SocketAddr,

    /// Database to use: `sqlite://PATH` (created on first start, with its folder) or
    /// `postgres://USER:PASSWORD@HOST/DB`. The schema is created or updated at start.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/portal.db",
        global = true
    )]
    pub database_url: String,

    /// Folder holding the built web app (`cargo xtask build`). Pages are not served when it
    /// is missing; the API still is.
    #[arg(long, env = "PORTAL_DIST", default_value = "dist", global = true)]
    pub dist: PathBuf,

    /// Demo mode: on an empty database, create demo schools, accounts and appointment times
    /// (printed at start), and show the mail the portal would send at /api/demo/outbox.
    /// Never use with real data.
    #[arg(long, env = "PORTAL_DEMO", global = true)]
    pub demo: bool,

    /// Where the audit trail's newest entry is checkpointed every second, outside the
    /// database (`verify-audit` then finds entries cut off the end). Default: beside the
    /// SQLite file (`<file>.audit-checkpoint`), or `data/audit-checkpoint-<database>` for
    /// PostgreSQL. Its HMAC key is PORTAL_AUDIT_KEY (64 hex digits) or, when unset, a key
    /// file created beside it (`<checkpoint>.key`).
    #[arg(long, env = "PORTAL_AUDIT_CHECKPOINT", global = true)]
    pub audit_checkpoint: Option<PathBuf>,

    /// Addresses of the load balancers or reverse proxies in front of this server, comma
    /// separated. Only requests from them may name the client in `X-Forwarded-For`; sign-in
    /// throttling counts per client address. Default: none (the connection's address counts).
    #[arg(
        long,
        env = "PORTAL_TRUSTED_PROXIES",
        value_delimiter = ',',
        global = true
    )]
    pub trusted_proxies: Vec<IpAddr>,

    /// The address people reach this server at (`https://navigator.example.org`), for the
    /// absolute links each page gives to itself in the other languages (`hreflang`, in the
    /// `Link` header). Default: `http://` and the request's `Host`.
    #[arg(long, env = "PORTAL_PUBLIC_ORIGIN", global = true,
          value_parser = crate::language_alternates::parse_origin)]
    pub public_origin: Option<String>,

    /// How many password hashes (Argon2id, 19 MiB each) may run at once; sign-ins beyond
    /// wait up to 2 s, then get 503. Default: the number of cores.
    #[arg(long, env = "PORTAL_PASSWORD_HASHES_AT_ONCE", global = true)]
    pub password_hashes_at_once: Option<usize>,
}

impl Config {
    /// Which database engine the URL names, for start-up messages (never the URL itself:
    /// it may hold a password).
    pub fn password_hashes_at_once(&self) -> usize {
        self.password_hashes_at_once.unwrap_or_else(|| {
            std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get)
        })
    }

    pub fn audit_checkpoints(
        &self,
    ) -> Result<crate::audit_checkpoint::Checkpoints, crate::audit_checkpoint::CheckpointError>
    {
        let key = std::env::var("PORTAL_AUDIT_KEY").ok();
        crate::audit_checkpoint::Checkpoints::open(&self.audit_checkpoint_path(), key.as_deref())
    }

    pub fn audit_checkpoint_path(&self) -> PathBuf {
        if let Some(path) = &self.audit_checkpoint {
            return path.clone();
        }
        match self.database_url.strip_prefix("sqlite://") {
            Some(file) => [file.split('?').next().unwrap_or(file), ".audit-checkpoint"]
                .concat()
                .into(),
            None => {
                let database = self.database_url.rsplit('/').next().unwrap_or_default();
                let database = database.split('?').next().unwrap_or_default();
                ["data/audit-checkpoint-", database].concat().into()
            }
        }
    }

    pub fn database_kind(&self) -> &'static str {
        if self.database_url.starts_with("postgres") {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    }
}
