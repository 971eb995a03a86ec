//! Profiles through the public API on real database files, as the shell and the CLI will use them.

use desk_core::ErrorCode;
use desk_core::desk::Desk;
use desk_core::info::BuildKind;
use desk_core::keychain::Keychain;
use desk_core::paths;
use desk_core::profiles::{Edition, ProfileDraft, Target};
use desk_core::secret::SecretKey;
use desk_core::store::Store;

const FAKE_KEY: &str = "obviously-fake-key-5bd2850fff3ecb11d7c805251c51ee46";

fn draft(name: &str) -> ProfileDraft {
    serde_json::from_value(serde_json::json!({
        "name": name,
        "color": "#3366ff",
        "target": { "kind": "custom", "url": "http://127.0.0.1:9" },
        "sdkappid": 1400000000u64,
        "adminIdentifier": "administrator",
        "edition": { "kind": "pro" },
        "isSandbox": true
    }))
    .unwrap()
}

/// Every file under `dir`, recursively.
fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn the_secret_never_reaches_the_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = paths::data_dir(Some(dir.path().join("data"))).unwrap();
    let path = paths::database_path(&data_dir, BuildKind::current());
    let desk = Desk::open(
        &data_dir,
        paths::database_file_name(BuildKind::current()),
        Keychain::in_memory_for_tests(),
    )
    .unwrap();
    let p = desk
        .create_profile(&draft("Main"), Some(&SecretKey::from(FAKE_KEY)))
        .unwrap()
        .profile;
    desk.duplicate_profile(&p.id).unwrap();

    let files = files_under(&data_dir);
    assert!(
        files.iter().any(|f| f == &path),
        "the database is in the data dir: {files:?}"
    );
    // The marker proves the scan reads what the store writes (the profile name is in the file).
    let mut saw_name = false;
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        saw_name |= bytes.windows(4).any(|w| w == b"Main");
        assert!(
            !bytes
                .windows(FAKE_KEY.len())
                .any(|w| w == FAKE_KEY.as_bytes()),
            "secret found in {}",
            f.display()
        );
    }
    assert!(saw_name, "scan found none of the stored data");
    assert_eq!(
        desk.keychain().get(&p.id).unwrap().unwrap().expose(),
        FAKE_KEY
    );
}

#[test]
fn two_connections_share_one_file() {
    // The app and the CLI open the same file; WAL + busy timeout let both work.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.sqlite3");
    let app = Store::open(&path).unwrap();
    let cli = Store::open(&path).unwrap();
    let p = app.profiles().create(&draft("From app")).unwrap();
    assert_eq!(cli.profiles().get(&p.id).unwrap(), p);
    let err = cli.profiles().create(&draft("FROM APP")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidProfile);
    let mut d = p.to_draft();
    d.edition = Edition::Enterprise;
    d.target = Target::Region {
        region: "frankfurt".into(),
    };
    cli.profiles().update(&p.id, &d).unwrap();
    assert_eq!(
        app.profiles().get(&p.id).unwrap().edition,
        Edition::Enterprise
    );
}

#[test]
fn error_codes_serialize_for_the_ui() {
    let store = Store::open_in_memory().unwrap();
    let err = store.profiles().create(&draft("")).unwrap_err();
    assert_eq!(serde_json::to_value(err.code()).unwrap(), "INVALID_PROFILE");
    match err {
        desk_core::Error::InvalidProfile(problems) => {
            let v = serde_json::to_value(&problems).unwrap();
            assert_eq!(v[0]["field"], "name");
            assert_eq!(v[0]["code"], "EMPTY");
        }
        other => panic!("{other:?}"),
    }
}
