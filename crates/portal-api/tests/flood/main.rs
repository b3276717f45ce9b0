//! A sign-in flood in a test binary of its own: it measures the peak memory of the whole
//! process, which the other API tests running beside it would distort.

#[path = "../api/test_app.rs"]
#[allow(dead_code)]
mod test_app;

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use test_app::{Engine, count_status, from_address, wrong_password};

/// 300 anonymous sign-ins at once from 300 addresses: password hashes run a few at a time,
/// memory stays bounded and the server keeps answering.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_parallel_sign_ins_cannot_exhaust_the_server() {
    let app = test_app::spawn_with(Engine::Sqlite, |config| {
        config.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
        config.password_hashes_at_once = Some(2);
    })
    .await;
    let health = async {
        let mut slowest = Duration::ZERO;
        for _ in 0..20 {
            let started = Instant::now();
            let answer = app.client.get(app.url("/api/health")).send().await.unwrap();
            assert!(answer.status().is_success());
            slowest = slowest.max(started.elapsed());
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        slowest
    };
    let flood = app.sign_ins_at_once(
        (0..300)
            .map(|n| {
                let address = format!("198.51.{}.{}", n / 250, n % 250 + 1);
                (
                    wrong_password(&format!("nobody{n}@example.org")),
                    from_address(&address),
                )
            })
            .collect(),
    );
    let (statuses, slowest) = tokio::join!(flood, health);
    assert!(
        slowest < Duration::from_secs(1),
        "/api/health took {slowest:?} during the flood"
    );
    assert!(app.state.hashing.most_at_once() <= 2);
    assert_eq!(
        count_status(&statuses, StatusCode::UNPROCESSABLE_ENTITY)
            + count_status(&statuses, StatusCode::SERVICE_UNAVAILABLE),
        300,
        "every attempt is checked or told to come back: {statuses:?}"
    );
    let peak_kb: u64 = std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches(" kB").trim().parse().ok())
        .unwrap();
    assert!(peak_kb < 1024 * 1024, "peak memory {peak_kb} kB");
}
