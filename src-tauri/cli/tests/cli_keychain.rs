//! bdesk with a real Secret Service: `secret set|status|delete`, `--profile` on send/check/usersig against
//! tim-emulator, and `profile remove` taking the key with it.
//!
//! Runs only when `BDESK_SECRET_SERVICE_TESTS=1`, set inside `dbus-run-session` with an unlocked
//! gnome-keyring; with the variable set, a missing or locked service FAILS the tests. Recipe (as in
//! desk-core's `tests/keychain_secret_service.rs`):
//!
//! ```text
//! export XDG_DATA_HOME=$(mktemp -d); BDESK_SECRET_SERVICE_TESTS=1 dbus-run-session -- keyctl session - \
//!   bash -c 'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
//!   gdbus wait --session --timeout 10 org.freedesktop.secrets;
//!   cargo test -p bdesk --test cli_keychain'
//! ```
//!
//! The test binary is a debug build, so bdesk uses the dev keychain namespace; every entry a test creates
//! is under a fresh profile id and is removed again even when an assertion fails.
#![cfg(target_os = "linux")]

mod common;

use common::{TEST_KEY, json};
use desk_core::info::BuildKind;
use desk_core::keychain::Keychain;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;
use tim_emulator::{Config, Emulator};

const SDKAPPID: u64 = 1_400_000_000;

fn enabled() -> bool {
    let on = std::env::var("BDESK_SECRET_SERVICE_TESTS").is_ok_and(|v| v == "1");
    if !on {
        eprintln!("skipped: set BDESK_SECRET_SERVICE_TESTS=1 inside a Secret Service session");
    }
    on
}

/// The namespace a debug bdesk writes to.
fn keychain() -> Keychain {
    Keychain::for_build(BuildKind::Debug)
}

/// Removes the keychain entries of the profiles a test made, even when an assertion fails half-way.
#[derive(Default)]
struct Cleanup(Vec<String>);
impl Drop for Cleanup {
    fn drop(&mut self) {
        for id in &self.0 {
            let _ = keychain().delete(id);
        }
    }
}

async fn emulator() -> Emulator {
    let mut config = Config::new(SDKAPPID, TEST_KEY);
    config.accounts = vec!["admin".into(), "host_anna".into()];
    config.rate_per_sec = 100;
    Emulator::start(config).await.expect("emulator starts")
}

/// Runs bdesk in `dir` off the emulator's runtime.
async fn bdesk(dir: &Path, args: &[&str], stdin: &str) -> Output {
    let mut all: Vec<String> = vec!["--data-dir".into(), dir.to_str().unwrap().into()];
    all.extend(args.iter().map(|a| (*a).to_owned()));
    let stdin = stdin.to_owned();
    tokio::task::spawn_blocking(move || common::run(&all, &stdin))
        .await
        .unwrap()
}

fn code(out: &Output) -> Option<i32> {
    out.status.code()
}

fn show(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Adds a profile pointing at the emulator and returns its id.
async fn add_profile(
    dir: &Path,
    emu: &Emulator,
    name: &str,
    extra: &[&str],
    stdin: &str,
    cleanup: &mut Cleanup,
) -> Value {
    let sdkappid = SDKAPPID.to_string();
    let base = emu.base_url();
    let mut args = vec![
        "profile",
        "add",
        "--json",
        "--name",
        name,
        "--endpoint",
        &base,
        "--sdkappid",
        &sdkappid,
        "--identifier",
        "admin",
    ];
    args.extend_from_slice(extra);
    let out = bdesk(dir, &args, stdin).await;
    assert_eq!(code(&out), Some(0), "{}", show(&out));
    let profile = json(&out);
    cleanup.0.push(profile["id"].as_str().unwrap().to_owned());
    profile
}

/// Every file under `dir`, recursively (the database, its WAL and shared-memory files, anything else).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}

fn assert_not_in_files(dir: &Path, secret: &str) {
    let files = files_under(dir);
    assert!(
        !files.is_empty(),
        "the data folder should hold the database"
    );
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "the secret key is in {}",
            file.display()
        );
    }
}

