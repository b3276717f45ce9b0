//! The "site" bundle of the web app.
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Site,
        eservice_navigator::bundles::site,
    );
}
