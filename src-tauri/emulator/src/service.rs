//! The emulated Tencent service: what one API call means once its bytes have arrived. URL checks,
//! UserSig verification and lockout, admin check, the broadcast switch, rate limits, body checks,
//! dedupe, MsgSeq and delivery.
//!
//! Synchronous and free of HTTP: the server module reads the request, hands over method, path, query
//! and body, and turns the result into bytes. Faults are NOT handled here; they happen before a call
//! reaches the service.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use hyper::Method;
use serde_json::{Map, Value, json};
use tokio::sync::broadcast;

use crate::answer::{self, ApiError};
use crate::clock::{self, Clock};
use crate::limits::{Dedupe, DedupeKey, FailureGuard, SlidingWindow};
use crate::message;
use crate::usersig;
use crate::{Config, Delivered};

pub(crate) const SEND_BROADCAST_PATH: &str = "/v4/group_open_http_svc/send_broadcast_msg";
pub(crate) const ACCOUNT_CHECK_PATH: &str = "/v4/im_open_login_svc/account_check";
/// The group service's other commands are real at Tencent but not emulated; asking for one is the
/// group service's "invalid command word".
const GROUP_SERVICE_PREFIX: &str = "/v4/group_open_http_svc/";

/// Documented maximum for account_check (docs/TENCENT-API.md, Rate limits).
const ACCOUNT_CHECK_PER_SEC: u32 = 100;
/// Tencent's dedupe window for the same Random and content.
const DEDUPE_WINDOW: Duration = Duration::from_secs(5 * 60);
const LOCKOUT_FAILURES: usize = 5;
const LOCKOUT_WINDOW: Duration = Duration::from_secs(60);
const LOCKOUT_FOR: Duration = Duration::from_secs(60);

/// Why the request body could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BodyProblem {
    /// Longer than the server reads.
    TooLong,
    /// The connection broke while the body was arriving.
    Unreadable,
}

/// The result of one call, with what the request log wants to know about it.
#[derive(Debug)]
pub(crate) struct Handled {
    pub(crate) result: Result<Map<String, Value>, ApiError>,
    pub(crate) msg_seq: Option<u64>,
    pub(crate) duplicate: bool,
}

impl Handled {
    fn fail(e: ApiError) -> Self {
        Self {
            result: Err(e),
            msg_seq: None,
            duplicate: false,
        }
    }
}

struct State {
    next_seq: u64,
    send_rate: SlidingWindow,
    check_rate: SlidingWindow,
    dedupe: Dedupe,
    guard: FailureGuard,
    delivered: Vec<Delivered>,
}

pub(crate) struct Service {
    config: Config,
    broadcast_enabled: AtomicBool,
    /// Starts as `config.rate_per_sec`; the console's edition can change while the app runs.
    rate_per_sec: AtomicU32,
    clock: Arc<dyn Clock>,
    state: Mutex<State>,
    feed: broadcast::Sender<Delivered>,
}

impl Service {
    pub(crate) fn new(config: Config, clock: Arc<dyn Clock>) -> Self {
        let (feed, _) = broadcast::channel(1024);
        Self {
            broadcast_enabled: AtomicBool::new(config.broadcast_enabled),
            rate_per_sec: AtomicU32::new(config.rate_per_sec),
            config,
            clock,
            state: Mutex::new(State {
                // MsgSeq doesn't start at 0 or 1 so a client can't get away with assuming it does.
                next_seq: 1001,
                send_rate: SlidingWindow::new(Duration::from_secs(1)),
                check_rate: SlidingWindow::new(Duration::from_secs(1)),
                dedupe: Dedupe::new(DEDUPE_WINDOW),
                guard: FailureGuard::new(LOCKOUT_FAILURES, LOCKOUT_WINDOW, LOCKOUT_FOR),
                delivered: Vec::new(),
            }),
            feed,
        }
    }

