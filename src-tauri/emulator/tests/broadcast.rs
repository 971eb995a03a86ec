//! send_broadcast_msg over real loopback HTTP: success, admin and account checks, the console switch,
//! the rate limit, dedupe, the 12,000-byte limit and body errors.

mod common;

use std::time::Duration;

use common::*;
use serde_json::{Value, json};
use tim_emulator::{Clock, Config, Edition};

#[test]
fn test_signer_reproduces_the_documented_test_vector() {
    assert_eq!(
        tls_sig(APP, KEY, "admin", 1_700_000_000, 86400),
        "4lUxqF/B+QS/FhzU388MWw47s2GIKgpTCF1WmWL/l5Y="
    );
}

#[tokio::test]
async fn success_answers_ok_with_increasing_msg_seq_and_delivers_in_order() {
    let h = Harness::start(Harness::config()).await;
    let mut feed = h.emu.subscribe();
    let mut seqs = Vec::new();
    for (i, text) in ["one", "two", "three"].into_iter().enumerate() {
        let answer = h
            .send(&json!({"Random": 100 + i, "MsgBody": text_msg(text), "CloudCustomData": "cd"}))
            .await;
        seqs.push(assert_ok(&answer).expect("MsgSeq"));
        // Tencent's answers may carry fields a client doesn't know; ours always do.
        assert!(answer["RequestId"].as_str().is_some_and(|r| !r.is_empty()));
    }
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");

    let delivered = h.emu.delivered();
    assert_eq!(delivered.len(), 3);
    for (d, (seq, text)) in delivered
        .iter()
        .zip(seqs.iter().zip(["one", "two", "three"]))
    {
        assert_eq!(d.msg_seq, *seq);
        assert_eq!(d.msg_body, text_msg(text));
        assert_eq!(d.from_account, "admin");
        assert_eq!(d.cloud_custom_data.as_deref(), Some("cd"));
        assert_eq!(d.received_at, h.clock.now());
    }
    assert_eq!(delivered[0].random, 100);
    let live = feed.recv().await.unwrap();
    assert_eq!(live, delivered[0]);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn only_an_app_admin_may_send() {
    let h = Harness::start(Harness::config()).await;
    // host_anna is an imported account with a valid UserSig, but not an admin.
    let url = h.url_with(SEND, "host_anna", &h.sig("host_anna"));
    let answer = h
        .post(&url, &json!({"Random": 1, "MsgBody": text_msg("hi")}))
        .await;
    assert_fail(&answer, 60010);
    // A second admin may.
    let url = h.url_with(SEND, "ops", &h.sig("ops"));
    let answer = h
        .post(&url, &json!({"Random": 1, "MsgBody": text_msg("hi")}))
        .await;
    assert_ok(&answer);
    assert_eq!(h.emu.delivered()[0].from_account, "ops");
    h.emu.shutdown().await;
}

#[tokio::test]
async fn from_account_must_be_imported_and_becomes_the_sender() {
    let h = Harness::start(Harness::config()).await;
    let answer = h
        .send(&json!({"Random": 1, "From_Account": "nobody", "MsgBody": text_msg("hi")}))
        .await;
    let info = assert_fail(&answer, 70107);
    assert!(info.contains("nobody"), "{info}");
    let answer = h
        .send(&json!({"Random": 2, "From_Account": 42, "MsgBody": text_msg("hi")}))
        .await;
    assert_fail(&answer, 60015);
    assert!(h.emu.delivered().is_empty());

    let answer = h
        .send(&json!({"Random": 3, "From_Account": "host_anna", "MsgBody": text_msg("hi")}))
        .await;
    assert_ok(&answer);
    assert_eq!(h.emu.delivered()[0].from_account, "host_anna");
    h.emu.shutdown().await;
}

#[tokio::test]
async fn console_switch_off_answers_10007() {
    let mut config = Harness::config();
    config.broadcast_enabled = false;
    let h = Harness::start(config).await;
    let body = json!({"Random": 1, "MsgBody": text_msg("hi")});
    assert_fail(&h.send(&body).await, 10007);
    h.emu.set_broadcast_enabled(true);
    assert_ok(&h.send(&body).await);
    h.emu.set_broadcast_enabled(false);
    assert_fail(
        &h.send(&json!({"Random": 2, "MsgBody": text_msg("hi")}))
            .await,
        10007,
    );
    assert_eq!(h.emu.delivered().len(), 1);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn pro_edition_allows_one_broadcast_per_sliding_second() {
    let h = Harness::start(Harness::config().with_edition(Edition::Pro)).await;
    let body = |r: u32| json!({"Random": r, "MsgBody": text_msg(&format!("m{r}"))});
    assert_ok(&h.send(&body(1)).await);
    assert_fail(&h.send(&body(2)).await, 10023);
    h.clock.advance(Duration::from_millis(999));
    assert_fail(&h.send(&body(3)).await, 10023);
    h.clock.advance(Duration::from_millis(1));
    assert_ok(&h.send(&body(4)).await);
    let randoms: Vec<u32> = h.emu.delivered().iter().map(|d| d.random).collect();
    assert_eq!(randoms, [1, 4]);

    // An upgrade in the console takes effect at once.
    h.emu.set_rate_per_sec(5);
    for r in 5..9 {
        assert_ok(&h.send(&body(r)).await);
    }
    assert_fail(&h.send(&body(9)).await, 10023);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn pro_plus_allows_five_per_second_and_account_check_does_not_count() {
    let h = Harness::start(Harness::config().with_edition(Edition::ProPlus)).await;
    for r in 0..5 {
        assert_ok(
            &h.send(&json!({"Random": r, "MsgBody": text_msg("x")}))
                .await,
        );
    }
    assert_fail(
        &h.send(&json!({"Random": 9, "MsgBody": text_msg("x")}))
            .await,
        10023,
    );
    // account_check has its own limit, untouched by broadcasts.
    let check = h
        .post(&h.url(CHECK), &json!({"CheckItem": [{"UserID": "admin"}]}))
        .await;
    assert_ok(&check);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn same_random_and_content_within_five_minutes_is_answered_but_not_delivered_again() {
    let h = Harness::start(Harness::config()).await;
    let body = json!({"Random": 77, "MsgBody": text_msg("breaking news"), "CloudCustomData": "c"});
    let first = assert_ok(&h.send(&body).await).unwrap();
    h.clock.advance(Duration::from_secs(299));
    let again = assert_ok(&h.send(&body).await).unwrap();
    assert_eq!(again, first, "a duplicate gets the original MsgSeq");
    assert_eq!(h.emu.delivered().len(), 1);

    // Same Random, other content: a different message.
    let other = assert_ok(
        &h.send(&json!({"Random": 77, "MsgBody": text_msg("other"), "CloudCustomData": "c"}))
            .await,
    )
    .unwrap();
    assert!(other > first);
    // Same content, other Random: a different message too.
    let third = assert_ok(
        &h.send(
            &json!({"Random": 78, "MsgBody": text_msg("breaking news"), "CloudCustomData": "c"}),
        )
        .await,
    )
    .unwrap();
    assert!(third > other);
    // Same Random and MsgBody but another sender or CloudCustomData: also different.
    assert_ok(
        &h.send(
            &json!({"Random": 77, "MsgBody": text_msg("breaking news"), "CloudCustomData": "d"}),
        )
        .await,
    );
    assert_ok(
        &h.send(&json!({"Random": 77, "From_Account": "host_anna", "MsgBody": text_msg("breaking news"), "CloudCustomData": "c"}))
            .await,
    );
    assert_eq!(h.emu.delivered().len(), 5);

    // Five minutes after the first delivery the server no longer remembers it: delivered twice.
    h.clock.advance(Duration::from_secs(1));
    let late = assert_ok(&h.send(&body).await).unwrap();
    assert!(late > first);
    let delivered = h.emu.delivered();
    assert_eq!(delivered.len(), 6);
    assert_eq!(delivered[5].msg_body, text_msg("breaking news"));
    h.emu.shutdown().await;
}

#[tokio::test]
async fn dedupe_ignores_json_key_order_and_whitespace() {
    let h = Harness::start(Harness::config()).await;
    let a = r#"{"Random":5,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}"#;
    let b = r#"{ "MsgBody": [ { "MsgContent": { "Text": "hi" }, "MsgType": "TIMTextElem" } ], "Random": 5 }"#;
    let (_, first) = h.post_raw(&h.url(SEND), a).await;
    let (_, second) = h.post_raw(&h.url(SEND), b).await;
    let first: Value = serde_json::from_str(&first).unwrap();
    let second: Value = serde_json::from_str(&second).unwrap();
    assert_eq!(assert_ok(&first), assert_ok(&second));
    assert_eq!(h.emu.delivered().len(), 1);
    h.emu.shutdown().await;
}

/// MsgBody's compact JSON length for one text element of `text`, computed here, not by the emulator.
fn counted(text: &str, cloud: &str) -> usize {
    serde_json::to_string(&text_msg(text)).unwrap().len() + cloud.len()
}

#[tokio::test]
async fn twelve_thousand_bytes_pass_and_one_more_is_80002() {
    let h = Harness::start(Harness::config()).await;
    let overhead = counted("", "");
    let exact = "a".repeat(12_000 - overhead);
    assert_eq!(counted(&exact, ""), 12_000);
    assert_ok(
        &h.send(&json!({"Random": 1, "MsgBody": text_msg(&exact)}))
            .await,
    );
    let over = "a".repeat(12_001 - overhead);
    let info = assert_fail(
        &h.send(&json!({"Random": 2, "MsgBody": text_msg(&over)}))
            .await,
        80002,
    );
    assert!(info.contains("12001"), "{info}");

    // CloudCustomData counts, in UTF-8 bytes: 2,000 bytes of it leave 10,000 for MsgBody.
    let cloud = "é".repeat(1_000);
    let text = "b".repeat(10_000 - overhead);
    assert_eq!(counted(&text, &cloud), 12_000);
    assert_ok(
        &h.send(&json!({"Random": 3, "MsgBody": text_msg(&text), "CloudCustomData": cloud}))
            .await,
    );
    let cloud_over = format!("{cloud}x");
    assert_fail(
        &h.send(&json!({"Random": 4, "MsgBody": text_msg(&text), "CloudCustomData": cloud_over}))
            .await,
        80002,
    );
    // Multi-byte text counts in bytes too: 4,000 euro signs are 12,000 bytes on their own.
    let euros = "€".repeat(4_000);
    assert_fail(
        &h.send(&json!({"Random": 5, "MsgBody": text_msg(&euros)}))
            .await,
        80002,
    );
    assert_eq!(h.emu.delivered().len(), 2);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn body_errors_answer_tencents_codes() {
    let h = Harness::start(Harness::config()).await;
    let (status, text) = h.post_raw(&h.url(SEND), "").await;
    assert_eq!(status, 200);
    assert_fail(&serde_json::from_str(&text).unwrap(), 60003);
    let (_, text) = h.post_raw(&h.url(SEND), "{\"Random\": 1,").await;
    assert_fail(&serde_json::from_str(&text).unwrap(), 60003);
    let (_, text) = h.post_raw(&h.url(SEND), "[1,2]").await;
    assert_fail(&serde_json::from_str(&text).unwrap(), 60003);
    // A request body far larger than any message: Tencent's "JSON packet too long".
    let huge = json!({"Random": 1, "MsgBody": text_msg(&"z".repeat(100_000))}).to_string();
    let (_, text) = h.post_raw(&h.url(SEND), huge).await;
    assert_fail(&serde_json::from_str(&text).unwrap(), 93000);

    let cases = [
        (json!({"MsgBody": text_msg("x")}), "Random"),
        (json!({"Random": -3, "MsgBody": text_msg("x")}), "Random"),
        (json!({"Random": 1}), "MsgBody"),
        (json!({"Random": 1, "MsgBody": []}), "MsgBody"),
        (
            json!({"Random": 1, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": 3}}]}),
            "MsgBody[0].MsgContent.Text",
        ),
        (
            json!({"Random": 1, "MsgBody": [
                {"MsgType": "TIMTextElem", "MsgContent": {"Text": "ok"}},
                {"MsgType": "TIMFileElem", "MsgContent": {"Url": "https://x/f", "FileSize": 1, "FileName": "f", "Download_Flag": 0}}
            ]}),
            "MsgBody[1].MsgContent.Download_Flag",
        ),
        (
            json!({"Random": 1, "MsgBody": [
                {"MsgType": "TIMCustomElem", "MsgContent": {"Data": "a"}},
                {"MsgType": "TIMCustomElem", "MsgContent": {"Data": "b"}}
            ]}),
            "TIMCustomElem",
        ),
        (
            json!({"Random": 1, "MsgBody": [{"MsgType": "TIMRelayElem", "MsgContent": {}}]}),
            "MsgBody[0].MsgType",
        ),
    ];
    for (body, field) in cases {
        let info = assert_fail(&h.send(&body).await, 10004);
        assert!(info.contains(field), "{field}: {info}");
    }
    assert!(h.emu.delivered().is_empty());
    h.emu.shutdown().await;
}

#[tokio::test]
async fn a_config_built_by_hand_works_too() {
    // The struct's fields are public so tests can set them directly; this is the minimal setup.
    let config = Config {
        sdkappid: 1_400_000_001,
        key: "another-fake-key".into(),
        admins: vec!["boss".into()],
        accounts: vec![],
        rate_per_sec: 5,
        broadcast_enabled: true,
    };
    let emu = tim_emulator::Emulator::start(config).await.unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let sig = sign(1_400_000_001, "another-fake-key", "boss", now, 600);
    let url = format!(
        "{}{SEND}?sdkappid=1400000001&identifier=boss&usersig={sig}&random=1&contenttype=json",
        emu.base_url()
    );
    let answer: Value = client()
        .post(url)
        .json(&json!({"Random": 1, "From_Account": "boss", "MsgBody": text_msg("hi")}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_ok(&answer);
    // The admin counts as imported even when `accounts` doesn't list it.
    assert_eq!(emu.delivered()[0].from_account, "boss");
    emu.shutdown().await;
}
