//! The portal API tested over real HTTP: one binary, a fresh server and database per test.

mod health;
mod static_site;
mod test_app;
