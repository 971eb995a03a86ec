//! UserSig (TLSSigAPIv2): the credential every Tencent Cloud Chat REST call carries, made locally from the
//! admin's secret key, and the checks the official verifiers apply to one.
//!
//! A UserSig is `HMAC-SHA256(key, text)` wrapped in a small JSON document, zlib-compressed and base64-encoded
//! with `+ / =` swapped for `* - _`. What the server checks is the values in that document and the HMAC, not
//! the compressed bytes, so [`sign`] only has to agree with the official signers on those (the vectors in
//! `tests/fixtures/usersig` hold it to that), and [`decode`] accepts every official signer's layout.
//!
//! Not here: when to re-sign (the caller caches a UserSig in memory and signs again before `time + expire`
//! or on 70001/70052), reading the key from the keychain, and validating identifiers (the profile module
//! does that; [`sign`] signs whatever it is given). The TRTC PrivateMapKey userbuf layout is not built
//! here either: a userbuf is only carried through as opaque bytes.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::Sha256;
use std::fmt;
use std::io::Read as _;
use ts_rs::TS;
use zeroize::Zeroize;

use crate::secret::SecretKey;
use crate::{Error, Result};

/// Everything that goes into a signature besides the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SigInput<'a> {
    pub sdkappid: u64,
    pub identifier: &'a str,
    /// Unix time of signing, in seconds.
    pub time: u64,
    /// Seconds of validity after `time`.
    pub expire: u64,
    /// Opaque bytes bound into the signature (TRTC uses it; Chat REST calls do not).
    pub userbuf: Option<&'a [u8]>,
}

/// A finished UserSig: as powerful as the key for its identifier until it expires, so it is kept redacted.
pub type UserSig = crate::secret::Sensitive<String>;

/// Which check a UserSig failed; the UI and the client branch on this, never on the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum UserSigProblem {
    /// Not a UserSig at all: bad base64, not zlib, not the expected JSON.
    Malformed,
    /// Signed for another SDKAppID.
    WrongSdkAppId,
    /// Signed for another identifier (compared case-sensitively, as the server does).
    WrongIdentifier,
    /// `now` is after `time + expire`.
    Expired,
    /// The HMAC does not match: another key, or the document was altered.
    BadSignature,
}

/// The contents of a UserSig, as read back without the key.
#[derive(Clone, PartialEq, Eq)]
pub struct Decoded {
    pub ver: String,
    pub identifier: String,
    pub sdkappid: u64,
    pub time: u64,
    pub expire: u64,
    /// `TLS.sig`, the base64 HMAC. Together with the other fields it rebuilds the whole UserSig, so it
    /// is as secret as the UserSig itself: Debug redacts it and `Decoded` has no Serialize.
    pub sig: String,
    pub userbuf: Option<Vec<u8>>,
}

impl fmt::Debug for Decoded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decoded")
            .field("ver", &self.ver)
            .field("identifier", &self.identifier)
            .field("sdkappid", &self.sdkappid)
            .field("time", &self.time)
            .field("expire", &self.expire)
            .field("sig", &"<redacted>")
            .field("userbuf", &self.userbuf)
            .finish()
    }
}

/// The exact text the HMAC covers. Every line ends in `\n`, the last one too, and time comes before
/// expire; a userbuf adds a line with its standard base64.
pub fn text_to_sign(input: &SigInput<'_>) -> String {
    let userbuf = input.userbuf.map(|bytes| STANDARD.encode(bytes));
    text_with_userbuf_b64(
        input.identifier,
        input.sdkappid,
        input.time,
        input.expire,
        userbuf.as_deref(),
    )
}

/// The `TLS.sig` value: standard base64 (with `+ / =`) of HMAC-SHA256 over [`text_to_sign`].
pub fn hmac_sig(key: &SecretKey, input: &SigInput<'_>) -> String {
    STANDARD.encode(mac_over(key, &text_to_sign(input)).finalize().into_bytes())
}

