//! The address a request came from. Behind a load balancer every request arrives from the
//! balancer, so the address it appends to `X-Forwarded-For` is used instead, but only when
//! the request arrived from a proxy the operator named (`--trusted-proxies`): anyone can
//! send that header. The right-most address no trusted proxy added is the client.

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{HeaderMap, request::Parts},
};

use crate::{error::ApiError, startup::AppState};

pub struct ClientAddress(pub IpAddr);

pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted_proxies: &[IpAddr]) -> IpAddr {
    if !trusted_proxies.contains(&peer) {
        return peer;
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .filter_map(|part| part.trim().parse().ok())
        .collect();
    forwarded
        .into_iter()
        .rev()
        .find(|address| !trusted_proxies.contains(address))
        .unwrap_or(peer)
}

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(address)| address.ip())
            .ok_or_else(|| ApiError::internal("the server runs without connection info"))?;
        Ok(ClientAddress(client_address(
            peer,
            &parts.headers,
            &state.trusted_proxies,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(values: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for value in values {
            map.append("x-forwarded-for", value.parse().unwrap());
        }
        map
    }

    const PROXY: &str = "10.0.0.5";

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn a_direct_client_cannot_choose_its_address() {
        let address = client_address(ip("203.0.113.9"), &headers(&["198.51.100.1"]), &[ip(PROXY)]);
        assert_eq!(address, ip("203.0.113.9"));
    }

    #[test]
    fn behind_a_trusted_proxy_the_address_it_saw_counts() {
        let spoofed_then_real = headers(&["198.51.100.1, 203.0.113.9"]);
        assert_eq!(
            client_address(ip(PROXY), &spoofed_then_real, &[ip(PROXY)]),
            ip("203.0.113.9")
        );
        let two_proxies = headers(&["203.0.113.9", "10.0.0.6"]);
        assert_eq!(
            client_address(ip(PROXY), &two_proxies, &[ip(PROXY), ip("10.0.0.6")]),
            ip("203.0.113.9")
        );
        assert_eq!(
            client_address(ip(PROXY), &HeaderMap::new(), &[ip(PROXY)]),
            ip(PROXY)
        );
    }
}
