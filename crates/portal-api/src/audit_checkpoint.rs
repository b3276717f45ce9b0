//! The audit trail's head, kept outside the database. The hash chain shows an entry that
//! was changed or removed from the middle, but not entries cut off the end, nor a wiped
//! table: whoever can write the database can write a shorter chain. So every second the
//! server writes the newest entry's sequence and hash to a file, with an HMAC whose key is
//! not in the database, and `verify-audit` requires that entry to still be there.
//! Entries newer than the last checkpoint (at most a second old) are not covered.

use std::{
    io,
    path::{Path, PathBuf},
    time::Duration,
};

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::{
    audit_head::{self, Head},
    database::Database,
};

pub struct Checkpoints {
    path: PathBuf,
    key: Vec<u8>,
}

#[derive(Debug)]
pub enum CheckpointError {
    Io(PathBuf, io::Error),
    /// The file is not one this server wrote with its key.
    Forged(PathBuf),
}

impl std::fmt::Display for CheckpointError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckpointError::Io(path, error) => {
                write!(f, "audit checkpoint {}: {error}", path.display())
            }
            CheckpointError::Forged(path) => write!(
                f,
                "audit checkpoint {} does not carry this server's signature: it was altered",
                path.display()
            ),
        }
    }
}

fn key_path(checkpoint: &Path) -> PathBuf {
    let mut name = checkpoint.as_os_str().to_owned();
    name.push(".key");
    PathBuf::from(name)
}

impl Checkpoints {
    /// The checkpoint file and its key: `key_hex` (PORTAL_AUDIT_KEY) when given, else a
    /// random key kept beside the file (created on first use, readable by its owner only).
    pub fn open(path: &Path, key_hex: Option<&str>) -> Result<Checkpoints, CheckpointError> {
        let io_error = |e| CheckpointError::Io(path.to_owned(), e);
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(io_error)?;
        }
        let key = match key_hex {
            Some(hex_key) => hex::decode(hex_key.trim()).map_err(|e| {
                io_error(io::Error::new(io::ErrorKind::InvalidInput, e.to_string()))
            })?,
            None => {
                let key_file = key_path(path);
                match std::fs::read_to_string(&key_file) {
                    Ok(text) => hex::decode(text.trim()).map_err(|e| {
                        io_error(io::Error::new(io::ErrorKind::InvalidData, e.to_string()))
                    })?,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {
                        let key = crate::secrets::new_token();
                        write_private(&key_file, &key).map_err(io_error)?;
                        hex::decode(key).expect("a fresh token is hex")
                    }
                    Err(e) => return Err(io_error(e)),
                }
            }
        };
        Ok(Checkpoints {
            path: path.to_owned(),
            key,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn signature(&self, head: &Head) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key");
        mac.update(format!("{}:{}", head.sequence, head.hash).as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// The last head written, if any.
    pub fn read(&self) -> Result<Option<Head>, CheckpointError> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(CheckpointError::Io(self.path.clone(), e)),
        };
        let forged = || CheckpointError::Forged(self.path.clone());
        let mut parts = text.split_whitespace();
        let (Some(sequence), Some(hash), Some(signature)) =
            (parts.next(), parts.next(), parts.next())
        else {
            return Err(forged());
        };
        let head = Head {
            sequence: sequence.parse().map_err(|_| forged())?,
            hash: hash.to_owned(),
        };
        if self.signature(&head) != signature {
            return Err(forged());
        }
        Ok(Some(head))
    }

    /// Writes the head if it is newer than the checkpoint (several servers on one
    /// database each keep their own file; none moves it back).
    pub async fn record(&self, db: &Database) -> Result<(), String> {
        let Some(head) = audit_head::read(&db.pool)
            .await
            .map_err(|e| e.to_string())?
        else {
            return Ok(());
        };
        let newer = match self.read() {
            Ok(Some(last)) => head.sequence > last.sequence,
            _ => true,
        };
        if newer {
            let line = [
                &head.sequence.to_string(),
                " ",
                &head.hash,
                " ",
                &self.signature(&head),
                "\n",
            ]
            .concat();
            write_private(&self.path, &line).map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Checkpoints every second until the server stops.
    pub fn keep(self: std::sync::Arc<Self>, db: Database) {
        tokio::spawn(async move {
            let mut every_second = tokio::time::interval(Duration::from_secs(1));
            loop {
                every_second.tick().await;
                if let Err(error) = self.record(&db).await {
                    tracing::error!(%error, "cannot write the audit checkpoint");
                }
            }
        });
    }
}

/// Written whole or not at all: a crash mid-write leaves the previous file.
fn write_private(path: &Path, text: &str) -> io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(".new");
    let temporary = PathBuf::from(temporary);
    std::fs::write(&temporary, text)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&temporary, std::fs::Permissions::from_mode(0o600))?;
    }
    std::fs::rename(&temporary, path)
}