/// Makes a UserSig the server accepts for `input`.
pub fn sign(key: &SecretKey, input: &SigInput<'_>) -> UserSig {
    let userbuf = input.userbuf.map(|bytes| STANDARD.encode(bytes));
    let text = text_with_userbuf_b64(
        input.identifier,
        input.sdkappid,
        input.time,
        input.expire,
        userbuf.as_deref(),
    );
    let mut sig = STANDARD.encode(mac_over(key, &text).finalize().into_bytes());
    // Key order and compact spacing follow the Node signer; the server reads values, not layout.
    let doc = SigDocOut {
        ver: "2.0",
        identifier: input.identifier,
        sdkappid: input.sdkappid,
        time: input.time,
        expire: input.expire,
        userbuf: userbuf.as_deref(),
        sig: &sig,
    };
    // The intermediate buffers hold TLS.sig, which rebuilds the UserSig: wipe them as `Sensitive` wipes
    // the result. Best effort only: the compressor's window (see `zlib`) keeps the last document.
    let mut json =
        serde_json::to_vec(&doc).expect("a struct of strings and integers always serializes");
    sig.zeroize();
    let mut compressed = zlib(&json);
    json.zeroize();

    let mut out =
        vec![0u8; base64::encoded_len(compressed.len(), true).expect("a UserSig is small")];
    let written = STANDARD
        .encode_slice(&compressed, &mut out)
        .expect("buffer sized by encoded_len");
    compressed.zeroize();
    out.truncate(written);
    // Swapped in place so no unswapped copy of the UserSig is left behind in memory.
    for byte in &mut out {
        *byte = match *byte {
            b'+' => b'*',
            b'/' => b'-',
            b'=' => b'_',
            other => other,
        };
    }
    UserSig::new(String::from_utf8(out).expect("base64 output is ASCII"))
}

/// Reads a UserSig back without the key: undoes the character swaps, base64, zlib and the JSON.
///
/// Accepts every official signer's layout: any key order, spacing, escaping (`\/` from PHP) and trailing
/// newline (Go), any zlib level (Go uses 0, C++ 1, the others 6), and a base64 userbuf broken into lines
/// (Java's `BASE64Encoder`). Unswapped standard base64 passes too, as it does in the PHP and Python
/// decoders. Numbers must be JSON numbers: none of the official signers (Go, PHP, Python,
/// Node, Java, C#, C++) writes them as strings, so a string there means the document is not theirs.
pub fn decode(usersig: &str) -> Result<Decoded> {
    decode_with_raw_userbuf(usersig).map(|(decoded, _)| decoded)
}

/// Checks a UserSig the way the official Go and PHP verifiers do, in Go's order: SDKAppID, identifier,
/// expiry (still valid at exactly `time + expire`), then the HMAC recomputed from the decoded values and
/// compared in constant time.
pub fn verify(
    key: &SecretKey,
    usersig: &str,
    sdkappid: u64,
    identifier: &str,
    now: u64,
) -> Result<Decoded> {
    let (decoded, userbuf_b64) = decode_with_raw_userbuf(usersig)?;
    if decoded.sdkappid != sdkappid {
        return Err(problem(
            UserSigProblem::WrongSdkAppId,
            format!(
                "the UserSig is for SDKAppID {}, not {sdkappid}",
                decoded.sdkappid
            ),
        ));
    }
    if decoded.identifier != identifier {
        return Err(problem(
            UserSigProblem::WrongIdentifier,
            format!(
                "the UserSig is for identifier {:?}, not {identifier:?} (identifiers are case-sensitive)",
                decoded.identifier
            ),
        ));
    }
    // Saturating: a time + expire past u64::MAX means "never expires", which is what the sum says.
    let expires_at = decoded.time.saturating_add(decoded.expire);
    if now > expires_at {
        return Err(problem(
            UserSigProblem::Expired,
            format!(
                "the UserSig expired at {expires_at} (signed at {} for {} s); it is now {now}",
                decoded.time, decoded.expire
            ),
        ));
    }
    let bad_signature = || {
        problem(
            UserSigProblem::BadSignature,
            "the UserSig's signature does not match: it was made with another key or altered"
                .into(),
        )
    };
    let claimed = STANDARD.decode(&decoded.sig).map_err(|_| bad_signature())?;
    // The userbuf is signed as the exact base64 text the signer wrote (what PHP's verifier does), so a
    // Java userbuf with line breaks verifies; re-encoding the bytes (what Go does) would reject it.
    let text = text_with_userbuf_b64(
        &decoded.identifier,
        decoded.sdkappid,
        decoded.time,
        decoded.expire,
        userbuf_b64.as_deref(),
    );
    mac_over(key, &text)
        .verify_slice(&claimed)
        .map_err(|_| bad_signature())?;
    Ok(decoded)
}

/// Longer than any real UserSig (a few hundred characters); refusing early bounds the work on junk.
const MAX_USERSIG_LEN: usize = 16 * 1024;
/// Bounds inflation so a small zlib bomb cannot allocate without limit.
const MAX_JSON_LEN: u64 = 64 * 1024;

