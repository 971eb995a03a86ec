//! The scheduler under load, against the emulator on loopback with real SQLite files:
//!
//! 1. `BENCH_ITEMS` items (default 1,000) due within one second: how late the scheduler takes each
//!    (its own lateness: due → taken), how late each arrives at the emulator (due → arrival, which
//!    includes the edition's pacing: at Enterprise's 5 per second, item n cannot arrive before n/5 s),
//!    and how many arrived early (must be 0).
//! 2. The list (`Desk::schedules`) with 10,000 items, against a bare `SELECT` of the same rows in the
//!    same run.
//!
//! Not criterion: the first part runs in wall time (the scheduler's 1-second look and the pacing are
//! the point). Prints figures and ratios.
//!
//! Run: `cargo bench -p desk-core --bench schedule` (about 4 minutes for 1,000 items; set
//! `BENCH_ITEMS=200` for a quick look).

mod common;

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use desk_core::desk::Desk;
use desk_core::keychain::Keychain;
use desk_core::message::Draft;
use desk_core::schedule::time::local_in;
use desk_core::schedule::{MissedPolicy, Repeat, RepeatEnd, ScheduleDraft};
use desk_core::secret::SecretKey;

use common::KEY;

const LIST_ITEMS: usize = 10_000;

fn now_ms() -> i64 {
    i64::try_from(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_millis(),
    )
    .unwrap()
}

fn percentiles(mut v: Vec<i64>) -> (i64, i64, i64) {
    v.sort_unstable();
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99), *v.last().unwrap())
}

fn draft(profile: &str, at: String, text: &str) -> ScheduleDraft {
    ScheduleDraft {
        profile_id: profile.into(),
        body: serde_json::from_value::<Draft>(serde_json::json!({
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": text}}]
        }))
        .unwrap(),
        at,
        zone: "UTC".into(),
        repeat: Repeat::Once,
        end: RepeatEnd::Never,
        missed: MissedPolicy::SendIfLate { max_secs: 3600 },
        label: None,
        confirm_far: true,
    }
}

fn desk_with_profile(dir: &std::path::Path, url: String) -> (Arc<Desk>, String) {
    let desk = Desk::open(dir, "bench.sqlite3", Keychain::in_memory_for_tests()).unwrap();
    let id = desk
        .create_profile(&common::profile(url), Some(&SecretKey::from(KEY)))
        .unwrap()
        .profile
        .id;
    (Arc::new(desk), id)
}

fn main() {
    let items: usize = std::env::var("BENCH_ITEMS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let emu = rt.block_on(common::emulator());

    // 1. Many items due at once.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (desk, profile) = desk_with_profile(dir.path(), emu.base_url());
    // All due in the same second, a few seconds from now (`at` is typed to the second).
    let at = local_in(now_ms(), 5, "UTC").unwrap();
    let mut due = Vec::with_capacity(items);
    for n in 0..items {
        let at = at.clone();
        due.push(
            desk.schedule(&draft(&profile, at, &format!("item {n}")))
                .unwrap(),
        );
    }
    let lease = desk.acquire_scheduler("bdesk").unwrap();
    let began = Instant::now();
    rt.block_on(async {
        let mut sends = tokio::task::JoinSet::new();
        while emu.delivered().len() < items {
            let mut spawn = |f: Pin<Box<dyn Future<Output = ()> + Send>>| {
                sends.spawn(f);
            };
            desk.run_due(&lease, &mut spawn).unwrap();
            tokio::time::sleep(desk.next_look()).await;
            assert!(
                began.elapsed() < Duration::from_secs(60 + items as u64),
                "not all delivered"
            );
        }
        while sends.join_next().await.is_some() {}
    });
    let mut taken_late = Vec::new();
    let mut arrived_late = Vec::new();
    let mut early = 0;
    let delivered = emu.delivered();
    for item in &due {
        let run = desk.scheduled_runs(&item.id).unwrap().remove(0);
        taken_late.push(run.late_ms);
        let seq = run.msg_seq.expect("sent");
        let d = delivered.iter().find(|d| d.msg_seq == seq).unwrap();
        let arrival = i64::try_from(
            d.received_at
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_millis(),
        )
        .unwrap();
        if arrival < run.due_at {
            early += 1;
        }
        arrived_late.push(arrival - run.due_at);
    }
    let (t50, t99, tmax) = percentiles(taken_late);
    let (a50, a99, amax) = percentiles(arrived_late);
    println!("{items} items due within 1 s, Enterprise (5/s), emulator without a rate limit:");
    println!("  taken by the scheduler late by: p50 {t50} ms, p99 {t99} ms, max {tmax} ms");
    println!(
        "  arrived late by: p50 {a50} ms, p99 {a99} ms, max {amax} ms (pacing alone puts the last at \
         ≥ {} ms)",
        (items as i64 - 1) * 220
    );
    println!("  arrived early: {early}");
    drop(lease);

    // 2. The list with 10,000 items.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let (desk, profile) = desk_with_profile(dir.path(), emu.base_url());
    // A minute apart: scheduling looks for clashes with the profile's items, which the list does not.
    for n in 0..LIST_ITEMS {
        let at = local_in(now_ms(), 86_400 + 60 * n as u64, "UTC").unwrap();
        desk.schedule(&draft(&profile, at, &format!("item {n}")))
            .unwrap();
    }
    let bare = || {
        let conn = rusqlite::Connection::open(dir.path().join("bench.sqlite3")).unwrap();
        let t = Instant::now();
        let mut stmt = conn.prepare("SELECT * FROM schedule").unwrap();
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .count();
        assert_eq!(rows, LIST_ITEMS);
        t.elapsed()
    };
    let listed = || {
        let t = Instant::now();
        assert_eq!(desk.schedules().unwrap().len(), LIST_ITEMS);
        t.elapsed()
    };
    let (mut b, mut l) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        b.push(bare());
        l.push(listed());
    }
    b.sort();
    l.sort();
    println!(
        "list of {LIST_ITEMS} items: Desk::schedules median {:.1} ms against a bare SELECT of the rows \
         {:.1} ms = {:.1}x",
        l[2].as_secs_f64() * 1000.0,
        b[2].as_secs_f64() * 1000.0,
        l[2].as_secs_f64() / b[2].as_secs_f64()
    );
    rt.block_on(emu.shutdown());
}
