//! desk-core's UserSig against the official signers: every vector in `fixtures/usersig/vectors.json` was
//! made by the PyPI or the npm `tls-sig-api-v2` package with its clock frozen (see `generate.sh` there).

use std::collections::BTreeSet;
use std::io::Write as _;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use desk_core::Error;
use desk_core::secret::SecretKey;
use desk_core::usersig::{self, Decoded, SigInput, UserSigProblem};
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde_json::Value;
use sha2::Sha256;

#[derive(Deserialize)]
struct Fixture {
    signers: Signers,
    vectors: Vec<Vector>,
}

#[derive(Deserialize)]
struct Signers {
    python: Signer,
    node: Signer,
}

#[derive(Deserialize)]
struct Signer {
    package: String,
    version: String,
}

#[derive(Deserialize)]
struct Vector {
    signer: String,
    sdkappid: u64,
    key: String,
    identifier: String,
    time: u64,
    frozen_clock: f64,
    expire: u64,
    userbuf_b64: Option<String>,
    text_to_sign: String,
    text_to_sign_source: String,
    sig: String,
    usersig: String,
    json: String,
}

impl Vector {
    fn userbuf(&self) -> Option<Vec<u8>> {
        self.userbuf_b64
            .as_deref()
            .map(|text| STANDARD.decode(text).unwrap())
    }

    fn key(&self) -> SecretKey {
        SecretKey::from(self.key.as_str())
    }

    fn label(&self) -> String {
        format!(
            "{} {:?} t={} e={} userbuf={:?}",
            self.signer, self.identifier, self.time, self.expire, self.userbuf_b64
        )
    }
}