#[derive(Serialize)]
struct SigDocOut<'a> {
    #[serde(rename = "TLS.ver")]
    ver: &'static str,
    #[serde(rename = "TLS.identifier")]
    identifier: &'a str,
    #[serde(rename = "TLS.sdkappid")]
    sdkappid: u64,
    #[serde(rename = "TLS.time")]
    time: u64,
    #[serde(rename = "TLS.expire")]
    expire: u64,
    #[serde(rename = "TLS.userbuf", skip_serializing_if = "Option::is_none")]
    userbuf: Option<&'a str>,
    #[serde(rename = "TLS.sig")]
    sig: &'a str,
}

/// Fields are read as raw values so type errors get our own message (serde's would quote the offending
/// value) and duplicate keys are still refused (derive rejects them; a map would keep the last silently).
/// `present` keeps an explicit `null` apart from a missing field.
#[derive(Deserialize)]
struct SigDocIn {
    #[serde(rename = "TLS.ver", default, deserialize_with = "present")]
    ver: Option<Value>,
    #[serde(rename = "TLS.identifier", default, deserialize_with = "present")]
    identifier: Option<Value>,
    #[serde(rename = "TLS.sdkappid", default, deserialize_with = "present")]
    sdkappid: Option<Value>,
    #[serde(rename = "TLS.time", default, deserialize_with = "present")]
    time: Option<Value>,
    #[serde(rename = "TLS.expire", default, deserialize_with = "present")]
    expire: Option<Value>,
    #[serde(rename = "TLS.userbuf", default, deserialize_with = "present")]
    userbuf: Option<Value>,
    #[serde(rename = "TLS.sig", default, deserialize_with = "present")]
    sig: Option<Value>,
}

fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(deserializer).map(Some)
}

fn problem(problem: UserSigProblem, message: String) -> Error {
    Error::UserSig { problem, message }
}

fn malformed(message: impl Into<String>) -> Error {
    problem(UserSigProblem::Malformed, message.into())
}

fn text_with_userbuf_b64(
    identifier: &str,
    sdkappid: u64,
    time: u64,
    expire: u64,
    userbuf_b64: Option<&str>,
) -> String {
    let mut text = format!(
        "TLS.identifier:{identifier}\nTLS.sdkappid:{sdkappid}\nTLS.time:{time}\nTLS.expire:{expire}\n"
    );
    if let Some(userbuf) = userbuf_b64 {
        text.push_str("TLS.userbuf:");
        text.push_str(userbuf);
        text.push('\n');
    }
    text
}

thread_local! {
    /// One compressor per thread, reset for each UserSig. A fresh one per call cost ~100 µs in the
    /// timing example, not for the deflating but for its ~300 KB of state: glibc can hand that back to
    /// the kernel on free and page-fault it in again on the next call. Reused, a signature takes a few
    /// µs; the price is that state staying allocated on each thread that has signed.
    static DEFLATE: std::cell::RefCell<flate2::Compress> =
        std::cell::RefCell::new(flate2::Compress::new(flate2::Compression::none(), true));
}

/// A complete zlib stream (header, stored deflate blocks, adler32) of `data`. Level 0 is what the
/// official Go signer writes by default, so the server is known to take it; the UserSig is a few dozen
/// characters longer than at level 6, which nothing here minds.
fn zlib(data: &[u8]) -> Vec<u8> {
    DEFLATE.with_borrow_mut(|deflate| {
        deflate.reset();
        let mut out = Vec::with_capacity(data.len() + 64);
        loop {
            let consumed = usize::try_from(deflate.total_in()).expect("input fits in memory");
            let status = deflate
                .compress_vec(&data[consumed..], &mut out, flate2::FlushCompress::Finish)
                .expect("deflating into memory cannot fail");
            if status == flate2::Status::StreamEnd {
                return out;
            }
            out.reserve(out.capacity().max(64));
        }
    })
}

fn mac_over(key: &SecretKey, text: &str) -> Hmac<Sha256> {
    // The console key is used as text, never hex-decoded, exactly as every official signer does.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.expose().as_bytes())
        .expect("HMAC accepts keys of any length");
    mac.update(text.as_bytes());
    mac
}

