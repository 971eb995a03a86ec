//! bdesk profile and --data-dir through the real binary and real SQLite files in temp folders. These
//! tests run with no keychain reachable (see `common::NO_KEYCHAIN`), so they behave the same everywhere;
//! the keychain half lives in `cli_keychain.rs`.

mod common;

use common::{NO_KEYCHAIN, TEST_KEY, json};
use desk_core::info::BuildKind;
use desk_core::store::Store;
use serde_json::Value;
use std::path::Path;
use std::process::Output;

fn bdesk(args: &[&str], stdin: &str) -> Output {
    common::run_env(args, stdin, &[NO_KEYCHAIN])
}

fn bdesk_in(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--data-dir", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    bdesk(&all, "")
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

fn names(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect()
}

const MAIN: [&str; 9] = [
    "profile",
    "add",
    "--json",
    "--name",
    "Main show",
    "--region",
    "singapore",
    "--sdkappid",
    "1400000000",
];

#[test]
fn add_list_edit_use_round_trip_in_a_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = MAIN.to_vec();
    args.extend(["--identifier", "admin"]);
    let main = ok(&bdesk_in(dir.path(), &args));
    assert_eq!(main["name"], "Main show");
    assert_eq!(
        main["target"],
        serde_json::json!({"kind": "region", "region": "singapore"})
    );
    assert_eq!(main["sdkappid"], 1_400_000_000u64);
    assert_eq!(main["adminIdentifier"], "admin");
    assert_eq!(
        main["edition"],
        serde_json::json!({"kind": "pro"}),
        "pro is the default"
    );
    assert_eq!(main["keyStored"], false);
    assert_eq!(main["defaultFromAccount"], Value::Null);
    let color = main["color"].as_str().unwrap();
    assert!(color.len() == 7 && color.starts_with('#'), "{color}");

    let rehearsal = ok(&bdesk_in(
        dir.path(),
        &[
            "profile",
            "add",
            "--json",
            "--name",
            "Rehearsal",
            "--endpoint",
            "http://127.0.0.1:9",
            "--sdkappid",
            "1400000001",
            "--identifier",
            "ops_admin",
            "--rate",
            "3",
            "--from",
            "host_anna",
            "--color",
            "#ABCDEF",
            "--usersig-lifetime",
            "3600",
        ],
    ));
    assert_eq!(
        rehearsal["edition"],
        serde_json::json!({"kind": "custom", "ratePerSec": 3})
    );
    assert_eq!(rehearsal["color"], "#abcdef", "the core normalizes colours");
    assert_eq!(rehearsal["defaultFromAccount"], "host_anna");
    assert_eq!(rehearsal["usersigLifetimeSecs"], 3600);
    assert_eq!(rehearsal["isSandbox"], false);
    assert_eq!(
        rehearsal["target"]["url"], "http://127.0.0.1:9/",
        "{rehearsal}"
    );

    // The file is the one the app of this build kind opens, and holds what bdesk printed.
    let db = desk_core::paths::database_path(dir.path(), BuildKind::Debug);
    let stored = Store::open(&db).unwrap().profiles().list().unwrap();
    assert_eq!(stored.len(), 2);
    assert!(stored.iter().any(|p| p.id == main["id"].as_str().unwrap()));

    let list = ok(&bdesk_in(dir.path(), &["profile", "list", "--json"]));
    assert_eq!(names(&list), ["Main show", "Rehearsal"]);
    for p in list.as_array().unwrap() {
        assert_eq!(
            p["keyStored"],
            Value::Null,
            "no keychain reachable: unknown"
        );
        // The first profile saved becomes active, as it does in the app.
        assert_eq!(p["active"], p["id"] == main["id"], "{p}");
    }

    // Edit by name in another case: only the given fields change.
    let edited = ok(&bdesk_in(
        dir.path(),
        &[
            "profile",
            "edit",
            "MAIN SHOW",
            "--json",
            "--edition",
            "enterprise",
            "--from",
            "host_bob",
        ],
    ));
    assert_eq!(edited["id"], main["id"]);
    assert_eq!(edited["edition"], serde_json::json!({"kind": "enterprise"}));
    assert_eq!(edited["defaultFromAccount"], "host_bob");
    for unchanged in [
        "name",
        "color",
        "target",
        "sdkappid",
        "adminIdentifier",
        "usersigLifetimeSecs",
        "isSandbox",
        "createdAt",
    ] {
        assert_eq!(edited[unchanged], main[unchanged], "{unchanged} changed");
    }
    // `--from ""` goes back to the admin; `--region` replaces a custom endpoint.
    let edited = ok(&bdesk_in(
        dir.path(),
        &[
            "profile",
            "edit",
            "Main show",
            "--json",
            "--from",
            "",
            "--region",
            "tokyo",
        ],
    ));
    assert_eq!(edited["defaultFromAccount"], Value::Null);
    assert_eq!(edited["target"]["region"], "tokyo");

    // Show by id; `use` marks the active profile for the app.
    let id = rehearsal["id"].as_str().unwrap();
    assert_eq!(
        ok(&bdesk_in(dir.path(), &["profile", "show", id, "--json"]))["name"],
        "Rehearsal"
    );
    ok(&bdesk_in(
        dir.path(),
        &["profile", "use", "rehearsal", "--json"],
    ));
    let list = ok(&bdesk_in(dir.path(), &["profile", "list", "--json"]));
    let active: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["active"] == true)
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(active, ["Rehearsal"]);
    let store = Store::open(&db).unwrap();
    assert_eq!(store.profiles().active().unwrap().unwrap().id, id);

    // The text table marks the active one and says the key state is unknown.
    let text = bdesk_in(dir.path(), &["profile", "list"]);
    let text = String::from_utf8(text.stdout).unwrap();
    let row = text.lines().find(|l| l.contains("Rehearsal")).unwrap();
    assert!(row.starts_with("* "), "{text}");
    assert!(row.trim_end().ends_with('?'), "{text}");
}

