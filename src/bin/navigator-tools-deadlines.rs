//! The bundle of one tool: the deadline calculator.
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Tool(navigator_domain::Tool::Deadlines),
        eservice_navigator::bundles::tool_deadlines,
    );
}
