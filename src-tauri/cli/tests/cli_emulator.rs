//! bdesk send and check against a real tim-emulator over loopback HTTP.

mod common;

use common::{TEST_KEY, json};
use std::process::Output;
use tim_emulator::{Config, Emulator, Fault};

const SDKAPPID: u64 = 1_400_000_000;

async fn emulator() -> Emulator {
    let mut config = Config::new(SDKAPPID, TEST_KEY);
    config.accounts = vec!["admin".into(), "host_anna".into()];
    // Several sends per test: a Pro rate of 1/s would turn the second into 10023.
    config.rate_per_sec = 100;
    Emulator::start(config).await.expect("emulator starts")
}

async fn bdesk(args: Vec<String>, stdin: &'static str) -> Output {
    // The emulator runs on this runtime; the child is waited for off it.
    tokio::task::spawn_blocking(move || common::run(&args, stdin))
        .await
        .unwrap()
}

fn args(emu: &Emulator, command: &str, extra: &[&str]) -> Vec<String> {
    let sdkappid = SDKAPPID.to_string();
    let base = emu.base_url();
    let mut all = vec![
        command,
        "--endpoint",
        &base,
        "--sdkappid",
        &sdkappid,
        "--identifier",
        "admin",
        "--secret-stdin",
        "--json",
    ];
    all.extend_from_slice(extra);
    all.into_iter().map(String::from).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_delivers_text_once_and_prints_msgseq() {
    let emu = emulator().await;
    let out = bdesk(
        args(
            &emu,
            "send",
            &["--text", "Doors open in 5 minutes", "--random", "4242"],
        ),
        TEST_KEY,
    )
    .await;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed = json(&out);
    assert_eq!(printed["ok"], true);
    assert_eq!(printed["random"], 4242);
    assert_eq!(printed["class"], "OK");
    let delivered = emu.delivered();
    assert_eq!(delivered.len(), 1);
    assert_eq!(printed["msgSeq"], delivered[0].msg_seq);
    assert_eq!(delivered[0].random, 4242);
    assert_eq!(
        delivered[0].msg_body[0]["MsgContent"]["Text"],
        "Doors open in 5 minutes"
    );

    // The same Random and content again (a retry after a lost answer) is not delivered twice.
    let again = bdesk(
        args(
            &emu,
            "send",
            &["--text", "Doors open in 5 minutes", "--random", "4242"],
        ),
        TEST_KEY,
    )
    .await;
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(json(&again)["msgSeq"], printed["msgSeq"]);
    assert_eq!(emu.delivered().len(), 1);
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_with_a_body_file_and_overrides() {
    let emu = emulator().await;
    let dir = tempfile::tempdir().unwrap();
    let body = dir.path().join("body.json");
    std::fs::write(&body, r#"{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Half-time"}},{"MsgType":"TIMCustomElem","MsgContent":{"Data":"{\"scene\":2}"}}]}"#).unwrap();
    let out = bdesk(
        args(
            &emu,
            "send",
            &[
                "--body",
                body.to_str().unwrap(),
                "--from",
                "host_anna",
                "--cloud-custom-data",
                "show-42",
            ],
        ),
        TEST_KEY,
    )
    .await;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let delivered = emu.delivered();
    assert_eq!(delivered.len(), 1);
    assert_eq!(delivered[0].from_account, "host_anna");
    assert_eq!(delivered[0].cloud_custom_data.as_deref(), Some("show-42"));
    assert_eq!(delivered[0].msg_body.as_array().unwrap().len(), 2);
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_refuses_an_invalid_message_before_any_request() {
    let emu = emulator().await;
    let out = bdesk(args(&emu, "send", &["--text", "   "]), TEST_KEY).await;
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["code"], "INVALID_MESSAGE");
    assert_eq!(emu.requests_seen(), 0);
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_explains_api_errors_and_exits_1() {
    let emu = emulator().await;
    emu.set_broadcast_enabled(false);
    let out = bdesk(args(&emu, "send", &["--text", "hello"]), TEST_KEY).await;
    assert_eq!(out.status.code(), Some(1));
    let printed = json(&out);
    assert_eq!(printed["ok"], false);
    assert_eq!(printed["errorCode"], 10007);
    assert_eq!(printed["class"], "CONFIG");
    assert!(
        printed["remedy"]
            .as_str()
            .unwrap()
            .contains("Broadcast messaging of audio-video group")
    );

    emu.shutdown().await;
}

/// A gateway's 502 may hide a delivery: the pipeline retries the identical body with the same Random,
/// and the broadcast goes out once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_502_is_retried_with_the_same_random_and_delivered_once() {
    let emu = emulator().await;
    emu.inject(Fault::Http(502), 1);
    let out = bdesk(args(&emu, "send", &["--text", "hello"]), TEST_KEY).await;
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let printed = json(&out);
    assert_eq!(printed["delivery"], "sent");
    assert_eq!(printed["attempts"], 2);
    let delivered = emu.delivered();
    assert_eq!(delivered.len(), 1);
    assert_eq!(
        u64::from(delivered[0].random),
        printed["random"].as_u64().unwrap()
    );
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_key_is_70009_and_never_printed() {
    let emu = emulator().await;
    let wrong = "obviously-wrong-test-key-0000";
    let out = bdesk(
        args(&emu, "send", &["--text", "hello"]),
        "obviously-wrong-test-key-0000\n",
    )
    .await;
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["errorCode"], 70009);
    for stream in [&out.stdout, &out.stderr] {
        assert!(!String::from_utf8_lossy(stream).contains(wrong));
    }
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_reports_accounts_and_rejects_http_off_loopback() {
    let emu = emulator().await;
    let out = bdesk(
        args(
            &emu,
            "check",
            &["--account", "host_anna", "--account", "ghost"],
        ),
        TEST_KEY,
    )
    .await;
    // One account does not exist: the check itself worked, but the answer is "no".
    assert_eq!(out.status.code(), Some(1));
    let printed = json(&out);
    let statuses: Vec<(String, String)> = printed["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["userId"].as_str().unwrap().to_owned(),
                a["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(statuses.len(), 3, "{printed}");
    assert!(
        statuses
            .iter()
            .any(|(id, s)| id == "ghost" && s.to_lowercase().contains("not"))
    );
    assert!(
        statuses
            .iter()
            .any(|(id, s)| id == "host_anna" && !s.to_lowercase().contains("not"))
    );

    let out = bdesk(
        [
            "check",
            "--endpoint",
            "http://10.0.0.1",
            "--sdkappid",
            "1",
            "--identifier",
            "admin",
            "--secret-stdin",
            "--json",
        ]
        .map(String::from)
        .to_vec(),
        TEST_KEY,
    )
    .await;
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)["error"]["code"], "INVALID_CONFIG");
    emu.shutdown().await;
}

/// `bdesk history` lists what bdesk sent from this data folder, with how each ended, and filters them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_lists_each_broadcast_with_its_outcome() {
    let emu = emulator().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_owned();
    let with_dir = |mut a: Vec<String>| {
        a.splice(0..0, ["--data-dir".to_owned(), data.clone()]);
        a
    };
    let sent = bdesk(with_dir(args(&emu, "send", &["--text", "one"])), TEST_KEY).await;
    assert_eq!(sent.status.code(), Some(0));
    emu.set_broadcast_enabled(false);
    let refused = bdesk(with_dir(args(&emu, "send", &["--text", "two"])), TEST_KEY).await;
    assert_eq!(refused.status.code(), Some(1));

    let all = bdesk(with_dir(vec!["history".into(), "--json".into()]), "").await;
    assert_eq!(all.status.code(), Some(0));
    let rows = json(&all);
    let outcomes: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["delivery"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["notSent", "sent"], "newest first");
    assert_eq!(rows[1]["random"], json(&sent)["random"]);
    assert_eq!(rows[1]["source"], "cli");

    let only_sent = bdesk(
        with_dir(vec![
            "history".into(),
            "--json".into(),
            "--outcome".into(),
            "sent".into(),
            "--since".into(),
            "1h".into(),
        ]),
        "",
    )
    .await;
    assert_eq!(json(&only_sent).as_array().unwrap().len(), 1);

    // Search and source are the window's filter too; an export writes what the filter lists.
    let found = bdesk(
        with_dir(vec![
            "history".into(),
            "--json".into(),
            "--search".into(),
            "TWO".into(),
            "--source".into(),
            "cli".into(),
        ]),
        "",
    )
    .await;
    let found = json(&found);
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found[0]["delivery"], "notSent");
    let none = bdesk(
        with_dir(vec![
            "history".into(),
            "--json".into(),
            "--source".into(),
            "emergency".into(),
        ]),
        "",
    )
    .await;
    assert_eq!(json(&none).as_array().unwrap().len(), 0);
    let exports = tempfile::tempdir().unwrap();
    let exported = bdesk(
        with_dir(vec![
            "history".into(),
            "--json".into(),
            "--search".into(),
            "one".into(),
            "--export".into(),
            "csv".into(),
            "--dir".into(),
            exports.path().to_str().unwrap().into(),
        ]),
        "",
    )
    .await;
    assert_eq!(exported.status.code(), Some(0));
    let file = json(&exported);
    assert_eq!(file["rows"], 1, "{file}");
    let csv = std::fs::read_to_string(file["path"].as_str().unwrap()).unwrap();
    assert_eq!(csv.lines().count(), 2, "a header and the one row: {csv}");
    assert!(csv.contains(&json(&sent)["random"].to_string()), "{csv}");
    emu.shutdown().await;
}

/// `--dry-run` shows the exact request without the UserSig, and sends (and writes down) nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_shows_the_request_and_sends_nothing() {
    let emu = emulator().await;
    let out = bdesk(
        args(
            &emu,
            "send",
            &["--text", "hello", "--random", "77", "--dry-run"],
        ),
        TEST_KEY,
    )
    .await;
    assert_eq!(out.status.code(), Some(0));
    let preview = json(&out);
    assert_eq!(preview["method"], "POST");
    assert_eq!(
        preview["path"],
        "/v4/group_open_http_svc/send_broadcast_msg"
    );
    let query = preview["query"].as_str().unwrap();
    assert!(
        query.contains("sdkappid=1400000000") && query.contains("identifier=admin"),
        "{query}"
    );
    assert!(
        !query.contains("usersig"),
        "the UserSig is never shown: {query}"
    );
    let body = preview["body"].as_str().unwrap();
    assert!(
        body.contains(r#""Random":77"#) && body.contains("hello"),
        "{body}"
    );
    assert_eq!(preview["bytes"], body.len());
    assert_eq!(emu.requests_seen(), 0);
    emu.shutdown().await;
}

/// `bdesk outbox` lists only what needs a decision, and `outbox resolve` decides only an unknown outcome
/// (the flow from unknown to delivered or sent again is the core's `pipeline` test).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outbox_lists_what_needs_a_decision_and_resolve_refuses_a_settled_broadcast() {
    let emu = emulator().await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_owned();
    let with_dir = |mut a: Vec<String>| {
        a.splice(0..0, ["--data-dir".to_owned(), data.clone()]);
        a
    };
    let sent = bdesk(with_dir(args(&emu, "send", &["--text", "one"])), TEST_KEY).await;
    assert_eq!(sent.status.code(), Some(0));
    let id = json(&sent)["outboxId"].as_str().unwrap().to_owned();

    let open = bdesk(with_dir(vec!["outbox".into(), "--json".into()]), "").await;
    assert_eq!(open.status.code(), Some(0));
    assert!(
        json(&open).as_array().unwrap().is_empty(),
        "a sent broadcast needs nothing"
    );

    let refused = bdesk(
        with_dir(vec![
            "--json".into(),
            "outbox".into(),
            "resolve".into(),
            id,
            "--delivered".into(),
        ]),
        "",
    )
    .await;
    // Refused by the core (like a cancel that came too late), not unusable input.
    assert_eq!(refused.status.code(), Some(1));
    let error = json(&refused);
    assert_eq!(error["error"]["code"], "NOT_DECIDABLE");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("unknown"),
        "{error}"
    );
    emu.shutdown().await;
}