#[test]
fn new_profiles_get_different_palette_colours() {
    let dir = tempfile::tempdir().unwrap();
    let mut colours = Vec::new();
    for name in ["One", "Two", "Three"] {
        let p = ok(&bdesk_in(
            dir.path(),
            &[
                "profile",
                "add",
                "--json",
                "--name",
                name,
                "--region",
                "china",
                "--sdkappid",
                "1",
                "--identifier",
                "admin",
            ],
        ));
        colours.push(p["color"].as_str().unwrap().to_owned());
    }
    colours.sort();
    colours.dedup();
    assert_eq!(colours.len(), 3, "{colours:?}");
}

#[test]
fn data_dirs_are_isolated_and_the_env_var_works() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    // A folder that does not exist yet is created.
    let nested = a.path().join("not/yet/there");
    let env_a = nested.to_str().unwrap();
    let add = [
        "profile",
        "add",
        "--json",
        "--name",
        "Only in A",
        "--region",
        "seoul",
        "--sdkappid",
        "7",
        "--identifier",
        "admin",
    ];
    ok(&common::run_env(
        &add,
        "",
        &[NO_KEYCHAIN, ("BDESK_DATA_DIR", env_a)],
    ));
    assert!(desk_core::paths::database_path(&nested, BuildKind::Debug).is_file());

    let list_via_env = |dir: &str, extra: &[&str]| {
        let mut args = vec!["profile", "list", "--json"];
        args.extend_from_slice(extra);
        ok(&common::run_env(
            &args,
            "",
            &[NO_KEYCHAIN, ("BDESK_DATA_DIR", dir)],
        ))
    };
    assert_eq!(names(&list_via_env(env_a, &[])), ["Only in A"]);
    // --data-dir beats the variable.
    let b_path = b.path().to_str().unwrap();
    assert!(names(&list_via_env(env_a, &["--data-dir", b_path])).is_empty());
    // A second setup does not see the first, and the same name is free there.
    assert!(names(&ok(&bdesk_in(b.path(), &["profile", "list", "--json"]))).is_empty());
    let mut in_b = add.to_vec();
    in_b.extend(["--data-dir", b_path]);
    ok(&bdesk(&in_b, ""));
    assert_eq!(names(&list_via_env(env_a, &[])), ["Only in A"]);
    assert_eq!(
        names(&ok(&bdesk_in(b.path(), &["profile", "list", "--json"]))),
        ["Only in A"]
    );
    let text = bdesk_in(tempfile::tempdir().unwrap().path(), &["profile", "list"]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("no profiles yet"));
}

