//! The pipeline as scripts meet it through the real bdesk: `--no-wait` queues and a detached bdesk
//! sends, `outbox cancel` stops a queued one from any process, and a burst from two bdesk streams and
//! the app's core at once keeps to the profile's rate. Prints the burst's figures.
//!
//! Needs the real Secret Service like `cli_keychain.rs` (every send signs with the profile's key from
//! the keychain): runs only with `BDESK_SECRET_SERVICE_TESTS=1`, which `.ci/test` sets.
#![cfg(target_os = "linux")]

mod common;

use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{TEST_KEY, json};
use desk_core::desk::Desk;
use desk_core::info::BuildKind;
use desk_core::keychain::Keychain;
use desk_core::message::Draft;
use desk_core::outbox::{Delivery, SendSource};
use desk_core::paths;
use tim_emulator::{Config, Emulator};

const SDKAPPID: u64 = 1_400_000_000;

fn enabled() -> bool {
    std::env::var("BDESK_SECRET_SERVICE_TESTS").is_ok_and(|v| v == "1")
}

fn bdesk(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--data-dir", dir.to_str().unwrap(), "--json"];
    all.extend_from_slice(args);
    common::run(&all, "")
}

/// An emulator at `rate` per second and a profile of `edition` on it, its key in the keychain.
async fn set_up(rate: u32, edition: &str) -> (Emulator, tempfile::TempDir, common::KeyCleanup) {
    let mut config = Config::new(SDKAPPID, TEST_KEY);
    config.admins = vec!["admin".into()];
    config.rate_per_sec = rate;
    let emu = Emulator::start(config).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cleanup = common::profile_with_key(dir.path(), "Show", &emu.base_url(), edition);
    (emu, dir, cleanup)
}