fn assert_not_printed(out: &Output, secret: &str) {
    for stream in [&out.stdout, &out.stderr] {
        assert!(
            !String::from_utf8_lossy(stream).contains(secret),
            "the secret key was printed: {}",
            show(out)
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn secret_set_is_used_by_profile_commands_and_never_written_or_printed() {
    if !enabled() {
        return;
    }
    keychain()
        .probe()
        .expect("Secret Service must be reachable when BDESK_SECRET_SERVICE_TESTS=1");
    let emu = emulator().await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut cleanup = Cleanup::default();
    let profile = add_profile(
        d,
        &emu,
        "Main show",
        &["--from", "host_anna"],
        "",
        &mut cleanup,
    )
    .await;
    let id = profile["id"].as_str().unwrap();
    assert_eq!(profile["keyStored"], false);

    // No key yet: --profile commands say how to store one, exit 2, and make no request.
    let out = bdesk(d, &["check", "--profile", "Main show", "--json"], "").await;
    assert_eq!(code(&out), Some(2), "{}", show(&out));
    assert_eq!(json(&out)["error"]["code"], "MISSING_SECRET");
    assert!(
        json(&out)["error"]["message"]
            .as_str()
            .unwrap()
            .contains("bdesk secret set --profile \"Main show\""),
        "{}",
        show(&out)
    );
    assert_eq!(emu.requests_seen(), 0);
    let out = bdesk(d, &["secret", "status", "--profile", "Main show"], "").await;
    assert_eq!(code(&out), Some(1), "{}", show(&out));

    let mut outputs = Vec::new();
    let out = bdesk(
        d,
        &["secret", "set", "--profile", "main show"],
        &format!("{TEST_KEY}\n"),
    )
    .await;
    assert_eq!(code(&out), Some(0), "{}", show(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("stored in Secret Service"),
        "{}",
        show(&out)
    );
    outputs.push(out);
    assert!(
        keychain().contains(id).unwrap(),
        "the key is in the dev namespace"
    );
    assert_eq!(keychain().get(id).unwrap().unwrap().expose(), TEST_KEY);

    let out = bdesk(d, &["secret", "status", "--profile", id, "--json"], "").await;
    assert_eq!(code(&out), Some(0), "{}", show(&out));
    assert_eq!(json(&out)["keyStored"], true);
    outputs.push(out);
    let out = bdesk(d, &["profile", "list", "--json"], "").await;
    assert_eq!(json(&out)[0]["keyStored"], true, "{}", show(&out));
    outputs.push(out);

    // check --profile proves the key and also that the default sender exists.
    let out = bdesk(d, &["check", "--profile", "Main show", "--json"], "").await;
    assert_eq!(code(&out), Some(0), "{}", show(&out));
    let printed = json(&out);
    assert_eq!(printed["ok"], true);
    assert_eq!(printed["defaultFromAccount"], "host_anna");
    assert_eq!(printed["defaultFromAccountExists"], true);
    outputs.push(out);

    // send --profile uses the default sender unless the command names one.
    let out = bdesk(
        d,
        &[
            "send",
            "--profile",
            "Main show",
            "--text",
            "Doors open",
            "--json",
        ],
        "",
    )
    .await;
    assert_eq!(code(&out), Some(0), "{}", show(&out));
    outputs.push(out);
    let out = bdesk(
        d,
        &[
            "send",
            "--profile",
            "Main show",
            "--text",
            "Half-time",
            "--from",
            "admin",
            "--json",
        ],
        "",
    )
    .await;
    assert_eq!(code(&out), Some(0), "{}", show(&out));
    outputs.push(out);
    let delivered = emu.delivered();
    assert_eq!(delivered.len(), 2);
    assert_eq!(delivered[0].from_account, "host_anna");
    assert_eq!(delivered[1].from_account, "admin");

    // usersig --profile signs with the stored key and the profile's lifetime.
    let out = bdesk(
        d,
        &[
            "usersig",
            "--profile",
            "Main show",
            "--json",
            "--time",
            "1700000000",
        ],
        "",
    )
    .await;
    assert_eq!(code(&out), Some(0), "{}", show(&out));
    let printed = json(&out);
    assert_eq!(printed["expire"], profile["usersigLifetimeSecs"]);
    let key = desk_core::secret::SecretKey::from(TEST_KEY);
    desk_core::usersig::verify(
        &key,
        printed["usersig"].as_str().unwrap(),
        SDKAPPID,
        "admin",
        1_700_000_000,
    )
    .expect("the UserSig was signed with the stored key");
    outputs.push(out);

    for out in &outputs {
        assert_not_printed(out, TEST_KEY);
    }
    assert_not_in_files(d, TEST_KEY);

    // Delete: the key is gone from the keychain, the profile stays, and --profile asks for a key again.
    let out = bdesk(
        d,
        &["secret", "delete", "--profile", "Main show", "--json"],
        "",
    )
    .await;
    assert_eq!(code(&out), Some(0), "{}", show(&out));
    assert_eq!(json(&out)["deleted"], true);
    assert!(!keychain().contains(id).unwrap());
    let out = bdesk(
        d,
        &["secret", "delete", "--profile", "Main show", "--json"],
        "",
    )
    .await;
    assert_eq!(json(&out)["deleted"], false, "deleting twice is harmless");
    let out = bdesk(
        d,
        &["send", "--profile", "Main show", "--text", "x", "--json"],
        "",
    )
    .await;
    assert_eq!(code(&out), Some(2), "{}", show(&out));
    assert_eq!(emu.delivered().len(), 2);
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_stored_key_is_explained_as_70009() {
    if !enabled() {
        return;
    }
    let emu = emulator().await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut cleanup = Cleanup::default();
    add_profile(d, &emu, "Wrong key", &[], "", &mut cleanup).await;
    let wrong = "obviously-wrong-test-key-0000";
    let out = bdesk(d, &["secret", "set", "--profile", "Wrong key"], wrong).await;
    assert_eq!(code(&out), Some(0), "{}", show(&out));

    let out = bdesk(d, &["check", "--profile", "Wrong key"], "").await;
    assert_eq!(code(&out), Some(1), "{}", show(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("70009") && stderr.contains("wrong key"),
        "{}",
        show(&out)
    );
    assert_not_printed(&out, wrong);

    let out = bdesk(
        d,
        &[
            "send",
            "--profile",
            "Wrong key",
            "--text",
            "hello",
            "--json",
        ],
        "",
    )
    .await;
    assert_eq!(code(&out), Some(1), "{}", show(&out));
    assert_eq!(json(&out)["errorCode"], 70009);
    assert_not_printed(&out, wrong);
    assert!(emu.delivered().is_empty());
    assert_not_in_files(d, wrong);
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_default_sender_fails_the_check() {
    if !enabled() {
        return;
    }
    let emu = emulator().await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut cleanup = Cleanup::default();
    let profile = add_profile(
        d,
        &emu,
        "Ghost sender",
        &["--from", "ghost", "--secret-stdin"],
        TEST_KEY,
        &mut cleanup,
    )
    .await;
    assert_eq!(profile["keyStored"], true);

    let out = bdesk(d, &["check", "--profile", "Ghost sender", "--json"], "").await;
    assert_eq!(code(&out), Some(1), "{}", show(&out));
    let printed = json(&out);
    assert_eq!(printed["defaultFromAccount"], "ghost");
    assert_eq!(printed["defaultFromAccountExists"], false);
    let out = bdesk(d, &["check", "--profile", "Ghost sender"], "").await;
    assert_eq!(code(&out), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("default sender “ghost”") && text.contains("does not exist"),
        "{}",
        show(&out)
    );
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn add_with_secret_stdin_then_remove_deletes_the_key() {
    if !enabled() {
        return;
    }
    let emu = emulator().await;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut cleanup = Cleanup::default();
    let out_key = format!("  {TEST_KEY}\n");
    let profile = add_profile(
        d,
        &emu,
        "Temporary",
        &["--secret-stdin"],
        &out_key,
        &mut cleanup,
    )
    .await;
    let id = profile["id"].as_str().unwrap();
    assert_eq!(profile["keyStored"], true);
    assert_eq!(
        keychain().get(id).unwrap().unwrap().expose(),
        TEST_KEY,
        "surrounding whitespace is trimmed"
    );
    assert_not_in_files(d, TEST_KEY);

    let out = bdesk(d, &["profile", "remove", "temporary", "--json"], "").await;
    assert_eq!(code(&out), Some(0), "{}", show(&out));
    assert_eq!(json(&out)["removed"], true);
    assert!(
        !keychain().contains(id).unwrap(),
        "remove deletes the keychain entry"
    );
    let out = bdesk(d, &["profile", "list", "--json"], "").await;
    assert_eq!(json(&out), serde_json::json!([]));
    emu.shutdown().await;
}