    pub(crate) fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }

    pub(crate) fn set_broadcast_enabled(&self, on: bool) {
        self.broadcast_enabled.store(on, Ordering::SeqCst);
    }

    pub(crate) fn set_rate_per_sec(&self, rate: u32) {
        self.rate_per_sec.store(rate, Ordering::SeqCst);
    }

    pub(crate) fn rate_per_sec(&self) -> u32 {
        self.rate_per_sec.load(Ordering::SeqCst)
    }

    pub(crate) fn delivered(&self) -> Vec<Delivered> {
        self.lock().delivered.clone()
    }

    pub(crate) fn subscribe(&self) -> broadcast::Receiver<Delivered> {
        self.feed.subscribe()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock can only come from a bug in a test's thread; the data is
        // still consistent enough to keep answering.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Answers one call.
    pub(crate) fn handle(
        &self,
        method: &Method,
        path: &str,
        query: Option<&str>,
        body: Result<&[u8], BodyProblem>,
    ) -> Handled {
        let route = match path {
            SEND_BROADCAST_PATH | ACCOUNT_CHECK_PATH => path,
            p if p.starts_with(GROUP_SERVICE_PREFIX) => {
                return Handled::fail(ApiError::new(
                    answer::INVALID_COMMAND,
                    "invalid command word for group_open_http_svc",
                ));
            }
            _ => {
                // Tencent's 60009: "request resource error, check the request URL".
                return Handled::fail(ApiError::new(
                    answer::BAD_RESOURCE,
                    "request resource error: no such service or command, check the URL",
                ));
            }
        };
        // The docs say POST only; Tencent's closest documented answer to another method is its HTTP
        // parse error (60002). What it really does on GET is undocumented; any FAIL is enough to prove
        // a client doesn't rely on GET.
        if method != Method::POST {
            return Handled::fail(ApiError::new(
                answer::BAD_URL,
                "HTTP parse error: this API accepts POST only",
            ));
        }
        let identifier = match self.authenticate(query) {
            Ok(identifier) => identifier,
            Err(e) => return Handled::fail(e),
        };
        let body = match body {
            Ok(b) => b,
            Err(BodyProblem::TooLong) => {
                return Handled::fail(ApiError::new(
                    answer::JSON_TOO_LONG,
                    "JSON request body is too long",
                ));
            }
            Err(BodyProblem::Unreadable) => {
                return Handled::fail(ApiError::new(
                    answer::BAD_JSON,
                    "request body could not be read",
                ));
            }
        };
        if route == SEND_BROADCAST_PATH {
            self.send_broadcast(&identifier, body)
        } else {
            self.account_check(body)
        }
    }

    /// URL parameters, UserSig and admin check; returns the verified identifier.
    fn authenticate(&self, query: Option<&str>) -> Result<String, ApiError> {
        let params = QueryParams::parse(query.unwrap_or(""));
        let bad_url = |info: &str| ApiError::new(answer::BAD_URL, info);
        let sdkappid = match params.get("sdkappid") {
            None | Some("") => {
                return Err(ApiError::new(
                    answer::MISSING_SDKAPPID,
                    "the URL must carry sdkappid",
                ));
            }
            Some(s) => {
                parse_digits::<u64>(s).ok_or_else(|| bad_url("sdkappid must be a number"))?
            }
        };
        match params.get("random") {
            None => return Err(bad_url("random is required in the URL")),
            Some(s) => {
                parse_digits::<u32>(s)
                    .ok_or_else(|| bad_url("random must be an integer from 0 to 4294967295"))?;
            }
        }
        if params.get("contenttype") != Some("json") {
            return Err(bad_url("contenttype=json is required in the URL"));
        }
        if sdkappid != self.config.sdkappid {
            // At Tencent an SDKAppID that exists elsewhere is unknown to this region's domain.
            return Err(ApiError::new(
                answer::SDKAPPID_NOT_FOUND,
                "sdkappid not found: check the SDKAppID and the region's domain",
            ));
        }
        let identifier = match params.get("identifier") {
            None | Some("") => {
                return Err(ApiError::new(
                    answer::BAD_ACCOUNT_IN_URL,
                    "the URL must carry identifier",
                ));
            }
            Some(s) => s.to_owned(),
        };
        let usersig = match params.get("usersig") {
            None | Some("") => {
                return Err(ApiError::new(answer::SIG_EMPTY, "usersig is empty"));
            }
            Some(s) => s,
        };
        let now = self.clock.elapsed();
        if self.lock().guard.is_locked(now) {
            return Err(ApiError::new(
                answer::SIG_LOCKED_OUT,
                "too many failed usersig verifications: retry in one minute",
            ));
        }
        let now_unix = clock::unix_secs(self.clock.now());
        if let Err(e) = usersig::verify(
            usersig,
            self.config.sdkappid,
            &identifier,
            &self.config.key,
            now_unix,
        ) {
            self.lock().guard.record_failure(now);
            return Err(ApiError::new(e.code(), e.info()));
        }
        // The REST gateway checks admin rights for every API before the service sees the call, so
        // account_check gets the same 60010 (the account service's own 70403 is never reached).
        if !self.config.admins.iter().any(|a| a == &identifier) {
            return Err(ApiError::new(
                answer::NEEDS_ADMIN,
                "this request needs an App admin identifier",
            ));
        }
        Ok(identifier)
    }

    fn account_exists(&self, account: &str) -> bool {
        // An admin account always exists at Tencent (the console creates it).
        self.config.accounts.iter().any(|a| a == account)
            || self.config.admins.iter().any(|a| a == account)
    }

    fn send_broadcast(&self, identifier: &str, body: &[u8]) -> Handled {
        if !self.broadcast_enabled.load(Ordering::SeqCst) {
            return Handled::fail(ApiError::new(
                answer::NO_PERMISSION,
                "no permission: broadcast messaging of audio-video groups is off in the console",
            ));
        }
        let now = self.clock.elapsed();
        // The call counts against the rate whatever happens to its body afterwards.
        if !self
            .lock()
            .send_rate
            .try_hit(now, self.rate_per_sec.load(Ordering::SeqCst))
        {
            return Handled::fail(ApiError::new(
                answer::SEND_TOO_OFTEN,
                "sending broadcasts too often: retry later",
            ));
        }
        let broadcast = match message::json_object(body).and_then(|map| message::broadcast(&map)) {
            Ok(b) => b,
            Err(e) => return Handled::fail(e),
        };
        if let Some(account) = &broadcast.from_account
            && !self.account_exists(account)
        {
            return Handled::fail(ApiError::new(
                answer::ACCOUNT_NOT_IMPORTED,
                format!("From_Account {account:?} has not been imported into Chat"),
            ));
        }
        let bytes = broadcast.counted_bytes();
        if bytes > message::MAX_MESSAGE_BYTES {
            return Handled::fail(ApiError::new(
                answer::MSG_TOO_LONG,
                format!(
                    "message too long: {bytes} bytes of MsgBody and CloudCustomData, at most {}",
                    message::MAX_MESSAGE_BYTES
                ),
            ));
        }
        let sender = broadcast
            .from_account
            .clone()
            .unwrap_or_else(|| identifier.to_owned());
        let key = DedupeKey {
            random: broadcast.random,
            sender: sender.clone(),
            msg_body: message::canonical(&broadcast.msg_body),
            cloud_custom_data: broadcast.cloud_custom_data.clone(),
        };
        let mut state = self.lock();
        if let Some(msg_seq) = state.dedupe.lookup(now, &key) {
            return Handled {
                result: Ok(msg_seq_answer(msg_seq)),
                msg_seq: Some(msg_seq),
                duplicate: true,
            };
        }
        let msg_seq = state.next_seq;
        state.next_seq += 1;
        state.dedupe.remember(now, key, msg_seq);
        let delivered = Delivered {
            msg_seq,
            random: broadcast.random,
            from_account: sender,
            msg_body: broadcast.msg_body,
            cloud_custom_data: broadcast.cloud_custom_data,
            received_at: self.clock.now(),
        };
        // Under the same lock as the MsgSeq, so `delivered()` and the feed are in MsgSeq order.
        state.delivered.push(delivered.clone());
        let _ = self.feed.send(delivered);
        Handled {
            result: Ok(msg_seq_answer(msg_seq)),
            msg_seq: Some(msg_seq),
            duplicate: false,
        }
    }

    fn account_check(&self, body: &[u8]) -> Handled {
        let now = self.clock.elapsed();
        if !self.lock().check_rate.try_hit(now, ACCOUNT_CHECK_PER_SEC) {
            return Handled::fail(ApiError::new(
                answer::REST_RATE,
                "REST API called too often: retry later",
            ));
        }
        let ids = match message::json_object(body).and_then(|map| message::check_items(&map)) {
            Ok(ids) => ids,
            Err(e) => return Handled::fail(e),
        };
        let items: Vec<Value> = ids
            .into_iter()
            .map(|id| {
                let status = if self.account_exists(&id) {
                    "Imported"
                } else {
                    "NotImported"
                };
                json!({"UserID": id, "ResultCode": 0, "ResultInfo": "", "AccountStatus": status})
            })
            .collect();
        let mut extra = Map::new();
        extra.insert("ResultItem".into(), Value::Array(items));
        Handled {
            result: Ok(extra),
            msg_seq: None,
            duplicate: false,
        }
    }
}

