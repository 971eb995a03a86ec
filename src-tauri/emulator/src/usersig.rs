//! UserSig (TLSSigAPIv2) verification, the way Tencent's server checks one (docs/TENCENT-API.md,
//! UserSig).
//!
//! Written from that outline and the official Go/PHP verifiers, independently of desk-core's signer, so
//! a shared misreading can't make a wrong signature pass. It verifies only; it does NOT sign (tests carry
//! their own small signer) and does NOT count failures (the lockout lives with the emulator's state).

use std::io::Read;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use flate2::read::ZlibDecoder;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

use crate::answer;

/// Longest UserSig accepted: real ones are a few hundred characters. Stops absurd inputs early.
const MAX_USERSIG_CHARS: usize = 8 * 1024;
/// Most bytes the inflated JSON may have, so a zlib bomb can't eat memory.
const MAX_INFLATED_BYTES: u64 = 16 * 1024;

/// Why a UserSig was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SigError {
    /// Not base64, not zlib, not the expected JSON, or a field of the wrong type.
    Unparseable,
    /// Made for another SDKAppID.
    WrongSdkAppId,
    /// Made for another identifier (compared case-sensitively).
    WrongIdentifier,
    /// `now > TLS.time + TLS.expire`.
    Expired,
    /// The HMAC does not match: signed with another key.
    WrongKey,
}

impl SigError {
    pub(crate) fn code(self) -> i64 {
        match self {
            Self::Unparseable => answer::SIG_UNPARSEABLE,
            Self::WrongSdkAppId => answer::SIG_WRONG_SDKAPPID,
            Self::WrongIdentifier => answer::SIG_WRONG_IDENTIFIER,
            Self::Expired => answer::SIG_EXPIRED,
            Self::WrongKey => answer::SIG_WRONG_KEY,
        }
    }

    pub(crate) fn info(self) -> &'static str {
        match self {
            Self::Unparseable => "usersig is invalid or could not be decoded",
            Self::WrongSdkAppId => "sdkappid in the URL differs from the one in the usersig",
            Self::WrongIdentifier => "identifier in the URL differs from the one in the usersig",
            Self::Expired => "usersig has expired",
            Self::WrongKey => "usersig verification failed: signed with another key",
        }
    }
}

/// The fields of a decoded UserSig that verification reads.
struct Decoded {
    identifier: String,
    sdkappid: u64,
    time: i64,
    expire: i64,
    sig: Vec<u8>,
    userbuf: Option<String>,
}

/// Checks `usersig` for this app, caller and moment. Order follows the official verifiers: SDKAppID,
/// identifier, expiry, then the HMAC.
pub(crate) fn verify(
    usersig: &str,
    sdkappid: u64,
    identifier: &str,
    key: &str,
    now_unix: i64,
) -> Result<(), SigError> {
    let d = decode(usersig)?;
    if d.sdkappid != sdkappid {
        return Err(SigError::WrongSdkAppId);
    }
    if d.identifier != identifier {
        return Err(SigError::WrongIdentifier);
    }
    // i128 so that a hostile time/expire pair can't overflow into "valid".
    if i128::from(now_unix) > i128::from(d.time) + i128::from(d.expire) {
        return Err(SigError::Expired);
    }
    let mut text = format!(
        "TLS.identifier:{}\nTLS.sdkappid:{}\nTLS.time:{}\nTLS.expire:{}\n",
        d.identifier, d.sdkappid, d.time, d.expire
    );
    if let Some(userbuf) = &d.userbuf {
        // The JSON already holds the userbuf in base64, which is exactly what was signed.
        text.push_str(&format!("TLS.userbuf:{userbuf}\n"));
    }
    // The console's key is used as text, never hex-decoded (docs/TENCENT-API.md, UserSig).
    let mut mac = Hmac::<Sha256>::new_from_slice(key.as_bytes()).map_err(|_| SigError::WrongKey)?;
    mac.update(text.as_bytes());
    mac.verify_slice(&d.sig).map_err(|_| SigError::WrongKey)
}

