//! The network side of a probe: ranged GETs of one URL, at most [`ProbeLimits`]' bytes and requests,
//! every redirect held to the app's URL policy before it is followed.
//!
//! Why ranged GETs and no HEAD: a signed CDN or object-store link is signed for GET, so HEAD is
//! often refused where GET works; and `Range: bytes=0-N` answers the type, the total size
//! (`Content-Range`) and the first bytes in one round trip. A server that ignores Range answers 200
//! with the whole file; then the body is read up to the byte cap and the connection dropped.
//!
//! Not here: what the bytes mean (the parsers in `read`), or the overall time limit (the caller
//! wraps the whole probe in it, so partial findings survive a timeout).

use std::collections::HashMap;

use reqwest::StatusCode;
use reqwest::header::{
    ACCEPT_ENCODING, CONTENT_DISPOSITION, CONTENT_ENCODING, CONTENT_LENGTH, CONTENT_RANGE,
    CONTENT_TYPE, HeaderMap, LOCATION, RANGE,
};
use url::Url;

use super::ProbeLimits;
use super::store::{Missing, Store};
use crate::Error;
use crate::client::{
    DEFAULT_CONNECT_TIMEOUT, TransportFailure, TransportKind, UrlProblem, check_url_policy,
    http_client, is_loopback, platform_tls,
};

/// How much later than the probe's time limit a request gives up by itself.
const BACKSTOP_MARGIN: std::time::Duration = std::time::Duration::from_secs(10);

/// Why the file could not be read (further).
#[derive(Debug)]
pub(super) enum Trouble {
    /// A redirect to plain http:// on another computer.
    RedirectInsecure {
        host: String,
    },
    /// A redirect without a usable `Location`, or to a URL the policy refuses for another reason.
    RedirectInvalid {
        detail: String,
    },
    TooManyRedirects {
        max: u32,
    },
    Status(u16),
    Transport(TransportKind),
    /// The file's length changed between two requests, or a piece came back from the wrong place.
    Changed,
    /// This computer could not set up a request at all (its trusted certificates are unusable): an
    /// [`Error`], not a finding about the URL.
    Setup(Error),
}

/// What the first answer said beside the bytes.
#[derive(Debug, Default)]
pub(super) struct Answer {
    /// Without parameters, lower case.
    pub(super) content_type: Option<String>,
    pub(super) content_disposition: Option<String>,
}

/// What a request for more bytes came to.
pub(super) enum Fill {
    /// The bytes are in the store: parse again.
    Read,
    /// No more may or can be read: the cap or the request count is reached, the server does not
    /// answer ranges, or the file's length is unknown.
    Exhausted,
    Failed(Trouble),
}

pub(super) struct Fetcher<'a> {
    limits: &'a ProbeLimits,
    tls: Option<rustls::ClientConfig>,
    /// By (direct, https): one client (so one pooled connection) per kind of route.
    clients: HashMap<(bool, bool), reqwest::Client>,
    /// Where the file was, after redirects: later pieces are asked of it.
    found_at: Option<Url>,
    /// Whether the server answers ranges (it answered the first one with 206).
    ranges: bool,
    /// The size of the next piece asked for; doubles each time, so a large `moov` takes a few
    /// requests, not dozens.
    next_piece: u64,
    pub(super) requests: u32,
    pub(super) bytes_read: u64,
}

impl<'a> Fetcher<'a> {
    pub(super) fn new(limits: &'a ProbeLimits) -> Self {
        Self {
            limits,
            tls: None,
            clients: HashMap::new(),
            found_at: None,
            ranges: false,
            next_piece: limits.first_bytes.max(1) * 2,
            requests: 0,
            bytes_read: 0,
        }
    }

    fn budget(&self) -> u64 {
        self.limits.max_bytes.saturating_sub(self.bytes_read)
    }

