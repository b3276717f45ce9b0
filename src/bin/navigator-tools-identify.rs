//! The bundle of one tool: "What is this number?".
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Tool(navigator_domain::Tool::Identify),
        eservice_navigator::bundles::tool_identify,
    );
}
