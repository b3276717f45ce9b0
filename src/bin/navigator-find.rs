//! The "find" bundle of the web app.
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Find,
        eservice_navigator::bundles::find,
    );
}
