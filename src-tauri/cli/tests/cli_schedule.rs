//! `bdesk schedule` and `bdesk run-scheduler` through the real binary: items added, listed, shown with
//! their next sends, cancelled; a time in the past refused as it was read; one scheduler per folder;
//! and (with the real Secret Service, as `.ci/test` runs it) an item sent by `run-scheduler` on time.

mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{NO_KEYCHAIN, TEST_KEY, json};

const SDKAPPID: &str = "1400000000";

fn bdesk(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--data-dir", dir.to_str().unwrap(), "--json"];
    all.extend_from_slice(args);
    common::run_env(&all, "", &[NO_KEYCHAIN])
}

/// A profile with no key: scheduling needs none (only sending does).
fn profile(dir: &Path, endpoint: &str) {
    let out = bdesk(
        dir,
        &[
            "profile",
            "add",
            "--name",
            "Show",
            "--endpoint",
            endpoint,
            "--sdkappid",
            SDKAPPID,
            "--identifier",
            "admin",
            "--edition",
            "pro-plus",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[test]
fn items_are_added_listed_shown_with_their_next_sends_and_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    profile(dir.path(), "http://127.0.0.1:9/");
    let added = bdesk(
        dir.path(),
        &[
            "schedule",
            "add",
            "--profile",
            "Show",
            "--text",
            "Nightly recap",
            "--at",
            "2030-01-07T20:00",
            "--zone",
            "Europe/Berlin",
            "--every",
            "daily",
            "--count",
            "3",
            "--label",
            "recap",
            "--confirm-far",
        ],
    );
    assert_eq!(added.status.code(), Some(0), "{added:?}");
    let item = json(&added);
    let id = item["id"].as_str().unwrap().to_owned();
    assert_eq!(item["next"], "2030-01-07T19:00:00Z");

    let shown = json(&bdesk(dir.path(), &["schedule", "show", &id]));
    assert_eq!(
        shown["upcoming"],
        serde_json::json!([
            "2030-01-07T19:00:00Z",
            "2030-01-08T19:00:00Z",
            "2030-01-09T19:00:00Z"
        ])
    );
    let listed = json(&bdesk(dir.path(), &["schedule", "list"]));
    assert_eq!(listed[0]["id"], id.as_str());
    assert_eq!(listed[0]["status"], "scheduled");

    // Edited in place: a later hour and new words; what is not given stays (daily, 3 times).
    let edited = bdesk(
        dir.path(),
        &[
            "schedule",
            "edit",
            &id,
            "--at",
            "2030-01-07T21:00",
            "--text",
            "Nightly recap, later",
            "--confirm-far",
        ],
    );
    assert_eq!(edited.status.code(), Some(0), "{edited:?}");
    let edited = json(&edited);
    assert_eq!(edited["id"], id.as_str());
    assert_eq!(edited["next"], "2030-01-07T20:00:00Z");
    assert_eq!(edited["repeat"]["kind"], "daily");
    assert_eq!(edited["label"], "recap");
    assert_eq!(
        edited["body"]["MsgBody"][0]["MsgContent"]["Text"],
        "Nightly recap, later"
    );

    let cancelled = bdesk(dir.path(), &["schedule", "cancel", &id]);
    assert_eq!(cancelled.status.code(), Some(0), "{cancelled:?}");
    let shown = json(&bdesk(dir.path(), &["schedule", "show", &id]));
    assert_eq!(shown["status"], "cancelled");
    assert_eq!(shown["upcoming"], serde_json::json!([]));
}

#[test]
fn a_time_in_the_past_or_a_mistyped_zone_is_refused_with_what_was_read() {
    let dir = tempfile::tempdir().unwrap();
    profile(dir.path(), "http://127.0.0.1:9/");
    let past = bdesk(
        dir.path(),
        &[
            "schedule",
            "add",
            "--profile",
            "Show",
            "--text",
            "x",
            "--at",
            "2025-12-01T20:00",
            "--zone",
            "Asia/Seoul",
        ],
    );
    assert_eq!(past.status.code(), Some(1), "{past:?}");
    let err = json(&past);
    let text = err["error"].to_string();
    assert!(
        text.contains("2025-12-01 20:00") && text.contains("Asia/Seoul"),
        "{text}"
    );
    let zone = bdesk(
        dir.path(),
        &[
            "schedule",
            "add",
            "--profile",
            "Show",
            "--text",
            "x",
            "--in",
            "10m",
            "--zone",
            "Europe/Berln",
        ],
    );
    assert_ne!(zone.status.code(), Some(0), "{zone:?}");
    assert!(
        String::from_utf8_lossy(&zone.stdout).contains("Europe/Berln"),
        "{zone:?}"
    );
    assert_eq!(
        json(&bdesk(dir.path(), &["schedule", "list"])),
        serde_json::json!([])
    );
}

fn scheduler(dir: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_bdesk"))
        .arg("--data-dir")
        .arg(dir)
        .arg("run-scheduler")
        .env(NO_KEYCHAIN.0, NO_KEYCHAIN.1)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

#[cfg(unix)]
fn terminate(child: &std::process::Child) {
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
}

#[cfg(unix)]
#[test]
fn one_scheduler_per_folder_the_second_says_who_runs_it_and_sigterm_stops_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = scheduler(dir.path());
    // It holds the lock once it has said it runs.
    let holder = dir.path().join("scheduler.json");
    let start = Instant::now();
    while !holder.exists() {
        assert!(start.elapsed() < Duration::from_secs(20), "never started");
        std::thread::sleep(Duration::from_millis(50));
    }
    let second = bdesk(dir.path(), &["run-scheduler"]);
    assert_eq!(second.status.code(), Some(1), "{second:?}");
    let said = json(&second)["error"].clone();
    assert_eq!(said["code"], "SCHEDULER_BUSY");
    let message = said["message"].as_str().unwrap();
    assert!(
        message.contains("bdesk run-scheduler") && message.contains(&first.id().to_string()),
        "{message}"
    );
    terminate(&first);
    let status = first.wait().unwrap();
    assert_eq!(status.code(), Some(0), "SIGTERM is a clean stop");
    assert!(!holder.exists(), "the holder's note goes with it");
}

#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_scheduler_sends_an_item_when_it_is_due_and_a_cancelled_one_never() {
    if std::env::var("BDESK_SECRET_SERVICE_TESTS").as_deref() != Ok("1") {
        eprintln!("skipped: set BDESK_SECRET_SERVICE_TESTS=1 inside a Secret Service session");
        return;
    }
    use tim_emulator::{Config, Emulator};

    let mut config = Config::new(1_400_000_000, TEST_KEY);
    config.admins = vec!["admin".into()];
    let emu = Emulator::start(config).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let _cleanup = common::profile_with_key(dir.path(), "Show", &emu.base_url(), "pro-plus");
    let run = |args: &[&str]| {
        let mut all = vec!["--data-dir", dir.path().to_str().unwrap(), "--json"];
        all.extend_from_slice(args);
        common::run(&all, "")
    };
    let due = json(&run(&[
        "schedule",
        "add",
        "--profile",
        "Show",
        "--text",
        "Going live",
        "--in",
        "3s",
    ]));
    let never = json(&run(&[
        "schedule",
        "add",
        "--profile",
        "Show",
        "--text",
        "Cancelled",
        "--in",
        "3s",
    ]));
    run(&["schedule", "cancel", never["id"].as_str().unwrap()]);

    let mut child = Command::new(env!("CARGO_BIN_EXE_bdesk"))
        .arg("--data-dir")
        .arg(dir.path())
        .arg("run-scheduler")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while emu.delivered().is_empty() {
        assert!(start.elapsed() < Duration::from_secs(30), "never sent");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let delivered = emu.delivered();
    let due_at = humantime::parse_rfc3339(due["next"].as_str().unwrap()).unwrap();
    assert!(
        delivered[0].received_at >= due_at,
        "sent before its time: {:?} < {due_at:?}",
        delivered[0].received_at
    );
    // Its status follows: sent, with the MsgSeq.
    let start = Instant::now();
    loop {
        let shown = json(&run(&["schedule", "show", due["id"].as_str().unwrap()]));
        if shown["lastRun"]["state"] == "sent" {
            assert_eq!(shown["lastRun"]["msgSeq"], delivered[0].msg_seq);
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{shown}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    terminate(&child);
    assert_eq!(child.wait().unwrap().code(), Some(0));
    let texts: Vec<_> = emu
        .delivered()
        .iter()
        .map(|d| d.msg_body[0]["MsgContent"]["Text"].clone())
        .collect();
    assert_eq!(texts, [serde_json::json!("Going live")]);
    emu.shutdown().await;
}

/// The scheduler killed with SIGKILL at random moments while items fall due, restarted each time:
/// every item is delivered exactly once (or shown unknown), never twice, never silently lost.
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scheduler_killed_at_random_moments_never_sends_twice_and_loses_nothing() {
    if std::env::var("BDESK_SECRET_SERVICE_TESTS").as_deref() != Ok("1") {
        eprintln!("skipped: set BDESK_SECRET_SERVICE_TESTS=1 inside a Secret Service session");
        return;
    }
    use tim_emulator::{Config, Emulator, Fault};

    const ITEMS: usize = 10;
    let mut config = Config::new(1_400_000_000, TEST_KEY);
    config.admins = vec!["admin".into()];
    config.rate_per_sec = 100;
    let emu = Emulator::start(config).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str], stdin: &str| {
        let mut all = vec!["--data-dir", dir.path().to_str().unwrap(), "--json"];
        all.extend_from_slice(args);
        common::run(&all, stdin)
    };
    let _cleanup = common::profile_with_key(dir.path(), "Show", &emu.base_url(), "enterprise");
    let mut ids = Vec::new();
    for n in 0..ITEMS {
        let item = json(&run(
            &[
                "schedule",
                "add",
                "--profile",
                "Show",
                "--text",
                &format!("item {n}"),
                "--in",
                &format!("{}ms", 2000 + 700 * n),
            ],
            "",
        ));
        ids.push(item["id"].as_str().unwrap().to_owned());
    }

    // Kill it at random moments until every item is due (about 9 s), restarting each time.
    let deadline = Instant::now() + Duration::from_millis(2000 + 700 * ITEMS as u64 + 500);
    let mut kills = 0;
    while Instant::now() < deadline {
        // Tencent holds some requests a while, so some kills land mid-request.
        emu.inject(
            Fault::Delay(Duration::from_millis(rand::random_range(0..600))),
            1,
        );
        let mut child = scheduler_with_keychain(dir.path());
        tokio::time::sleep(Duration::from_millis(rand::random_range(100..1500))).await;
        let _ = child.kill();
        let _ = child.wait();
        kills += 1;
    }
    // A last scheduler settles what the killed ones left, then stops cleanly.
    let mut last = scheduler_with_keychain(dir.path());
    tokio::time::sleep(Duration::from_secs(4)).await;
    terminate(&last);
    assert_eq!(last.wait().unwrap().code(), Some(0));

    let delivered = emu.delivered();
    let (mut sent, mut unknown) = (0, 0);
    for (n, id) in ids.iter().enumerate() {
        let text = format!("item {n}");
        let copies = delivered
            .iter()
            .filter(|d| d.msg_body[0]["MsgContent"]["Text"] == text.as_str())
            .count();
        assert!(copies <= 1, "{text} delivered {copies} times");
        let shown = json(&run(&["schedule", "show", id], ""));
        let state = shown["lastRun"]["state"]
            .as_str()
            .unwrap_or("none")
            .to_owned();
        match (copies, state.as_str()) {
            (1, "sent") => sent += 1,
            (1, "unknown") => unknown += 1,
            (0, "unknown") => unknown += 1,
            (copies, state) => panic!("{text}: delivered {copies}, its run says {state}: {shown}"),
        }
    }
    println!(
        "{kills} scheduler kills over {ITEMS} items: {sent} delivered once and shown sent, \
         {unknown} shown unknown; 0 delivered twice, 0 lost"
    );
    emu.shutdown().await;
}

#[cfg(target_os = "linux")]
fn scheduler_with_keychain(dir: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_bdesk"))
        .arg("--data-dir")
        .arg(dir)
        .arg("run-scheduler")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Holds the item's next occurrence as a scheduler does under the "ask" policy when it finds it
/// `late` after its time (the laptop slept): taken and held, through the same store the app uses.
fn hold_next(dir: &Path, late: Duration) {
    use desk_core::clock::{Clock, ManualClock, SystemClock};
    let file = desk_core::paths::database_file_name(desk_core::info::BuildKind::current());
    let next_due = desk_core::store::Store::open(dir.join(file))
        .unwrap()
        .schedules()
        .next_due()
        .unwrap()
        .expect("an item waits");
    let at = u64::try_from(next_due + i64::try_from(late.as_millis()).unwrap()).unwrap() / 1000;
    assert!(at * 1000 > u64::try_from(SystemClock.now_unix_ms()).unwrap());
    let clock = std::sync::Arc::new(ManualClock::new(at));
    let store = desk_core::store::Store::open(dir.join(file))
        .unwrap()
        .with_clock(clock.clone());
    let taken = store
        .schedules()
        .take_due(clock.now_unix_ms())
        .unwrap()
        .expect("due then");
    store.schedules().hold(&taken.outbox_id).unwrap();
}

#[test]
fn a_held_send_is_decided_once_news_tells_it_and_a_clash_is_warned() {
    let dir = tempfile::tempdir().unwrap();
    profile(dir.path(), "http://127.0.0.1:9/");
    let add = |text: &str, when: &[&str]| {
        let mut args = vec![
            "schedule",
            "add",
            "--profile",
            "Show",
            "--text",
            text,
            "--missed",
            "ask",
        ];
        args.extend_from_slice(when);
        bdesk(dir.path(), &args)
    };
    let first = add("Doors open", &["--in", "2h"]);
    assert_eq!(first.status.code(), Some(0), "{first:?}");
    let first = json(&first);
    let id = first["id"].as_str().unwrap().to_owned();
    // The same minute on the same profile: saved, with a warning that one of them goes late.
    let (at, zone) = (
        first["at"].as_str().unwrap(),
        first["zone"].as_str().unwrap(),
    );
    let second = add("Bar open", &["--at", at, "--zone", zone]);
    assert_eq!(second.status.code(), Some(0), "{second:?}");
    let warned = String::from_utf8_lossy(&second.stderr);
    assert!(
        warned.contains("too close") && warned.contains(&at[..16].replace('T', " ")),
        "{warned}"
    );
    let second = json(&second);
    assert_eq!(second["clashes"][0]["itemId"], id.as_str());
    // Ten minutes later: no clash, no warning.
    let later = add("Show starts", &["--in", "2h10m"]);
    assert!(
        !String::from_utf8_lossy(&later.stderr).contains("too close"),
        "{later:?}"
    );
    assert_eq!(json(&later)["clashes"], serde_json::json!([]));

    // Found 20 minutes late by a scheduler: held, and the news says so.
    hold_next(dir.path(), Duration::from_secs(20 * 60));
    let news = json(&bdesk(dir.path(), &["schedule", "news"]));
    assert_eq!(news[0]["state"], "missed", "{news}");
    let held_id = news[0]["itemId"].as_str().unwrap().to_owned();
    let due = desk_core::schedule::time::instant_text(news[0]["dueAt"].as_i64().unwrap());
    assert_eq!(due, first["next"].as_str().unwrap());
    let shown = json(&bdesk(dir.path(), &["schedule", "show", &held_id]));
    assert_eq!(shown["status"], "waiting");
    // Listed once more with --seen, then not again; the item still waits for the decision.
    let seen = json(&bdesk(dir.path(), &["schedule", "news", "--seen"]));
    assert_eq!(seen, news);
    let news = json(&bdesk(dir.path(), &["schedule", "news"]));
    assert_eq!(news, serde_json::json!([]), "{news}");
    let shown = json(&bdesk(dir.path(), &["schedule", "show", &held_id]));
    assert_eq!(shown["status"], "waiting");

    let decide = |choice: &str| {
        bdesk(
            dir.path(),
            &["schedule", "decide", &held_id, "--due", &due, choice],
        )
    };
    let skipped = decide("--skip");
    assert_eq!(skipped.status.code(), Some(0), "{skipped:?}");
    assert_eq!(json(&skipped)["skipped"], true);
    let shown = json(&bdesk(dir.path(), &["schedule", "show", &held_id]));
    assert_eq!(shown["status"], "done");
    assert_eq!(shown["lastRun"]["state"], "skipped");
    // Decided already: refused with what became of it, nothing sent.
    let again = decide("--send");
    assert_eq!(again.status.code(), Some(1), "{again:?}");
    let err = json(&again)["error"].clone();
    assert_eq!(err["code"], "SCHEDULE_CHANGED");
    assert!(
        err["message"].as_str().unwrap().contains("it was skipped"),
        "{err}"
    );
    // Neither or both of --send and --skip: refused by the parser.
    let neither = bdesk(dir.path(), &["schedule", "decide", &held_id, "--due", &due]);
    assert_eq!(neither.status.code(), Some(2), "{neither:?}");

    // The producer's own skip is not news.
    let news = json(&bdesk(dir.path(), &["schedule", "news"]));
    assert_eq!(news, serde_json::json!([]), "{news}");
}

/// `decide --send` through the real keychain: the held occurrence reaches the emulator once, under
/// the run's own outbox id, and bdesk prints it as `bdesk send` does.
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_held_send_sent_now_arrives_once() {
    if std::env::var("BDESK_SECRET_SERVICE_TESTS").as_deref() != Ok("1") {
        eprintln!("skipped: set BDESK_SECRET_SERVICE_TESTS=1 inside a Secret Service session");
        return;
    }
    use tim_emulator::{Config, Emulator};

    let mut config = Config::new(1_400_000_000, TEST_KEY);
    config.admins = vec!["admin".into()];
    let emu = Emulator::start(config).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let _cleanup = common::profile_with_key(dir.path(), "Show", &emu.base_url(), "pro-plus");
    let run = |args: &[&str]| {
        let mut all = vec!["--data-dir", dir.path().to_str().unwrap(), "--json"];
        all.extend_from_slice(args);
        common::run(&all, "")
    };
    let added = json(&run(&[
        "schedule",
        "add",
        "--profile",
        "Show",
        "--text",
        "Late but wanted",
        "--in",
        "1h",
        "--missed",
        "ask",
    ]));
    let id = added["id"].as_str().unwrap();
    hold_next(dir.path(), Duration::from_secs(30 * 60));
    let due = added["next"].as_str().unwrap();
    let sent = run(&["schedule", "decide", id, "--due", due, "--send"]);
    assert_eq!(sent.status.code(), Some(0), "{sent:?}");
    let sent = json(&sent);
    assert_eq!(sent["delivery"], "sent");
    assert_eq!(emu.delivered().len(), 1);
    let shown = json(&run(&["schedule", "show", id]));
    assert_eq!(shown["lastRun"]["state"], "sent");
    assert_eq!(shown["lastRun"]["outboxId"], sent["outboxId"]);
    let again = run(&["schedule", "decide", id, "--due", due, "--send"]);
    assert_eq!(again.status.code(), Some(1), "{again:?}");
    assert_eq!(emu.delivered().len(), 1, "never twice");
    emu.shutdown().await;
}
