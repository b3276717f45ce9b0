//! The "portal-dso" bundle of the web app: the school officials' workspace (talks to the portal API).
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Portal(navigator_domain::PortalArea::Dso),
        eservice_navigator::bundles::portal_dso,
    );
}
