//! The emergency send's cost on the way out, measured from where the window's part ends: the
//! `broadcast_send` command's entry (with `emergency: true`, through Tauri's real IPC, handler, ACL and
//! capability on the mock runtime, as `window_door` calls it) to the request's arrival at the emulator,
//! warm — against a bare keep-alive POST of the same bytes to the same emulator in the same run.
//! Measuring from the press in the real webview would add WebKit's event and IPC hops, which the
//! WebDriver session cannot time apart from its own; they are the same for every command.
//!
//! Warm as the app keeps it: the profile's connection opened and its UserSig signed by the keep-warm
//! round (`Desk::keep_warm`) before the first timed send, the database as the app runs it (WAL,
//! `synchronous=FULL`) on a real disk (a folder beside the workspace, not a tmpfs).
//!
//! Not a timed assertion (speed targets live in docs/BENCHMARKS.md): an ignored test that prints its
//! figures. Run, optimised like the app:
//! `cargo test --release -p broadcast-desk --lib emergency_bench -- --ignored --nocapture`.

use std::time::{Duration, Instant, SystemTime};

use desk_core::message::Draft;
use desk_core::profiles::{Edition, ProfileDraft, Target};
use desk_core::secret::SecretKey;
use serde_json::json;
use tim_emulator::{Config, Emulator};

use crate::window_door::window_with;

const SDKAPPID: u64 = 1_400_000_000;
const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const ROUNDS: usize = 40;
/// Longer than Enterprise's pacing interval (1.1 s / 5), so every send finds its slot free, as an
/// emergency on an idle profile does.
const SPACING: Duration = Duration::from_millis(240);
const TEXT: &str = "Stream paused: back in two minutes";

fn summary(mut v: Vec<Duration>) -> (Duration, Duration, Duration) {
    v.sort();
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.1), at(0.9))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn since(start: SystemTime, arrival: SystemTime) -> Duration {
    arrival.duration_since(start).unwrap_or(Duration::ZERO)
}

#[test]
#[ignore = "a benchmark: run it with --release -- --ignored --nocapture"]
fn emergency_bench() {
    let mut config = Config::new(SDKAPPID, KEY);
    config.admins = vec!["admin".into()];
    config.rate_per_sec = u32::MAX;
    let emu = tauri::async_runtime::block_on(Emulator::start(config)).unwrap();
    let dir = tempfile::Builder::new()
        .prefix(".emergency-bench-")
        .tempdir_in(env!("CARGO_MANIFEST_DIR"))
        .unwrap();
    let w = window_with(dir.path(), |state| state);
    let desk = w.state().desk().unwrap();
    let profile = desk
        .create_profile(
            &ProfileDraft {
                name: "Bench".into(),
                color: "#0090ff".into(),
                target: Target::Custom {
                    url: emu.base_url(),
                },
                sdkappid: SDKAPPID,
                admin_identifier: "admin".into(),
                edition: Edition::Enterprise,
                default_from_account: None,
                usersig_lifetime_secs: None,
                is_sandbox: false,
            },
            Some(&SecretKey::from(KEY)),
        )
        .unwrap()
        .profile;
    let draft: Draft = serde_json::from_value(json!({
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": TEXT}}]
    }))
    .unwrap();
    let send = |channel: u32| {
        w.invoke(
            "broadcast_send",
            json!({ "id": profile.id, "draft": draft, "emergency": true, "onQueued": format!("__CHANNEL__:{channel}") }),
        )
        .unwrap()
    };

    // Warm as the app keeps it, then one untimed send for the bytes the bare POST repeats.
    tauri::async_runtime::block_on(desk.keep_warm(&profile.id)).unwrap();
    let first = send(1);
    assert_eq!(first["delivery"], "sent", "{first}");
    let body = desk
        .broadcast(first["outboxId"].as_str().unwrap())
        .unwrap()
        .body;
    let random_field = format!("\"Random\":{}", first["random"]);
    assert!(body.contains(&random_field));
    let usersig = desk.sign_usersig(&profile.id, None, None).unwrap();
    let base = format!(
        "{}/v4/group_open_http_svc/send_broadcast_msg?sdkappid={SDKAPPID}&identifier=admin&usersig={}",
        emu.base_url(),
        usersig.usersig.expose()
    );
    let bare = reqwest::Client::new();

    let (mut piped, mut posted, mut piped_total, mut posted_total) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for round in 0..=ROUNDS {
        // Round 0 warms the bare client's connection too; both alternate who goes first.
        for command_first in [round % 2 == 0, round % 2 != 0] {
            std::thread::sleep(SPACING);
            let before = emu.delivered().len();
            let (start, clock) = (SystemTime::now(), Instant::now());
            if command_first {
                let sent = send(2 + round as u32);
                assert_eq!(sent["delivery"], "sent", "{sent}");
                let took = clock.elapsed();
                let arrival = emu.delivered()[before].received_at;
                if round > 0 {
                    piped.push(since(start, arrival));
                    piped_total.push(took);
                }
            } else {
                let random: u32 = rand::random();
                let bytes = body.replacen(&random_field, &format!("\"Random\":{random}"), 1);
                let text = tauri::async_runtime::block_on(async {
                    bare.post(format!("{base}&random={random}&contenttype=json"))
                        .header("content-type", "application/json")
                        .body(bytes)
                        .send()
                        .await
                        .unwrap()
                        .text()
                        .await
                        .unwrap()
                });
                assert!(text.contains("\"ErrorCode\":0"), "{text}");
                let took = clock.elapsed();
                let arrival = emu.delivered()[before].received_at;
                if round > 0 {
                    posted.push(since(start, arrival));
                    posted_total.push(took);
                }
            }
        }
    }
    tauri::async_runtime::block_on(emu.shutdown());
    let emergencies = desk
        .history(
            &desk_core::outbox::HistoryFilter {
                source: Some(desk_core::outbox::SendSource::Emergency),
                ..Default::default()
            },
            1000,
        )
        .unwrap();
    assert_eq!(
        emergencies.len(),
        ROUNDS + 2,
        "every timed send went as an emergency"
    );

    let (p50, p10, p90) = summary(piped);
    let (b50, b10, b90) = summary(posted);
    let (pt, _, _) = summary(piped_total);
    let (bt, _, _) = summary(posted_total);
    println!(
        "emergency send, warm, {ROUNDS} sends each, fsync on (synchronous=FULL, WAL, on disk):"
    );
    println!(
        "  baseline bare keep-alive POST: entry -> arrival median {:.2} ms (p10 {:.2}, p90 {:.2}); \
         round trip {:.2} ms",
        ms(b50),
        ms(b10),
        ms(b90),
        ms(bt)
    );
    println!(
        "  broadcast_send(emergency) through Tauri's IPC: entry -> arrival median {:.2} ms \
         (p10 {:.2}, p90 {:.2}) = {:.2}x baseline; round trip {:.2} ms = {:.2}x baseline",
        ms(p50),
        ms(p10),
        ms(p90),
        p50.as_secs_f64() / b50.as_secs_f64(),
        ms(pt),
        pt.as_secs_f64() / bt.as_secs_f64()
    );
}
