//! The "portal" bundle of the web app: sign-in and the forms that call the portal API.
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Portal,
        eservice_navigator::bundles::portal,
    );
}
