//! Failures below the Tencent API: the request got no usable answer. Sorted into a small closed set of
//! kinds, each saying whether the request could have reached the server, because that decides whether
//! the standby host may be tried (only when nothing was sent) and how the pipeline reads the outcome.
//!
//! Also the DNS resolver the client uses, so a failed lookup is recognisable by type rather than by
//! the text of some library's error.
//!
//! Deliberately NOT here: retrying. A transport failure is reported once; the pipeline decides.

use std::error::Error as StdError;
use std::fmt;
use std::io;
use std::net::SocketAddr;

use serde::Serialize;
use ts_rs::TS;

/// Why a request got no usable answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum TransportKind {
    /// Nothing listens on the port (e.g. the emulator is not running).
    ConnectionRefused,
    /// The host name did not resolve.
    Dns,
    /// The TCP connection could not be opened in time.
    ConnectTimeout,
    /// The TLS handshake failed (bad certificate, not a TLS server, interception).
    Tls,
    /// Any other failure while opening the connection (network unreachable, reset during connect).
    Connect,
    /// The request went out but no complete answer came back in time.
    Timeout,
    /// The connection broke after the request went out (reset, closed without an answer).
    ConnectionLost,
    /// An HTTP status other than 200 (Tencent answers 200 to everything it processes; 502 is a gateway).
    HttpStatus,
    /// The body was not a Tencent result (not JSON, no ErrorCode, or longer than any Tencent answer).
    BadResponse,
    /// Anything else; assumed to possibly have been delivered.
    Other,
}

impl TransportKind {
    /// This kind's name in the catalogue's `transport-<name>` messages.
    pub fn catalogue_name(self) -> &'static str {
        match self {
            Self::ConnectionRefused => "connection-refused",
            Self::Dns => "dns",
            Self::ConnectTimeout => "connect-timeout",
            Self::Tls => "tls",
            Self::Connect => "connect",
            Self::Timeout => "timeout",
            Self::ConnectionLost => "connection-lost",
            Self::HttpStatus => "http-status",
            Self::BadResponse => "bad-response",
            Self::Other => "other",
        }
    }

    pub const ALL: [TransportKind; 10] = [
        Self::ConnectionRefused,
        Self::Dns,
        Self::ConnectTimeout,
        Self::Tls,
        Self::Connect,
        Self::Timeout,
        Self::ConnectionLost,
        Self::HttpStatus,
        Self::BadResponse,
        Self::Other,
    ];

    /// True when the failure happened before any request byte could reach the server: DNS, TCP connect
    /// and the TLS handshake all precede the HTTP request. Only these may move on to the standby host,
    /// and only these mean "certainly not delivered".
    pub const fn before_send(self) -> bool {
        matches!(
            self,
            Self::ConnectionRefused | Self::Dns | Self::ConnectTimeout | Self::Tls | Self::Connect
        )
    }

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::ConnectionRefused => "connection refused",
            Self::Dns => "DNS lookup failed",
            Self::ConnectTimeout => "connect timeout",
            Self::Tls => "TLS handshake failed",
            Self::Connect => "connect failed",
            Self::Timeout => "timed out waiting for the answer",
            Self::ConnectionLost => "connection lost",
            Self::HttpStatus => "HTTP error status",
            Self::BadResponse => "unreadable answer",
            Self::Other => "request failed",
        }
    }
}

impl fmt::Display for TransportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One transport failure, with a description safe to show and log (no URL, no UserSig).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct TransportFailure {
    pub kind: TransportKind,
    /// The HTTP status, for [`TransportKind::HttpStatus`] and [`TransportKind::BadResponse`].
    pub http_status: Option<u16>,
    pub message: String,
}

impl TransportFailure {
    /// Whether the server may have received (and acted on) the request.
    pub fn may_have_been_delivered(&self) -> bool {
        !self.kind.before_send()
    }

    pub(crate) fn new(kind: TransportKind, http_status: Option<u16>, message: String) -> Self {
        Self {
            kind,
            http_status,
            message,
        }
    }

    /// Classifies a reqwest error. The URL (which carries the UserSig) is stripped first, and any
    /// `secrets` that still show up in the error chain are redacted.
    pub(crate) fn from_reqwest(err: reqwest::Error, secrets: &[&str]) -> Self {
        let err = err.without_url();
        let kind = classify(&err);
        let status = err.status().map(|s| s.as_u16());
        Self::new(kind, status, redact(&describe(&err), secrets))
    }
}

