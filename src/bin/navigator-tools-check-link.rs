//! The bundle of one tool: the link checker.
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Tool(navigator_domain::Tool::CheckLink),
        eservice_navigator::bundles::tool_check_link,
    );
}
