//! A PostgreSQL server for the tests that run on PostgreSQL: `PORTAL_TEST_POSTGRES_URL` when
//! set, otherwise Debian's `postgresql` package, installed if missing and started, with a
//! `navigator` role that may create the per-test databases.

use std::process::Command;

use crate::{
    packages,
    shell::{self, say},
    workspace::Result,
};

pub const URL_VARIABLE: &str = "PORTAL_TEST_POSTGRES_URL";

pub fn ensure_test_server() -> Result<String> {
    if let Ok(url) = std::env::var(URL_VARIABLE) {
        return Ok(url);
    }
    packages::ensure(&["postgresql"], "the PostgreSQL tests")?;
    let clusters = shell::output(Command::new("pg_lsclusters").arg("--no-header"))
        .ok_or("pg_lsclusters does not run; is the postgresql package installed?")?;
    let line = clusters
        .lines()
        .next()
        .ok_or("no PostgreSQL cluster: run `pg_createcluster 15 main`")?;
    let fields: Vec<&str> = line.split_whitespace().collect();
    let (version, name, port, status) = (fields[0], fields[1], fields[2], fields[3]);
    if status != "online" {
        say(&format!(
            "starting PostgreSQL {version}/{name} on port {port}"
        ));
        shell::run(
            "pg_ctlcluster start",
            Command::new("pg_ctlcluster").args([version, name, "start"]),
        )?;
    }
    let create_role = "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'navigator') THEN \
                       CREATE ROLE navigator LOGIN PASSWORD 'navigator' CREATEDB; END IF; END $$;";
    shell::run(
        "create the navigator role",
        Command::new("runuser").args([
            "-u",
            "postgres",
            "--",
            "psql",
            "-q",
            "-p",
            port,
            "-c",
            create_role,
        ]),
    )
    .map_err(|e| {
        format!(
            "{e}; run as root, or set {URL_VARIABLE} to a server where you may create databases"
        )
    })?;
    Ok([
        "postgres://navigator:navigator@127.0.0.1:",
        port,
        "/postgres",
    ]
    .concat())
}
