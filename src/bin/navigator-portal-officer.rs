//! The "portal-officer" bundle of the web app: the ICE staff pages (talks to the portal API).
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Portal(navigator_domain::PortalArea::Officer),
        eservice_navigator::bundles::portal_officer,
    );
}