#[test]
fn a_rejected_profile_lists_every_field_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let too_long = "x".repeat(40);
    let bad = [
        "profile",
        "add",
        "--json",
        "--name",
        "   ",
        "--region",
        "mars",
        "--sdkappid",
        "0",
        "--identifier",
        "has space",
        "--rate",
        "9",
        "--from",
        &too_long,
        "--color",
        "red",
        "--usersig-lifetime",
        "60",
    ];
    let out = bdesk_in(dir.path(), &bad);
    assert_eq!(out.status.code(), Some(1));
    let error = &json(&out)["error"];
    assert_eq!(error["code"], "INVALID_PROFILE");
    let problems = error["problems"].as_array().unwrap();
    let fields: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p["field"].as_str().unwrap(), p["flag"].as_str().unwrap()))
        .collect();
    for expected in [
        ("name", "--name"),
        ("target.region", "--region"),
        ("sdkappid", "--sdkappid"),
        ("adminIdentifier", "--identifier"),
        ("edition.ratePerSec", "--rate"),
        ("defaultFromAccount", "--from"),
        ("color", "--color"),
        ("usersigLifetimeSecs", "--usersig-lifetime"),
    ] {
        assert!(
            fields.contains(&expected),
            "{expected:?} missing from {fields:?}"
        );
    }
    for p in problems {
        assert!(!p["code"].as_str().unwrap().is_empty());
        assert!(!p["message"].as_str().unwrap().is_empty());
    }
    assert!(names(&ok(&bdesk_in(dir.path(), &["profile", "list", "--json"]))).is_empty());

    // Text: one line per problem, each naming the option to fix.
    let text_args: Vec<&str> = bad.iter().copied().filter(|a| *a != "--json").collect();
    let out = bdesk_in(dir.path(), &text_args);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("8 problem(s)"), "{stderr}");
    for flag in [
        "--region",
        "--sdkappid",
        "--identifier",
        "--rate",
        "--from",
        "--color",
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(&format!("(set with {flag})"))),
            "{flag} not named in {stderr}"
        );
    }

    // A clashing name (ignoring case) and a bad edit change nothing that was saved.
    let good = [
        "profile",
        "add",
        "--json",
        "--name",
        "Show",
        "--region",
        "china",
        "--sdkappid",
        "5",
        "--identifier",
        "admin",
    ];
    let saved = ok(&bdesk_in(dir.path(), &good));
    let mut clash = good.to_vec();
    clash[4] = "SHOW";
    let out = bdesk_in(dir.path(), &clash);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["problems"][0]["code"], "NAME_TAKEN");
    let out = bdesk_in(
        dir.path(),
        &[
            "profile",
            "edit",
            "show",
            "--json",
            "--sdkappid",
            "0",
            "--color",
            "blue",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["problems"].as_array().unwrap().len(), 2);
    let after = ok(&bdesk_in(
        dir.path(),
        &["profile", "show", "Show", "--json"],
    ));
    assert_eq!(after["sdkappid"], saved["sdkappid"]);
    assert_eq!(after["updatedAt"], saved["updatedAt"]);
}

#[test]
fn unknown_profiles_and_bad_usage_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    for args in [
        vec!["profile", "show", "ghost"],
        vec!["profile", "edit", "ghost", "--sdkappid", "3"],
        vec!["profile", "remove", "ghost"],
        vec!["profile", "use", "ghost"],
        vec!["secret", "status", "--profile", "ghost"],
        vec!["secret", "set", "--profile", "ghost"],
        vec!["check", "--profile", "ghost"],
        vec!["send", "--profile", "ghost", "--text", "hi"],
        vec!["usersig", "--profile", "ghost"],
    ] {
        let mut all = args.clone();
        all.extend(["--json", "--data-dir", d]);
        let out = bdesk(&all, TEST_KEY);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let error = &json(&out)["error"];
        assert_eq!(error["code"], "NOT_FOUND", "{args:?}");
        assert!(error["message"].as_str().unwrap().contains("ghost"));
        assert!(!String::from_utf8_lossy(&out.stdout).contains(TEST_KEY));
    }

    ok(&bdesk_in(
        dir.path(),
        &[
            "profile",
            "add",
            "--json",
            "--name",
            "P",
            "--region",
            "china",
            "--sdkappid",
            "5",
            "--identifier",
            "admin",
        ],
    ));
    // Nothing to change, a profile plus explicit target flags, and no target at all: usage errors.
    for args in [
        vec!["profile", "edit", "P"],
        vec!["send", "--profile", "P", "--sdkappid", "5", "--text", "hi"],
        vec!["check", "--profile", "P", "--secret-stdin"],
        vec!["usersig", "--profile", "P", "--identifier", "admin"],
        vec!["send", "--text", "hi"],
        vec![
            "profile",
            "add",
            "--name",
            "Q",
            "--sdkappid",
            "1",
            "--identifier",
            "a",
        ],
        vec![
            "profile",
            "add",
            "--name",
            "Q",
            "--sdkappid",
            "1",
            "--identifier",
            "a",
            "--edition",
            "pro",
            "--rate",
            "2",
            "--region",
            "china",
        ],
    ] {
        let mut all = args.clone();
        all.extend(["--data-dir", d]);
        let out = bdesk(&all, TEST_KEY);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    assert_eq!(
        names(&ok(&bdesk_in(dir.path(), &["profile", "list", "--json"]))),
        ["P"]
    );
}

