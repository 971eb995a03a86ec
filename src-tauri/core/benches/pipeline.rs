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

use std::time::{Duration, Instant, SystemTime};

use desk_core::desk::Desk;
use desk_core::keychain::Keychain;
use desk_core::message::Draft;
use desk_core::outbox::{Delivery, SendSource};
use desk_core::profiles::{Edition, ProfileDraft, Target};
use desk_core::secret::SecretKey;
use tim_emulator::{Config, Emulator};

const SDKAPPID: u64 = 1_400_000_000;
const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const ROUNDS: usize = 40;
/// Longer than Enterprise's pacing interval (1.1 s / 5), so every send finds its slot free.
const SPACING: Duration = Duration::from_millis(240);

fn draft() -> Draft {
    serde_json::from_value(serde_json::json!({
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "Stream paused: back in two minutes"}}]
    }))
    .unwrap()
}

fn since(start: SystemTime, arrival: SystemTime) -> Duration {
    arrival.duration_since(start).unwrap_or(Duration::ZERO)
}

fn summary(mut v: Vec<Duration>) -> (Duration, Duration, Duration) {
    v.sort();
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.1), at(0.9))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // `cargo bench` passes criterion-style flags (`--bench`); there is nothing to parse.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut config = Config::new(SDKAPPID, KEY);
    config.admins = vec!["admin".into()];
    config.rate_per_sec = u32::MAX;
    let emu = rt.block_on(Emulator::start(config)).unwrap();

    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let desk = Desk::open(dir.path(), "bench.sqlite3", Keychain::in_memory_for_tests()).unwrap();
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

    let bare = reqwest::Client::new();
    let usersig = desk.sign_usersig(&profile.id, None, None).unwrap();
    let base = format!(
        "{}/v4/group_open_http_svc/send_broadcast_msg?sdkappid={SDKAPPID}&identifier=admin&usersig={}",
        emu.base_url(),
        usersig.usersig.expose()
    );

    let (mut piped, mut posted, mut piped_total, mut posted_total) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    rt.block_on(async {
        // The same bytes as the pipeline sends, with a Random of the bare POST's own.
        let first = desk
            .send(&profile.id, draft(), SendSource::Emergency)
            .await
            .unwrap();
        assert_eq!(first.delivery, Delivery::Sent, "{first:?}");
        let body = desk.broadcast(&first.outbox_id).unwrap().body;
        let random_field = format!("\"Random\":{}", first.random);
        assert!(body.contains(&random_field));
        for round in 0..=ROUNDS {
            // Round 0 warms the bare client's connection too; both alternate who goes first.
            for pipeline_first in [round % 2 == 0, round % 2 != 0] {
                tokio::time::sleep(SPACING).await;
                let before = emu.delivered().len();
                let (start, clock) = (SystemTime::now(), Instant::now());
                if pipeline_first {
                    let sent = desk
                        .send(&profile.id, draft(), SendSource::Emergency)
                        .await
                        .unwrap();
                    assert_eq!(sent.delivery, Delivery::Sent);
                    let took = clock.elapsed();
                    let arrival = emu.delivered()[before].received_at;
                    if round > 0 {
                        piped.push(since(start, arrival));
                        piped_total.push(took);
                    }
                } else {
                    let random: u32 = rand::random();
                    let bytes = body.replacen(&random_field, &format!("\"Random\":{random}"), 1);
                    let resp = bare
                        .post(format!("{base}&random={random}&contenttype=json"))
                        .header("content-type", "application/json")
                        .body(bytes)
                        .send()
                        .await
                        .unwrap();
                    let text = resp.text().await.unwrap();
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
    });
    rt.block_on(emu.shutdown());

    let (p50, p10, p90) = summary(piped);
    let (b50, b10, b90) = summary(posted);
    let (pt, _, _) = summary(piped_total);
    let (bt, _, _) = summary(posted_total);
    println!("pipeline, warm, {ROUNDS} sends each, fsync on (synchronous=FULL, WAL, on disk):");
    println!(
        "  baseline bare keep-alive POST: entry -> arrival median {:.2} ms (p10 {:.2}, p90 {:.2}); \
         round trip {:.2} ms",
        ms(b50),
        ms(b10),
        ms(b90),
        ms(bt)
    );
    println!(
        "  Desk::send (check, outbox row, turn, slot, attempt): entry -> arrival median {:.2} ms \
         (p10 {:.2}, p90 {:.2}) = {:.2}x baseline; round trip {:.2} ms = {:.2}x baseline",
        ms(p50),
        ms(p10),
        ms(p90),
        p50.as_secs_f64() / b50.as_secs_f64(),
        ms(pt),
        pt.as_secs_f64() / bt.as_secs_f64()
    );
}
