//! bdesk template and `bdesk send --template` through the real binary: templates saved in a data
//! folder's SQLite file, refused ones worded by field or path, and sends of one template against a
//! real tim-emulator over loopback HTTP, each with its own Random.

mod common;

use common::{NO_KEYCHAIN, TEST_KEY, json};
use serde_json::Value;
use std::path::Path;
use std::process::Output;
use tim_emulator::{Config, Emulator};

fn bdesk_in(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--data-dir", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    common::run_env(&all, "", &[NO_KEYCHAIN])
}

fn ok(out: &Output) -> Value {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    json(out)
}

fn ok_text(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect()
}

fn text_of(template: &Value) -> &str {
    template["body"]["MsgBody"][0]["MsgContent"]["Text"]
        .as_str()
        .unwrap()
}

#[test]
fn add_list_show_rename_edit_duplicate_remove_in_text_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();

    let show = ok(&bdesk_in(
        d,
        &[
            "template",
            "add",
            "Show start",
            "--text",
            "Show starts in 10 minutes",
            "--json",
        ],
    ));
    assert_eq!(show["name"], "Show start");
    assert_eq!(show["emergency"], false);
    assert_eq!(text_of(&show), "Show starts in 10 minutes");

    // A body file's Random is not kept (with a warning); everything else is.
    let body = d.join("paused.json");
    std::fs::write(
        &body,
        r#"{"Random": 42, "CloudCustomData": "scene-2", "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "Stream paused, back shortly"}}]}"#,
    )
    .unwrap();
    let out = bdesk_in(
        d,
        &[
            "template",
            "add",
            "Paused",
            "--body",
            body.to_str().unwrap(),
            "--emergency",
            "--json",
        ],
    );
    let paused = ok(&out);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Random is not kept"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(paused["emergency"], true);
    assert_eq!(paused["body"].get("Random"), None);
    assert_eq!(paused["body"]["CloudCustomData"], "scene-2");

    let list = ok(&bdesk_in(d, &["template", "list", "--json"]));
    assert_eq!(names(&list), ["Paused", "Show start"]);
    let table = ok_text(&bdesk_in(d, &["template", "list"]));
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("NAME"), "{table}");
    assert!(
        lines[1].starts_with("Paused") && lines[1].contains("yes"),
        "{table}"
    );
    assert!(lines[2].contains("Show starts in 10 minutes"), "{table}");

    // By a name that reads the same, in text; by id, in JSON.
    let shown = ok_text(&bdesk_in(d, &["template", "show", "SHOW START"]));
    assert!(shown.starts_with("template \"Show start\"\n"), "{shown}");
    assert!(shown.contains(show["id"].as_str().unwrap()), "{shown}");
    assert!(shown.contains("Show starts in 10 minutes"), "{shown}");
    let by_id = ok(&bdesk_in(
        d,
        &["template", "show", show["id"].as_str().unwrap(), "--json"],
    ));
    assert_eq!(by_id, show);

    let doors = ok(&bdesk_in(
        d,
        &["template", "rename", "Show start", "Doors", "--json"],
    ));
    assert_eq!(
        (&doors["id"], &doors["name"]),
        (&show["id"], &"Doors".into())
    );
    assert_eq!(doors["body"], show["body"]);
    assert_eq!(
        bdesk_in(d, &["template", "show", "Show start"])
            .status
            .code(),
        Some(2),
        "the old name is gone"
    );

    let copy = ok(&bdesk_in(
        d,
        &["template", "duplicate", "paused", "Paused long", "--json"],
    ));
    assert_ne!(copy["id"], paused["id"]);
    assert_eq!(
        (&copy["body"], &copy["emergency"]),
        (&paused["body"], &true.into())
    );

    let edited = ok(&bdesk_in(
        d,
        &[
            "template",
            "edit",
            "Paused long",
            "--no-emergency",
            "--text",
            "Back in 5 minutes",
            "--json",
        ],
    ));
    assert_eq!(
        (&edited["id"], &edited["emergency"]),
        (&copy["id"], &false.into())
    );
    assert_eq!(text_of(&edited), "Back in 5 minutes");
    let only_mark = ok(&bdesk_in(
        d,
        &["template", "edit", "Paused long", "--emergency", "--json"],
    ));
    assert_eq!(only_mark["emergency"], true);
    assert_eq!(only_mark["body"], edited["body"], "the message stays");

    let removed = ok(&bdesk_in(
        d,
        &["template", "remove", "paused long", "--json"],
    ));
    assert_eq!(removed["removed"], true);
    assert_eq!(removed["id"], copy["id"]);
    let said = ok_text(&bdesk_in(d, &["template", "remove", "Doors"]));
    assert_eq!(said.trim(), "removed template \"Doors\"");
    let list = ok(&bdesk_in(d, &["template", "list", "--json"]));
    assert_eq!(names(&list), ["Paused"]);
}

