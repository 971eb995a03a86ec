//! Injected faults, the request counter, the request log and shutdown, over loopback HTTP.

mod common;

use std::io::ErrorKind;
use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};
use tim_emulator::{Config, Emulator, Fault, Outcome};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn body(random: u32) -> Value {
    json!({"Random": random, "MsgBody": text_msg(&format!("m{random}"))})
}

/// A client that opens a new connection for every request, so one reset can't affect the next.
fn fresh_client(timeout: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .pool_max_idle_per_host(0)
        .timeout(timeout)
        .build()
        .unwrap()
}

#[tokio::test]
async fn error_fault_answers_that_code_without_handling_then_normal_service_resumes() {
    let h = Harness::start(Harness::config()).await;
    h.emu.inject(
        Fault::Error {
            code: 10002,
            info: "internal error, please retry".into(),
        },
        2,
    );
    for r in [1, 2] {
        let answer = h.send(&body(r)).await;
        let info = assert_fail(&answer, 10002);
        assert_eq!(info, "internal error, please retry");
    }
    assert!(h.emu.delivered().is_empty());
    assert_ok(&h.send(&body(3)).await);
    assert_eq!(h.emu.requests_seen(), 3);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn http_fault_answers_a_bare_status_with_no_json() {
    let h = Harness::start(Harness::config()).await;
    h.emu.inject(Fault::Http(502), 1);
    let (status, text) = h.post_raw(&h.url(SEND), body(1).to_string()).await;
    assert_eq!(status, 502);
    assert_eq!(text, "");
    assert!(h.emu.delivered().is_empty());
    assert_ok(&h.send(&body(1)).await);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn delay_fault_waits_then_handles_normally() {
    let h = Harness::start(Harness::config()).await;
    let delay = Duration::from_millis(300);
    h.emu.inject(Fault::Delay(delay), 1);
    let started = Instant::now();
    let answer = h.send(&body(1)).await;
    // A lower bound only: the answer can't come before the delay (no speed target here).
    assert!(started.elapsed() >= delay);
    assert_ok(&answer);
    assert_eq!(h.emu.delivered().len(), 1);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn a_client_that_times_out_during_a_delay_still_gets_its_message_delivered() {
    let h = Harness::start(Harness::config()).await;
    let mut feed = h.emu.subscribe();
    h.emu.inject(Fault::Delay(Duration::from_millis(800)), 1);
    let impatient = fresh_client(Duration::from_millis(100));
    let err = impatient
        .post(h.url(SEND))
        .json(&body(1))
        .send()
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    // The server finishes what it started, as Tencent does: the lost answer is the client's problem.
    let delivered = tokio::time::timeout(Duration::from_secs(10), feed.recv())
        .await
        .expect("delivery after the delay")
        .unwrap();
    assert_eq!(delivered.random, 1);
    // A retry with the same Random and content is a duplicate: answered with the same MsgSeq.
    let seq = assert_ok(&h.send(&body(1)).await).unwrap();
    assert_eq!(seq, delivered.msg_seq);
    assert_eq!(h.emu.delivered().len(), 1);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn drop_fault_resets_the_connection_without_a_response_and_delivers_nothing() {
    let h = Harness::start(Harness::config()).await;
    h.emu.inject(Fault::Drop, 1);
    let err = fresh_client(Duration::from_secs(10))
        .post(h.url(SEND))
        .json(&body(1))
        .send()
        .await
        .unwrap_err();
    assert!(!err.is_timeout(), "{err:?}");
    assert!(err.is_request() || err.is_connect(), "{err:?}");
    assert!(h.emu.delivered().is_empty());
    assert_eq!(h.emu.requests_seen(), 1);
    // The next request is served normally (on a new connection).
    assert_ok(&h.send(&body(1)).await);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn drop_fault_is_a_tcp_reset_with_no_bytes_at_all() {
    let h = Harness::start(Harness::config()).await;
    h.emu.inject(Fault::Drop, 1);
    let url = h.url(SEND);
    let path_and_query = url.strip_prefix(&h.emu.base_url()).unwrap();
    let payload = body(1).to_string();
    let mut stream = tokio::net::TcpStream::connect(h.emu.addr()).await.unwrap();
    let request = format!(
        "POST {path_and_query} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{payload}",
        h.emu.addr(),
        payload.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut received = Vec::new();
    let result = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut received))
        .await
        .expect("the emulator closes the connection");
    assert!(
        received.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&received)
    );
    let err = result.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::ConnectionReset, "{err:?}");
    h.emu.shutdown().await;
}

#[tokio::test]
async fn drop_after_handling_delivers_but_loses_the_answer_and_a_retry_is_deduped() {
    let h = Harness::start(Harness::config()).await;
    h.emu.inject(Fault::DropAfterHandling, 1);
    let err = fresh_client(Duration::from_secs(10))
        .post(h.url(SEND))
        .json(&body(9))
        .send()
        .await
        .unwrap_err();
    assert!(!err.is_timeout(), "{err:?}");
    let delivered = h.emu.delivered();
    assert_eq!(delivered.len(), 1);
    let seq = assert_ok(&h.send(&body(9)).await).unwrap();
    assert_eq!(seq, delivered[0].msg_seq);
    assert_eq!(h.emu.delivered().len(), 1);
    h.emu.shutdown().await;
}

#[tokio::test]
async fn faults_are_consumed_one_per_request_in_fifo_order_on_any_path() {
    let h = Harness::start(Harness::config()).await;
    h.emu.inject(Fault::Http(503), 1);
    h.emu.inject(
        Fault::Error {
            code: 60018,
            info: "busy".into(),
        },
        1,
    );
    assert_eq!(h.emu.faults_pending(), 2);
    let mut log = h.emu.subscribe_requests();
    // The first fault is consumed even by a call to account_check.
    let (status, _) = h
        .post_raw(&h.url(CHECK), r#"{"CheckItem":[{"UserID":"admin"}]}"#)
        .await;
    assert_eq!(status, 503);
    assert_fail(&h.send(&body(1)).await, 60018);
    assert_ok(&h.send(&body(1)).await);
    assert_eq!(h.emu.requests_seen(), 3);
    assert_eq!(h.emu.faults_pending(), 0);

    let entries: Vec<_> = (0..3).map(|_| log.try_recv().unwrap()).collect();
    assert_eq!(entries[0].outcome, Outcome::BareStatus(503));
    assert_eq!(entries[0].fault, Some(Fault::Http(503)));
    assert_eq!(entries[0].path, CHECK);
    assert!(matches!(
        entries[1].outcome,
        Outcome::Answered {
            error_code: 60018,
            ..
        }
    ));
    assert!(matches!(
        entries[2].outcome,
        Outcome::Answered {
            error_code: 0,
            msg_seq: Some(_),
            duplicate: false
        }
    ));
    // The log never carries the usersig: only path and identifier.
    assert_eq!(entries[2].identifier.as_deref(), Some("admin"));
    assert!(!format!("{entries:?}").contains(&h.sig("admin")[..20]));
    h.emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn works_on_a_multi_thread_runtime_and_counts_concurrent_requests() {
    let h = Harness::start(Harness::config()).await;
    let mut tasks = Vec::new();
    for r in 0..20u32 {
        let client = h.client.clone();
        let url = h.url(SEND);
        tasks.push(tokio::spawn(async move {
            let answer: Value = client
                .post(url)
                .json(&body(r))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            answer["MsgSeq"].as_u64().unwrap()
        }));
    }
    let mut seqs = Vec::new();
    for t in tasks {
        seqs.push(t.await.unwrap());
    }
    seqs.sort();
    seqs.dedup();
    assert_eq!(seqs.len(), 20, "every broadcast got its own MsgSeq");
    assert_eq!(h.emu.requests_seen(), 20);
    let delivered: Vec<u64> = h.emu.delivered().iter().map(|d| d.msg_seq).collect();
    assert!(delivered.windows(2).all(|w| w[0] < w[1]), "{delivered:?}");
    h.emu.shutdown().await;
}

#[tokio::test]
async fn shutdown_closes_idle_keep_alive_connections_and_stops_listening() {
    let emu = Emulator::start(Config::new(APP, KEY)).await.unwrap();
    let addr = emu.addr();
    let c = client();
    // An answered request leaves an idle keep-alive connection in the client's pool.
    let response = c
        .post(format!("{}/v4/nope", emu.base_url()))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    tokio::time::timeout(Duration::from_secs(10), emu.shutdown())
        .await
        .expect("shutdown returns even with an idle connection open");
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}

#[tokio::test]
async fn shutdown_does_not_wait_for_a_long_delayed_request() {
    let h = Harness::start(Harness::config()).await;
    h.emu.inject(Fault::Delay(Duration::from_secs(3600)), 1);
    let url = h.url(SEND);
    let c = h.client.clone();
    let pending = tokio::spawn(async move { c.post(url).json(&body(1)).send().await });
    // Wait until the request has reached the emulator.
    while h.emu.requests_seen() == 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    tokio::time::timeout(Duration::from_secs(10), h.emu.shutdown())
        .await
        .expect("shutdown gives up on the delayed request");
    let result = pending.await.unwrap();
    let err = result.expect_err("the delayed request never got an answer");
    assert!(!err.is_timeout(), "{err:?}");
}
