//! The "portal" bundle of the web app: sign-in and account set-up (talks to the portal API).
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Portal(navigator_domain::PortalArea::SignIn),
        eservice_navigator::bundles::portal_sign_in,
    );
}
