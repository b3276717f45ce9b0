//! Building and running the server, so `main` and the tests start it the same way.

use std::{fmt, net::SocketAddr, path::Path};

use axum::Router;
use axum::extract::Request;
use tokio::net::TcpListener;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::{
    config::Config,
    database::{self, DatabaseError, Pool},
    routes, static_site,
};

#[derive(Clone)]
pub struct AppState {
    pub pool: Pool,
}

/// The whole HTTP surface: the API under `/api/`, the web app everywhere else.
pub fn app(state: AppState, dist: &Path) -> Router {
    Router::new()
        .nest("/api", routes::api())
        // `nest` leaves the bare "/api/" to the web app; it is an API address too.
        .route("/api/", axum::routing::any(routes::unknown_endpoint))
        .merge(static_site::router(dist))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .with_state(state)
}

/// Method and path only: query strings can carry invitation tokens, and they must never
/// reach a log.
fn request_span(request: &Request) -> tracing::Span {
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
}

pub struct Application {
    listener: TcpListener,
    router: Router,
}

impl Application {
    pub async fn build(config: &Config) -> Result<Application, StartupError> {
        let pool = database::connect(&config.database_url)
            .await
            .map_err(StartupError::Database)?;
        let listener =
            TcpListener::bind(config.addr)
                .await
                .map_err(|source| StartupError::Bind {
                    addr: config.addr,
                    source,
                })?;
        let router = app(AppState { pool }, &config.dist);
        Ok(Application { listener, router })
    }

    pub fn address(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Serves until Ctrl-C or SIGTERM, then lets requests in flight finish.
    pub async fn run_until_stopped(self) -> Result<(), StartupError> {
        axum::serve(self.listener, self.router)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .map_err(StartupError::Serve)?;
        tracing::info!("stopped");
        Ok(())
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

#[derive(Debug)]
pub enum StartupError {
    Database(DatabaseError),
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    Serve(std::io::Error),
}

impl fmt::Display for StartupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartupError::Database(error) => error.fmt(f),
            StartupError::Bind { addr, source } => write!(
                f,
                "cannot listen on {addr} ({source}); stop whatever uses that port or pass \
                 --addr 127.0.0.1:<another port>"
            ),
            StartupError::Serve(source) => write!(f, "the server stopped with an error: {source}"),
        }
    }
}

impl std::error::Error for StartupError {}
