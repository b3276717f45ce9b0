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
    // Without a checkpoint file there is nothing to compare with (and nothing to create).
    let checkpoint = if config.audit_checkpoint_path().exists() {
        config
            .audit_checkpoints()
            .and_then(|c| c.read())
            .map_err(|e| e.to_string())?
    } else {
        None
    };
    match audit::verify(&db, checkpoint.as_ref())
        .await
        .map_err(|e| e.to_string())?
    {
        Ok(count) => {
            let head = match &checkpoint {
                Some(head) => format!("up to the checkpoint at entry {}", head.sequence),
                None => format!(
                    "no checkpoint at {} to compare the newest entry with",
                    config.audit_checkpoint_path().display()
                ),
            };
            println!("audit trail intact: {count} entries, every hash and link checks out; {head}");
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
