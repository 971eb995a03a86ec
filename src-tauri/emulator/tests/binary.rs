//! The `tim-emulator` binary: key on stdin, address on the first stdout line, one call, clean stop.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::*;
use serde_json::{Value, json};

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_tim-emulator"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Reads the first stdout line on a thread, so a binary that never prints fails the test instead of
/// hanging it.
fn first_line(child: &mut Child) -> String {
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    rx.recv_timeout(Duration::from_secs(30))
        .expect("the binary prints its address")
}

#[cfg(unix)]
fn terminate(child: &Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

#[cfg(unix)]
#[tokio::test]
async fn runs_prints_its_address_answers_a_call_and_stops_on_sigterm() {
    let mut child = spawn(&[
        "--port",
        "0",
        "--sdkappid",
        &APP.to_string(),
        "--key-stdin",
        "--edition",
        "enterprise",
        "--admins",
        "admin,ops",
        "--accounts",
        "host_anna",
    ]);
    writeln!(child.stdin.take().unwrap(), "  {KEY}  ").unwrap();
    let line = first_line(&mut child);
    let base = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_owned();
    assert!(base.starts_with("http://127.0.0.1:"), "{base}");

    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    // The key was trimmed: a UserSig signed with the bare key verifies.
    let sig = sign(APP, KEY, "ops", now, 3600);
    let url = format!(
        "{base}{CHECK}?sdkappid={APP}&identifier=ops&usersig={sig}&random=9&contenttype=json"
    );
    let answer: Value = client()
        .post(&url)
        .json(&json!({"CheckItem": [{"UserID": "host_anna"}, {"UserID": "admin"}, {"UserID": "zed"}]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_ok(&answer);
    let statuses: Vec<&str> = answer["ResultItem"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["AccountStatus"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["Imported", "Imported", "NotImported"]);

    terminate(&child);
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(
        stderr.contains("POST /v4/im_open_login_svc/account_check identifier=ops -> OK"),
        "{stderr}"
    );
    assert!(!stderr.contains(&sig[..24]), "usersig leaked: {stderr}");
    assert!(!stderr.contains(KEY), "key leaked: {stderr}");
}

#[test]
fn refuses_an_empty_key() {
    let mut child = spawn(&["--port", "0", "--sdkappid", "1", "--key-stdin"]);
    writeln!(child.stdin.take().unwrap(), "   ").unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).contains("empty"));
}

#[test]
fn refuses_edition_and_rate_together() {
    let child = spawn(&[
        "--port",
        "0",
        "--sdkappid",
        "1",
        "--key-stdin",
        "--edition",
        "pro",
        "--rate",
        "3",
    ]);
    let output = child.wait_with_output().unwrap();
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
}