    /// Asks for the file's first bytes, following redirects, and puts what came back in `store`.
    pub(super) async fn open(
        &mut self,
        start: &Url,
        store: &mut Store,
    ) -> std::result::Result<Answer, Trouble> {
        let first = self.limits.first_bytes.min(self.limits.max_bytes).max(1);
        let mut url = start.clone();
        let mut redirects = 0;
        loop {
            let resp = self.send(&url, 0, first - 1).await?;
            if !resp.status().is_redirection() {
                self.found_at = Some(url);
                return self.first_answer(resp, first, store).await;
            }
            let Some(location) = resp.headers().get(LOCATION) else {
                return Err(Trouble::Status(resp.status().as_u16()));
            };
            if redirects == self.limits.max_redirects {
                return Err(Trouble::TooManyRedirects {
                    max: self.limits.max_redirects,
                });
            }
            redirects += 1;
            let next = location
                .to_str()
                .ok()
                .and_then(|l| url.join(l).ok())
                .ok_or_else(|| Trouble::RedirectInvalid {
                    detail: "no usable Location".into(),
                })?;
            // Checked before anything is sent there: a hop is held to the rule the pasted URL was.
            if let Err((problem, why)) = check_url_policy(&next) {
                return Err(match problem {
                    UrlProblem::Insecure => Trouble::RedirectInsecure {
                        host: next.host_str().unwrap_or_default().to_owned(),
                    },
                    UrlProblem::Credentials | UrlProblem::Malformed => {
                        Trouble::RedirectInvalid { detail: why }
                    }
                });
            }
            url = next;
        }
    }

    async fn first_answer(
        &mut self,
        mut resp: reqwest::Response,
        first: u64,
        store: &mut Store,
    ) -> std::result::Result<Answer, Trouble> {
        let headers = resp.headers();
        let answer = Answer {
            content_type: header_text(headers, CONTENT_TYPE).and_then(|t| {
                let bare = t.split(';').next().unwrap_or_default().trim();
                (!bare.is_empty()).then(|| bare.to_ascii_lowercase())
            }),
            content_disposition: header_text(headers, CONTENT_DISPOSITION),
        };
        match resp.status() {
            StatusCode::PARTIAL_CONTENT => {
                let Some(ContentRange {
                    range: Some((0, last)),
                    total,
                }) = content_range(resp.headers())
                else {
                    return Err(Trouble::Changed);
                };
                self.ranges = true;
                if let Some(total) = total {
                    store.set_len(total);
                }
                let (bytes, _) = self.read_body(&mut resp, (last + 1).min(first)).await?;
                store.insert(0, bytes);
            }
            StatusCode::OK => {
                // The whole file is coming, whatever was asked: read what the cap allows.
                let declared = if resp.headers().contains_key(CONTENT_ENCODING) {
                    None // the length of the encoded body, not of the file
                } else {
                    header_text(resp.headers(), CONTENT_LENGTH).and_then(|l| l.parse().ok())
                };
                let (bytes, ended) = self.read_body(&mut resp, self.budget()).await?;
                let read = bytes.len() as u64;
                store.insert(0, bytes);
                match declared {
                    Some(len) => store.set_len(len),
                    None if ended => store.set_len(read),
                    None => {}
                }
            }
            // What a server says to `bytes=0-…` of an empty file.
            StatusCode::RANGE_NOT_SATISFIABLE
                if content_range(resp.headers()).and_then(|r| r.total) == Some(0) =>
            {
                store.set_len(0);
            }
            status => return Err(Trouble::Status(status.as_u16())),
        }
        Ok(answer)
    }

    /// Reads the bytes from `missing` on, if the limits and the server allow.
    pub(super) async fn fill(&mut self, store: &mut Store, missing: Missing) -> Fill {
        let (Missing::At(from), Some(url)) = (missing, self.found_at.clone()) else {
            return Fill::Exhausted;
        };
        if !self.ranges || self.requests >= self.limits.max_requests || self.budget() == 0 {
            return Fill::Exhausted;
        }
        let mut to = from.saturating_add(self.next_piece.min(self.budget()));
        if let Some(len) = store.len() {
            to = to.min(len);
        }
        if let Some(next) = store.next_piece_after(from) {
            to = to.min(next);
        }
        if to <= from {
            return Fill::Exhausted;
        }
        self.next_piece = self.next_piece.saturating_mul(2);
        let mut resp = match self.send(&url, from, to - 1).await {
            Ok(resp) => resp,
            Err(trouble) => return Fill::Failed(trouble),
        };
        if resp.status() != StatusCode::PARTIAL_CONTENT {
            return Fill::Failed(Trouble::Status(resp.status().as_u16()));
        }
        match content_range(resp.headers()) {
            Some(ContentRange {
                range: Some((start, _)),
                total,
            }) if start == from && total == store.len() => {}
            _ => return Fill::Failed(Trouble::Changed),
        }
        match self.read_body(&mut resp, to - from).await {
            Ok((bytes, _)) => {
                store.insert(from, bytes);
                Fill::Read
            }
            Err(trouble) => Fill::Failed(trouble),
        }
    }

