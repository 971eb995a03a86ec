//! The REST client: sends one already-validated broadcast body to Tencent (or the emulator) and says
//! what came back, in terms the pipeline, the UI and the CLI can act on.
//!
//! One logical send = one UserSig from the cache, one POST, the region's standby host only if the
//! primary could not even be connected to, and at most one re-sign-and-retry on 70001/70052.
//!
//! The client meets the network as a browser on the same computer would: certificates checked by the
//! operating system, its proxy settings followed (never for this computer's own addresses), at most
//! 64 KiB of any answer read, and the server's clock taken from every answer (see `skew`).
//!
//! Deliberately NOT here: validating or building the body (`crate::message`), pacing, backoff and the
//! 5-minute dedupe window (the pipeline), and where the secret key is stored (the keychain module).

mod codes;
mod credentials;
mod region;
mod skew;
mod transport;
mod wire;

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::{BodyExt, LengthLimitError, Limited};
use reqwest::header::{CONTENT_TYPE, HeaderValue};
use serde::{Serialize, Serializer};
use ts_rs::TS;
use url::Url;

pub use codes::{ErrorClass, Explanation, documented_codes, explain, explain_transport, lookup};
pub use credentials::{
    Credentials, DEFAULT_LIFETIME, LIFETIME_RANGE, REFRESH_MARGIN, lifetime_from_secs,
};
pub use region::{
    CustomEndpoint, Endpoint, Hosts, Region, RegionInfo, UrlProblem, check_endpoint_url,
};
pub use skew::{CLOCK_SKEW_THRESHOLD, ClockDirection, ClockSkew};

/// The oldest Chat SDKs that receive a broadcast: the Enhanced edition's native SDKs and the Web SDK
/// (docs/TENCENT-API.md, "Who receives a broadcast"). Viewers on older SDKs get nothing and nobody is
/// told, so the composer names these versions beside the preview.
pub const RECEIVING_SDK_NATIVE: &str = "6.5.2803";
pub const RECEIVING_SDK_WEB: &str = "2.21.0";
pub use transport::{TransportFailure, TransportKind};

use crate::usersig::UserSig;
use crate::{Error, Result};
use region::host_label;
pub(crate) use region::{check_url_policy, is_loopback};
use wire::{AccountCheckBody, CheckItem, Command, Envelope, RequestUrl};

/// Tencent's backend gives up after 3 s (docs/TENCENT-API.md, Request URL); the total timeout sits
/// well above it so a slow-but-successful answer is read rather than abandoned (an abandoned send is
/// "maybe delivered", the worst outcome).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Opening TCP + TLS to a healthy host takes well under a second even across an ocean; 5 s leaves
/// room for a slow network yet fails over to the standby host while the producer is still watching.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Idle keep-alive connections are dropped before common server idle limits (nginx: 75 s), so a send
/// does not race a server closing the pooled connection.
pub const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(50);

/// Most accounts one account_check may name (docs/TENCENT-API.md, Test connection).
pub const ACCOUNT_CHECK_MAX: usize = 100;

/// The most bytes of an answer that are read. Tencent's answers are small: a send's is under 200
/// bytes and an account_check of the most accounts one may name ([`ACCOUNT_CHECK_MAX`]) about 11 KiB.
/// 64 KiB is several times the largest, so no real answer comes near it, while a misbehaving proxy or
/// server that sends gigabytes (or never stops) costs this much memory and no more.
pub const MAX_ANSWER_BYTES: usize = 64 * 1024;

const USER_AGENT: &str = concat!("BroadcastDesk/", env!("CARGO_PKG_VERSION"), " (desk-core)");

/// A serialized, already-validated send_broadcast_msg body. Sent byte for byte; cloning is cheap.
#[derive(Clone, PartialEq, Eq)]
pub struct WireBody(Bytes);

impl WireBody {
    /// Wraps serialized JSON. Only a cheap sanity check (a non-empty JSON object) is made here:
    /// validation proper is the message module's job and has already happened.
    pub fn new(json: impl Into<Bytes>) -> Result<Self> {
        let bytes: Bytes = json.into();
        if bytes.trim_ascii_start().first() != Some(&b'{') {
            return Err(Error::InvalidInput {
                path: "body".into(),
                message: "the request body must be a serialized JSON object".into(),
            });
        }
        Ok(Self(bytes))
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for WireBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "WireBody({} bytes)", self.0.len())
    }
}

