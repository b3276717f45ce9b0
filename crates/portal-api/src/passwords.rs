//! Passwords, hashed with Argon2id (the argon2 crate's defaults: 19 MiB, 2 passes).

use std::{
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use argon2::{
    Argon2,
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng},
};
use tokio::sync::Semaphore;

use crate::error::ApiError;

pub fn hash(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("hashing with a fresh salt and default parameters cannot fail")
        .to_string()
}

/// Whether `password` matches `stored`. Without a stored hash (unknown account), a hash is
/// still computed, so timing does not tell which accounts exist.
pub fn verify(password: &str, stored: Option<&str>) -> bool {
    let Some(parsed) = stored.and_then(|s| PasswordHash::new(s).ok()) else {
        let _ = hash(password);
        return false;
    };
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
}

/// How many Argon2 computations may run at once. Each takes 19 MiB and a core for tens of
/// milliseconds: unbounded, 300 parallel sign-ins took 5.85 GB and starved every other
/// request. Beyond the bound, a request waits at most [`HashingSlots::WAIT`], then is
/// answered 503 with Retry-After.
#[derive(Clone)]
pub struct HashingSlots {
    slots: Arc<Semaphore>,
    size: usize,
    running: Arc<AtomicUsize>,
    most_at_once: Arc<AtomicUsize>,
}

impl HashingSlots {
    pub const WAIT: Duration = Duration::from_secs(2);

    pub fn new(size: usize) -> HashingSlots {
        let size = size.max(1);
        HashingSlots {
            slots: Arc::new(Semaphore::new(size)),
            size,
            running: Arc::default(),
            most_at_once: Arc::default(),
        }
    }

    pub fn size(&self) -> usize {
        self.size
    }

    /// The most hashes that ever ran at the same time (for tests and operators).
    pub fn most_at_once(&self) -> usize {
        self.most_at_once.load(Ordering::Relaxed)
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, ApiError> {
        let permit = tokio::time::timeout(Self::WAIT, self.slots.clone().acquire_owned())
            .await
            .map_err(|_| ApiError::Busy)?
            .map_err(ApiError::internal)?;
        let (running, most) = (self.running.clone(), self.most_at_once.clone());
        tokio::task::spawn_blocking(move || {
            let now = running.fetch_add(1, Ordering::Relaxed) + 1;
            most.fetch_max(now, Ordering::Relaxed);
            let result = work();
            running.fetch_sub(1, Ordering::Relaxed);
            drop(permit);
            result
        })
        .await
        .map_err(ApiError::internal)
    }

    pub async fn verify(&self, password: String, stored: Option<String>) -> Result<bool, ApiError> {
        self.run(move || verify(&password, stored.as_deref())).await
    }

    pub async fn hash(&self, password: String) -> Result<String, ApiError> {
        self.run(move || hash(&password)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argon2id_round_trip() {
        let stored = hash("correct horse battery");
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", Some(&stored)));
        assert!(!verify("wrong horse battery", Some(&stored)));
        assert!(!verify("anything", None));
    }
}
