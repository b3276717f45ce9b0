//! A small HTTP/1.1 load generator on one thread (tokio, current-thread), so that on a
//! 2-core machine it takes as little CPU from the server as it can. Every connection is
//! kept alive and finishes its last request before the run ends, so every answer is
//! counted; latencies are kept for exact percentiles.
//!
//! Two modes: closed loop (each connection sends its next request as soon as the last is
//! answered: the server's saturation throughput) and fixed rate (requests are scheduled at
//! a steady total rate, and latency is measured from the scheduled time, so a slow answer
//! also counts against the requests it delayed — no "coordinated omission").

use std::{net::SocketAddr, time::Duration};

use tokio::{
    io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
    net::TcpStream,
    time::Instant,
};

pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

pub type Connection = BufReader<TcpStream>;

pub async fn connect(address: SocketAddr) -> std::io::Result<Connection> {
    let stream = TcpStream::connect(address).await?;
    stream.set_nodelay(true)?;
    Ok(BufReader::new(stream))
}

/// Sends one request on a connection and reads the whole answer.
pub async fn exchange(connection: &mut Connection, request: &[u8]) -> std::io::Result<Answer> {
    connection.get_mut().write_all(request).await?;
    let mut status_line = String::new();
    if connection.read_line(&mut status_line).await? == 0 {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut headers = Vec::new();
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        connection.read_line(&mut line).await?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            let (name, value) = (name.trim().to_ascii_lowercase(), value.trim().to_owned());
            if name == "content-length" {
                length = value.parse().unwrap_or(0);
            }
            headers.push((name, value));
        }
    }
    let mut body = vec![0u8; length];
    connection.read_exact(&mut body).await?;
    Ok(Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// An HTTP/1.1 request with a JSON body.
pub fn request(
    method: &str,
    path: &str,
    host: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Vec<u8> {
    let mut text = [
        method,
        " ",
        path,
        " HTTP/1.1\r\nHost: ",
        host,
        "\r\nContent-Type: application/json\r\nContent-Length: ",
        &body.len().to_string(),
        "\r\n",
    ]
    .concat();
    for (name, value) in headers {
        text.push_str(&[*name, ": ", value, "\r\n"].concat());
    }
    text.push_str("\r\n");
    text.push_str(body);
    text.into_bytes()
}

/// How the requests are paced.
#[derive(Clone, Copy, Debug)]
pub enum Pace {
    /// Each connection sends again as soon as it is answered.
    ClosedLoop,
    /// This many requests per second in total, spread evenly over the connections.
    Rate(f64),
}

pub struct Plan {
    pub address: SocketAddr,
    pub connections: usize,
    pub duration: Duration,
    pub pace: Pace,
    /// An answer with this status counts as accepted.
    pub accepted_status: u16,
}

#[derive(Default)]
pub struct Report {
    pub connections: usize,
    pub duration: Duration,
    pub latencies_us: Vec<u64>,
    pub accepted: u64,
    pub refused: u64,
    pub errors: u64,
}

impl Report {
    pub fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies_us.is_empty() {
            return 0.0;
        }
        let index = ((self.latencies_us.len() as f64 - 1.0) * p).round() as usize;
        self.latencies_us[index] as f64 / 1000.0
    }

    pub fn throughput(&self) -> f64 {
        (self.accepted + self.refused) as f64 / self.duration.as_secs_f64()
    }

    fn merge(&mut self, other: Report) {
        self.latencies_us.extend(other.latencies_us);
        self.accepted += other.accepted;
        self.refused += other.refused;
        self.errors += other.errors;
    }
}

/// Runs the plan; `make_request(connection, n)` builds each request.
pub async fn run(
    plan: Plan,
    make_request: impl Fn(usize, u64) -> Vec<u8> + Clone + 'static,
) -> Report {
    let started = Instant::now();
    let deadline = started + plan.duration;
    // In fixed-rate mode each connection sends every `interval`, the connections offset
    // from each other so the total arrives evenly.
    let interval = match plan.pace {
        Pace::ClosedLoop => None,
        Pace::Rate(rate) => Some(Duration::from_secs_f64(plan.connections as f64 / rate)),
    };
    let local = tokio::task::LocalSet::new();
    let mut tasks = Vec::new();
    for connection in 0..plan.connections {
        let make_request = make_request.clone();
        let offset = interval.map(|i| i.mul_f64(connection as f64 / plan.connections as f64));
        tasks.push(local.spawn_local(async move {
            let mut report = Report::default();
            let Ok(mut stream) = connect(plan.address).await else {
                report.errors += 1;
                return report;
            };
            let mut n = 0u64;
            loop {
                let scheduled = match (interval, offset) {
                    (Some(interval), Some(offset)) => {
                        let at = started + offset + interval.mul_f64(n as f64);
                        if at < deadline {
                            tokio::time::sleep_until(at).await;
                        }
                        at
                    }
                    _ => Instant::now(),
                };
                if scheduled >= deadline {
                    break;
                }
                n += 1;
                let request = make_request(connection, n);
                match exchange(&mut stream, &request).await {
                    Ok(answer) => {
                        report
                            .latencies_us
                            .push(scheduled.elapsed().as_micros() as u64);
                        if answer.status == plan.accepted_status {
                            report.accepted += 1
                        } else {
                            report.refused += 1
                        }
                    }
                    Err(_) => {
                        report.errors += 1;
                        match connect(plan.address).await {
                            Ok(again) => stream = again,
                            Err(_) => break,
                        }
                    }
                }
            }
            report
        }));
    }
    let mut total = local
        .run_until(async move {
            let mut total = Report::default();
            for task in tasks {
                total.merge(task.await.unwrap_or_default());
            }
            total
        })
        .await;
    total.connections = plan.connections;
    total.duration = started.elapsed();
    total.latencies_us.sort_unstable();
    total
}
