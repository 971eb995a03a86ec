//! Unit tests of the desk's own rules: the order of keychain and database writes, the first profile
//! becoming active, the sandbox's fixed fields. (Over loopback against the emulator: `tests/desk.rs`.)

use super::*;
use crate::ErrorCode;
use crate::profiles::{Edition, FieldRule, Target};

const FAKE_KEY: &str = "obviously-fake-secret-key-for-tests";

fn draft(name: &str) -> ProfileDraft {
    ProfileDraft {
        name: name.into(),
        color: "#ff8800".into(),
        target: Target::Region {
            region: "singapore".into(),
        },
        sdkappid: 1_400_000_000,
        admin_identifier: "administrator".into(),
        edition: Edition::ProPlus,
        default_from_account: None,
        usersig_lifetime_secs: None,
        is_sandbox: false,
    }
}

fn desk_with(keychain: Keychain) -> (tempfile::TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), "desk.sqlite3", keychain).unwrap();
    (dir, desk)
}

fn key() -> SecretKey {
    SecretKey::from(FAKE_KEY)
}

#[test]
fn the_first_profile_saved_becomes_active_and_later_ones_do_not() {
    let (_dir, desk) = desk_with(Keychain::in_memory_for_tests());
    let first = desk.create_profile(&draft("One"), None).unwrap();
    assert!(first.active);
    let second = desk.create_profile(&draft("Two"), Some(&key())).unwrap();
    assert!(!second.active);
    assert_eq!(desk.overview().unwrap().active_id, Some(first.profile.id));
}

