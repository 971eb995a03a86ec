//! account_check (docs/TENCENT-API.md, Test connection): the harmless call behind "test connection"
//! and From_Account checks.

mod common;

use std::time::Duration;

use common::*;
use serde_json::{Value, json};

#[tokio::test]
async fn reports_imported_and_not_imported_accounts_in_order() {
    let h = Harness::start(Harness::config()).await;
    let answer = h
        .post(
            &h.url(CHECK),
            &json!({"CheckItem": [{"UserID": "admin"}, {"UserID": "host_anna"}, {"UserID": "ghost"}, {"UserID": "Host_Anna"}]}),
        )
        .await;
    assert_ok(&answer);
    assert!(answer.get("MsgSeq").is_none());
    let items = answer["ResultItem"].as_array().unwrap();
    let got: Vec<(&str, &str)> = items
        .iter()
        .map(|i| {
            assert_eq!(i["ResultCode"], 0);
            assert_eq!(i["ResultInfo"], "");
            (
                i["UserID"].as_str().unwrap(),
                i["AccountStatus"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("admin", "Imported"),
            ("host_anna", "Imported"),
            ("ghost", "NotImported"),
            // Account IDs are case-sensitive.
            ("Host_Anna", "NotImported"),
        ]
    );
    assert!(h.emu.delivered().is_empty());
    h.emu.shutdown().await;
}

#[tokio::test]
async fn needs_an_admin_and_a_valid_usersig() {
    let h = Harness::start(Harness::config()).await;
    let check = json!({"CheckItem": [{"UserID": "admin"}]});
    let url = h.url_with(CHECK, "host_anna", &h.sig("host_anna"));
    assert_fail(&h.post(&url, &check).await, 60010);
    let bad = sign(APP, "not-the-key", "admin", h.clock.unix_secs(), 600);
    assert_fail(
        &h.post(&h.url_with(CHECK, "admin", &bad), &check).await,
        70009,
    );
    h.emu.shutdown().await;
}

#[tokio::test]
async fn check_item_must_hold_one_to_a_hundred_string_user_ids() {
    let h = Harness::start(Harness::config()).await;
    let ids = |n: usize| -> Value {
        json!({"CheckItem": (0..n).map(|i| json!({"UserID": format!("u{i}")})).collect::<Vec<_>>()})
    };
    let answer = h.post(&h.url(CHECK), &ids(100)).await;
    assert_ok(&answer);
    assert_eq!(answer["ResultItem"].as_array().unwrap().len(), 100);
    assert_fail(&h.post(&h.url(CHECK), &ids(101)).await, 70402);
    assert_fail(&h.post(&h.url(CHECK), &ids(0)).await, 70402);
    assert_fail(&h.post(&h.url(CHECK), &json!({})).await, 70402);
    assert_fail(
        &h.post(&h.url(CHECK), &json!({"CheckItem": [{"UserID": 7}]}))
            .await,
        60015,
    );
    let (_, text) = h.post_raw(&h.url(CHECK), "").await;
    assert_fail(&serde_json::from_str(&text).unwrap(), 60003);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn allows_a_hundred_calls_per_second() {
    let h = Harness::start(Harness::config()).await;
    let check = json!({"CheckItem": [{"UserID": "admin"}]});
    for _ in 0..100 {
        assert_ok(&h.post(&h.url(CHECK), &check).await);
    }
    assert_fail(&h.post(&h.url(CHECK), &check).await, 60007);
    // Broadcasts have their own limit and are unaffected.
    assert_ok(
        &h.send(&json!({"Random": 1, "MsgBody": text_msg("hi")}))
            .await,
    );
    h.clock.advance(Duration::from_secs(1));
    assert_ok(&h.post(&h.url(CHECK), &check).await);
    h.emu.shutdown().await;
}
