//! Shared test helpers: a small TLSSigAPIv2 signer written from docs/TENCENT-API.md (UserSig),
//! independent of the emulator's verifier, and a harness that talks to an emulator over real loopback
//! HTTP.
#![allow(dead_code)] // each test file uses a different part of this module

use std::io::Write;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use flate2::Compression;
use flate2::write::ZlibEncoder;
use hmac::{Hmac, Mac};
use serde_json::{Value, json};
use sha2::Sha256;
use tim_emulator::{Config, Emulator, ManualClock};

/// The test vector's app and key (docs/TENCENT-API.md, UserSig; obviously a test key).
pub const APP: u64 = 1_400_000_000;
pub const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
pub const SEND: &str = "/v4/group_open_http_svc/send_broadcast_msg";
pub const CHECK: &str = "/v4/im_open_login_svc/account_check";

/// TLS.sig: base64 of HMAC-SHA256(key as text, the four lines each ending in `\n`).
pub fn tls_sig(sdkappid: u64, key: &str, identifier: &str, time: i64, expire: i64) -> String {
    let text = format!(
        "TLS.identifier:{identifier}\nTLS.sdkappid:{sdkappid}\nTLS.time:{time}\nTLS.expire:{expire}\n"
    );
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(text.as_bytes());
    STANDARD.encode(mac.finalize().into_bytes())
}

/// Packs a UserSig JSON object: zlib, base64, then `+`→`*`, `/`→`-`, `=`→`_`.
pub fn pack(json: &Value) -> String {
    let mut z = ZlibEncoder::new(Vec::new(), Compression::new(6));
    z.write_all(json.to_string().as_bytes()).unwrap();
    STANDARD
        .encode(z.finish().unwrap())
        .replace('+', "*")
        .replace('/', "-")
        .replace('=', "_")
}

/// A complete UserSig, the documented way.
pub fn sign(sdkappid: u64, key: &str, identifier: &str, time: i64, expire: i64) -> String {
    pack(&json!({
        "TLS.ver": "2.0",
        "TLS.identifier": identifier,
        "TLS.sdkappid": sdkappid,
        "TLS.expire": expire,
        "TLS.time": time,
        "TLS.sig": tls_sig(sdkappid, key, identifier, time, expire),
    }))
}

/// A one-element text MsgBody.
pub fn text_msg(text: &str) -> Value {
    json!([{"MsgType": "TIMTextElem", "MsgContent": {"Text": text}}])
}

/// An emulator with a manual clock (starting at the real wall time, so UserSigs look ordinary) and a
/// client that talks to it.
pub struct Harness {
    pub emu: Emulator,
    pub clock: ManualClock,
    pub client: reqwest::Client,
    random: AtomicU32,
}

impl Harness {
    pub async fn start(config: Config) -> Harness {
        let clock = ManualClock::starting_now();
        let emu = Emulator::start_with_clock(config, clock.clone())
            .await
            .unwrap();
        Harness {
            emu,
            clock,
            client: client(),
            random: AtomicU32::new(1),
        }
    }

    /// A config for the sanity-vector app; `rate` high enough that tests not about rate don't meet it.
    pub fn config() -> Config {
        let mut c = Config::new(APP, KEY);
        c.accounts = vec!["admin".into(), "host_anna".into()];
        c.admins = vec!["admin".into(), "ops".into()];
        c.rate_per_sec = 1000;
        c
    }

    /// A valid UserSig for `identifier` at the emulator's current time, valid for a day.
    pub fn sig(&self, identifier: &str) -> String {
        sign(APP, KEY, identifier, self.clock.unix_secs(), 86400)
    }

    /// A URL with every parameter right, for `identifier` signed with `usersig`.
    pub fn url_with(&self, path: &str, identifier: &str, usersig: &str) -> String {
        let random = self.random.fetch_add(7919, Ordering::Relaxed);
        format!(
            "{}{path}?sdkappid={APP}&identifier={identifier}&usersig={usersig}&random={random}&contenttype=json",
            self.emu.base_url()
        )
    }

    /// A correct URL for the admin.
    pub fn url(&self, path: &str) -> String {
        self.url_with(path, "admin", &self.sig("admin"))
    }

    /// POSTs `body` verbatim and returns (HTTP status, raw body text).
    pub async fn post_raw(&self, url: &str, body: impl Into<reqwest::Body>) -> (u16, String) {
        let response = self
            .client
            .post(url)
            .header("Content-Type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    /// POSTs JSON and returns the JSON answer, insisting on HTTP 200 as Tencent always sends.
    pub async fn post(&self, url: &str, body: &Value) -> Value {
        let (status, text) = self.post_raw(url, body.to_string()).await;
        assert_eq!(status, 200, "{text}");
        serde_json::from_str(&text).unwrap()
    }

    /// Sends a broadcast as the admin.
    pub async fn send(&self, body: &Value) -> Value {
        self.post(&self.url(SEND), body).await
    }
}

/// A client with a timeout well above the emulator's longest planned answer, so a hang fails a test
/// instead of stalling it.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap()
}

/// Asserts a FAIL answer with `code`, and returns its ErrorInfo.
#[track_caller]
pub fn assert_fail(answer: &Value, code: i64) -> String {
    assert_eq!(answer["ActionStatus"], "FAIL", "{answer}");
    assert_eq!(answer["ErrorCode"], code, "{answer}");
    answer["ErrorInfo"].as_str().unwrap().to_owned()
}

/// Asserts an OK answer and returns its MsgSeq (if any).
#[track_caller]
pub fn assert_ok(answer: &Value) -> Option<u64> {
    assert_eq!(answer["ActionStatus"], "OK", "{answer}");
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(answer["ErrorInfo"], "", "{answer}");
    answer["MsgSeq"].as_u64()
}
