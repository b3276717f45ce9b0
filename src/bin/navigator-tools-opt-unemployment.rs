//! The bundle of one tool: OPT unemployment days.
fn main() {
    eservice_navigator::start(
        navigator_domain::Bundle::Tool(navigator_domain::Tool::OptUnemployment),
        eservice_navigator::bundles::tool_opt_unemployment,
    );
}