/// What one logical send came to. Returned as a value for every answer and every transport failure,
/// because the pipeline branches on `class` and records host, timing and attempts even when it failed;
/// `Err` from [`Client::send_broadcast`] means nothing could be attempted. [`SendOutcome::into_result`]
/// turns a failure into an [`Error`] for callers that just want `?`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SendOutcome {
    pub class: ErrorClass,
    /// Tencent's ErrorCode (0 on success); `None` when no Tencent answer came back.
    #[ts(type = "number | null")]
    pub code: Option<i64>,
    /// Tencent's ErrorInfo, or the transport failure's description.
    pub info: String,
    pub explanation: Explanation,
    /// The message's sequence number, on success.
    #[ts(type = "number | null")]
    pub msg_seq: Option<u64>,
    /// Tencent's RequestId, when the answer had one (useful for support tickets).
    pub request_id: Option<String>,
    /// Details of the failure, when `class` is `TRANSPORT`.
    pub transport: Option<TransportFailure>,
    /// `host[:port]` that gave the final answer (or failed last).
    pub host: String,
    /// Why the primary host was skipped, when the standby host was used.
    pub primary_failure: Option<TransportFailure>,
    /// True if Tencent said the UserSig expired and the send was retried with a new one.
    pub resigned: bool,
    /// HTTP requests made (1 to 4: fallback and re-sign each add at most one).
    pub http_requests: u8,
    /// Wall time of the whole logical send.
    #[serde(rename = "elapsedMs", serialize_with = "as_millis")]
    #[ts(rename = "elapsedMs", type = "number")]
    pub elapsed: Duration,
    /// The server's clock, from the `Date` header of the latest answer (error answers included);
    /// `None` when no answer came or it had no readable Date.
    #[serde(rename = "serverTimeMs", serialize_with = "as_unix_millis")]
    #[ts(rename = "serverTimeMs", type = "number | null")]
    pub server_time: Option<SystemTime>,
    /// This computer's signing clock against `server_time`: a 70001 that survives the re-sign, with
    /// a skew [worth telling](ClockSkew::worth_telling), is this computer's clock.
    pub clock_skew: Option<ClockSkew>,
}

impl SendOutcome {
    pub fn is_ok(&self) -> bool {
        self.class == ErrorClass::Ok
    }

    /// `Ok(self)` on success; otherwise the failure as [`Error::Api`] or [`Error::Transport`].
    pub fn into_result(self) -> Result<Self> {
        match (&self.transport, self.code) {
            _ if self.is_ok() => Ok(self),
            (Some(t), _) => Err(Error::Transport {
                kind: t.kind,
                message: t.message.clone(),
            }),
            (None, code) => Err(Error::Api {
                code: code.unwrap_or_default(),
                info: self.info,
                class: self.class,
            }),
        }
    }
}

/// The result of an account_check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AccountCheck {
    pub accounts: Vec<AccountCheckItem>,
    /// `host[:port]` that answered.
    pub host: String,
    pub resigned: bool,
    /// Round trip of the HTTP request that answered.
    #[serde(rename = "roundTripMs", serialize_with = "as_millis")]
    #[ts(rename = "roundTripMs", type = "number")]
    pub round_trip: Duration,
    /// The server's clock, from the answer's `Date` header.
    #[serde(rename = "serverTimeMs", serialize_with = "as_unix_millis")]
    #[ts(rename = "serverTimeMs", type = "number | null")]
    pub server_time: Option<SystemTime>,
    /// This computer's signing clock against `server_time`. A skew
    /// [worth telling](ClockSkew::worth_telling) is worth telling even though the check passed: it
    /// will cost failed sends before Tencent says so.
    pub clock_skew: Option<ClockSkew>,
}

/// An account_check together with the server's clock, which is there on failures too (an error
/// answer is dated like any other): what "test connection" needs to name a wrong clock as the cause.
#[derive(Debug)]
pub struct ClockedCheck {
    pub result: Result<AccountCheck>,
    /// From the latest answer's `Date` header; the same as in `result` when it is `Ok`.
    pub server_time: Option<SystemTime>,
    pub clock_skew: Option<ClockSkew>,
}