/// Every error in the chain, including the error wrapped inside an `io::Error`: `io::Error::source()`
/// skips the wrapped error itself (it returns the wrapped error's source), so it is peeked at here.
fn chain<'a>(err: &'a (dyn StdError + 'static)) -> Vec<&'a (dyn StdError + 'static)> {
    let mut out = Vec::new();
    let mut cur = Some(err);
    while let Some(e) = cur {
        out.push(e);
        cur = match e.downcast_ref::<io::Error>().and_then(|io| io.get_ref()) {
            // The wrapped error's own source is what `io::Error::source()` would have returned.
            Some(inner) => Some(inner),
            None => e.source(),
        };
    }
    out
}

fn classify(err: &reqwest::Error) -> TransportKind {
    let (mut dns, mut refused, mut tls, mut lost) = (false, false, false, false);
    for e in chain(err) {
        dns |= e.is::<DnsFailure>();
        tls |= e.is::<rustls::Error>();
        if let Some(io) = e.downcast_ref::<io::Error>() {
            use io::ErrorKind as K;
            refused |= io.kind() == K::ConnectionRefused;
            lost |= matches!(
                io.kind(),
                K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe | K::UnexpectedEof
            );
        }
        if let Some(h) = e.downcast_ref::<hyper::Error>() {
            lost |= h.is_incomplete_message() || h.is_closed() || h.is_canceled();
        }
    }
    if err.is_connect() {
        // Order matters: a TLS failure may also surface as a reset, a DNS failure never as a refusal.
        if dns {
            TransportKind::Dns
        } else if err.is_timeout() {
            TransportKind::ConnectTimeout
        } else if refused {
            TransportKind::ConnectionRefused
        } else if tls {
            TransportKind::Tls
        } else {
            TransportKind::Connect
        }
    } else if err.is_timeout() {
        TransportKind::Timeout
    } else if lost || err.is_request() || err.is_body() {
        TransportKind::ConnectionLost
    } else if err.is_decode() {
        TransportKind::BadResponse
    } else {
        TransportKind::Other
    }
}

/// The error chain as one line, each distinct message once.
fn describe(err: &reqwest::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cur: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = cur {
        let text = e.to_string();
        if parts.last().is_none_or(|last| !last.contains(&text)) {
            parts.push(text);
        }
        cur = e.source();
    }
    parts.join(": ")
}

/// Replaces every non-empty secret in `text` with `<redacted>`.
pub(crate) fn redact(text: &str, secrets: &[&str]) -> String {
    let mut out = text.to_owned();
    for secret in secrets.iter().filter(|s| !s.is_empty()) {
        if out.contains(secret) {
            out = out.replace(secret, "<redacted>");
        }
    }
    out
}

/// A failed DNS lookup, as a type the classifier can find in reqwest's error chain.
#[derive(Debug)]
pub(crate) struct DnsFailure {
    host: String,
    source: Option<io::Error>,
}

impl fmt::Display for DnsFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not resolve {}", self.host)
    }
}

impl StdError for DnsFailure {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source.as_ref().map(|e| e as _)
    }
}

/// The system resolver (getaddrinfo on a blocking thread, as reqwest's default does), with failures
/// typed as [`DnsFailure`].
#[derive(Debug, Default)]
pub(crate) struct Resolver;

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let fail = |host: String, source| -> Box<dyn StdError + Send + Sync> {
                Box::new(DnsFailure { host, source })
            };
            // RFC 6761: names under `.invalid` never resolve. Answering locally is correct and keeps
            // tests that need a DNS failure off the network.
            let lower = host.trim_end_matches('.').to_ascii_lowercase();
            if lower == "invalid" || lower.ends_with(".invalid") {
                return Err(fail(host, None));
            }
            let looked_up: io::Result<Vec<SocketAddr>> =
                tokio::net::lookup_host((host.as_str(), 0))
                    .await
                    .map(Iterator::collect);
            match looked_up {
                Ok(addrs) if !addrs.is_empty() => {
                    Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
                }
                Ok(_) => Err(fail(host, None)),
                Err(e) => Err(fail(host, Some(e))),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pre_send_kinds_allow_fallback() {
        let before: Vec<_> = TransportKind::ALL
            .into_iter()
            .filter(|k| k.before_send())
            .collect();
        assert_eq!(
            before,
            [
                TransportKind::ConnectionRefused,
                TransportKind::Dns,
                TransportKind::ConnectTimeout,
                TransportKind::Tls,
                TransportKind::Connect
            ]
        );
    }

    #[test]
    fn redact_removes_every_occurrence() {
        assert_eq!(
            redact("a SIG b SIG c KEY", &["SIG", "KEY", ""]),
            "a <redacted> b <redacted> c <redacted>"
        );
    }

    #[test]
    fn kinds_serialize_like_error_codes() {
        assert_eq!(
            serde_json::to_string(&TransportKind::ConnectionRefused).unwrap(),
            "\"CONNECTION_REFUSED\""
        );
    }
}
