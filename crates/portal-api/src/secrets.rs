//! Random identifiers and secrets, and how secrets are stored: only their SHA-256, so a
//! copy of the database does not hand out sessions or invitation links.

use navigator_domain::reference_number::ReferenceNumber;
use rand::{RngCore, rngs::OsRng};
use sha2::{Digest, Sha256};

fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buffer);
    hex::encode(buffer)
}

/// An opaque record id (128 bits).
pub fn new_id() -> String {
    random_hex(16)
}

/// A secret token for a cookie or a link (256 bits).
pub fn new_token() -> String {
    random_hex(32)
}

pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

pub fn new_reference() -> ReferenceNumber {
    let mut bytes = [0u8; 8];
    OsRng.fill_bytes(&mut bytes);
    ReferenceNumber::from_random(bytes)
}
