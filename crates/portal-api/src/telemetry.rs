//! Request tracing to stderr. `RUST_LOG` selects what is shown (default: info for this
//! server, warnings for libraries).

use std::io::IsTerminal;

use tracing_subscriber::{EnvFilter, fmt};

pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("portal_api=info,tower_http=info,warn"));
    // A second initialisation (tests) is harmless; keep the first.
    let _ = fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}
