//! Where things are in the repository.

use std::path::{Path, PathBuf};

pub type Result<T> = std::result::Result<T, String>;

pub struct Workspace {
    pub root: PathBuf,
}

impl Workspace {
    pub fn locate() -> Result<Workspace> {
        let xtask_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
        let root = xtask_dir
            .parent()
            .ok_or("xtask is not inside the workspace")?
            .to_path_buf();
        Ok(Workspace { root })
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    pub fn dist(&self) -> PathBuf {
        self.path("dist")
    }

    pub fn node_bin(&self) -> PathBuf {
        self.path("node_modules/.bin")
    }
}