fn fixture() -> Fixture {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/usersig/vectors.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn with_input<R>(vector: &Vector, f: impl FnOnce(&SigInput<'_>) -> R) -> R {
    let userbuf = vector.userbuf();
    f(&SigInput {
        sdkappid: vector.sdkappid,
        identifier: &vector.identifier,
        time: vector.time,
        expire: vector.expire,
        userbuf: userbuf.as_deref(),
    })
}

fn problem_of(result: desk_core::Result<Decoded>) -> UserSigProblem {
    match result {
        Err(Error::UserSig { problem, .. }) => problem,
        Err(other) => panic!("expected a UserSig error, got {other:?}"),
        Ok(decoded) => panic!("expected a UserSig error, got {decoded:?}"),
    }
}

/// HMAC computed here, apart from desk-core, for texts desk-core would never build.
fn raw_hmac(key: &str, text: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(text.as_bytes());
    STANDARD.encode(mac.finalize().into_bytes())
}

fn wrap(json: &[u8]) -> String {
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    zlib.write_all(json).unwrap();
    swap(&STANDARD.encode(zlib.finish().unwrap()))
}

fn swap(base64: &str) -> String {
    base64.replace('+', "*").replace('/', "-").replace('=', "_")
}

#[test]
fn the_fixture_covers_what_it_claims() {
    let fixture = fixture();
    assert_eq!(fixture.signers.python.package, "pypi:tls-sig-api-v2");
    assert_eq!(fixture.signers.node.package, "npm:tls-sig-api-v2");
    assert!(!fixture.signers.python.version.is_empty() && !fixture.signers.node.version.is_empty());

    let v = &fixture.vectors;
    let signers: BTreeSet<_> = v.iter().map(|x| x.signer.as_str()).collect();
    assert_eq!(signers, BTreeSet::from(["node", "python"]));
    let expires: BTreeSet<_> = v.iter().map(|x| x.expire).collect();
    assert!(expires.is_superset(&BTreeSet::from([1, 3600, 86400, 15_552_000])));
    let ids: BTreeSet<_> = v.iter().map(|x| x.identifier.as_str()).collect();
    assert!(ids.is_superset(&BTreeSet::from(["admin", "host_anna", "Admin"])));
    assert!(v.iter().any(|x| x.identifier.len() == 32));
    assert!(
        v.iter()
            .any(|x| x.identifier.contains('-') && x.identifier.contains('_'))
    );
    assert!(v.iter().any(|x| x.userbuf_b64.is_none()));
    assert!(v.iter().any(|x| x.userbuf_b64.as_deref() == Some("")));
    assert!(
        v.iter()
            .any(|x| x.userbuf_b64.as_deref().is_some_and(|b| b.len() > 76))
    );
    assert!(
        v.iter().any(|x| x.key.len() > 64),
        "no key longer than an HMAC block"
    );
    for x in v {
        assert_eq!(x.text_to_sign_source, "captured", "{}", x.label());
        // The clock was frozen mid-second, and the signers truncated it.
        assert_eq!(x.frozen_clock.floor() as u64, x.time, "{}", x.label());
    }
}

#[test]
fn python_and_node_agree_on_every_input() {
    let fixture = fixture();
    let (python, node): (Vec<_>, Vec<_>) =
        fixture.vectors.iter().partition(|x| x.signer == "python");
    assert_eq!(python.len(), node.len());
    assert!(!python.is_empty());
    for (p, n) in python.iter().zip(&node) {
        let same_input = (
            p.sdkappid,
            &p.key,
            &p.identifier,
            p.time,
            p.expire,
            &p.userbuf_b64,
        ) == (
            n.sdkappid,
            &n.key,
            &n.identifier,
            n.time,
            n.expire,
            &n.userbuf_b64,
        );
        assert!(same_input, "{} / {}", p.label(), n.label());
        assert_eq!(p.text_to_sign, n.text_to_sign, "{}", p.label());
        assert_eq!(p.sig, n.sig, "{}", p.label());
        // Their documents differ in layout, which is why we compare values, never bytes.
        assert_ne!(p.json, n.json, "{}", p.label());
    }
}

#[test]
fn the_reference_sanity_vector_holds() {
    let key = SecretKey::from("5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e");
    let input = SigInput {
        sdkappid: 1_400_000_000,
        identifier: "admin",
        time: 1_700_000_000,
        expire: 86_400,
        userbuf: None,
    };
    assert_eq!(
        usersig::text_to_sign(&input),
        "TLS.identifier:admin\nTLS.sdkappid:1400000000\nTLS.time:1700000000\nTLS.expire:86400\n"
    );
    assert_eq!(
        usersig::hmac_sig(&key, &input),
        "4lUxqF/B+QS/FhzU388MWw47s2GIKgpTCF1WmWL/l5Y="
    );
    let ours = usersig::sign(&key, &input);
    let decoded =
        usersig::verify(&key, ours.expose(), 1_400_000_000, "admin", 1_700_086_400).unwrap();
    assert_eq!(decoded.sig, "4lUxqF/B+QS/FhzU388MWw47s2GIKgpTCF1WmWL/l5Y=");
    // And the sanity vector is in the fixture, from both packages.
    let in_fixture = fixture()
        .vectors
        .into_iter()
        .filter(|x| x.sig == decoded.sig && x.identifier == "admin" && x.time == 1_700_000_000)
        .count();
    assert_eq!(in_fixture, 2);
}

#[test]
fn text_to_sign_and_hmac_sig_match_every_vector() {
    for vector in fixture().vectors {
        with_input(&vector, |input| {
            assert_eq!(
                usersig::text_to_sign(input),
                vector.text_to_sign,
                "{}",
                vector.label()
            );
            assert_eq!(
                usersig::hmac_sig(&vector.key(), input),
                vector.sig,
                "{}",
                vector.label()
            );
        });
    }
}

#[test]
fn every_official_usersig_verifies_and_decodes_to_its_inputs() {
    for vector in fixture().vectors {
        let key = vector.key();
        let decoded = usersig::decode(&vector.usersig).unwrap();
        assert_eq!(decoded.ver, "2.0");
        assert_eq!(decoded.identifier, vector.identifier, "{}", vector.label());
        assert_eq!(decoded.sdkappid, vector.sdkappid, "{}", vector.label());
        assert_eq!(decoded.time, vector.time, "{}", vector.label());
        assert_eq!(decoded.expire, vector.expire, "{}", vector.label());
        assert_eq!(decoded.sig, vector.sig, "{}", vector.label());
        assert_eq!(decoded.userbuf, vector.userbuf(), "{}", vector.label());

        for now in [vector.time, vector.time + vector.expire] {
            let verified = usersig::verify(
                &key,
                &vector.usersig,
                vector.sdkappid,
                &vector.identifier,
                now,
            )
            .unwrap_or_else(|err| panic!("{} at {now}: {err}", vector.label()));
            assert_eq!(verified, decoded);
        }
    }
}

#[test]
fn our_usersig_decodes_to_the_same_values_as_theirs_and_verifies() {
    for vector in fixture().vectors {
        let key = vector.key();
        let ours = with_input(&vector, |input| usersig::sign(&key, input));
        let theirs = usersig::decode(&vector.usersig).unwrap();
        assert_eq!(
            usersig::decode(ours.expose()).unwrap(),
            theirs,
            "{}",
            vector.label()
        );
        let verified = usersig::verify(
            &key,
            ours.expose(),
            vector.sdkappid,
            &vector.identifier,
            vector.time + vector.expire,
        )
        .unwrap();
        assert_eq!(verified, theirs);
    }
}

#[test]
fn official_usersigs_fail_each_check_they_should() {
    for vector in fixture().vectors {
        let (s, id, app) = (&vector.usersig, vector.identifier.as_str(), vector.sdkappid);
        let deadline = vector.time + vector.expire;
        let label = vector.label();
        let key = vector.key();

        let wrong_key = SecretKey::from(format!("{}x", vector.key));
        assert_eq!(
            problem_of(usersig::verify(&wrong_key, s, app, id, deadline)),
            UserSigProblem::BadSignature,
            "{label}"
        );
        assert_eq!(
            problem_of(usersig::verify(&key, s, app + 1, id, deadline)),
            UserSigProblem::WrongSdkAppId,
            "{label}"
        );
        let other_case: String = id
            .chars()
            .map(|c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        assert_ne!(other_case, id);
        assert_eq!(
            problem_of(usersig::verify(&key, s, app, &other_case, deadline)),
            UserSigProblem::WrongIdentifier,
            "{label}"
        );
        assert_eq!(
            problem_of(usersig::verify(&key, s, app, id, deadline + 1)),
            UserSigProblem::Expired,
            "{label}"
        );
        assert!(
            usersig::verify(&key, s, app, id, deadline).is_ok(),
            "{label}"
        );
    }
}

#[test]
fn the_trailing_newline_is_part_of_what_is_signed() {
    for vector in fixture().vectors {
        assert!(vector.text_to_sign.ends_with('\n'));
        let without = vector.text_to_sign.strip_suffix('\n').unwrap();
        // The same computation over the full text gives their sig, so a difference below is the newline.
        assert_eq!(
            raw_hmac(&vector.key, &vector.text_to_sign),
            vector.sig,
            "{}",
            vector.label()
        );
        assert_ne!(
            raw_hmac(&vector.key, without),
            vector.sig,
            "{}",
            vector.label()
        );
    }
}

/// Re-wraps an official document with one value changed and the official TLS.sig kept: each field must be
/// covered by the HMAC. The checks before the HMAC are passed the altered values, so only it can object.
#[test]
fn altering_any_signed_value_breaks_the_signature() {
    for vector in fixture().vectors {
        let original: serde_json::Map<String, Value> = serde_json::from_str(&vector.json).unwrap();
        let mut edits: Vec<(&str, Value)> = vec![
            (
                "TLS.identifier",
                Value::from(format!("{}x", vector.identifier)),
            ),
            ("TLS.sdkappid", Value::from(vector.sdkappid + 1)),
            ("TLS.time", Value::from(vector.time + 1)),
            ("TLS.expire", Value::from(vector.expire + 1)),
        ];
        match &vector.userbuf_b64 {
            Some(_) => edits.push(("TLS.userbuf", Value::from("eHl6"))),
            None => edits.push(("TLS.userbuf", Value::from(""))),
        }
        // The unaltered re-wrap verifies, so the failures below come from the edits.
        let rewrapped = wrap(&serde_json::to_vec(&original).unwrap());
        assert!(
            usersig::verify(
                &vector.key(),
                &rewrapped,
                vector.sdkappid,
                &vector.identifier,
                vector.time
            )
            .is_ok()
        );
        for (field, value) in edits {
            let mut doc = original.clone();
            doc.insert(field.to_owned(), value);
            let altered = wrap(&serde_json::to_vec(&doc).unwrap());
            let identifier = doc["TLS.identifier"].as_str().unwrap();
            let sdkappid = doc["TLS.sdkappid"].as_u64().unwrap();
            let now = doc["TLS.time"].as_u64().unwrap();
            assert_eq!(
                problem_of(usersig::verify(
                    &vector.key(),
                    &altered,
                    sdkappid,
                    identifier,
                    now
                )),
                UserSigProblem::BadSignature,
                "{} with {field} altered",
                vector.label()
            );
        }
    }
}

#[test]
fn corrupt_base64_and_non_zlib_payloads_are_malformed() {
    let vector = &fixture().vectors[0];
    let s = vector.usersig.as_str();
    let not_zlib = swap(&STANDARD.encode(vector.json.as_bytes()));
    let cases = [
        format!("{s}A"),             // length no longer a multiple of 4
        format!("!{}", &s[1..]),     // a character outside the alphabet
        s[..s.len() - 4].to_owned(), // stream cut short
        not_zlib,                    // base64 of the bare JSON
    ];
    for (i, case) in cases.iter().enumerate() {
        assert_eq!(
            problem_of(usersig::decode(case)),
            UserSigProblem::Malformed,
            "case {i}"
        );
        assert_eq!(
            problem_of(usersig::verify(
                &vector.key(),
                case,
                vector.sdkappid,
                &vector.identifier,
                vector.time
            )),
            UserSigProblem::Malformed,
            "case {i}"
        );
    }
}
