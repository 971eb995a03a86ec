//! tim-emulator: a loopback server that answers like Tencent Cloud Chat's REST endpoint for
//! `send_broadcast_msg` and `account_check`, so that a client passing against it passes against Tencent.
//!
//! It verifies real UserSigs, checks URL and body the way Tencent documents them, enforces the edition's
//! rate, dedupes by Random and content for 5 minutes, and records what viewers would have received.
//! Tests can inject faults (API errors, bare HTTP statuses, delays, dropped connections) and a clock,
//! which also sets every answer's `Date` header, so a client's clock-skew check can be tested.
//!
//! Deliberately shares no code with desk-core, so a bug in the client cannot hide behind the same bug
//! in the emulator. It is NOT a general Tencent emulator: other APIs answer Tencent's "no such command",
//! there are no groups or viewers, and it listens on loopback only.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, SystemTime};

use tokio::net::TcpListener;
use tokio::sync::{broadcast, watch};
use tokio::task::JoinHandle;

mod answer;
pub mod clock;
mod limits;
mod message;
mod server;
mod service;
mod usersig;

pub use clock::{Clock, ManualClock, SystemClock};

/// How the emulated app is set up in Tencent's console.
#[derive(Clone)]
pub struct Config {
    /// The app's SDKAppID; any other answers 70020, as a wrong region's domain would.
    pub sdkappid: u64,
    /// The app's secret key, as text (the console's string).
    pub key: String,
    /// App admin accounts: only these may call the APIs.
    pub admins: Vec<String>,
    /// Imported accounts (a From_Account must be one). Admins always count as imported too.
    pub accounts: Vec<String>,
    /// Broadcasts per second per SDKAppID (see [`Edition`]); 0 refuses every broadcast with 10023.
    pub rate_per_sec: u32,
    /// The console switch "Broadcast messaging of audio-video group"; off answers 10007.
    pub broadcast_enabled: bool,
}

impl Config {
    /// Admins `["admin"]`, accounts the same, the Pro edition's 1 call/s, broadcasts on.
    pub fn new(sdkappid: u64, key: impl Into<String>) -> Self {
        let admins = vec!["admin".to_owned()];
        Self {
            sdkappid,
            key: key.into(),
            accounts: admins.clone(),
            admins,
            rate_per_sec: Edition::Pro.rate_per_sec(),
            broadcast_enabled: true,
        }
    }

    /// Sets the rate to the edition's default.
    pub fn with_edition(mut self, edition: Edition) -> Self {
        self.rate_per_sec = edition.rate_per_sec();
        self
    }
}

/// The key never appears: tests print configs, and a key in a CI log is a leaked key.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("sdkappid", &self.sdkappid)
            .field("key", &"<redacted>")
            .field("admins", &self.admins)
            .field("accounts", &self.accounts)
            .field("rate_per_sec", &self.rate_per_sec)
            .field("broadcast_enabled", &self.broadcast_enabled)
            .finish()
    }
}

/// Tencent's paid editions, which set the broadcast rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edition {
    /// 1 broadcast per second.
    Pro,
    /// 5 broadcasts per second.
    ProPlus,
    /// 5 broadcasts per second.
    Enterprise,
}

impl Edition {
    /// The edition's default broadcast rate.
    pub fn rate_per_sec(self) -> u32 {
        match self {
            Self::Pro => 1,
            Self::ProPlus | Self::Enterprise => 5,
        }
    }
}

/// A fault for the next request, injected by tests with [`Emulator::inject`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Answer HTTP 200 with `ActionStatus: FAIL` and this ErrorCode/ErrorInfo, without handling.
    Error {
        /// The ErrorCode to answer.
        code: i64,
        /// The ErrorInfo to answer.
        info: String,
    },
    /// Answer this bare HTTP status with an empty body (e.g. 502 from a proxy).
    Http(u16),
    /// Wait this long (real time), then handle the request normally.
    Delay(Duration),
    /// Reset the TCP connection without any response, before handling (nothing is delivered).
    Drop,
    /// Handle the request normally (it may deliver), then reset the connection instead of answering:
    /// the lost-response case a client's retry must survive without sending twice.
    DropAfterHandling,
}

/// A broadcast as the viewers would have received it.
#[derive(Debug, Clone, PartialEq)]
pub struct Delivered {
    /// The MsgSeq answered for it.
    pub msg_seq: u64,
    /// The body's Random.
    pub random: u32,
    /// The sender viewers see: From_Account, or the admin identifier when absent.
    pub from_account: String,
    /// MsgBody as received.
    pub msg_body: serde_json::Value,
    /// CloudCustomData as received.
    pub cloud_custom_data: Option<String>,
    /// When it was delivered, by the emulator's clock.
    pub received_at: SystemTime,
}

/// One request as the emulator saw it; never carries the usersig or the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestLog {
    /// When the request arrived, by the emulator's clock.
    pub received_at: SystemTime,
    /// HTTP method.
    pub method: String,
    /// URL path, without the query (which holds the usersig).
    pub path: String,
    /// The `identifier` query parameter, if any.
    pub identifier: Option<String>,
    /// The injected fault this request consumed.
    pub fault: Option<Fault>,
    /// What the emulator decided. With [`Fault::DropAfterHandling`] the client never saw it.
    pub outcome: Outcome,
}

