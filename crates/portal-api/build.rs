//! `sqlx::migrate!` embeds `migrations/` when the crate compiles; without this a new
//! migration file would not be seen until some Rust file of the crate changed.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