fn decode(usersig: &str) -> Result<Decoded, SigError> {
    if usersig.len() > MAX_USERSIG_CHARS {
        return Err(SigError::Unparseable);
    }
    let b64: String = usersig
        .chars()
        .map(|c| match c {
            '*' => '+',
            '-' => '/',
            '_' => '=',
            other => other,
        })
        .collect();
    let compressed = STANDARD
        .decode(b64.as_bytes())
        .map_err(|_| SigError::Unparseable)?;
    let mut json = Vec::new();
    ZlibDecoder::new(compressed.as_slice())
        .take(MAX_INFLATED_BYTES + 1)
        .read_to_end(&mut json)
        .map_err(|_| SigError::Unparseable)?;
    if json.len() as u64 > MAX_INFLATED_BYTES {
        return Err(SigError::Unparseable);
    }
    let v: Value = serde_json::from_slice(&json).map_err(|_| SigError::Unparseable)?;
    // Strict about types, like the Go verifier's typed struct: a number sent as a string is refused.
    let field = |name: &str| v.get(name).ok_or(SigError::Unparseable);
    if field("TLS.ver")?.as_str() != Some("2.0") {
        return Err(SigError::Unparseable);
    }
    let userbuf = match v.get("TLS.userbuf") {
        None => None,
        Some(u) => Some(u.as_str().ok_or(SigError::Unparseable)?.to_owned()),
    };
    let sig_b64 = field("TLS.sig")?.as_str().ok_or(SigError::Unparseable)?;
    Ok(Decoded {
        identifier: field("TLS.identifier")?
            .as_str()
            .ok_or(SigError::Unparseable)?
            .to_owned(),
        sdkappid: field("TLS.sdkappid")?
            .as_u64()
            .ok_or(SigError::Unparseable)?,
        time: field("TLS.time")?.as_i64().ok_or(SigError::Unparseable)?,
        expire: field("TLS.expire")?.as_i64().ok_or(SigError::Unparseable)?,
        sig: STANDARD
            .decode(sig_b64)
            .map_err(|_| SigError::Unparseable)?,
        userbuf,
    })
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::Compression;
    use flate2::write::ZlibEncoder;
    use serde_json::json;

    use super::*;

    const APP: u64 = 1_400_000_000;
    const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    const T0: i64 = 1_700_000_000;

    /// Packs a JSON object the way the official signers do (zlib, base64, character swaps).
    fn pack(v: &Value) -> String {
        let mut z = ZlibEncoder::new(Vec::new(), Compression::default());
        z.write_all(v.to_string().as_bytes()).unwrap();
        STANDARD
            .encode(z.finish().unwrap())
            .replace('+', "*")
            .replace('/', "-")
            .replace('=', "_")
    }

    /// The test vector's TLS.sig (docs/TENCENT-API.md, UserSig; computed by the official PyPI and npm
    /// signers).
    const VECTOR_SIG: &str = "4lUxqF/B+QS/FhzU388MWw47s2GIKgpTCF1WmWL/l5Y=";

    fn vector_json() -> Value {
        json!({
            "TLS.ver": "2.0", "TLS.identifier": "admin", "TLS.sdkappid": APP,
            "TLS.expire": 86400, "TLS.time": T0, "TLS.sig": VECTOR_SIG,
        })
    }

    #[test]
    fn documented_test_vector_verifies() {
        assert_eq!(verify(&pack(&vector_json()), APP, "admin", KEY, T0), Ok(()));
    }

    #[test]
    fn valid_at_exactly_time_plus_expire_and_expired_one_second_later() {
        let sig = pack(&vector_json());
        assert_eq!(verify(&sig, APP, "admin", KEY, T0 + 86400), Ok(()));
        assert_eq!(
            verify(&sig, APP, "admin", KEY, T0 + 86401),
            Err(SigError::Expired)
        );
    }

    #[test]
    fn a_tampered_value_breaks_the_hmac() {
        let mut v = vector_json();
        v["TLS.expire"] = json!(86401);
        assert_eq!(
            verify(&pack(&v), APP, "admin", KEY, T0),
            Err(SigError::WrongKey)
        );
    }

    #[test]
    fn another_key_is_refused() {
        let other = KEY.replace('5', "6");
        assert_eq!(
            verify(&pack(&vector_json()), APP, "admin", &other, T0),
            Err(SigError::WrongKey)
        );
    }

    #[test]
    fn identifier_and_sdkappid_must_match_exactly() {
        let sig = pack(&vector_json());
        assert_eq!(
            verify(&sig, APP, "Admin", KEY, T0),
            Err(SigError::WrongIdentifier)
        );
        assert_eq!(
            verify(&sig, APP + 1, "admin", KEY, T0),
            Err(SigError::WrongSdkAppId)
        );
    }

    #[test]
    fn garbage_and_wrong_types_are_unparseable() {
        for bad in ["not base64 at all!", "eJw_", "YWJj"] {
            assert_eq!(
                verify(bad, APP, "admin", KEY, T0),
                Err(SigError::Unparseable),
                "{bad}"
            );
        }
        let mut v = vector_json();
        v["TLS.sdkappid"] = json!(APP.to_string());
        assert_eq!(
            verify(&pack(&v), APP, "admin", KEY, T0),
            Err(SigError::Unparseable)
        );
        let mut v = vector_json();
        v.as_object_mut().unwrap().remove("TLS.ver");
        assert_eq!(
            verify(&pack(&v), APP, "admin", KEY, T0),
            Err(SigError::Unparseable)
        );
        // Truncation, the usual real-world cause of 70003.
        let sig = pack(&vector_json());
        assert_eq!(
            verify(&sig[..sig.len() - 8], APP, "admin", KEY, T0),
            Err(SigError::Unparseable)
        );
    }

    #[test]
    fn userbuf_is_part_of_the_signed_text() {
        let userbuf = STANDARD.encode(b"room-7");
        let text = format!(
            "TLS.identifier:admin\nTLS.sdkappid:{APP}\nTLS.time:{T0}\nTLS.expire:86400\nTLS.userbuf:{userbuf}\n"
        );
        let mut mac = Hmac::<Sha256>::new_from_slice(KEY.as_bytes()).unwrap();
        mac.update(text.as_bytes());
        let mut v = vector_json();
        v["TLS.sig"] = json!(STANDARD.encode(mac.finalize().into_bytes()));
        v["TLS.userbuf"] = json!(userbuf);
        assert_eq!(verify(&pack(&v), APP, "admin", KEY, T0), Ok(()));
        // The same signature without the userbuf line no longer matches.
        v.as_object_mut().unwrap().remove("TLS.userbuf");
        assert_eq!(
            verify(&pack(&v), APP, "admin", KEY, T0),
            Err(SigError::WrongKey)
        );
    }

    /// Complete UserSigs made by the official PyPI and npm signers with frozen clocks (see
    /// tests/vectors/generate.sh): their JSON layouts, escaping and zlib levels all differ from ours.
    #[test]
    fn official_signers_usersigs_verify_and_expire() {
        let file: Value =
            serde_json::from_str(include_str!("../tests/vectors/official_usersigs.json")).unwrap();
        let key = file["key"].as_str().unwrap();
        let vectors = file["vectors"].as_array().unwrap();
        assert!(vectors.len() >= 7);
        for v in vectors {
            let sig = v["usersig"].as_str().unwrap();
            let id = v["identifier"].as_str().unwrap();
            let app = v["sdkappid"].as_u64().unwrap();
            let end = v["time"].as_i64().unwrap() + v["expire"].as_i64().unwrap();
            assert_eq!(verify(sig, app, id, key, end), Ok(()), "{v}");
            assert_eq!(
                verify(sig, app, id, key, end + 1),
                Err(SigError::Expired),
                "{v}"
            );
            assert_eq!(
                verify(sig, app, id, &key[1..], end),
                Err(SigError::WrongKey),
                "{v}"
            );
        }
    }

    #[test]
    fn codes_are_tencents() {
        assert_eq!(SigError::Expired.code(), 70001);
        assert_eq!(SigError::Unparseable.code(), 70003);
        assert_eq!(SigError::WrongKey.code(), 70009);
        assert_eq!(SigError::WrongIdentifier.code(), 70013);
        assert_eq!(SigError::WrongSdkAppId.code(), 70014);
    }
}
