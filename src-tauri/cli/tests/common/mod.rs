//! Running the real bdesk binary the way a script does: arguments, stdin, then stdout/stderr/exit code.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The sanity key docs/TENCENT-API.md (UserSig) documents: published, obviously not a real app's key.
pub const TEST_KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

/// An environment for bdesk in which no keychain can be reached (a D-Bus address that does not exist), so
/// tests that must not depend on one behave the same on every machine and never prompt to unlock one.
#[allow(dead_code)]
pub const NO_KEYCHAIN: (&str, &str) = (
    "DBUS_SESSION_BUS_ADDRESS",
    "unix:path=/nonexistent/bdesk-tests/no-session-bus",
);

// Each test file is its own crate and uses only some of these helpers.
#[allow(dead_code)]
pub fn run<S: AsRef<std::ffi::OsStr>>(args: &[S], stdin: &str) -> Output {
    run_env(args, stdin, &[])
}

/// As [`run`], with extra environment variables. `BDESK_DATA_DIR` points at a fresh folder of its own
/// (every send is written to an outbox there), so neither a developer's own setting nor their real data
/// folder meets a test; tests that want another pass `--data-dir` or `BDESK_DATA_DIR` here.
pub fn run_env<S: AsRef<std::ffi::OsStr>>(args: &[S], stdin: &str, env: &[(&str, &str)]) -> Output {
    let scratch = tempfile::tempdir().expect("a scratch data folder");
    let mut child = Command::new(env!("CARGO_BIN_EXE_bdesk"))
        .args(args)
        .env("BDESK_DATA_DIR", scratch.path())
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bdesk starts");
    // bdesk may refuse its arguments and exit before reading stdin (an invalid message is rejected before
    // the secret is read); the pipe then breaks, which is not the test's concern.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing bdesk's stdin: {e}"
        );
    }
    child.wait_with_output().unwrap()
}

pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {} / {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// Removes a profile's key from the debug build's keychain when dropped, so a test leaves the Secret
/// Service as it found it.
#[allow(dead_code)]
pub struct KeyCleanup(pub String);

impl Drop for KeyCleanup {
    fn drop(&mut self) {
        use desk_core::info::BuildKind;
        use desk_core::keychain::Keychain;
        let _ = Keychain::for_build(BuildKind::Debug).delete(&self.0);
    }
}

/// `bdesk profile add` of a profile named `name` on `endpoint` (SDKAppID 1400000000, admin `admin`) at
/// `edition`, with [`TEST_KEY`] stored in the keychain; the guard holds its id and removes the key.
#[allow(dead_code)]
pub fn profile_with_key(
    dir: &std::path::Path,
    name: &str,
    endpoint: &str,
    edition: &str,
) -> KeyCleanup {
    let added = run(
        &[
            "--data-dir",
            dir.to_str().unwrap(),
            "--json",
            "profile",
            "add",
            "--name",
            name,
            "--endpoint",
            endpoint,
            "--sdkappid",
            "1400000000",
            "--identifier",
            "admin",
            "--edition",
            edition,
            "--secret-stdin",
        ],
        TEST_KEY,
    );
    assert_eq!(added.status.code(), Some(0), "{added:?}");
    KeyCleanup(json(&added)["id"].as_str().unwrap().to_owned())
}
