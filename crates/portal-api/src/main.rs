use clap::Parser;
use portal_api::{config::Config, startup::Application, telemetry};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let config = Config::parse();
    telemetry::init();
    match run(config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error}");
            eprintln!("portal-api: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(config: Config) -> Result<(), portal_api::startup::StartupError> {
    let application = Application::build(&config).await?;
    println!(
        "portal-api: serving http://{} (database: {})",
        application.address(),
        config.database_kind()
    );
    application.run_until_stopped().await
}