/// A request as it would leave, for `bdesk send --dry-run`: never holds the UserSig.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RequestPreview {
    pub method: String,
    pub host: String,
    pub path: String,
    /// Every query parameter but `usersig` (its `random` is per request, not the body's Random).
    pub query: String,
    /// The exact body, `Random` included.
    pub body: String,
    /// The body's length in bytes (what goes on the wire; the 12,000-byte rule counts differently:
    /// see `message::counted_bytes`).
    #[ts(type = "number")]
    pub bytes: usize,
}

/// One account of an [`AccountCheck`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AccountCheckItem {
    pub user_id: String,
    pub status: AccountStatus,
    /// Tencent's per-account ResultCode (0 when the account could be checked).
    #[ts(type = "number")]
    pub result_code: i64,
    pub result_info: String,
}

/// Whether an account exists in the app (Tencent's own names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub enum AccountStatus {
    Imported,
    NotImported,
    /// Not checked (non-zero ResultCode) or a status this version does not know.
    Unknown,
}

/// The host a connection was opened to by [`Client::prewarm`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Prewarmed {
    pub host: String,
    #[serde(rename = "elapsedMs", serialize_with = "as_millis")]
    #[ts(rename = "elapsedMs", type = "number")]
    pub elapsed: Duration,
}

fn as_millis<S: Serializer>(d: &Duration, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_u64(d.as_millis().try_into().unwrap_or(u64::MAX))
}

/// Milliseconds since the Unix epoch, as JavaScript's `Date` takes them; `null` for none (and for a
/// time before the epoch, which no HTTP date can carry).
fn as_unix_millis<S: Serializer>(
    t: &Option<SystemTime>,
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    match t.and_then(|t| t.duration_since(UNIX_EPOCH).ok()) {
        Some(d) => s.serialize_u64(d.as_millis().try_into().unwrap_or(u64::MAX)),
        None => s.serialize_none(),
    }
}

/// Settings for a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    endpoint: Endpoint,
    connect_timeout: Duration,
    timeout: Duration,
}

impl ClientBuilder {
    /// Time allowed to open TCP + TLS (default [`DEFAULT_CONNECT_TIMEOUT`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Time allowed for a whole HTTP request (default [`DEFAULT_TIMEOUT`]). Tests shorten it.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub fn build(self) -> Result<Client> {
        let hosts = self.endpoint.hosts();
        // The connect phase must end before the whole-request timeout can fire: a total timeout during
        // connect would read as "timed out after sending" (maybe delivered, no standby) although
        // nothing was sent.
        let connect_timeout = if self.connect_timeout < self.timeout {
            self.connect_timeout
        } else {
            self.timeout / 2
        };
        let tls = if hosts.iter().any(|url| url.scheme() == "https") {
            Some(platform_tls()?)
        } else {
            None
        };
        // A redirect would replay the UserSig-bearing URL to another host (and turn POST into GET);
        // Tencent never redirects, so a 3xx is reported as an HTTP status failure.
        let http = |direct: bool| http_client(tls.as_ref(), direct, connect_timeout, self.timeout);
        // Proxies are chosen per host, not per endpoint: this computer's own addresses (the emulator,
        // the sandbox, a local proxy) are always reached directly — a system proxy cannot reach our
        // loopback, and tests must never leave 127.0.0.1 — while every other host follows the
        // system's proxy settings, as a browser on the same network would. reqwest reads
        // HTTP(S)_PROXY, ALL_PROXY and NO_PROXY everywhere and, with the `system-proxy` feature, the
        // macOS and Windows settings; it does not exempt loopback by itself, hence the direct client.
        // A proxy never sees a UserSig: http:// is allowed only to loopback, which is never proxied,
        // and an https:// request crosses a proxy inside a CONNECT tunnel.
        // One client (so one connection pool) per kind of host, shared when both hosts are alike.
        let (mut direct, mut proxied) = (None, None);
        let mut route = |base: &Url| -> Result<Route> {
            let loopback = is_loopback(base);
            let slot = if loopback { &mut direct } else { &mut proxied };
            let http = match slot {
                Some(http) => http,
                None => slot.insert(http(loopback)?),
            };
            Ok(Route {
                base: base.clone(),
                http: http.clone(),
            })
        };
        let primary = route(&hosts.primary)?;
        let standby = hosts.standby.as_ref().map(&mut route).transpose()?;
        Ok(Client {
            primary,
            standby,
            hosts,
            connect_timeout,
            timeout: self.timeout,
        })
    }
}

