//! URL parameters, UserSig verification and the failed-verification lockout, over loopback HTTP.

mod common;

use std::time::Duration;

use common::*;
use serde_json::{Value, json};

fn body() -> Value {
    json!({"Random": 1, "MsgBody": text_msg("hi")})
}

/// The URL for SEND with the query exactly as given.
fn url_q(h: &Harness, query: &str) -> String {
    format!("{}{SEND}?{query}", h.emu.base_url())
}

#[tokio::test]
async fn missing_or_malformed_url_parameters_get_their_codes() {
    let h = Harness::start(Harness::config()).await;
    let sig = h.sig("admin");
    let full = |skip: &str, replace: Option<(&str, &str)>| {
        let mut parts = vec![
            ("sdkappid", APP.to_string()),
            ("identifier", "admin".to_owned()),
            ("usersig", sig.clone()),
            ("random", "12345".to_owned()),
            ("contenttype", "json".to_owned()),
        ];
        parts.retain(|(k, _)| *k != skip);
        if let Some((k, v)) = replace {
            for p in parts.iter_mut().filter(|p| p.0 == k) {
                p.1 = v.to_owned();
            }
        }
        parts
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    };
    let cases = [
        (full("sdkappid", None), 60012),
        (full("", Some(("sdkappid", ""))), 60012),
        (full("", Some(("sdkappid", "abc"))), 60002),
        (full("random", None), 60002),
        (full("", Some(("random", "4294967296"))), 60002),
        (full("", Some(("random", "-1"))), 60002),
        (full("contenttype", None), 60002),
        (full("", Some(("contenttype", "JSON"))), 60002),
        (full("identifier", None), 60004),
        (full("usersig", None), 70002),
        (full("", Some(("usersig", ""))), 70002),
        // Names are case-sensitive: SDKAppID is not sdkappid.
        (full("sdkappid", None) + &format!("&SDKAppID={APP}"), 60012),
        // Another app's SDKAppID: what the wrong region's domain answers.
        (full("", Some(("sdkappid", "1400000099"))), 70020),
    ];
    for (query, code) in cases {
        let answer = h.post(&url_q(&h, &query), &body()).await;
        assert_fail(&answer, code);
    }
    // And the same template with nothing removed passes, so the cases above fail for their reason.
    assert_ok(&h.post(&url_q(&h, &full("", None)), &body()).await);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn every_usersig_verification_failure_has_its_code() {
    let h = Harness::start(Harness::config()).await;
    let now = h.clock.unix_secs();
    let cases = [
        // Not a UserSig at all, and a truncated one.
        ("garbage!!".to_owned(), "admin", 70003),
        (h.sig("admin")[..40].to_owned(), "admin", 70003),
        // Signed for another app, another identifier (case matters), with another key.
        (sign(APP + 1, KEY, "admin", now, 86400), "admin", 70014),
        (sign(APP, KEY, "Admin", now, 86400), "admin", 70013),
        (
            sign(APP, "0000-not-the-key", "admin", now, 86400),
            "admin",
            70009,
        ),
        // Expired one second ago.
        (sign(APP, KEY, "admin", now - 86401, 86400), "admin", 70001),
    ];
    for (i, (usersig, identifier, code)) in cases.into_iter().enumerate() {
        // Four failures at most per minute here, so the lockout doesn't mask a code.
        if i == 4 {
            h.clock.advance(Duration::from_secs(61));
        }
        let answer = h
            .post(&h.url_with(SEND, identifier, &usersig), &body())
            .await;
        assert_fail(&answer, code);
    }
    assert!(h.emu.delivered().is_empty());
    h.emu.shutdown().await;
}

#[tokio::test]
async fn usersig_expires_after_time_plus_expire_by_the_emulators_clock() {
    let h = Harness::start(Harness::config()).await;
    let sig = sign(APP, KEY, "admin", h.clock.unix_secs(), 60);
    let url = h.url_with(SEND, "admin", &sig);
    assert_ok(&h.post(&url, &body()).await);
    h.clock.advance(Duration::from_secs(60));
    assert_ok(
        &h.post(
            &url,
            &json!({"Random": 2, "MsgBody": text_msg("still valid")}),
        )
        .await,
    );
    h.clock.advance(Duration::from_secs(1));
    assert_fail(&h.post(&url, &body()).await, 70001);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn five_failed_verifications_in_a_minute_lock_out_for_a_minute() {
    let h = Harness::start(Harness::config()).await;
    let bad = sign(APP, "wrong-key", "admin", h.clock.unix_secs(), 86400);
    for _ in 0..5 {
        assert_fail(
            &h.post(&h.url_with(SEND, "admin", &bad), &body()).await,
            70009,
        );
    }
    // Now even a correct UserSig is refused.
    assert_fail(&h.post(&h.url(SEND), &body()).await, 70050);
    assert_fail(
        &h.post(&h.url(CHECK), &json!({"CheckItem": [{"UserID": "admin"}]}))
            .await,
        70050,
    );
    h.clock.advance(Duration::from_secs(59));
    assert_fail(&h.post(&h.url(SEND), &body()).await, 70050);
    h.clock.advance(Duration::from_secs(1));
    assert_ok(&h.post(&h.url(SEND), &body()).await);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn unknown_paths_and_methods_get_tencents_errors() {
    let h = Harness::start(Harness::config()).await;
    let q = format!(
        "sdkappid={APP}&identifier=admin&usersig={}&random=1&contenttype=json",
        h.sig("admin")
    );
    let base = h.emu.base_url();
    // Another command of the group service: its "invalid command word".
    let answer = h
        .post(
            &format!("{base}/v4/group_open_http_svc/send_broadcast_msgs?{q}"),
            &body(),
        )
        .await;
    assert_fail(&answer, 10003);
    // No such service at all: "request resource error".
    for path in [
        "/v4/nope_svc/send_broadcast_msg",
        "/",
        "/v4/group_open_http_svc",
    ] {
        let answer = h.post(&format!("{base}{path}?{q}"), &body()).await;
        assert_fail(&answer, 60009);
    }
    // Paths are case-sensitive too.
    let answer = h
        .post(
            &format!("{base}/v4/group_open_http_svc/Send_Broadcast_Msg?{q}"),
            &body(),
        )
        .await;
    assert_fail(&answer, 10003);
    // GET is refused, still as HTTP 200 with a FAIL body.
    let response = h
        .client
        .get(format!("{base}{SEND}?{q}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let answer: Value = response.json().await.unwrap();
    assert_fail(&answer, 60002);
    assert!(h.emu.delivered().is_empty());
    h.emu.shutdown().await;
}

#[tokio::test]
async fn a_percent_encoded_usersig_is_decoded_like_any_url_parameter() {
    let h = Harness::start(Harness::config()).await;
    let sig = h.sig("admin").replace('*', "%2A").replace('_', "%5F");
    let answer = h.post(&h.url_with(SEND, "admin", &sig), &body()).await;
    assert_ok(&answer);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn usersigs_from_the_official_signers_are_accepted_over_http() {
    let file: Value = serde_json::from_str(include_str!("vectors/official_usersigs.json")).unwrap();
    let mut tried = 0;
    for v in file["vectors"].as_array().unwrap() {
        let identifier = v["identifier"].as_str().unwrap();
        if !identifier.is_ascii() {
            continue; // covered by the unit test; not a valid account ID for a URL
        }
        let mut config = tim_emulator::Config::new(APP, file["key"].as_str().unwrap());
        config.admins = vec![identifier.to_owned()];
        let clock = tim_emulator::ManualClock::new(
            std::time::UNIX_EPOCH + Duration::from_secs(v["time"].as_u64().unwrap()),
        );
        let emu = tim_emulator::Emulator::start_with_clock(config, clock)
            .await
            .unwrap();
        let url = format!(
            "{}{CHECK}?sdkappid={APP}&identifier={identifier}&usersig={}&random=1&contenttype=json",
            emu.base_url(),
            v["usersig"].as_str().unwrap()
        );
        let answer: Value = client()
            .post(url)
            .json(&json!({"CheckItem": [{"UserID": identifier}]}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_ok(&answer);
        emu.shutdown().await;
        tried += 1;
    }
    assert!(tried >= 5);
}
