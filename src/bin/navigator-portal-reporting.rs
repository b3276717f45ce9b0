//! The "portal-reporting" bundle of the web app: reporting for people under ICE supervision (talks to the portal API).
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Portal(navigator_domain::PortalArea::Reporting),
        eservice_navigator::bundles::portal_reporting,
    );
}
