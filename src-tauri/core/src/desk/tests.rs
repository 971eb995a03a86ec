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
