//! `cargo xtask router-graph`: writes the "Find the right place" routing graph to
//! docs/router.dot from navigator-domain's routing table (render it with
//! `dot -Tsvg docs/router.dot`).

use crate::{
    shell::say,
    workspace::{Result, Workspace},
};

pub fn write(ws: &Workspace) -> Result<()> {
    let path = ws.path("docs/router.dot");
    let graph = navigator_domain::routing::dot();
    let unchanged = std::fs::read_to_string(&path).is_ok_and(|old| old == graph);
    if unchanged {
        say("docs/router.dot is already current");
        return Ok(());
    }
    std::fs::write(&path, graph).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    say("wrote docs/router.dot");
    Ok(())
}