#[test]
fn delete_removes_row_and_key_and_clears_active() {
    let (_dir, desk) = desk_with(Keychain::in_memory_for_tests());
    let p = desk.create_profile(&draft("Main"), Some(&key())).unwrap();
    let other = desk.create_profile(&draft("Other"), None).unwrap();
    desk.delete_profile(&p.profile.id).unwrap();
    assert_eq!(
        desk.profile(&p.profile.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert!(!desk.keychain().contains(&p.profile.id).unwrap());
    assert_eq!(desk.overview().unwrap().active_id, None);
    // A profile whose key was never set deletes fine too, once.
    desk.delete_profile(&other.profile.id).unwrap();
    assert_eq!(
        desk.delete_profile(&other.profile.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn a_keychain_failure_on_delete_keeps_the_row() {
    let (_dir, desk) = desk_with(Keychain::failing_for_tests(|| {
        keyring::Error::NoStorageAccess("locked".into())
    }));
    let p = desk.create_profile(&draft("Main"), None).unwrap();
    let err = desk.delete_profile(&p.profile.id).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Keychain);
    assert_eq!(desk.profile(&p.profile.id).unwrap().profile, p.profile);
    assert!(desk.profile(&p.profile.id).unwrap().active);
}

#[test]
fn a_keychain_failure_on_create_leaves_nothing() {
    let (_dir, desk) = desk_with(Keychain::failing_for_tests(|| {
        keyring::Error::PlatformFailure("no".into())
    }));
    let err = desk
        .create_profile(&draft("Main"), Some(&key()))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Keychain);
    assert!(desk.overview().unwrap().profiles.is_empty());
}

#[test]
fn invalid_drafts_and_unusable_keys_never_reach_the_keychain_or_the_table() {
    let (_dir, desk) = desk_with(Keychain::in_memory_for_tests());
    let err = desk.create_profile(&draft(""), Some(&key())).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidProfile);
    let huge = SecretKey::from("k".repeat(KEY_MAX_CHARS + 1));
    let err = desk
        .create_profile(&draft("Main"), Some(&huge))
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert!(desk.overview().unwrap().profiles.is_empty());
    let ok = desk.create_profile(&draft("Main"), Some(&key())).unwrap();
    assert_eq!(
        desk.keychain()
            .get(&ok.profile.id)
            .unwrap()
            .unwrap()
            .expose(),
        FAKE_KEY
    );
}

#[test]
fn a_key_that_does_not_look_like_tencents_is_saved_with_a_warning() {
    let (_dir, desk) = desk_with(Keychain::in_memory_for_tests());
    let p = desk.create_profile(&draft("Main"), Some(&key())).unwrap();
    assert!(matches!(
        p.key,
        KeyState::Stored {
            warning: Some(KeyWarning::NotHex64 { .. }),
            ..
        }
    ));
    let hex = SecretKey::from(format!(" {}\n", "0a".repeat(32)));
    let state = desk.set_key(&p.profile.id, &hex).unwrap();
    assert!(matches!(state, KeyState::Stored { warning: None, .. }));
    assert_eq!(
        desk.keychain()
            .get(&p.profile.id)
            .unwrap()
            .unwrap()
            .expose(),
        &"0a".repeat(32),
        "stored trimmed"
    );
    // The list never claims to know a stored key's shape.
    let listed = desk.profile(&p.profile.id).unwrap().key;
    assert!(matches!(listed, KeyState::Stored { warning: None, .. }));
}

fn sandbox_desk() -> (tempfile::TempDir, Desk, Profile) {
    let (dir, desk) = desk_with(Keychain::in_memory_for_tests());
    desk.attach_sandbox(SandboxTarget {
        base_url: "http://127.0.0.1:9/".into(),
        key: key(),
        set_rate: Box::new(|_| {}),
    })
    .unwrap();
    let sandbox = desk.open_sandbox().unwrap().profile;
    (dir, desk, sandbox)
}

#[test]
fn the_sandboxs_identity_and_target_cannot_change_but_its_name_can() {
    let (_dir, desk, sandbox) = sandbox_desk();
    let mut d = sandbox.to_draft();
    d.target = Target::Custom {
        url: "https://example.com/".into(),
    };
    d.sdkappid = 1_400_000_000;
    d.admin_identifier = "root".into();
    let Error::InvalidProfile(problems) = desk.update_profile(&sandbox.id, &d).unwrap_err() else {
        panic!("expected field problems")
    };
    let fields: Vec<(&str, FieldRule)> = problems
        .iter()
        .map(|p| (p.field.as_str(), p.code))
        .collect();
    assert_eq!(
        fields,
        [
            ("target.url", FieldRule::Fixed),
            ("sdkappid", FieldRule::Fixed),
            ("adminIdentifier", FieldRule::Fixed)
        ]
    );
    assert_eq!(desk.profile(&sandbox.id).unwrap().profile, sandbox);

    let mut d = sandbox.to_draft();
    d.name = "Rehearsal".into();
    d.edition = Edition::Pro;
    let renamed = desk.update_profile(&sandbox.id, &d).unwrap().profile;
    assert_eq!(renamed.name, "Rehearsal");
    assert!(renamed.is_sandbox);
}

#[test]
fn the_sandbox_has_no_key_to_set_or_delete_and_cannot_be_duplicated() {
    let (_dir, desk, sandbox) = sandbox_desk();
    for err in [
        desk.set_key(&sandbox.id, &key()).unwrap_err(),
        desk.delete_key(&sandbox.id).unwrap_err(),
        desk.duplicate_profile(&sandbox.id).unwrap_err(),
    ] {
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
    }
}

#[test]
fn a_front_door_without_the_running_sandbox_is_told_where_it_lives() {
    let (dir, desk, sandbox) = sandbox_desk();
    drop(desk);
    // bdesk's view of the same folder: no emulator attached.
    let cli = Desk::open(dir.path(), "desk.sqlite3", Keychain::in_memory_for_tests()).unwrap();
    assert_eq!(cli.find_profile("sandbox").unwrap().id, sandbox.id);
    let err = cli.find_usable_profile("Sandbox").unwrap_err();
    assert!(err.to_string().contains("tim-emulator"), "{err}");
}

#[test]
fn profiles_are_found_by_id_exact_name_or_a_name_that_reads_the_same() {
    let (_dir, desk) = desk_with(Keychain::in_memory_for_tests());
    let p = desk
        .create_profile(&draft("Main show"), None)
        .unwrap()
        .profile;
    for wanted in [p.id.as_str(), "Main show", "main SHOW", "Ｍａｉｎ show"] {
        assert_eq!(desk.find_profile(wanted).unwrap().id, p.id, "{wanted}");
    }
    assert_eq!(
        desk.find_profile("Main").unwrap_err().code(),
        ErrorCode::NotFound
    );
}

/// A keychain that waits (an unlock prompt, a slow D-Bus) must not stop the rest of the desk: the
/// database lock is never held across a keychain call. Before, saving a profile with its key held the
/// store while the keychain waited, and the list froze with it.
#[test]
fn a_waiting_keychain_does_not_hold_up_the_database() {
    use std::sync::Arc;
    use std::sync::mpsc::RecvTimeoutError;
    use std::time::Duration;

    let (keychain, gate) = Keychain::gated_for_tests();
    let (_dir, desk) = desk_with(keychain);
    let desk = Arc::new(desk);
    desk.create_profile(&draft("Already here"), None).unwrap();

    let saving = {
        let desk = desk.clone();
        std::thread::spawn(move || desk.create_profile(&draft("Main"), Some(&key())))
    };
    gate.entered.recv().unwrap();

    // While the keychain waits, the list still answers (a hang here is the bug; the bound only
    // keeps a regression from hanging the whole test run).
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    {
        let desk = desk.clone();
        std::thread::spawn(move || {
            let names: Vec<String> = desk
                .overview()
                .unwrap()
                .profiles
                .into_iter()
                .map(|e| e.profile.name)
                .collect();
            let _ = done_tx.send(names);
        });
    }
    let listed = match done_rx.recv_timeout(Duration::from_secs(30)) {
        Ok(names) => names,
        Err(RecvTimeoutError::Timeout) => {
            let _ = gate.release.send(());
            panic!("the list waited for the keychain")
        }
        Err(e) => panic!("{e}"),
    };
    assert!(listed.contains(&"Already here".to_owned()), "{listed:?}");

    gate.release.send(()).unwrap();
    let saved = saving.join().unwrap().unwrap();
    assert!(matches!(saved.key, KeyState::Stored { .. }));
}

/// Three ended broadcasts written straight to the outbox (no network): what the export tests export.
fn desk_with_history() -> (tempfile::TempDir, Desk, Vec<String>) {
    use crate::outbox::{Delivery, NewBroadcast, SendSource};
    let (dir, desk) = desk_with(Keychain::in_memory_for_tests());
    let bodies = [
        (
            r#"{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Doors open, \"VIP\" first"}},{"MsgType":"TIMTextElem","MsgContent":{"Text":"Line two"}}],"Random":7}"#,
            SendSource::Window,
            Delivery::Sent,
        ),
        (
            r#"{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"=HYPERLINK(\"http://x\")"}}],"Random":8}"#,
            SendSource::Emergency,
            Delivery::Unknown,
        ),
        (
            r#"{"MsgBody":[{"MsgType":"TIMCustomElem","MsgContent":{"Data":"x"}}],"Random":9}"#,
            SendSource::Cli,
            Delivery::NotSent,
        ),
    ];
    let ids = {
        let store = lock(&desk.store);
        bodies
            .iter()
            .enumerate()
            .map(|(i, (body, source, delivery))| {
                let id = store
                    .outbox()
                    .insert(&NewBroadcast {
                        id: None,
                        profile_id: Some("p-1"),
                        profile_name: "-Main show",
                        target: "adminapisgp.im.qcloud.com",
                        sdkappid: 1_400_000_000,
                        body,
                        random: 7 + i as u32,
                        source: *source,
                        owner: "test-owner",
                    })
                    .unwrap();
                // Paced at 0 ms: these rows are about History, not the rate.
                store.outbox().depart(&id, "p-1", 0).unwrap();
                let msg_seq = (*delivery == Delivery::Sent).then_some(901);
                store.outbox().finish(&id, *delivery, msg_seq).unwrap();
                id
            })
            .collect()
    };
    (dir, desk, ids)
}

#[test]
fn a_csv_export_has_a_row_per_broadcast_the_filter_lists_with_the_exact_body_and_no_formulas() {
    use crate::outbox::{HistoryFilter, SendSource};
    let (dir, desk, ids) = desk_with_history();
    let out = dir.path().join("exports");
    std::fs::create_dir(&out).unwrap();
    let done = desk
        .export_history(&HistoryFilter::default(), ExportFormat::Csv, &out)
        .unwrap();
    assert_eq!((done.rows, done.truncated), (3, false));
    let path = std::path::PathBuf::from(&done.path);
    assert_eq!(path.parent(), Some(out.as_path()));
    let name = path.file_name().unwrap().to_str().unwrap();
    assert!(
        name.starts_with("broadcast-desk-history-")
            && name.ends_with("Z.csv")
            && !name.contains(':'),
        "{name}"
    );

    let mut reader = csv::Reader::from_path(&path).unwrap();
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header.first().map(String::as_str), Some("written_at"));
    assert_eq!(header.last().map(String::as_str), Some("body"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let col = |row: &csv::StringRecord, name: &str| {
        row[header.iter().position(|h| h == name).unwrap()].to_owned()
    };
    // Newest first, as History lists them.
    assert_eq!(
        rows.iter().map(|r| col(r, "outbox_id")).collect::<Vec<_>>(),
        [ids[2].clone(), ids[1].clone(), ids[0].clone()]
    );
    let sent = &rows[2];
    assert_eq!(col(sent, "outcome"), "sent");
    assert_eq!(col(sent, "source"), "window");
    assert_eq!(col(sent, "msg_seq"), "901");
    assert_eq!(col(sent, "random"), "7");
    assert!(col(sent, "written_at").ends_with('Z'), "UTC");
    // The text elements, one per line; the body byte for byte (quotes and all).
    assert_eq!(col(sent, "text"), "Doors open, \"VIP\" first\nLine two");
    let stored = desk.broadcast(&ids[0]).unwrap().body;
    assert_eq!(col(sent, "body"), stored);
    // Free text a spreadsheet would run as a formula is kept as text.
    assert_eq!(col(&rows[1], "text"), "'=HYPERLINK(\"http://x\")");
    assert_eq!(col(&rows[1], "profile"), "'-Main show");
    assert_eq!(col(&rows[1], "outcome"), "unknown");
    assert_eq!(col(&rows[0], "text"), "", "no text element");

    // A filter exports only what it lists; a second export in the same second gets its own file.
    let emergencies = HistoryFilter {
        source: Some(SendSource::Emergency),
        ..HistoryFilter::default()
    };
    let again = desk
        .export_history(&emergencies, ExportFormat::Csv, &out)
        .unwrap();
    assert_eq!(again.rows, 1);
    assert_ne!(again.path, done.path, "never overwrites an export");
    assert!(
        std::fs::read_to_string(&done.path)
            .unwrap()
            .contains(&ids[0]),
        "the first is intact"
    );
}

#[test]
fn a_json_export_holds_each_broadcast_with_its_attempts_and_its_body_as_json() {
    use crate::outbox::HistoryFilter;
    let (dir, desk, ids) = desk_with_history();
    let filter = HistoryFilter {
        text: Some("doors".into()),
        ..HistoryFilter::default()
    };
    let done = desk
        .export_history(&filter, ExportFormat::Json, dir.path())
        .unwrap();
    assert!(done.path.ends_with(".json"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&done.path).unwrap()).unwrap();
    assert_eq!(json["filter"]["text"], "doors");
    let listed = json["broadcasts"].as_array().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["id"], ids[0].as_str());
    assert_eq!(listed[0]["msgSeq"], 901);
    assert_eq!(listed[0]["delivery"], "sent");
    assert_eq!(listed[0]["body"]["Random"], 7);
    assert_eq!(
        listed[0]["body"]["MsgBody"][0]["MsgContent"]["Text"],
        "Doors open, \"VIP\" first"
    );
    assert!(listed[0]["attemptList"].is_array());
}

#[test]
fn an_export_that_cannot_be_written_says_where_and_leaves_nothing() {
    use crate::outbox::HistoryFilter;
    let (dir, desk, _) = desk_with_history();
    let missing = dir.path().join("no-such-folder");
    let err = desk
        .export_history(&HistoryFilter::default(), ExportFormat::Csv, &missing)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io);
    assert!(err.to_string().contains("no-such-folder"), "{err}");
    assert!(!missing.exists());
}