#[test]
fn a_refused_template_names_its_field_exits_1_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok_text(&bdesk_in(
        d,
        &["template", "add", "Show", "--text", "On air"],
    ));

    // A body that could never be sent: refused by path, as `bdesk send` refuses it.
    let body = d.join("blank.json");
    std::fs::write(
        &body,
        r#"{"MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": " "}}]}"#,
    )
    .unwrap();
    let add_blank = ["template", "add", "Blank", "--body", body.to_str().unwrap()];
    let mut args = add_blank.to_vec();
    args.push("--json");
    let out = bdesk_in(d, &args);
    assert_eq!(out.status.code(), Some(1));
    let error = &json(&out)["error"];
    assert_eq!(error["code"], "INVALID_MESSAGE");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("MsgBody[0].MsgContent.Text"),
        "{error}"
    );
    let out = bdesk_in(d, &add_blank);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("MsgBody[0].MsgContent.Text"), "{stderr}");

    // The same for a misspelt field, which would otherwise send an empty message.
    std::fs::write(
        &body,
        r#"{"MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"text": "On air"}}]}"#,
    )
    .unwrap();
    let out = bdesk_in(d, &args);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["code"], "INVALID_MESSAGE");

    // Not JSON at all is unusable input.
    std::fs::write(&body, "On air").unwrap();
    let out = bdesk_in(d, &args);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)["error"]["code"], "INVALID_INPUT");

    // The name's rules, by field, in JSON and in text.
    for (name, rule) in [
        ("  ", "EMPTY"),
        ("Show\u{200b}", "BAD_CHARACTERS"),
        ("ＳＨＯＷ", "NAME_TAKEN"),
        ("show", "NAME_TAKEN"),
    ] {
        let out = bdesk_in(d, &["template", "add", name, "--text", "x", "--json"]);
        assert_eq!(out.status.code(), Some(1), "{name:?}");
        let error = &json(&out)["error"];
        assert_eq!(error["code"], "INVALID_TEMPLATE", "{name:?}");
        assert_eq!(error["problems"][0]["field"], "name", "{name:?}");
        assert_eq!(error["problems"][0]["code"], rule, "{name:?}");
    }
    let out = bdesk_in(d, &["template", "add", "ＳＨＯＷ", "--text", "x"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the template was not saved: 1 problem(s)")
            && stderr.contains("name: another template is called “Show”, which looks the same"),
        "{stderr}"
    );

    // Renaming or copying onto a look-alike is refused the same way.
    ok_text(&bdesk_in(d, &["template", "add", "Other", "--text", "x"]));
    for args in [
        ["template", "rename", "Other", "SHOW", "--json"],
        ["template", "duplicate", "Other", "show", "--json"],
    ] {
        let out = bdesk_in(d, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert_eq!(
            json(&out)["error"]["problems"][0]["code"],
            "NAME_TAKEN",
            "{args:?}"
        );
    }
    let list = ok(&bdesk_in(d, &["template", "list", "--json"]));
    assert_eq!(names(&list), ["Other", "Show"], "nothing else was saved");

    // Unknown templates and bad usage are unusable input.
    for args in [
        vec!["template", "show", "ghost"],
        vec!["template", "rename", "ghost", "Phantom"],
        vec!["template", "edit", "ghost", "--emergency"],
        vec!["template", "duplicate", "ghost", "Phantom"],
        vec!["template", "remove", "ghost"],
        vec!["template", "edit", "Show"],
        vec!["template", "add", "No message"],
        vec!["template", "add", "Both", "--text", "x", "--body", "b.json"],
        vec!["template", "edit", "Show", "--emergency", "--no-emergency"],
    ] {
        let out = bdesk_in(d, &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = bdesk_in(d, &["template", "show", "ghost", "--json"]);
    let error = &json(&out)["error"];
    assert_eq!(error["code"], "NOT_FOUND");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("`bdesk template list`"),
        "{error}"
    );
}

const SDKAPPID: u64 = 1_400_000_000;

/// `bdesk send --template` with explicit options (key on stdin) and `--data-dir` for the template.
async fn send(emu: &Emulator, dir: &Path, extra: &[&str]) -> Output {
    let sdkappid = SDKAPPID.to_string();
    let base = emu.base_url();
    let mut args: Vec<String> = [
        "--data-dir",
        dir.to_str().unwrap(),
        "send",
        "--endpoint",
        &base,
        "--sdkappid",
        &sdkappid,
        "--identifier",
        "admin",
        "--secret-stdin",
        "--json",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    args.extend(extra.iter().map(|a| a.to_string()));
    // The emulator runs on this runtime; the child is waited for off it.
    tokio::task::spawn_blocking(move || common::run(&args, TEST_KEY))
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn send_template_delivers_its_message_with_a_new_random_each_time() {
    let mut config = Config::new(SDKAPPID, TEST_KEY);
    config.accounts = vec!["admin".into(), "host_anna".into()];
    config.rate_per_sec = 100;
    let emu = Emulator::start(config).await.expect("emulator starts");
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok_text(&bdesk_in(
        d,
        &[
            "template",
            "add",
            "Show start",
            "--text",
            "Show starts in 10 minutes",
            "--emergency",
        ],
    ));

    let first = send(&emu, d, &["--template", "show start"]).await;
    let second = send(&emu, d, &["--template", "Show start"]).await;
    let (first, second) = (ok(&first), ok(&second));
    assert_eq!(
        (&first["delivery"], &second["delivery"]),
        (&"sent".into(), &"sent".into())
    );
    let delivered = emu.delivered();
    assert_eq!(
        delivered.len(),
        2,
        "two sends of one template are two broadcasts"
    );
    for (printed, got) in [&first, &second].into_iter().zip(&delivered) {
        assert_eq!(
            got.msg_body[0]["MsgContent"]["Text"],
            "Show starts in 10 minutes"
        );
        assert_eq!(u64::from(got.random), printed["random"].as_u64().unwrap());
        assert_eq!(got.from_account, "admin");
    }
    assert_ne!(delivered[0].random, delivered[1].random);

    // --from and --cloud-custom-data still override the template's message.
    let third = send(
        &emu,
        d,
        &[
            "--template",
            "Show start",
            "--from",
            "host_anna",
            "--cloud-custom-data",
            "show-42",
        ],
    )
    .await;
    ok(&third);
    let delivered = emu.delivered();
    assert_eq!(delivered.len(), 3);
    assert_eq!(delivered[2].from_account, "host_anna");
    assert_eq!(delivered[2].cloud_custom_data.as_deref(), Some("show-42"));
    assert_eq!(delivered[2].msg_body, delivered[0].msg_body);

    // An unknown template sends nothing; so does naming two messages at once.
    let seen = emu.requests_seen();
    let ghost = send(&emu, d, &["--template", "ghost"]).await;
    assert_eq!(ghost.status.code(), Some(2));
    assert_eq!(json(&ghost)["error"]["code"], "NOT_FOUND");
    let both = send(&emu, d, &["--template", "Show start", "--text", "x"]).await;
    assert_eq!(both.status.code(), Some(2));
    assert_eq!(emu.requests_seen(), seen);
    emu.shutdown().await;
}