/// An HTTP client as every request of this app is made: our user agent, the system resolver with
/// typed DNS failures, no redirects followed (a caller that follows them checks each hop itself),
/// certificates checked by `tls` (from [`platform_tls`]; `None` when only http:// to loopback is
/// reached), and `direct` for this computer's own addresses, which no system proxy can reach.
pub(crate) fn http_client(
    tls: Option<&rustls::ClientConfig>,
    direct: bool,
    connect_timeout: Duration,
    timeout: Duration,
) -> Result<reqwest::Client> {
    let mut http = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .connect_timeout(connect_timeout)
        .timeout(timeout)
        .pool_idle_timeout(POOL_IDLE_TIMEOUT)
        .tcp_nodelay(true)
        .redirect(reqwest::redirect::Policy::none())
        .dns_resolver(Arc::new(transport::Resolver));
    if let Some(tls) = tls {
        http = http.use_preconfigured_tls(tls.clone());
    }
    if direct {
        http = http.no_proxy();
    }
    http.build()
        .map_err(|e| Error::Internal(format!("HTTP client setup: {e}")))
}

/// The TLS set-up for every https:// host: certificates are checked by the operating system's own
/// verifier, as a browser on that computer does, so a company network whose TLS inspection the OS
/// trusts works, and a CA the OS (or its administrator) distrusts is refused.
///
/// Why rustls-platform-verifier rather than loading the OS roots into webpki (reqwest's
/// `rustls-tls-native-roots`): on Windows and macOS it asks the OS to verify, which honours
/// enterprise policies, distrust decisions, name constraints and revocation, and on Windows also
/// fetches a root the OS has not cached yet (a fresh install does not hold every root); the rustls
/// project recommends it over rustls-native-certs. On Linux it reads the same system store
/// (`/etc/ssl/certs` via openssl-probe, or `SSL_CERT_FILE`/`SSL_CERT_DIR`) and verifies with webpki.
/// There is no switch to turn verification off, and no bundled root list to fall back on.
pub(crate) fn platform_tls() -> Result<rustls::ClientConfig> {
    use rustls_platform_verifier::BuilderVerifierExt;
    let unusable = |e: rustls::Error| Error::Transport {
        kind: TransportKind::Tls,
        message: format!(
            "this computer's trusted certificates could not be used ({e}); nothing was sent"
        ),
    };
    // The provider is named rather than taken from the process default: another crate in the app
    // enabling a second rustls provider would otherwise make the default ambiguous at run time.
    let mut tls = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(unusable)?
    .with_platform_verifier()
    .map_err(unusable)?
    .with_no_client_auth();
    // A preconfigured set-up is used as is, so the protocol is named here: HTTP/1.1 only, as the
    // client is built without HTTP/2 (see Cargo.toml).
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(tls)
}

/// A keep-alive HTTP client bound to one endpoint. Cheap to clone (the connection pool is shared);
/// keep one per profile for the app's lifetime so sends reuse warm connections.
#[derive(Clone)]
pub struct Client {
    primary: Route,
    standby: Option<Route>,
    hosts: Hosts,
    connect_timeout: Duration,
    timeout: Duration,
}

/// A host and the HTTP client that reaches it (direct for loopback, else through any system proxy).
#[derive(Clone)]
struct Route {
    base: Url,
    http: reqwest::Client,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("primary", &self.primary.base.as_str())
            .field("standby", &self.standby.as_ref().map(|r| r.base.as_str()))
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// One HTTP request's result.
struct Exchange {
    host: String,
    round_trip: Duration,
    /// Present when an answer with a readable `Date` header came back, whatever its status.
    clock: Option<ClockReading>,
    result: std::result::Result<Envelope, TransportFailure>,
}

/// The server's time from an answer, and this computer's signing clock against it.
#[derive(Debug, Clone, Copy)]
struct ClockReading {
    server: SystemTime,
    skew: ClockSkew,
}

impl Exchange {
    fn class(&self) -> ErrorClass {
        match &self.result {
            Ok(env) => explain(env.error_code.unwrap_or_default()).class,
            Err(_) => ErrorClass::Transport,
        }
    }
}

/// One HTTP request, plus the standby attempt if the primary could not be reached.
struct Attempt {
    last: Exchange,
    primary_failure: Option<TransportFailure>,
    requests: u8,
}

/// A logical call: attempts plus at most one re-sign.
struct Call {
    last: Exchange,
    primary_failure: Option<TransportFailure>,
    requests: u8,
    resigned: bool,
    /// The latest reading of the server's clock: the re-signed attempt may have got no answer at all
    /// after the first one was dated.
    clock: Option<ClockReading>,
}

impl Client {
    pub fn builder(endpoint: Endpoint) -> ClientBuilder {
        ClientBuilder {
            endpoint,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
        }
    }

