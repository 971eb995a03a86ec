//! The schema only moves forward, and moving it forward keeps what was saved.

use desk_core::store::{LATEST_VERSION, MIGRATIONS, Store};
use rusqlite::Connection;

/// What an older build left behind: the first `version` migrations and that version, nothing else.
fn database_at(path: &std::path::Path, version: usize) -> Connection {
    let conn = Connection::open(path).unwrap();
    for sql in &MIGRATIONS[..version] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", i64::try_from(version).unwrap())
        .unwrap();
    conn
}

#[test]
fn every_migration_applies_on_a_fresh_database() {
    let conn = Connection::open_in_memory().unwrap();
    for (n, sql) in MIGRATIONS.iter().enumerate() {
        conn.execute_batch(sql)
            .unwrap_or_else(|e| panic!("migration {}: {e}", n + 1));
    }
    assert_eq!(MIGRATIONS.len(), LATEST_VERSION);
}

/// A database left at schema 1 by an older build (profiles, no settings table) upgrades on open,
/// and its profile rows come through intact and readable by the current model.
#[test]
fn opening_an_older_database_upgrades_it_without_losing_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broadcast-desk.sqlite3");
    {
        let conn = database_at(&path, 1);
        conn.execute(
            "INSERT INTO profiles (id, name, color, region, endpoint_url, sdkappid, admin_identifier,
                 edition, custom_rate_per_sec, default_from_account, usersig_lifetime_secs, is_sandbox,
                 created_at, updated_at)
             VALUES ('0b5c0f64-7f3e-4c47-9d2b-2f1b7d0c9a11', 'Old show', '#123abc', 'tokyo', NULL,
                 1400000001, 'admin', 'custom', 2, 'host_anna', 3600, 1, 1000, 2000)",
            [],
        )
        .unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 1);
        let settings: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'settings'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(settings, 0, "schema 1 has no settings table yet");
    }

    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    let profiles = store.profiles().list().unwrap();
    assert_eq!(profiles.len(), 1);
    let p = &profiles[0];
    assert_eq!(p.name, "Old show");
    assert_eq!(p.sdkappid, 1_400_000_001);
    assert_eq!(p.edition.rate_per_sec(), 2);
    assert_eq!(p.default_from_account.as_deref(), Some("host_anna"));
    assert!(p.is_sandbox);
    assert_eq!((p.created_at, p.updated_at), (1000, 2000));
    // The new table works on the upgraded file.
    store.profiles().set_active(Some(&p.id)).unwrap();
    assert_eq!(store.profiles().active().unwrap().as_ref(), Some(p));
}

#[test]
fn every_version_upgrades_to_latest() {
    for start in 0..=LATEST_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        drop(database_at(&path, start));
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.schema_version().unwrap(),
            LATEST_VERSION,
            "from {start}"
        );
    }
}
