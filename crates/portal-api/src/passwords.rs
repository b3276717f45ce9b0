//! Passwords, hashed with Argon2id (the argon2 crate's defaults: 19 MiB, 2 passes).

use argon2::{
    Argon2,
    password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng},
};

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

/// Runs the hashing off the async workers: it takes tens of milliseconds on purpose.
pub async fn verify_blocking(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || verify(&password, stored.as_deref()))
        .await
        .unwrap_or(false)
}

pub async fn hash_blocking(password: String) -> String {
    tokio::task::spawn_blocking(move || hash(&password))
        .await
        .expect("the hashing task does not panic")
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