    /// A client with the default timeouts.
    pub fn new(endpoint: Endpoint) -> Result<Self> {
        Self::builder(endpoint).build()
    }

    pub fn hosts(&self) -> &Hosts {
        &self.hosts
    }

    /// Opens (or refreshes) a pooled connection ahead of a send, so the click pays no DNS, TCP or TLS
    /// set-up. It sends `HEAD /`: no credentials, no body, no API command, so it cannot broadcast or
    /// count against a rate limit; whatever HTTP status comes back, the connection is then warm. Falls
    /// over to the standby host like a send would.
    pub async fn prewarm(&self) -> Result<Prewarmed> {
        let started = Instant::now();
        let mut last = None;
        for route in std::iter::once(&self.primary).chain(self.standby.as_ref()) {
            match route.http.head(route.base.clone()).send().await {
                Ok(resp) => {
                    // Read to the end so the connection goes back to the pool.
                    let _ = resp.bytes().await;
                    return Ok(Prewarmed {
                        host: host_label(&route.base),
                        elapsed: started.elapsed(),
                    });
                }
                Err(e) => {
                    let failure = TransportFailure::from_reqwest(e, &[]);
                    let before_send = failure.kind.before_send();
                    last = Some(failure);
                    if !before_send {
                        break;
                    }
                }
            }
        }
        let failure = last.expect("at least the primary host was tried");
        Err(Error::Transport {
            kind: failure.kind,
            message: failure.message,
        })
    }

    /// Sends one broadcast. At most one re-sign-and-retry (70001/70052) and at most one move to the
    /// standby host (only when the primary could not be connected to); nothing else is retried here.
    ///
    /// Every answer and transport failure comes back as `Ok(SendOutcome)`; see [`SendOutcome`].
    /// The request [`Client::send_broadcast`] would make for `body`, without making it: the URL of the
    /// primary host with every query parameter but the UserSig, and the body byte for byte.
    pub fn preview_broadcast(&self, creds: &Credentials, body: &WireBody) -> RequestPreview {
        let url = RequestUrl::new(
            &self.hosts.primary,
            Command::SendBroadcastMsg,
            creds.sdkappid(),
            creds.identifier(),
            "",
            rand::random(),
        )
        .without_usersig();
        RequestPreview {
            method: "POST".into(),
            host: url.host_str().unwrap_or_default().to_owned(),
            path: url.path().to_owned(),
            query: url.query().unwrap_or_default().to_owned(),
            body: String::from_utf8_lossy(body.as_bytes()).into_owned(),
            bytes: body.as_bytes().len(),
        }
    }

    pub async fn send_broadcast(
        &self,
        creds: &Credentials,
        body: &WireBody,
    ) -> Result<SendOutcome> {
        let started = Instant::now();
        let call = self
            .call(Command::SendBroadcastMsg, creds, body.0.clone())
            .await;
        let Call {
            last,
            primary_failure,
            requests,
            resigned,
            clock,
        } = call;
        let class = last.class();
        let (code, info, explanation, msg_seq, request_id, transport) = match last.result {
            Ok(env) => {
                let code = env.error_code.unwrap_or_default();
                (
                    Some(code),
                    env.error_info.unwrap_or_default(),
                    explain(code),
                    env.msg_seq.filter(|_| code == 0),
                    env.request_id,
                    None,
                )
            }
            Err(t) => (
                None,
                t.message.clone(),
                explain_transport(t.kind),
                None,
                None,
                Some(t),
            ),
        };
        tracing::debug!(host = %last.host, ?class, ?code, requests, resigned, "send_broadcast_msg");
        Ok(SendOutcome {
            class,
            code,
            info,
            explanation,
            msg_seq,
            request_id,
            transport,
            host: last.host,
            primary_failure,
            resigned,
            http_requests: requests,
            elapsed: started.elapsed(),
            server_time: clock.map(|c| c.server),
            clock_skew: clock.map(|c| c.skew),
        })
    }