fn msg_seq_answer(msg_seq: u64) -> Map<String, Value> {
    let mut extra = Map::new();
    extra.insert("MsgSeq".into(), json!(msg_seq));
    extra
}

/// Decimal digits only: Rust's parsers would also take a leading `+`, which Tencent's URL parser has
/// no reason to.
fn parse_digits<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// URL query parameters, names and values case-sensitive; the first occurrence of a name wins.
pub(crate) struct QueryParams(Vec<(String, String)>);

impl QueryParams {
    pub(crate) fn parse(query: &str) -> Self {
        Self(
            form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_names_are_case_sensitive_and_first_wins() {
        let q = QueryParams::parse("SDKAppID=1&sdkappid=2&sdkappid=3&usersig=a*b-c_");
        assert_eq!(q.get("sdkappid"), Some("2"));
        assert_eq!(q.get("usersig"), Some("a*b-c_"));
        assert_eq!(q.get("SDKAPPID"), None);
    }

    #[test]
    fn digits_only() {
        assert_eq!(parse_digits::<u32>("4294967295"), Some(u32::MAX));
        assert_eq!(parse_digits::<u32>("4294967296"), None);
        assert_eq!(parse_digits::<u32>("+1"), None);
        assert_eq!(parse_digits::<u32>(""), None);
        assert_eq!(parse_digits::<u64>("0012"), Some(12));
    }
}
