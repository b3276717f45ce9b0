//! A portal-api started by an xtask command on this machine: a free port to give it, and
//! waiting until it answers its health check.

use std::{net::SocketAddr, time::Duration};

use crate::{load_generator, workspace::Result};

pub fn free_port() -> Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

pub async fn wait_for_health(address: SocketAddr) -> Result<()> {
    let request = load_generator::request("GET", "/api/health", &address.to_string(), &[], "");
    for _ in 0..150 {
        if let Ok(mut connection) = load_generator::connect(address).await
            && let Ok(answer) = load_generator::exchange(&mut connection, &request).await
            && answer.status == 200
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Err("portal-api did not become healthy in 30 s".into())
}

/// A person under supervision in the demo data (the benchmark writes as them).
pub const SUPERVISED_SIGN_IN: &str = r#"{"method":"supervision","a_number":"A012345678","subject_id":"SUB12345","date_of_birth":{"day":"12","month":"4","year":"1988"}}"#;

/// Signs in with a JSON body (`POST /api/session`): the session cookie and CSRF token.
pub async fn sign_in(address: SocketAddr, body: &str) -> Result<(String, String)> {
    let mut connection = load_generator::connect(address)
        .await
        .map_err(|e| e.to_string())?;
    let request = load_generator::request("POST", "/api/session", &address.to_string(), &[], body);
    let answer = load_generator::exchange(&mut connection, &request)
        .await
        .map_err(|e| e.to_string())?;
    if answer.status != 200 {
        return Err(format!(
            "sign-in failed ({}): {}",
            answer.status, answer.body
        ));
    }
    let cookie = answer
        .headers
        .iter()
        .find(|(n, v)| n == "set-cookie" && v.starts_with("__Host-navigator-session="))
        .and_then(|(_, v)| v.split(';').next())
        .ok_or("no session cookie")?
        .to_owned();
    let csrf = answer
        .body
        .split("\"csrf_token\":\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .ok_or("no csrf token")?
        .to_owned();
    Ok((cookie, csrf))
}
