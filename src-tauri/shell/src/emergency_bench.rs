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

#[path = "../../core/benches/common/mod.rs"]
mod common;

use std::time::Duration;

use desk_core::message::Draft;
use desk_core::outbox::{HistoryFilter, SendSource};
use desk_core::secret::SecretKey;
use serde_json::json;

use crate::window_door::window_with;
use common::{BarePost, KEY, race};

const ROUNDS: usize = 40;
/// Longer than Enterprise's pacing interval (1.1 s / 5), so every send finds its slot free, as an
/// emergency on an idle profile does.
const SPACING: Duration = Duration::from_millis(240);
const TEXT: &str = "Stream paused: back in two minutes";

#[test]
#[ignore = "a benchmark: run it with --release -- --ignored --nocapture"]
fn emergency_bench() {
    let emu = tauri::async_runtime::block_on(common::emulator());
    let dir = tempfile::Builder::new()
        .prefix(".emergency-bench-")
        .tempdir_in(env!("CARGO_MANIFEST_DIR"))
        .unwrap();
    let w = window_with(dir.path(), |state| state);
    let desk = w.state().desk().unwrap();
    let profile = desk
        .create_profile(
            &common::profile(emu.base_url()),
            Some(&SecretKey::from(KEY)),
        )
        .unwrap()
        .profile;
    let draft: Draft = serde_json::from_value(json!({
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": TEXT}}]
    }))
    .unwrap();
    let mut channel = 0u32;
    let mut send = || {
        channel += 1;
        let sent = w
            .invoke(
                "broadcast_send",
                json!({ "id": profile.id, "draft": draft, "emergency": true, "onQueued": format!("__CHANNEL__:{channel}") }),
            )
            .unwrap();
        assert_eq!(sent["delivery"], "sent", "{sent}");
        sent
    };

    // Warm as the app keeps it, then one untimed send for the bytes the bare POST repeats.
    tauri::async_runtime::block_on(desk.keep_warm(&profile.id)).unwrap();
    let first = send();
    let usersig = desk.sign_usersig(&profile.id, None, None).unwrap();
    let bare = BarePost::new(
        &emu.base_url(),
        usersig.usersig.expose(),
        desk.broadcast(first["outboxId"].as_str().unwrap())
            .unwrap()
            .body,
        u32::try_from(first["random"].as_u64().unwrap()).unwrap(),
    );
    let race = race(
        &emu,
        ROUNDS,
        SPACING,
        || {
            send();
        },
        || tauri::async_runtime::block_on(bare.post()),
    );
    tauri::async_runtime::block_on(emu.shutdown());
    let emergencies = desk
        .history(
            &HistoryFilter {
                source: Some(SendSource::Emergency),
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
    race.print(
        &format!(
            "emergency send, warm, {ROUNDS} sends each, fsync on (synchronous=FULL, WAL, on disk):"
        ),
        "broadcast_send(emergency) through Tauri's IPC",
    );
}