    /// Checks whether accounts exist (docs/TENCENT-API.md, Test connection), e.g. a From_Account
    /// before a broadcast names it.
    /// Harmless, so it doubles as "test connection": success proves region, SDKAppID, admin and key.
    ///
    /// Unlike a send, a failure is an `Err` ([`Error::Api`] / [`Error::Transport`]): there is no retry
    /// state to feed, just a message to show. [`Client::account_check_clocked`] also gives the
    /// server's clock when the check failed.
    pub async fn account_check(
        &self,
        creds: &Credentials,
        user_ids: &[&str],
    ) -> Result<AccountCheck> {
        self.account_check_clocked(creds, user_ids).await.result
    }

    /// [`Client::account_check`], plus the server's clock from the answer whether or not the check
    /// passed, so a caller can blame a wrong clock before (or instead of) Tencent's 70001.
    pub async fn account_check_clocked(
        &self,
        creds: &Credentials,
        user_ids: &[&str],
    ) -> ClockedCheck {
        let unchecked = |result| ClockedCheck {
            result,
            server_time: None,
            clock_skew: None,
        };
        if user_ids.is_empty() || user_ids.len() > ACCOUNT_CHECK_MAX {
            return unchecked(Err(Error::InvalidInput {
                path: "userIds".into(),
                message: format!(
                    "check between 1 and {ACCOUNT_CHECK_MAX} accounts at a time (got {})",
                    user_ids.len()
                ),
            }));
        }
        let body = AccountCheckBody {
            check_item: user_ids
                .iter()
                .map(|&user_id| CheckItem { user_id })
                .collect(),
        };
        let body = match serde_json::to_vec(&body) {
            Ok(body) => body,
            Err(e) => {
                return unchecked(Err(Error::Internal(format!("account_check body: {e}"))));
            }
        };
        let call = self.call(Command::AccountCheck, creds, body.into()).await;
        let clock = call.clock;
        ClockedCheck {
            result: account_check_result(call),
            server_time: clock.map(|c| c.server),
            clock_skew: clock.map(|c| c.skew),
        }
    }

    /// Attempts a command; on 70001/70052 signs a new UserSig and attempts it exactly once more. The
    /// body (and so its dedupe `Random`) is the same both times, so even if the first had somehow been
    /// delivered, Tencent would drop the second.
    async fn call(&self, command: Command, creds: &Credentials, body: Bytes) -> Call {
        let first = self
            .attempt(command, creds, &creds.usersig(), body.clone())
            .await;
        if first.last.class() != ErrorClass::Resign {
            return Call {
                clock: first.last.clock,
                last: first.last,
                primary_failure: first.primary_failure,
                requests: first.requests,
                resigned: false,
            };
        }
        let second = self.attempt(command, creds, &creds.resign(), body).await;
        Call {
            clock: second.last.clock.or(first.last.clock),
            last: second.last,
            primary_failure: second.primary_failure,
            requests: first.requests + second.requests,
            resigned: true,
        }
    }

    /// One request to the primary host, then to the standby host only if the primary failed before
    /// anything was sent (DNS, refused, connect timeout, TLS): that is what the standby hosts exist
    /// for (DNS hijacking, outages). Never after an API answer — the standby is the same service and
    /// would say the same — and never after a read timeout or a dropped connection: the request may
    /// have been delivered, and resending it is the pipeline's decision, made with the same Random so
    /// Tencent can drop a duplicate, not the transport's.
    async fn attempt(
        &self,
        command: Command,
        creds: &Credentials,
        usersig: &UserSig,
        body: Bytes,
    ) -> Attempt {
        let primary = self
            .exchange(&self.primary, command, creds, usersig, body.clone())
            .await;
        match (&primary.result, &self.standby) {
            (Err(failure), Some(standby)) if failure.kind.before_send() => {
                tracing::debug!(host = %primary.host, kind = %failure.kind, "primary unreachable; trying standby");
                let failure = failure.clone();
                let last = self.exchange(standby, command, creds, usersig, body).await;
                Attempt {
                    last,
                    primary_failure: Some(failure),
                    requests: 2,
                }
            }
            _ => Attempt {
                last: primary,
                primary_failure: None,
                requests: 1,
            },
        }
    }