    async fn send(
        &mut self,
        url: &Url,
        first: u64,
        last: u64,
    ) -> std::result::Result<reqwest::Response, Trouble> {
        let http = self.client(url)?;
        self.requests += 1;
        http.get(url.clone())
            .header(RANGE, format!("bytes={first}-{last}"))
            // A compressed body would hide the file's own bytes and length.
            .header(ACCEPT_ENCODING, "identity")
            .send()
            .await
            .map_err(|e| Trouble::Transport(TransportFailure::from_reqwest(e, &[]).kind))
    }

    /// A client for `url` built as the REST client's are: the OS's certificate checks, the system
    /// proxy for other computers and none for this one.
    fn client(&mut self, url: &Url) -> std::result::Result<reqwest::Client, Trouble> {
        let key = (is_loopback(url), url.scheme() == "https");
        if let Some(http) = self.clients.get(&key) {
            return Ok(http.clone());
        }
        // Only when an https:// URL is met: a loopback http:// probe works on a computer whose
        // certificate store is unusable.
        if key.1 && self.tls.is_none() {
            self.tls = Some(platform_tls().map_err(Trouble::Setup)?);
        }
        let tls = if key.1 { self.tls.as_ref() } else { None };
        let connect = DEFAULT_CONNECT_TIMEOUT.min(self.limits.time / 2);
        // The probe's own time limit cancels every request; reqwest's is only a backstop, set well
        // past it so that one limit decides, whichever future a late poll happens to look at first.
        let backstop = self.limits.time + BACKSTOP_MARGIN;
        let http = http_client(tls, key.0, connect, backstop).map_err(Trouble::Setup)?;
        self.clients.insert(key, http.clone());
        Ok(http)
    }

    /// Up to `want` bytes of the body (never past the byte cap), and whether the body ended. The
    /// response is dropped by the caller after this, closing the connection if bytes were left.
    async fn read_body(
        &mut self,
        resp: &mut reqwest::Response,
        want: u64,
    ) -> std::result::Result<(Vec<u8>, bool), Trouble> {
        let want = want.min(self.budget());
        let mut out = Vec::new();
        loop {
            if out.len() as u64 >= want {
                return Ok((out, false));
            }
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    let room = usize::try_from(want - out.len() as u64).unwrap_or(usize::MAX);
                    let take = chunk.len().min(room);
                    out.extend_from_slice(&chunk[..take]);
                    self.bytes_read += take as u64;
                }
                Ok(None) => return Ok((out, true)),
                Err(e) => {
                    return Err(Trouble::Transport(
                        TransportFailure::from_reqwest(e, &[]).kind,
                    ));
                }
            }
        }
    }
}

fn header_text(headers: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().to_owned())
}

/// `Content-Range: bytes first-last/total`, where total may be `*`; or `bytes */total` (416).
#[derive(Debug, PartialEq, Eq)]
struct ContentRange {
    range: Option<(u64, u64)>,
    total: Option<u64>,
}

// Parsed here rather than with a crate: the one header form HTTP defines for a single byte range
// (RFC 9110 §14.4) is three numbers, and the typed-header crates bring a dependency tree for it.
fn content_range(headers: &HeaderMap) -> Option<ContentRange> {
    let text = header_text(headers, CONTENT_RANGE)?;
    let rest = text.strip_prefix("bytes")?.trim_start();
    let (range, total) = rest.split_once('/')?;
    let total = match total.trim() {
        "*" => None,
        n => Some(n.parse().ok()?),
    };
    let range = match range.trim() {
        "*" => None,
        r => {
            let (first, last) = r.split_once('-')?;
            let (first, last): (u64, u64) = (first.trim().parse().ok()?, last.trim().parse().ok()?);
            if last < first || total.is_some_and(|t| last >= t) {
                return None;
            }
            Some((first, last))
        }
    };
    Some(ContentRange { range, total })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(value: &str) -> Option<ContentRange> {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_RANGE, value.parse().unwrap());
        content_range(&headers)
    }

    #[test]
    fn content_range_reads_the_three_forms() {
        assert_eq!(
            range("bytes 0-99/1000"),
            Some(ContentRange {
                range: Some((0, 99)),
                total: Some(1000)
            })
        );
        assert_eq!(
            range("bytes 5-9/*"),
            Some(ContentRange {
                range: Some((5, 9)),
                total: None
            })
        );
        assert_eq!(
            range("bytes */0"),
            Some(ContentRange {
                range: None,
                total: Some(0)
            })
        );
        for bad in [
            "bytes 9-5/10",
            "bytes 0-10/10",
            "items 0-1/2",
            "bytes 0-1",
            "bytes a-b/c",
        ] {
            assert_eq!(range(bad), None, "{bad}");
        }
    }
}
