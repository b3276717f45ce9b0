use clap::Parser;
use portal_api::{
    audit,
    config::{Cli, Command, Config},
    database::Database,
    startup::Application,
    telemetry,
};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    telemetry::init();
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(cli.config).await,
        Command::VerifyAudit => verify_audit(cli.config).await,
        Command::Stats => stats(cli.config).await,
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("portal-api: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), String> {
    let application = Application::build(&config)
        .await
        .map_err(|e| e.to_string())?;
    println!(
        "portal-api: serving http://{} (database: {})",
        application.address(),
        config.database_kind()
    );
    application
        .run_until_stopped()
        .await
        .map_err(|e| e.to_string())
}

async fn verify_audit(config: Config) -> Result<(), String> {
    let db = Database::open(&config.database_url)
        .await
        .map_err(|e| e.to_string())?;
    match audit::verify(&db).await.map_err(|e| e.to_string())? {
        Ok(count) => {
            println!("audit trail intact: {count} entries, every hash and link checks out");
            Ok(())
        }
        Err(broken) => Err(format!(
            "audit trail altered at entry {}: {}",
            broken.sequence, broken.reason
        )),
    }
}

async fn stats(config: Config) -> Result<(), String> {
    use sqlx::Row;
    let db = Database::open(&config.database_url)
        .await
        .map_err(|e| e.to_string())?;
    for table in [
        "accounts",
        "students",
        "employment",
        "address_changes",
        "appointments",
        "sessions",
        "idempotency",
        "audit_log",
    ] {
        let count: i64 = sqlx::query(&["SELECT COUNT(*) AS n FROM ", table].concat())
            .fetch_one(&db.pool)
            .await
            .and_then(|row| row.try_get("n"))
            .map_err(|e| e.to_string())?;
        println!("{table} {count}");
    }
    Ok(())
}
