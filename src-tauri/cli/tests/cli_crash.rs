//! bdesk killed with SIGKILL at random moments of a send — before its first attempt, while the request
//! is held by Tencent, after the answer — then one more `bdesk send` on the same data folder: every
//! message is delivered once or reported unknown, never twice, never silently lost. Prints the counts.
//!
//! Needs the real Secret Service like `cli_keychain.rs` (the resumed sends sign with the profile's key
//! from the keychain): runs only with `BDESK_SECRET_SERVICE_TESTS=1`, which `.ci/test` sets.
#![cfg(target_os = "linux")]

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::{TEST_KEY, json};
use desk_core::info::BuildKind;
use desk_core::keychain::Keychain;
use tim_emulator::{Config, Emulator, Fault};

const SDKAPPID: u64 = 1_400_000_000;
const ROUNDS: usize = 8;

fn enabled() -> bool {
    std::env::var("BDESK_SECRET_SERVICE_TESTS").is_ok_and(|v| v == "1")
}

struct Cleanup(String);
impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = Keychain::for_build(BuildKind::Debug).delete(&self.0);
    }
}

fn bdesk(dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_bdesk"));
    command.arg("--data-dir").arg(dir);
    command
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_bdesk_never_sends_twice_and_never_loses_a_message() {
    if !enabled() {
        eprintln!("skipped: set BDESK_SECRET_SERVICE_TESTS=1 inside a Secret Service session");
        return;
    }
    let mut config = Config::new(SDKAPPID, TEST_KEY);
    config.admins = vec!["admin".into()];
    config.rate_per_sec = 100;
    let emu = Emulator::start(config).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = emu.base_url();
    let sdkappid = SDKAPPID.to_string();
    let added = common::run(
        &[
            "--data-dir",
            dir.path().to_str().unwrap(),
            "--json",
            "profile",
            "add",
            "--name",
            "Crash test",
            "--endpoint",
            &base,
            "--sdkappid",
            &sdkappid,
            "--identifier",
            "admin",
            "--edition",
            "pro-plus",
            "--secret-stdin",
        ],
        TEST_KEY,
    );
    assert_eq!(added.status.code(), Some(0), "{added:?}");
    let _cleanup = Cleanup(json(&added)["id"].as_str().unwrap().to_owned());

    for round in 0..ROUNDS {
        // Tencent holds some requests a while, so some kills land mid-request.
        let hold: u64 = rand::random_range(0..1200);
        emu.inject(Fault::Delay(Duration::from_millis(hold)), 1);
        let mut child = bdesk(dir.path())
            .args(["send", "--profile", "Crash test", "--text"])
            .arg(format!("round {round}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let after: u64 = rand::random_range(0..1000);
        tokio::time::sleep(Duration::from_millis(after)).await;
        let _ = child.kill(); // SIGKILL: no chance to tidy up
        let _ = child.wait();
    }
    // The next send on this folder first settles everything the killed ones left in flight.
    let last = bdesk(dir.path())
        .args([
            "send",
            "--profile",
            "Crash test",
            "--text",
            "after the crashes",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(last.status.code(), Some(0), "{last:?}");
    // Requests Tencent was still holding are handled too (and dropped as repeats).
    tokio::time::sleep(Duration::from_millis(1500)).await;

    let history = bdesk(dir.path())
        .args(["history", "--json", "--limit", "100"])
        .output()
        .unwrap();
    let rows = json(&history);
    let delivered = emu.delivered();
    let (mut once, mut unknown, mut never_left) = (0, 0, 0);
    for round in 0..ROUNDS {
        let text = format!("round {round}");
        let copies = delivered
            .iter()
            .filter(|d| d.msg_body[0]["MsgContent"]["Text"] == text.as_str())
            .count();
        assert!(copies <= 1, "{text} delivered {copies} times");
        let row = rows.as_array().unwrap().iter().find(|r| {
            delivered.iter().any(|d| {
                u64::from(d.random) == r["random"].as_u64().unwrap()
                    && d.msg_body[0]["MsgContent"]["Text"] == text.as_str()
            })
        });
        match (copies, row.map(|r| r["delivery"].as_str().unwrap())) {
            (1, Some("sent")) => once += 1,
            (1, Some("unknown")) => unknown += 1,
            (1, other) => panic!("{text} was delivered but its row says {other:?}"),
            (_, _) => never_left += 1,
        }
    }
    // A round killed before its row was written has no row and no delivery: nothing to lose.
    for row in rows.as_array().unwrap() {
        assert_ne!(row["delivery"], "sending", "nothing stays in flight: {row}");
        let delivered_it = delivered
            .iter()
            .any(|d| u64::from(d.random) == row["random"].as_u64().unwrap());
        if row["delivery"] == "sent" {
            assert!(delivered_it, "a row says sent but nothing arrived: {row}");
        }
        if row["delivery"] == "notSent" {
            assert!(!delivered_it, "a row says not sent but it arrived: {row}");
        }
    }
    println!(
        "{ROUNDS} killed sends: {once} delivered once and reported sent, {unknown} delivered once and \
         reported unknown, {never_left} never left (not sent or no row); 0 delivered twice"
    );
    emu.shutdown().await;
}