fn decode_with_raw_userbuf(usersig: &str) -> Result<(Decoded, Option<String>)> {
    if usersig.len() > MAX_USERSIG_LEN {
        return Err(malformed(format!(
            "the UserSig is {} characters long; real ones are well under {MAX_USERSIG_LEN}",
            usersig.len()
        )));
    }
    let unswapped: Vec<u8> = usersig
        .bytes()
        .map(|byte| match byte {
            b'*' => b'+',
            b'-' => b'/',
            b'_' => b'=',
            other => other,
        })
        .collect();
    let compressed = STANDARD.decode(&unswapped).map_err(|_| {
        malformed("the UserSig is not base64 (after swapping `* - _` back to `+ / =`)")
    })?;

    let mut inflater = flate2::read::ZlibDecoder::new(compressed.as_slice());
    let mut json = Vec::new();
    (&mut inflater)
        .take(MAX_JSON_LEN + 1)
        .read_to_end(&mut json)
        .map_err(|_| {
            malformed("the UserSig does not hold a zlib stream (header, deflate data, adler32)")
        })?;
    if json.len() as u64 > MAX_JSON_LEN {
        return Err(malformed(format!(
            "the UserSig inflates to more than {MAX_JSON_LEN} bytes"
        )));
    }
    if inflater.total_in() != compressed.len() as u64 {
        return Err(malformed(
            "the UserSig has bytes after the end of its zlib stream",
        ));
    }

    // No zeroizing here, unlike in `sign`: the caller holds the UserSig itself anyway.
    let doc: SigDocIn = serde_json::from_slice(&json).map_err(|err| {
        if err.is_data() {
            malformed("the UserSig's JSON is not an object with unique TLS.* fields")
        } else {
            malformed("the UserSig does not inflate to JSON")
        }
    })?;

    let ver = string_field("TLS.ver", doc.ver)?;
    let identifier = string_field("TLS.identifier", doc.identifier)?;
    let sdkappid = number_field("TLS.sdkappid", doc.sdkappid)?;
    let time = number_field("TLS.time", doc.time)?;
    // Go's signer tags TLS.expire `omitempty`, so it leaves the field out when expire is 0.
    let expire = match doc.expire {
        None => 0,
        present => number_field("TLS.expire", present)?,
    };
    let sig = string_field("TLS.sig", doc.sig)?;
    let userbuf_b64 = match doc.userbuf {
        None => None,
        present => Some(string_field("TLS.userbuf", present)?),
    };
    let userbuf = match &userbuf_b64 {
        None => None,
        Some(text) => {
            let compact: Vec<u8> = text
                .bytes()
                .filter(|byte| !byte.is_ascii_whitespace())
                .collect();
            Some(
                STANDARD
                    .decode(compact)
                    .map_err(|_| malformed("TLS.userbuf is not base64"))?,
            )
        }
    };
    let decoded = Decoded {
        ver,
        identifier,
        sdkappid,
        time,
        expire,
        sig,
        userbuf,
    };
    Ok((decoded, userbuf_b64))
}

fn string_field(name: &str, value: Option<Value>) -> Result<String> {
    match value {
        Some(Value::String(text)) => Ok(text),
        Some(other) => Err(malformed(format!(
            "{name} is a JSON {}, not a string",
            kind(&other)
        ))),
        None => Err(malformed(format!("{name} is missing"))),
    }
}

