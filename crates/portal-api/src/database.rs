//! The database behind the portal: SQLite in a file by default, PostgreSQL when
//! `DATABASE_URL` says so. Both go through sqlx's `Any` driver so that one set of queries
//! and migrations serves both (docs/adr/0005-sqlite-and-postgres.md).

use std::{fmt, path::Path};

use crate::audit_head::LastAppended;
use sqlx::{
    Any, AnyPool, Executor, Transaction,
    any::{AnyPoolOptions, install_default_drivers},
};

pub type Pool = AnyPool;
pub type Tx = Transaction<'static, Any>;

/// The work of a write inside its transaction: borrows the transaction, owns the rest,
/// and is `Send` so handlers can run on any worker.
pub type TxFuture<'c, T> = std::pin::Pin<
    Box<dyn std::future::Future<Output = Result<T, crate::error::ApiError>> + Send + 'c>,
>;

static MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// The pool and which engine is behind it (a few statements differ).
#[derive(Clone)]
pub struct Database {
    pub pool: Pool,
    pub engine: Engine,
    /// SQLite has one writer at a time; writers queue here, in order, instead of in
    /// SQLite's busy handler, which sleeps and retries and makes waits long and uneven.
    write_queue: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// The audit entry this process appended last, so the next is written without reading it.
    pub audit_head: LastAppended,
}

/// A write transaction, holding its place at the head of the write queue until it ends.
pub struct WriteTx {
    pub tx: Tx,
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

/// Derefs to the connection, like a transaction, so `&mut *tx` runs queries.
impl std::ops::Deref for WriteTx {
    type Target = sqlx::AnyConnection;
    fn deref(&self) -> &sqlx::AnyConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut sqlx::AnyConnection {
        &mut self.tx
    }
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

impl Database {
    /// Opens the database and brings its schema up to date.
    pub async fn open(url: &str) -> Result<Database, DatabaseError> {
        let pool = connect(url).await?;
        MIGRATIONS
            .run(&pool)
            .await
            .map_err(|e| DatabaseError::Migrate(e.to_string()))?;
        let engine = if url.starts_with("postgres") {
            Engine::Postgres
        } else {
            Engine::Sqlite
        };
        Ok(Database {
            pool,
            engine,
            write_queue: Default::default(),
            audit_head: LastAppended::default(),
        })
    }

    /// A transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so a read inside it can never be invalidated by another
    /// writer halfway; concurrent writers wait their turn (busy timeout).
    pub async fn write(&self) -> Result<WriteTx, sqlx::Error> {
        let turn = match self.engine {
            Engine::Sqlite => Some(self.write_queue.clone().lock_owned().await),
            Engine::Postgres => None,
        };
        let tx = self
            .pool
            .begin_with(match self.engine {
                Engine::Sqlite => "BEGIN IMMEDIATE",
                Engine::Postgres => "BEGIN",
            })
            .await?;
        Ok(WriteTx { tx, _turn: turn })
    }
}

#[derive(Debug)]
pub enum DatabaseError {
    CreateFolder {
        folder: String,
        source: std::io::Error,
    },
    Connect(sqlx::Error),
    Migrate(String),
}

impl fmt::Display for DatabaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseError::CreateFolder { folder, source } => {
                write!(f, "cannot create the database folder {folder}: {source}")
            }
            DatabaseError::Connect(source) => write!(
                f,
                "cannot open the database ({source}); check DATABASE_URL or --database-url"
            ),
            DatabaseError::Migrate(source) => {
                write!(f, "cannot update the database schema: {source}")
            }
        }
    }
}

impl std::error::Error for DatabaseError {}

/// Opens the database named by `url`, creating an SQLite file (and its folder) on first use.
pub async fn connect(url: &str) -> Result<Pool, DatabaseError> {
    install_default_drivers();
    let sqlite = sqlite_path(url);
    if let Some(folder) = sqlite.and_then(|path| Path::new(path).parent())
        && !folder.as_os_str().is_empty()
    {
        std::fs::create_dir_all(folder).map_err(|source| DatabaseError::CreateFolder {
            folder: folder.display().to_string(),
            source,
        })?;
    }
    let url = match sqlite {
        Some(_) if !url.contains("mode=") => {
            let separator = if url.contains('?') { '&' } else { '?' };
            format!("{url}{separator}mode=rwc")
        }
        _ => url.to_owned(),
    };
    let is_sqlite = sqlite.is_some() || url.starts_with("sqlite:");
    AnyPoolOptions::new()
        .max_connections(if is_sqlite { 8 } else { 24 })
        .after_connect(move |connection, _| {
            Box::pin(async move {
                if is_sqlite {
                    // WAL lets readers work while one writer commits; NORMAL sync is safe
                    // with WAL (a power cut may lose the last commit, never corrupt).
                    connection
                        .execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
                        )
                        .await?;
                }
                Ok(())
            })
        })
        .connect(&url)
        .await
        .map_err(DatabaseError::Connect)
}

/// Answers whether the database can run a query, for `/api/health`.
pub async fn is_reachable(pool: &Pool) -> bool {
    pool.execute("SELECT 1").await.is_ok()
}

/// The file an `sqlite:` URL names, `None` for other databases and for in-memory SQLite.
fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split('?').next().unwrap_or_default();
    (!path.is_empty() && path != ":memory:").then_some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_paths() {
        assert_eq!(
            sqlite_path("sqlite://data/portal.db"),
            Some("data/portal.db")
        );
        assert_eq!(
            sqlite_path("sqlite:data/portal.db?mode=rwc"),
            Some("data/portal.db")
        );
        assert_eq!(sqlite_path("sqlite:///tmp/x.db"), Some("/tmp/x.db"));
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://u@h/db"), None);
    }

    #[tokio::test]
    async fn creates_the_file_and_its_folder_on_first_use() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("nested/portal.db");
        let pool = connect(&format!("sqlite://{}", file.display()))
            .await
            .unwrap();
        assert!(is_reachable(&pool).await);
        assert!(file.exists());
    }
}
