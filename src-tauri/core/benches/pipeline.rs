//! The whole pipeline's cost on the way out: from `Desk::send`'s entry to the request's arrival at the
//! emulator, warm, against a bare keep-alive POST of the same bytes to the same emulator in the same
//! run. The pipeline's SQLite writes are included with the database as the app runs it (WAL,
//! `synchronous=FULL`, so the outbox row is on disk before the request leaves), on a real disk (the
//! build's target folder, not a tmpfs).
//!
//! Not criterion: each send must find its pacing slot free (a producer's emergency click on an idle
//! profile), so sends are spaced by the edition's interval, and criterion would size its batches by the
//! measured time, not the wall time. It prints medians and spreads and the ratio instead.
//!
//! Run: `cargo bench -p desk-core --bench pipeline` (about 20 s).

mod common;

use std::time::Duration;

use desk_core::desk::Desk;
use desk_core::keychain::Keychain;
use desk_core::message::Draft;
use desk_core::outbox::{Delivery, SendSource};
use desk_core::secret::SecretKey;

use common::{BarePost, KEY, race};

const ROUNDS: usize = 40;
/// Longer than Enterprise's pacing interval (1.1 s / 5), so every send finds its slot free.
const SPACING: Duration = Duration::from_millis(240);

fn draft() -> Draft {
    serde_json::from_value(serde_json::json!({
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "Stream paused: back in two minutes"}}]
    }))
    .unwrap()
}

fn main() {
    // `cargo bench` passes criterion-style flags (`--bench`); there is nothing to parse.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let emu = rt.block_on(common::emulator());

    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let desk = Desk::open(dir.path(), "bench.sqlite3", Keychain::in_memory_for_tests()).unwrap();
    let profile = desk
        .create_profile(
            &common::profile(emu.base_url()),
            Some(&SecretKey::from(KEY)),
        )
        .unwrap()
        .profile;
    let send = || {
        let sent = rt
            .block_on(desk.send(&profile.id, draft(), SendSource::Emergency))
            .unwrap();
        assert_eq!(sent.delivery, Delivery::Sent, "{sent:?}");
        sent
    };

    // The same bytes as the pipeline sends, for the bare POST.
    let first = send();
    let usersig = desk.sign_usersig(&profile.id, None, None).unwrap();
    let bare = BarePost::new(
        &emu.base_url(),
        usersig.usersig.expose(),
        desk.broadcast(&first.outbox_id).unwrap().body,
        first.random,
    );
    let race = race(
        &emu,
        ROUNDS,
        SPACING,
        || {
            send();
        },
        || rt.block_on(bare.post()),
    );
    rt.block_on(emu.shutdown());
    race.print(
        &format!("pipeline, warm, {ROUNDS} sends each, fsync on (synchronous=FULL, WAL, on disk):"),
        "Desk::send (check, outbox row, turn, slot, attempt)",
    );
}
