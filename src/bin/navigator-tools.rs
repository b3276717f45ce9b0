//! The "tools" bundle of the web app.
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Tools,
        eservice_navigator::bundles::tools,
    );
}
