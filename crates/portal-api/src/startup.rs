//! Building and running the server, so `main` and the tests start it the same way.

use std::{
    fmt,
    net::{IpAddr, SocketAddr},
    sync::Arc,
};

use axum::{
    Json, Router,
    extract::Request,
    http::{HeaderValue, header},
    middleware,
    routing::get,
};
use tokio::net::TcpListener;
use tower_http::{
    set_header::SetResponseHeaderLayer,
    trace::{DefaultOnResponse, TraceLayer},
};
use tracing::Level;

use crate::{
    audit_checkpoint::Checkpoints,
    clock::Clock,
    config::Config,
    database::{Database, DatabaseError},
    demo_seed, error_language, json_errors,
    outbox::Outbox,
    passwords::HashingSlots,
    routes, same_origin, security_headers, static_site,
};

#[derive(Clone)]
pub struct AppState {
    pub db: Database,
    pub clock: Clock,
    pub hashing: HashingSlots,
    /// Proxies whose `X-Forwarded-For` names the client (see `client_address`).
    pub trusted_proxies: Arc<[IpAddr]>,
    pub audit_checkpoints: Arc<Checkpoints>,
    pub outbox: Outbox,
}

/// Method and path only: query strings can carry tokens, and they must never reach a log.
fn request_span(request: &Request) -> tracing::Span {
    tracing::info_span!("request", method = %request.method(), path = %request.uri().path())
}

/// The whole HTTP surface: the API under `/api/` (with its contract at
/// `/api/openapi.json`), the web app everywhere else.
pub fn app(state: AppState, config: &Config) -> Router {
    let dist = config.dist.as_path();
    let (api, openapi) = routes::api(config.demo);
    let api = api
        .route(
            "/openapi.json",
            get(move || async move { Json(openapi.clone()) }),
        )
        .fallback(routes::unknown_endpoint)
        .layer(middleware::from_fn(same_origin::refuse_other_sites))
        // Outside `same_origin`, whose refusal is an `ApiError` too.
        .layer(middleware::from_fn(
            error_language::answer_in_request_language,
        ))
        .layer(middleware::from_fn(json_errors::always_json))
        // Answers carry personal data: no browser or proxy cache may keep them (a shared
        // computer at a library or a shelter).
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    Router::new()
        .nest("/api", api)
        // `nest` leaves the bare "/api/" to the web app; it is an API address too.
        .route("/api/", axum::routing::any(routes::unknown_endpoint))
        .merge(static_site::router(dist, config.public_origin.clone()))
        .layer(middleware::from_fn_with_state(
            security_headers::content_security_policy(dist),
            security_headers::add,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .with_state(state)
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
}

impl Application {
    pub async fn build(config: &Config) -> Result<Application, StartupError> {
        // Here, not in `build_with_clock`: the API tests start servers without an origin.
        if config.public_origin.is_none() && !config.demo {
            tracing::warn!(
                "--public-origin is not set: each page names its other languages at http:// and \
                 the request's Host, which is wrong behind a proxy that ends HTTPS (README: several instances, step 5)"
            );
        }
        Application::build_with_clock(config, Clock::default()).await
    }

    pub async fn build_with_clock(
        config: &Config,
        clock: Clock,
    ) -> Result<Application, StartupError> {
        let db = Database::open(&config.database_url)
            .await
            .map_err(StartupError::Database)?;
        let outbox = Outbox::new(config.demo);
        if config.demo {
            match demo_seed::seed_if_empty(&db, &outbox, clock.now())
                .await
                .map_err(|e| StartupError::Seed(e.to_string()))?
            {
                Some(accounts) => {
                    println!(
                        "portal-api: demo data created. Every email account's password is {}",
                        demo_seed::PASSWORD
                    );
                    for account in accounts {
                        println!("  {:<32} {}", account.role, account.sign_in);
                    }
                }
                None => println!(
                    "portal-api: demo mode on existing data; the demo accounts are listed in \
                     README.md (password {})",
                    demo_seed::PASSWORD
                ),
            }
        }
        let listener =
            TcpListener::bind(config.addr)
                .await
                .map_err(|source| StartupError::Bind {
                    addr: config.addr,
                    source,
                })?;
        let audit_checkpoints = Arc::new(
            config
                .audit_checkpoints()
                .map_err(|e| StartupError::Checkpoint(e.to_string()))?,
        );
        audit_checkpoints.clone().keep(db.clone());
        let state = AppState {
            db,
            clock,
            audit_checkpoints,
            outbox,
            hashing: HashingSlots::new(config.password_hashes_at_once()),
            trusted_proxies: config.trusted_proxies.clone().into(),
        };
        crate::housekeeping::keep(state.clone());
        let router = app(state.clone(), config);
        Ok(Application {
            listener,
            router,
            state,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    pub fn state(&self) -> AppState {
        self.state.clone()
    }

    /// Serves until Ctrl-C or SIGTERM, then lets requests in flight finish.
    pub async fn run_until_stopped(self) -> Result<(), StartupError> {
        axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
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
    Seed(String),
    Checkpoint(String),
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
            StartupError::Seed(error) => write!(f, "cannot create the demo data: {error}"),
            StartupError::Checkpoint(error) => error.fmt(f),
            StartupError::Bind { addr, source } => write!(
                f,
                "cannot listen on {addr} ({source}); stop whatever uses that port or pass --addr 127.0.0.1:<another port>"
            ),
            StartupError::Serve(source) => write!(f, "the server stopped with an error: {source}"),
        }
    }
}

impl std::error::Error for StartupError {}