fn history(dir: &Path) -> Vec<serde_json::Value> {
    let out = bdesk(dir, &["history", "--limit", "100"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    json(&out).as_array().unwrap().clone()
}

/// Polls until `done` holds (the detached sender works on its own time), for at most 20 s.
async fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < Duration::from_secs(20), "never: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_wait_returns_the_outbox_id_at_once_and_a_detached_bdesk_sends_it() {
    if !enabled() {
        eprintln!("skipped: set BDESK_SECRET_SERVICE_TESTS=1 inside a Secret Service session");
        return;
    }
    let (emu, dir, _cleanup) = set_up(5, "pro-plus").await;
    let queued = bdesk(
        dir.path(),
        &[
            "send",
            "--profile",
            "Show",
            "--text",
            "Stream paused, back shortly",
            "--emergency",
            "--no-wait",
        ],
    );
    assert_eq!(queued.status.code(), Some(0), "{queued:?}");
    let printed = json(&queued);
    assert_eq!(printed["delivery"], "queued");
    let id = printed["outboxId"].as_str().unwrap().to_owned();
    let random = printed["random"].as_u64().unwrap();

    eventually("the detached bdesk delivered it", || {
        emu.delivered().len() == 1
    })
    .await;
    let delivered = emu.delivered();
    assert_eq!(u64::from(delivered[0].random), random);
    eventually("its row says sent", || {
        history(dir.path())
            .iter()
            .any(|r| r["id"] == id.as_str() && r["delivery"] == "sent")
    })
    .await;
    let row = history(dir.path())
        .into_iter()
        .find(|r| r["id"] == id.as_str())
        .unwrap();
    assert_eq!(row["source"], "emergency");
    assert_eq!(row["msgSeq"], delivered[0].msg_seq);
    assert_eq!(row["attempts"], 1);
    // Once only.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(emu.delivered().len(), 1);
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_queued_broadcast_is_cancelled_from_another_bdesk_and_never_leaves() {
    if !enabled() {
        eprintln!("skipped: set BDESK_SECRET_SERVICE_TESTS=1 inside a Secret Service session");
        return;
    }
    let (emu, dir, _cleanup) = set_up(1, "pro").await;
    // Sent now: the next slot for this profile is a Pro interval (1.1 s) away.
    let first = bdesk(
        dir.path(),
        &["send", "--profile", "Show", "--text", "first"],
    );
    assert_eq!(first.status.code(), Some(0), "{first:?}");
    let first_id = json(&first)["outboxId"].as_str().unwrap().to_owned();
    let queued = bdesk(
        dir.path(),
        &["send", "--profile", "Show", "--text", "second", "--no-wait"],
    );
    assert_eq!(queued.status.code(), Some(0), "{queued:?}");
    let id = json(&queued)["outboxId"].as_str().unwrap().to_owned();
    let open = bdesk(dir.path(), &["outbox"]);
    assert!(
        json(&open)
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["id"] == id.as_str() && r["delivery"] == "queued"),
        "{open:?}"
    );
    let cancelled = bdesk(dir.path(), &["outbox", "cancel", &id]);
    assert_eq!(cancelled.status.code(), Some(0), "{cancelled:?}");

    // What has left cannot be cancelled: exit 1, and it says why.
    let late = common::run(
        &[
            "--data-dir",
            dir.path().to_str().unwrap(),
            "outbox",
            "cancel",
            &first_id,
        ],
        "",
    );
    assert_eq!(late.status.code(), Some(1), "{late:?}");
    assert!(
        String::from_utf8_lossy(&late.stderr).contains("already sent"),
        "{late:?}"
    );

    // Well past its slot: it never left.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let texts: Vec<String> = emu
        .delivered()
        .iter()
        .map(|d| {
            d.msg_body[0]["MsgContent"]["Text"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(texts, ["first"]);
    let row = history(dir.path())
        .into_iter()
        .find(|r| r["id"] == id.as_str())
        .unwrap();
    assert_eq!(row["delivery"], "notSent");
    assert!(row["cancelledAt"].is_number(), "{row}");
    assert_eq!(row["attempts"], 0);
    emu.shutdown().await;
}

fn text(t: &str) -> Draft {
    serde_json::from_value(serde_json::json!({
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": t}}]
    }))
    .unwrap()
}

/// One bdesk stream: `count` sends one after another, as a script in a loop makes them.
fn stream(dir: &Path, name: &'static str, count: usize) -> std::thread::JoinHandle<Vec<i32>> {
    let dir = dir.to_owned();
    std::thread::spawn(move || {
        (0..count)
            .map(|n| {
                let out = Command::new(env!("CARGO_BIN_EXE_bdesk"))
                    .arg("--data-dir")
                    .arg(&dir)
                    .args(["--json", "send", "--profile", "Show", "--text"])
                    .arg(format!("{name} {n}"))
                    .output()
                    .unwrap();
                out.status.code().unwrap_or(-1)
            })
            .collect()
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_from_two_bdesk_streams_and_the_app_keeps_to_the_pro_rate() {
    if !enabled() {
        eprintln!("skipped: set BDESK_SECRET_SERVICE_TESTS=1 inside a Secret Service session");
        return;
    }
    // Tencent's Pro edition: one broadcast a second, 10023 for any faster.
    let (emu, dir, cleanup) = set_up(1, "pro").await;
    let app = Arc::new(
        Desk::open(
            dir.path(),
            paths::database_file_name(BuildKind::Debug),
            Keychain::for_build(BuildKind::Debug),
        )
        .unwrap(),
    );
    let started = Instant::now();
    let streams = [stream(dir.path(), "a", 7), stream(dir.path(), "b", 7)];
    let mut window_sends = Vec::new();
    for n in 0..6 {
        let (app, id) = (Arc::clone(&app), cleanup.0.clone());
        window_sends.push(tokio::spawn(async move {
            app.send(&id, text(&format!("window {n}")), SendSource::Window)
                .await
        }));
    }
    for send in window_sends {
        let sent = send.await.unwrap().unwrap();
        assert_eq!(sent.delivery, Delivery::Sent, "{sent:?}");
    }
    for s in streams {
        assert_eq!(s.join().unwrap(), [0; 7], "every bdesk send exits 0 (sent)");
    }
    let took = started.elapsed();

    let delivered = emu.delivered();
    assert_eq!(delivered.len(), 20);
    let rows = history(dir.path());
    assert_eq!(rows.len(), 20);
    assert!(rows.iter().all(|r| r["delivery"] == "sent"), "{rows:?}");
    // What the pacing promises, read from the outbox: across the three processes, no attempt left
    // within an interval (1.1 s at 1/s) of another. Arrivals at the emulator add the machine's own
    // jitter on top, which no pacing controls: an attempt refused as too fast anyway is retried with
    // its Random (still one delivery, as asserted above) and counted in the figures below.
    let mut departures: Vec<i64> = rows
        .iter()
        .flat_map(|r| {
            app.broadcast(r["id"].as_str().unwrap())
                .unwrap()
                .attempts
                .into_iter()
                .map(|a| a.started_at)
        })
        .collect();
    departures.sort_unstable();
    let closest = departures.windows(2).map(|w| w[1] - w[0]).min().unwrap();
    assert!(
        closest >= 1100,
        "two attempts left {closest} ms apart: {departures:?}"
    );
    assert_eq!(
        emu.requests_seen(),
        departures.len(),
        "one request per attempt"
    );
    let retried = rows.iter().filter(|r| r["attempts"] != 1).count();
    // Paced, not a 4-second burst: 19 intervals at least between the first and the last.
    let mut arrivals: Vec<_> = delivered.iter().map(|d| d.received_at).collect();
    arrivals.sort();
    let spread = arrivals[19].duration_since(arrivals[0]).unwrap();
    assert!(
        spread >= Duration::from_millis(19 * 1000),
        "20 broadcasts arrived within {spread:?}"
    );
    println!(
        "burst of 20 at Pro (1/s) from two bdesk streams (7 + 7) and the app (6): closest departures \
         {closest} ms apart, {retried} needed a second attempt, first to last arrival {:.1} s, whole \
         burst {:.1} s",
        spread.as_secs_f64(),
        took.as_secs_f64()
    );
    emu.shutdown().await;
}
