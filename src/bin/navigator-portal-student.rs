//! The "portal-student" bundle of the web app: a student's OPT record (talks to the portal API).
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Portal(navigator_domain::PortalArea::Student),
        eservice_navigator::bundles::portal_student,
    );
}