fn number_field(name: &str, value: Option<Value>) -> Result<u64> {
    match value {
        Some(Value::Number(number)) => number.as_u64().ok_or_else(|| {
            malformed(format!(
                "{name} is not a whole number from 0 to {}",
                u64::MAX
            ))
        }),
        Some(other) => Err(malformed(format!(
            "{name} is a JSON {}; official signers write it as a number",
            kind(&other)
        ))),
        None => Err(malformed(format!("{name} is missing"))),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::Write as _;

    // The sanity vector of docs/TENCENT-API.md (UserSig), computed there with both official packages.
    const SANITY_KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    const SANITY_SIG: &str = "4lUxqF/B+QS/FhzU388MWw47s2GIKgpTCF1WmWL/l5Y=";
    const FAKE_KEY: &str = "obviously-fake-unit-test-key";

    fn sanity_input() -> SigInput<'static> {
        SigInput {
            sdkappid: 1_400_000_000,
            identifier: "admin",
            time: 1_700_000_000,
            expire: 86_400,
            userbuf: None,
        }
    }

    fn key(text: &str) -> SecretKey {
        SecretKey::from(text)
    }

    /// Wraps any document the way the signers do, at a chosen zlib level, so tests can feed `decode`
    /// layouts that `sign` itself never produces.
    fn wrap(json: &str, level: u32) -> String {
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(level));
        zlib.write_all(json.as_bytes()).unwrap();
        swap(&STANDARD.encode(zlib.finish().unwrap()))
    }

    fn swap(base64: &str) -> String {
        base64.replace('+', "*").replace('/', "-").replace('=', "_")
    }

    fn problem_of(result: Result<Decoded>) -> UserSigProblem {
        match result {
            Err(Error::UserSig { problem, .. }) => problem,
            Err(other) => panic!("expected a UserSig error, got {other:?}"),
            Ok(decoded) => panic!("expected a UserSig error, got {decoded:?}"),
        }
    }

    fn message_of(result: Result<Decoded>) -> String {
        match result {
            Err(err) => err.to_string(),
            Ok(decoded) => panic!("expected an error, got {decoded:?}"),
        }
    }

    #[test]
    fn text_to_sign_has_time_before_expire_and_a_final_newline() {
        assert_eq!(
            text_to_sign(&sanity_input()),
            "TLS.identifier:admin\nTLS.sdkappid:1400000000\nTLS.time:1700000000\nTLS.expire:86400\n"
        );
    }

    #[test]
    fn text_to_sign_adds_the_userbuf_as_standard_base64() {
        // 0xfb 0xff encodes to "+/8=", which shows the alphabet is the standard one, padding included.
        let input = SigInput {
            userbuf: Some(&[0xfb, 0xff]),
            ..sanity_input()
        };
        assert!(text_to_sign(&input).ends_with("TLS.expire:86400\nTLS.userbuf:+/8=\n"));
        // An empty userbuf still adds its line, as the Python, Node and PHP signers do.
        let empty = SigInput {
            userbuf: Some(&[]),
            ..sanity_input()
        };
        assert!(text_to_sign(&empty).ends_with("TLS.expire:86400\nTLS.userbuf:\n"));
    }

    #[test]
    fn hmac_primitive_matches_rfc_4231_test_case_2() {
        let mac = mac_over(&key("Jefe"), "what do ya want for nothing?");
        let hex: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        assert_eq!(
            hex,
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn hmac_sig_matches_the_reference_sanity_vector() {
        assert_eq!(hmac_sig(&key(SANITY_KEY), &sanity_input()), SANITY_SIG);
    }

    #[test]
    fn sign_output_uses_only_the_swapped_alphabet_and_round_trips() {
        let userbuf = [0xfbu8, 0xff, 0x00, 0x10];
        for input in [
            sanity_input(),
            SigInput {
                userbuf: Some(&userbuf),
                ..sanity_input()
            },
        ] {
            let usersig = sign(&key(SANITY_KEY), &input);
            let text = usersig.expose();
            assert!(
                !text.contains(['+', '/', '=']),
                "unswapped character in {text}"
            );
            let decoded = decode(text).unwrap();
            assert_eq!(decoded.ver, "2.0");
            assert_eq!(decoded.identifier, input.identifier);
            assert_eq!(decoded.sdkappid, input.sdkappid);
            assert_eq!(decoded.time, input.time);
            assert_eq!(decoded.expire, input.expire);
            assert_eq!(decoded.userbuf.as_deref(), input.userbuf);
            assert_eq!(decoded.sig, hmac_sig(&key(SANITY_KEY), &input));
        }
    }

    #[test]
    fn the_reused_compressor_carries_nothing_from_one_usersig_to_the_next() {
        let k = key(FAKE_KEY);
        let long: Vec<u8> = (0..=255).cycle().take(5_000).collect();
        let big = SigInput {
            userbuf: Some(&long),
            ..sanity_input()
        };
        let small = SigInput {
            identifier: "host_anna",
            ..sanity_input()
        };
        for input in [big, small, big, small] {
            let decoded = decode(sign(&k, &input).expose()).unwrap();
            assert_eq!(decoded.identifier, input.identifier);
            assert_eq!(decoded.userbuf.as_deref(), input.userbuf);
        }
        // And from another thread, which gets a compressor of its own.
        let from_thread = std::thread::spawn(move || sign(&key(FAKE_KEY), &sanity_input()));
        assert_eq!(
            decode(from_thread.join().unwrap().expose()).unwrap(),
            decode(sign(&k, &sanity_input()).expose()).unwrap()
        );
    }

    #[test]
    fn zlib_output_inflates_back_even_past_one_stored_block() {
        // A million bytes take 16 stored blocks, whose 5-byte headers outgrow the first guess at capacity.
        for len in [0, 1, 150, 65_535, 65_536, 1_000_000] {
            let data: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
            let mut inflated = Vec::new();
            flate2::read::ZlibDecoder::new(zlib(&data).as_slice())
                .read_to_end(&mut inflated)
                .unwrap();
            assert_eq!(inflated, data, "length {len}");
        }
    }

    /// The layouts of the official signers this crate cannot run here (Go, PHP, C#, C++, Java), rebuilt
    /// from their published source: each must verify.
    #[test]
    fn decode_accepts_every_official_layout() {
        let k = key(FAKE_KEY);
        let input = sanity_input();
        let sig = hmac_sig(&k, &input);
        let escaped = sig.replace('/', "\\/");
        let layouts = [
            // Go: struct order, encoding/json adds a newline, zlib.NoCompression.
            (
                format!(
                    "{{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"admin\",\"TLS.sdkappid\":1400000000,\"TLS.expire\":86400,\"TLS.time\":1700000000,\"TLS.sig\":\"{sig}\"}}\n"
                ),
                0,
            ),
            // PHP: json_encode escapes '/' as '\/'; gzcompress at level 6.
            (
                format!(
                    "{{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"admin\",\"TLS.sdkappid\":1400000000,\"TLS.expire\":86400,\"TLS.time\":1700000000,\"TLS.sig\":\"{escaped}\"}}"
                ),
                6,
            ),
            // C++: rapidjson in insertion order (sdkappid before identifier), Z_BEST_SPEED.
            (
                format!(
                    "{{\"TLS.ver\":\"2.0\",\"TLS.sdkappid\":1400000000,\"TLS.identifier\":\"admin\",\"TLS.time\":1700000000,\"TLS.expire\":86400,\"TLS.sig\":\"{sig}\"}}"
                ),
                1,
            ),
            // Python: json.dumps spacing; and an unusual level for good measure.
            (
                format!(
                    "{{\"TLS.ver\": \"2.0\", \"TLS.identifier\": \"admin\", \"TLS.sdkappid\": 1400000000, \"TLS.expire\": 86400, \"TLS.time\": 1700000000, \"TLS.sig\": \"{sig}\"}}"
                ),
                9,
            ),
        ];
        for (json, level) in layouts {
            let decoded = verify(
                &k,
                &wrap(&json, level),
                1_400_000_000,
                "admin",
                1_700_000_000,
            )
            .unwrap_or_else(|err| panic!("{json} at level {level}: {err}"));
            assert_eq!(decoded.sig, sig);
            assert_eq!((decoded.time, decoded.expire), (1_700_000_000, 86_400));
        }
    }

    #[test]
    fn decode_accepts_csharp_key_order_and_java_line_broken_userbuf() {
        let k = key(FAKE_KEY);
        let userbuf: Vec<u8> = (0..=255).collect();
        let one_line = STANDARD.encode(&userbuf);
        // Java's sun.misc.BASE64Encoder breaks lines every 76 characters, and signs that very text.
        let java_lines = one_line
            .as_bytes()
            .chunks(76)
            .map(|chunk| std::str::from_utf8(chunk).unwrap())
            .collect::<Vec<_>>()
            .join("\r\n");
        for userbuf_b64 in [one_line.as_str(), java_lines.as_str()] {
            let text = text_with_userbuf_b64(
                "admin",
                1_400_000_000,
                1_700_000_000,
                86_400,
                Some(userbuf_b64),
            );
            let sig = STANDARD.encode(mac_over(&k, &text).finalize().into_bytes());
            let json_userbuf = userbuf_b64.replace("\r\n", "\\r\\n");
            // C#: hand-built JSON with TLS.sig before TLS.userbuf.
            let json = format!(
                "{{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"admin\",\"TLS.sdkappid\":1400000000,\"TLS.expire\":86400,\"TLS.time\":1700000000,\"TLS.sig\":\"{sig}\",\"TLS.userbuf\":\"{json_userbuf}\"}}"
            );
            let decoded =
                verify(&k, &wrap(&json, 6), 1_400_000_000, "admin", 1_700_000_000).unwrap();
            assert_eq!(decoded.userbuf.as_deref(), Some(userbuf.as_slice()));
        }
    }

    #[test]
    fn a_missing_expire_reads_as_zero_like_gos_omitempty() {
        let k = key(FAKE_KEY);
        let input = SigInput {
            expire: 0,
            ..sanity_input()
        };
        let sig = hmac_sig(&k, &input);
        let json = format!(
            "{{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"admin\",\"TLS.sdkappid\":1400000000,\"TLS.time\":1700000000,\"TLS.sig\":\"{sig}\"}}\n"
        );
        let usersig = wrap(&json, 0);
        assert_eq!(decode(&usersig).unwrap().expire, 0);
        assert!(verify(&k, &usersig, 1_400_000_000, "admin", 1_700_000_000).is_ok());
        assert_eq!(
            problem_of(verify(&k, &usersig, 1_400_000_000, "admin", 1_700_000_001)),
            UserSigProblem::Expired
        );
    }

    #[test]
    fn numbers_must_be_json_integers() {
        let base = r#""TLS.ver":"2.0","TLS.identifier":"admin","TLS.sig":"c2ln""#;
        for fields in [
            r#""TLS.sdkappid":"1400000000","TLS.time":1700000000,"TLS.expire":86400"#,
            r#""TLS.sdkappid":1400000000,"TLS.time":"1700000000","TLS.expire":86400"#,
            r#""TLS.sdkappid":1400000000,"TLS.time":1700000000,"TLS.expire":"86400""#,
            r#""TLS.sdkappid":1400000000,"TLS.time":1700000000.5,"TLS.expire":86400"#,
            r#""TLS.sdkappid":1400000000,"TLS.time":1700000000,"TLS.expire":-1"#,
            r#""TLS.sdkappid":1400000000,"TLS.time":1700000000,"TLS.expire":null"#,
            r#""TLS.sdkappid":1400000000,"TLS.expire":86400"#,
        ] {
            let json = format!("{{{base},{fields}}}");
            assert_eq!(
                problem_of(decode(&wrap(&json, 6))),
                UserSigProblem::Malformed,
                "{json}"
            );
        }
        // The same document with proper numbers decodes, so the cases above fail for their numbers.
        let good = format!(
            "{{{base},\"TLS.sdkappid\":1400000000,\"TLS.time\":1700000000,\"TLS.expire\":86400}}"
        );
        assert!(decode(&wrap(&good, 6)).is_ok());
    }

    #[test]
    fn strings_must_be_strings_and_present_and_unique() {
        let numbers = r#""TLS.sdkappid":1400000000,"TLS.time":1700000000,"TLS.expire":86400"#;
        for fields in [
            r#""TLS.identifier":"admin","TLS.sig":"c2ln""#,
            r#""TLS.ver":"2.0","TLS.sig":"c2ln""#,
            r#""TLS.ver":"2.0","TLS.identifier":"admin""#,
            r#""TLS.ver":"2.0","TLS.identifier":7,"TLS.sig":"c2ln""#,
            r#""TLS.ver":"2.0","TLS.identifier":"admin","TLS.sig":"c2ln","TLS.userbuf":null"#,
            r#""TLS.ver":"2.0","TLS.identifier":"admin","TLS.sig":"c2ln","TLS.userbuf":"not base64!""#,
            r#""TLS.ver":"2.0","TLS.identifier":"admin","TLS.identifier":"other","TLS.sig":"c2ln""#,
        ] {
            let json = format!("{{{fields},{numbers}}}");
            assert_eq!(
                problem_of(decode(&wrap(&json, 6))),
                UserSigProblem::Malformed,
                "{json}"
            );
        }
    }

    #[test]
    fn only_a_complete_zlib_stream_is_accepted() {
        let json = r#"{"TLS.ver":"2.0","TLS.identifier":"admin","TLS.sdkappid":1,"TLS.time":1,"TLS.expire":1,"TLS.sig":"c2ln"}"#;
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        zlib.write_all(json.as_bytes()).unwrap();
        let good = zlib.finish().unwrap();
        assert!(decode(&swap(&STANDARD.encode(&good))).is_ok());

        let mut raw =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        raw.write_all(json.as_bytes()).unwrap();
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gzip.write_all(json.as_bytes()).unwrap();
        let mut bad_adler = good.clone();
        *bad_adler.last_mut().unwrap() ^= 1;
        let mut trailing = good.clone();
        trailing.push(0);
        for bytes in [
            raw.finish().unwrap(),
            gzip.finish().unwrap(),
            bad_adler,
            trailing,
            good[..good.len() - 1].to_vec(),
            json.as_bytes().to_vec(),
        ] {
            assert_eq!(
                problem_of(decode(&swap(&STANDARD.encode(&bytes)))),
                UserSigProblem::Malformed
            );
        }
    }

    #[test]
    fn junk_and_bombs_are_malformed() {
        let long = "A".repeat(MAX_USERSIG_LEN + 4);
        // A valid document behind 1 MiB of spaces compresses to about a kilobyte; only the size cap
        // stops it, as the same document without the padding shows.
        let doc = r#"{"TLS.ver":"2.0","TLS.identifier":"a","TLS.sdkappid":1,"TLS.time":1,"TLS.expire":1,"TLS.sig":"c2ln"}"#;
        assert!(decode(&wrap(doc, 9)).is_ok());
        let bomb = wrap(&format!("{}{doc}", " ".repeat(1 << 20)), 9);
        assert!(bomb.len() < MAX_USERSIG_LEN);
        for usersig in [
            "",
            "not base64 at all!",
            "eJw",
            &long,
            &bomb,
            &wrap("[1,2]", 6),
            &wrap("{", 6),
        ] {
            assert_eq!(problem_of(decode(usersig)), UserSigProblem::Malformed);
        }
    }

    #[test]
    fn verify_reports_each_failed_check() {
        let k = key(FAKE_KEY);
        let input = sanity_input();
        let usersig = sign(&k, &input);
        let s = usersig.expose();
        let t = input.time + input.expire;
        assert!(verify(&k, s, 1_400_000_000, "admin", t).is_ok());
        assert_eq!(
            problem_of(verify(&k, s, 1_400_000_001, "admin", t)),
            UserSigProblem::WrongSdkAppId
        );
        assert_eq!(
            problem_of(verify(&k, s, 1_400_000_000, "Admin", t)),
            UserSigProblem::WrongIdentifier
        );
        assert_eq!(
            problem_of(verify(&k, s, 1_400_000_000, "admin", t + 1)),
            UserSigProblem::Expired
        );
        assert_eq!(
            problem_of(verify(
                &key("another-fake-key"),
                s,
                1_400_000_000,
                "admin",
                t
            )),
            UserSigProblem::BadSignature
        );
        // Go's order: a wrong SDKAppID is reported even when the UserSig has also expired.
        assert_eq!(
            problem_of(verify(&k, s, 1, "admin", t + 1)),
            UserSigProblem::WrongSdkAppId
        );
    }

    #[test]
    fn a_sig_that_is_not_a_32_byte_base64_value_is_a_bad_signature() {
        let k = key(FAKE_KEY);
        for sig in [
            "",
            "not base64",
            "c2ln",
            "4lUxqF/B+QS/FhzU388MWw47s2GIKgpTCF1WmWL/l5Y",
        ] {
            let json = format!(
                "{{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"admin\",\"TLS.sdkappid\":1400000000,\"TLS.expire\":86400,\"TLS.time\":1700000000,\"TLS.sig\":\"{sig}\"}}"
            );
            assert_eq!(
                problem_of(verify(
                    &k,
                    &wrap(&json, 6),
                    1_400_000_000,
                    "admin",
                    1_700_000_000
                )),
                UserSigProblem::BadSignature
            );
        }
    }

    #[test]
    fn expiry_that_overflows_u64_never_expires() {
        let k = key(FAKE_KEY);
        let input = SigInput {
            time: u64::MAX - 10,
            expire: 100,
            ..sanity_input()
        };
        let usersig = sign(&k, &input);
        assert!(verify(&k, usersig.expose(), input.sdkappid, "admin", u64::MAX).is_ok());
    }

    #[test]
    fn errors_and_debug_never_show_the_key_the_sig_or_the_usersig() {
        let k = key(SANITY_KEY);
        let usersig = sign(&k, &sanity_input());
        let s = usersig.expose();
        let decoded = decode(s).unwrap();
        let debug = format!("{decoded:?}");
        assert!(
            debug.contains("<redacted>") && !debug.contains(&decoded.sig),
            "{debug}"
        );
        for result in [
            verify(&k, s, 1, "admin", 0),
            verify(&k, s, 1_400_000_000, "x", 0),
            verify(&k, s, 1_400_000_000, "admin", u64::MAX),
            verify(&key("other"), s, 1_400_000_000, "admin", 0),
            decode(&s[..s.len() - 8]),
        ] {
            let message = message_of(result);
            for secret in [SANITY_KEY, s, SANITY_SIG] {
                assert!(!message.contains(secret), "{message}");
            }
        }
    }

    #[test]
    fn the_problem_serializes_for_the_ui_in_camel_case() {
        assert_eq!(
            serde_json::to_string(&UserSigProblem::WrongSdkAppId).unwrap(),
            "\"wrongSdkAppId\""
        );
        let err = problem(UserSigProblem::Expired, "x".into());
        assert_eq!(err.code(), crate::ErrorCode::UserSig);
    }

    proptest! {
        #[test]
        fn signed_usersigs_verify_until_exactly_time_plus_expire(
            identifier in "[ -~]{1,32}",
            sdkappid in any::<u64>(),
            time in 0u64..=u64::MAX / 2,
            expire in 0u64..=u64::MAX / 2,
            userbuf in proptest::option::of(proptest::collection::vec(any::<u8>(), 0..64)),
        ) {
            let k = key(FAKE_KEY);
            let input = SigInput { sdkappid, identifier: &identifier, time, expire, userbuf: userbuf.as_deref() };
            let usersig = sign(&k, &input);
            let decoded = verify(&k, usersig.expose(), sdkappid, &identifier, time + expire).unwrap();
            prop_assert_eq!(&decoded.identifier, &identifier);
            prop_assert_eq!(decoded.userbuf.as_deref(), input.userbuf);
            prop_assert_eq!(decoded.sig, hmac_sig(&k, &input));
            prop_assert_eq!(
                problem_of(verify(&k, usersig.expose(), sdkappid, &identifier, time + expire + 1)),
                UserSigProblem::Expired
            );
        }
    }
}
