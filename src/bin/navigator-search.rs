//! The bundle of the search page.
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Search,
        eservice_navigator::bundles::search,
    );
}