#[cfg(target_os = "linux")]
#[test]
fn without_a_keychain_remove_keeps_the_profile_and_send_refuses() {
    let dir = tempfile::tempdir().unwrap();
    ok(&bdesk_in(
        dir.path(),
        &[
            "profile",
            "add",
            "--json",
            "--name",
            "Kept",
            "--endpoint",
            "http://127.0.0.1:9",
            "--sdkappid",
            "5",
            "--identifier",
            "admin",
        ],
    ));
    // The key is deleted before the row; when the keychain cannot be asked, the row stays so no key is
    // ever orphaned.
    let out = bdesk_in(dir.path(), &["profile", "remove", "Kept", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["code"], "KEYCHAIN");
    assert_eq!(
        names(&ok(&bdesk_in(dir.path(), &["profile", "list", "--json"]))),
        ["Kept"]
    );

    let out = bdesk_in(
        dir.path(),
        &["send", "--profile", "Kept", "--text", "hi", "--json"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["code"], "KEYCHAIN");

    // An invalid message is refused before the keychain is even asked.
    let out = bdesk_in(
        dir.path(),
        &["send", "--profile", "Kept", "--text", "  ", "--json"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["error"]["code"], "INVALID_MESSAGE");

    // With --profile, standard input is free for the body (it carries the key otherwise).
    let blank = r#"{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"  "}}]}"#;
    let d = dir.path().to_str().unwrap();
    let out = bdesk(
        &[
            "send",
            "--profile",
            "Kept",
            "--body",
            "-",
            "--json",
            "--data-dir",
            d,
        ],
        blank,
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        json(&out)["error"]["code"],
        "INVALID_MESSAGE",
        "the body from stdin was read"
    );
    let out = bdesk(
        &[
            "send",
            "--endpoint",
            "http://127.0.0.1:9",
            "--sdkappid",
            "5",
            "--identifier",
            "admin",
            "--secret-stdin",
            "--body",
            "-",
            "--json",
        ],
        blank,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(json(&out)["error"]["code"], "INVALID_INPUT");
}

#[test]
fn the_apps_built_in_sandbox_is_refused_with_a_way_forward() {
    let dir = tempfile::tempdir().unwrap();
    // The app makes the sandbox profile; here it is written the same way, through the core.
    let store = Store::open(desk_core::paths::database_path(
        dir.path(),
        BuildKind::current(),
    ))
    .unwrap();
    let draft: desk_core::profiles::ProfileDraft = serde_json::from_value(serde_json::json!({
        "name": "Sandbox",
        "color": "#7c5cff",
        "target": { "kind": "custom", "url": "http://127.0.0.1/" },
        "sdkappid": 1000000001u64,
        "adminIdentifier": "sandbox_admin",
        "edition": { "kind": "proPlus" },
        "isSandbox": true
    }))
    .unwrap();
    store.profiles().create(&draft).unwrap();
    drop(store);

    for args in [
        &["check", "--profile", "Sandbox", "--json"][..],
        &["send", "--profile", "Sandbox", "--text", "hi", "--json"][..],
    ] {
        let out = bdesk_in(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = &json(&out)["error"];
        assert_eq!(err["code"], "INVALID_INPUT");
        assert!(err["message"].as_str().unwrap().contains("tim-emulator"));
    }
}