/// How a request was answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A Tencent JSON answer over HTTP 200.
    Answered {
        /// 0 for OK.
        error_code: i64,
        /// The MsgSeq of a broadcast.
        msg_seq: Option<u64>,
        /// True when the broadcast was a duplicate within the dedupe window (not delivered again).
        duplicate: bool,
    },
    /// A bare HTTP status with no JSON.
    BareStatus(u16),
    /// The connection was reset without an answer.
    Dropped,
}

/// A running emulator. Dropping it stops the server too; [`Emulator::shutdown`] also waits for it.
pub struct Emulator {
    addr: SocketAddr,
    shared: Arc<server::Shared>,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl Emulator {
    /// Starts on 127.0.0.1 with a free port, on the current tokio runtime.
    pub async fn start(config: Config) -> std::io::Result<Emulator> {
        Self::start_on(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)), config).await
    }

    /// Starts on `addr`, which must be a loopback address (port 0 picks a free one).
    pub async fn start_on(addr: SocketAddr, config: Config) -> std::io::Result<Emulator> {
        Self::start_on_with_clock(addr, config, SystemClock::new()).await
    }

    /// Starts on 127.0.0.1 with a free port and the given clock (e.g. a [`ManualClock`] the test
    /// keeps a clone of, to step over dedupe, rate and expiry windows without sleeping).
    pub async fn start_with_clock(config: Config, clock: impl Clock) -> std::io::Result<Emulator> {
        Self::start_on_with_clock(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)), config, clock).await
    }

    /// Starts on a loopback `addr` with the given clock.
    pub async fn start_on_with_clock(
        addr: SocketAddr,
        config: Config,
        clock: impl Clock,
    ) -> std::io::Result<Emulator> {
        // A stand-in that accepts any signed request must never be reachable from another machine.
        if !addr.ip().is_loopback() {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "tim-emulator listens on loopback addresses only",
            ));
        }
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(server::Shared::new(service::Service::new(
            config,
            Arc::new(clock),
        )));
        let (stop, stop_rx) = watch::channel(false);
        let task = tokio::spawn(server::run(listener, shared.clone(), stop_rx));
        Ok(Emulator {
            addr,
            shared,
            stop,
            task: Some(task),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`, to use in place of `https://{region domain}`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Queues `fault` for the next `times` requests (FIFO, after faults already queued).
    pub fn inject(&self, fault: Fault, times: usize) {
        let mut faults = self
            .shared
            .faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        faults.extend(std::iter::repeat_n(fault, times));
    }

    /// Drops every injected fault not yet consumed.
    pub fn clear_faults(&self) {
        self.shared
            .faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
    }

    /// Injected faults not yet consumed.
    pub fn faults_pending(&self) -> usize {
        self.shared
            .faults
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .len()
    }

    /// Every broadcast delivered so far, in MsgSeq order.
    pub fn delivered(&self) -> Vec<Delivered> {
        self.shared.service.delivered()
    }

    /// Every HTTP request that reached the emulator, on any path, including faulted ones. Counted on
    /// arrival, before handling: a request counted here may not have been answered yet.
    pub fn requests_seen(&self) -> usize {
        self.shared.requests_seen.load(Ordering::SeqCst)
    }

    /// Flips the console's broadcast switch.
    pub fn set_broadcast_enabled(&self, on: bool) {
        self.shared.service.set_broadcast_enabled(on);
    }

    /// Changes the broadcast rate, as switching edition in the console does (0 refuses every broadcast).
    pub fn set_rate_per_sec(&self, rate: u32) {
        self.shared.service.set_rate_per_sec(rate);
    }

    /// The broadcast rate it allows now.
    pub fn current_rate_per_sec(&self) -> u32 {
        self.shared.service.rate_per_sec()
    }

    /// A live feed of deliveries from now on (lagging receivers lose the oldest, as tokio's broadcast
    /// channel does; `delivered()` keeps everything).
    pub fn subscribe(&self) -> broadcast::Receiver<Delivered> {
        self.shared.service.subscribe()
    }

    /// A live feed of every request from now on, for logs and the sandbox view.
    pub fn subscribe_requests(&self) -> broadcast::Receiver<RequestLog> {
        self.shared.log.subscribe()
    }

    /// Stops accepting, lets requests in flight finish for up to a second, then closes everything.
    pub async fn shutdown(mut self) {
        self.stop.send_replace(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.stop.send_replace(true);
    }
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("addr", &self.addr)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_defaults_and_debug_hides_the_key() {
        let c = Config::new(1_400_000_000, "super-secret-key");
        assert_eq!(c.admins, ["admin"]);
        assert_eq!(c.accounts, ["admin"]);
        assert_eq!(c.rate_per_sec, 1);
        assert!(c.broadcast_enabled);
        assert!(!format!("{c:?}").contains("super-secret-key"));
        assert_eq!(c.with_edition(Edition::Enterprise).rate_per_sec, 5);
        assert_eq!(Edition::ProPlus.rate_per_sec(), 5);
    }

    #[tokio::test]
    async fn refuses_non_loopback_addresses() {
        let addr: SocketAddr = "0.0.0.0:0".parse().unwrap();
        let err = Emulator::start_on(addr, Config::new(1, "k"))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    }
}
