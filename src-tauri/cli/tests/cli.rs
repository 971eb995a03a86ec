//! bdesk as a script would run it: the real binary, its stdin, stdout and exit code.

mod common;

use common::{TEST_KEY, json};
use std::process::Output;

fn bdesk(args: &[&str], stdin: &str) -> Output {
    common::run(args, stdin)
}

#[test]
fn usersig_matches_the_reference_vector() {
    let args = [
        "usersig",
        "--sdkappid",
        "1400000000",
        "--identifier",
        "admin",
        "--time",
        "1700000000",
        "--expire",
        "86400",
        "--secret-stdin",
        "--json",
    ];
    let out = bdesk(&args, &format!("{TEST_KEY}\n"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = json(&out);
    let usersig = printed["usersig"].as_str().unwrap();
    let key = desk_core::secret::SecretKey::from(TEST_KEY);
    let decoded =
        desk_core::usersig::verify(&key, usersig, 1_400_000_000, "admin", 1_700_000_000).unwrap();
    assert_eq!(decoded.sig, "4lUxqF/B+QS/FhzU388MWw47s2GIKgpTCF1WmWL/l5Y=");
    assert_eq!(printed["expiresAt"], 1_700_086_400);
}

#[test]
fn usersig_refuses_an_empty_secret_and_a_missing_flag() {
    let out = bdesk(
        &[
            "usersig",
            "--sdkappid",
            "1",
            "--identifier",
            "admin",
            "--secret-stdin",
        ],
        "\n",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("standard input was empty"));

    // Without --secret-stdin there is no way to give a key: clap refuses with exit 2.
    let out = bdesk(
        &["usersig", "--sdkappid", "1", "--identifier", "admin"],
        TEST_KEY,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stdout).contains(TEST_KEY));
}

#[test]
fn validate_accepts_a_body_without_random_and_fills_it() {
    let body = r#"{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Doors open in 5 minutes"}}]}"#;
    let out = bdesk(&["validate", "--json"], body);
    assert_eq!(out.status.code(), Some(0));
    let report = json(&out);
    assert_eq!(report["valid"], true);
    assert_eq!(report["limit"], 12_000);
    assert_eq!(report["errors"], serde_json::json!([]));
    // The counted bytes are the compact MsgBody, so they can be computed independently here.
    let msg_body: serde_json::Value =
        serde_json::from_str::<serde_json::Value>(body).unwrap()["MsgBody"].clone();
    assert_eq!(
        report["bytes"],
        serde_json::to_string(&msg_body).unwrap().len()
    );
    assert!(
        report["random"]
            .as_u64()
            .is_some_and(|r| r <= u64::from(u32::MAX))
    );
}

#[test]
fn validate_reports_every_problem_with_its_path_and_exits_1() {
    let body = r#"{"Random":5,"MsgBody":[
        {"MsgType":"TIMTextElem","MsgContent":{"text":"typo"}},
        {"MsgType":"TIMFileElem","MsgContent":{"Url":"ftp://x/y","FileSize":1,"FileName":"a","Download_Flag":1}}]}"#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("body.json");
    std::fs::write(&path, body).unwrap();
    let out = bdesk(&["validate", "--json", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out);
    assert_eq!(report["valid"], false);
    let paths: Vec<&str> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap())
        .collect();
    for expected in [
        "MsgBody[0].MsgContent.text",
        "MsgBody[0].MsgContent.Text",
        "MsgBody[1].MsgContent.Url",
        "MsgBody[1].MsgContent.Download_Flag",
    ] {
        assert!(
            paths.contains(&expected),
            "{expected} missing from {paths:?}"
        );
    }
}

#[test]
fn validate_exits_2_on_input_it_cannot_read() {
    let out = bdesk(&["validate", "--json"], "not json");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)["error"]["code"], "INVALID_INPUT");

    let out = bdesk(&["validate", "/nonexistent/body.json"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/body.json"));
}

#[test]
fn version_names_the_commit_it_was_built_from() {
    let out = bdesk(&["--version"], "");
    assert_eq!(out.status.code(), Some(0));
    let printed = String::from_utf8(out.stdout).unwrap();
    // The commit git names for HEAD of this checkout (the test runs where the binary was built).
    let head = std::process::Command::new("git")
        .args(["rev-parse", "--short=9", "HEAD"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let given = std::env::var("BDESK_COMMIT").unwrap_or_default();
    let expected_commit = match (given.trim(), head.as_str()) {
        (given, _) if !given.is_empty() => given,
        (_, "") => "unknown",
        (_, head) => head,
    };
    assert_eq!(
        printed.trim(),
        format!("bdesk {} ({expected_commit})", env!("CARGO_PKG_VERSION"))
    );
}