    /// One HTTP request, classified. Every string that leaves here has had the URL stripped and the
    /// UserSig and key redacted.
    async fn exchange(
        &self,
        route: &Route,
        command: Command,
        creds: &Credentials,
        usersig: &UserSig,
        body: Bytes,
    ) -> Exchange {
        let secrets = [usersig.expose().as_str(), creds.key().expose().as_str()];
        let url = RequestUrl::new(
            &route.base,
            command,
            creds.sdkappid(),
            creds.identifier(),
            usersig.expose(),
            rand::random::<u32>(),
        );
        let started = Instant::now();
        let (clock, result) = post(&route.http, url, body, &secrets, creds).await;
        Exchange {
            host: host_label(&route.base),
            round_trip: started.elapsed(),
            clock,
            result,
        }
    }
}

/// An account_check call's answer as the accounts it lists, or the failure as an error.
fn account_check_result(call: Call) -> Result<AccountCheck> {
    let last = call.last;
    let env = last.result.map_err(|t| Error::Transport {
        kind: t.kind,
        message: t.message,
    })?;
    let code = env.error_code.unwrap_or_default();
    if code != 0 {
        return Err(Error::Api {
            code,
            info: env.error_info.unwrap_or_default(),
            class: explain(code).class,
        });
    }
    let items = env.result_item.ok_or_else(|| Error::Transport {
        kind: TransportKind::BadResponse,
        message: "account_check succeeded but listed no accounts".into(),
    })?;
    let accounts = items
        .into_iter()
        .map(|item| AccountCheckItem {
            status: match (item.result_code, item.account_status.as_deref()) {
                (0, Some("Imported")) => AccountStatus::Imported,
                (0, Some("NotImported")) => AccountStatus::NotImported,
                _ => AccountStatus::Unknown,
            },
            user_id: item.user_id,
            result_code: item.result_code,
            result_info: item.result_info,
        })
        .collect();
    Ok(AccountCheck {
        accounts,
        host: last.host,
        resigned: call.resigned,
        round_trip: last.round_trip,
        server_time: call.clock.map(|c| c.server),
        clock_skew: call.clock.map(|c| c.skew),
    })
}

/// One POST: the server's clock if an answer came back dated, and the answer or why there is none.
async fn post(
    http: &reqwest::Client,
    url: RequestUrl,
    body: Bytes,
    secrets: &[&str],
    creds: &Credentials,
) -> (
    Option<ClockReading>,
    std::result::Result<Envelope, TransportFailure>,
) {
    let sent = http
        .post(url.into_url())
        .header(CONTENT_TYPE, HeaderValue::from_static("application/json"))
        .body(body)
        .send()
        .await;
    let resp = match sent {
        Ok(resp) => resp,
        Err(e) => return (None, Err(TransportFailure::from_reqwest(e, secrets))),
    };
    // Read as the headers arrive, against the clock that signs UserSigs: that is the skew Tencent sees.
    let clock = skew::server_time(resp.headers()).map(|server| ClockReading {
        server,
        skew: ClockSkew::between(creds.now(), server),
    });
    (clock, read_answer(resp, secrets).await)
}

/// The answer's body as a Tencent envelope, or why it is not one.
async fn read_answer(
    resp: reqwest::Response,
    secrets: &[&str],
) -> std::result::Result<Envelope, TransportFailure> {
    let status = resp.status();
    let bytes = read_capped(resp, secrets).await;
    // The status says more than whatever went wrong with an error page's body.
    if !status.is_success() {
        return Err(TransportFailure::new(
            TransportKind::HttpStatus,
            Some(status.as_u16()),
            format!("HTTP {status}"),
        ));
    }
    let bytes = bytes?;
    let mut env = wire::parse_envelope(&bytes).ok_or_else(|| {
        TransportFailure::new(
            TransportKind::BadResponse,
            Some(status.as_u16()),
            format!(
                "HTTP {status} with a {}-byte body that is not a Tencent result",
                bytes.len()
            ),
        )
    })?;
    // Tencent's text is shown and logged; make sure it cannot carry our secrets back out.
    env.error_info = env.error_info.map(|i| transport::redact(&i, secrets));
    Ok(env)
}

/// Reads an answer's body, at most [`MAX_ANSWER_BYTES`] of it. Past the cap the read stops and the
/// connection is dropped, so a proxy or server streaming without end costs 64 KiB, not the app.
///
/// An answer over the cap is [`TransportKind::BadResponse`]: no Tencent result is that long, and like
/// every failure after the request went out it leaves the outcome unknown (the request may have been
/// delivered), which is what the pipeline must assume.
async fn read_capped(
    resp: reqwest::Response,
    secrets: &[&str],
) -> std::result::Result<Bytes, TransportFailure> {
    let status = resp.status();
    match Limited::new(reqwest::Body::from(resp), MAX_ANSWER_BYTES)
        .collect()
        .await
    {
        Ok(body) => Ok(body.to_bytes()),
        Err(e) if e.is::<LengthLimitError>() => Err(TransportFailure::new(
            TransportKind::BadResponse,
            Some(status.as_u16()),
            format!(
                "HTTP {status} with an answer longer than {MAX_ANSWER_BYTES} bytes, far more than \
                 any Tencent result; reading stopped there"
            ),
        )),
        Err(e) => match e.downcast::<reqwest::Error>() {
            Ok(e) => Err(TransportFailure::from_reqwest(*e, secrets)),
            Err(e) => Err(TransportFailure::new(
                TransportKind::Other,
                Some(status.as_u16()),
                transport::redact(&e.to_string(), secrets),
            )),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_body_wants_a_json_object() {
        assert!(WireBody::new(" \n{\"Random\":1}").is_ok());
        for bad in ["", "   ", "[1]", "null"] {
            let err = WireBody::new(bad).unwrap_err();
            assert_eq!(err.code(), crate::ErrorCode::InvalidInput, "{bad:?}");
        }
        assert_eq!(
            format!("{:?}", WireBody::new("{}").unwrap()),
            "WireBody(2 bytes)"
        );
    }

    fn outcome(
        class: ErrorClass,
        code: Option<i64>,
        transport: Option<TransportFailure>,
    ) -> SendOutcome {
        SendOutcome {
            class,
            code,
            info: "info".into(),
            explanation: code.map_or(explain_transport(TransportKind::Timeout), explain),
            msg_seq: None,
            request_id: None,
            transport,
            host: "h".into(),
            primary_failure: None,
            resigned: false,
            http_requests: 1,
            elapsed: Duration::from_micros(12_345),
            server_time: Some(UNIX_EPOCH + Duration::from_millis(1_700_000_000_123)),
            clock_skew: Some(ClockSkew { offset_secs: -90 }),
        }
    }

    #[test]
    fn outcome_serializes_camel_case_with_milliseconds() {
        let json = serde_json::to_value(outcome(ErrorClass::Ok, Some(0), None)).unwrap();
        assert_eq!(json["elapsedMs"], 12);
        assert_eq!(json["class"], "OK");
        assert_eq!(json["httpRequests"], 1);
        assert!(json.get("msgSeq").is_some() && json.get("elapsed").is_none());
        assert_eq!(json["serverTimeMs"], 1_700_000_000_123_u64);
        assert_eq!(json["clockSkew"]["offsetSecs"], -90);
        let undated = SendOutcome {
            server_time: None,
            clock_skew: None,
            ..outcome(ErrorClass::Ok, Some(0), None)
        };
        let json = serde_json::to_value(undated).unwrap();
        assert!(json["serverTimeMs"].is_null() && json["clockSkew"].is_null());
    }

    #[test]
    fn into_result_maps_failures_to_their_error_codes() {
        assert!(outcome(ErrorClass::Ok, Some(0), None).into_result().is_ok());
        let api = outcome(ErrorClass::Config, Some(10007), None)
            .into_result()
            .unwrap_err();
        assert_eq!(api.code(), crate::ErrorCode::Api);
        assert!(
            api.to_string().starts_with("No permission to broadcast."),
            "{api}"
        );
        let t = TransportFailure::new(TransportKind::Timeout, None, "slow".into());
        let tr = outcome(ErrorClass::Transport, None, Some(t))
            .into_result()
            .unwrap_err();
        assert_eq!(tr.code(), crate::ErrorCode::Transport);
        assert_eq!(tr.to_string(), "timed out waiting for the answer: slow");
    }

    #[test]
    fn builder_keeps_connect_timeout_below_the_total() {
        let endpoint = Endpoint::custom("http://127.0.0.1:1", None).unwrap();
        let c = Client::builder(endpoint.clone())
            .timeout(Duration::from_secs(2))
            .build()
            .unwrap();
        assert_eq!(c.connect_timeout, Duration::from_secs(1));
        let c = Client::new(endpoint).unwrap();
        assert_eq!(
            (c.connect_timeout, c.timeout),
            (DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT)
        );
    }
}
