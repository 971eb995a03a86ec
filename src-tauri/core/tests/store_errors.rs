//! What a producer reads when the database file cannot be used: the file's path, what is wrong and what
//! to do, never SQL. Each file here is made the way it meets a producer: by another program, by an
//! older or newer Broadcast Desk, by a bad day on the disk.

use std::path::Path;

use desk_core::store::{DatabaseProblem, LATEST_VERSION, MIGRATIONS, Store};
use desk_core::{Error, ErrorCode};
use rusqlite::Connection;

/// Opens `path`, expecting it to be refused; checks what every such message must do and returns the
/// problem and the message.
fn refused(path: &Path) -> (DatabaseProblem, String) {
    let err = Store::open(path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Io);
    let Error::DatabaseFile { problem, .. } = &err else {
        panic!("expected a database file error, got {err:?}");
    };
    let message = err.to_string();
    assert!(
        message.contains(&path.display().to_string()),
        "names the file: {message}"
    );
    for sql in ["CREATE TABLE", "PRAGMA", "rusqlite"] {
        assert!(!message.contains(sql), "no {sql} in: {message}");
    }
    (*problem, message)
}

fn user_version(path: &Path) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn another_programs_database_is_not_ours_and_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broadcast-desk.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT);
             INSERT INTO photos (file) VALUES ('beach.jpg');",
        )
        .unwrap();
    }
    let (problem, message) = refused(&path);
    assert_eq!(problem, DatabaseProblem::NotOurs);
    assert!(
        message.contains("is not a Broadcast Desk database"),
        "{message}"
    );
    let conn = Connection::open(&path).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(tables, ["photos"], "no table of ours was added");
    assert_eq!(user_version(&path), 0);
}

/// Other programs use `user_version` too; a version number alone does not make a file ours.
#[test]
fn another_programs_database_with_its_own_user_version_is_not_ours() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broadcast-desk.sqlite3");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE notes (body TEXT); PRAGMA user_version = 1;")
        .unwrap();
    let (problem, _) = refused(&path);
    assert_eq!(problem, DatabaseProblem::NotOurs);
    assert_eq!(user_version(&path), 1);
}

/// Ours at schema 1 with a table added by hand where migration 2 puts one: before, the message quoted
/// the migration's SQL (twice).
#[test]
fn our_database_with_changed_tables_is_refused_without_sql() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broadcast-desk.sqlite3");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(
            "CREATE TABLE settings (key TEXT, value TEXT); PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let (problem, message) = refused(&path);
    assert_eq!(problem, DatabaseProblem::NotOurs);
    assert!(message.contains("its tables were changed"), "{message}");
    assert_eq!(user_version(&path), 1, "left at its version");
}

#[test]
fn our_database_with_a_table_missing_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broadcast-desk.sqlite3");
    drop(Store::open(&path).unwrap());
    Connection::open(&path)
        .unwrap()
        .execute_batch("DROP TABLE settings")
        .unwrap();
    let (problem, _) = refused(&path);
    assert_eq!(problem, DatabaseProblem::NotOurs);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broadcast-desk.sqlite3");
    let junk: Vec<u8> = (0..64 * 1024).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &junk).unwrap();
    let (problem, message) = refused(&path);
    assert_eq!(problem, DatabaseProblem::Damaged);
    assert!(
        message.contains("is not a database or is damaged"),
        "{message}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), junk);
}

#[test]
fn a_database_from_a_newer_build_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broadcast-desk.sqlite3");
    drop(Store::open(&path).unwrap());
    let future = i64::try_from(LATEST_VERSION).unwrap() + 5;
    Connection::open(&path)
        .unwrap()
        .execute_batch(&format!(
            "CREATE TABLE from_the_future (id TEXT); PRAGMA user_version = {future};"
        ))
        .unwrap();
    let (problem, message) = refused(&path);
    assert_eq!(problem, DatabaseProblem::Newer);
    assert!(
        message.contains("a newer version of Broadcast Desk made")
            && message.contains(&format!("schema {future}")),
        "{message}"
    );
    assert_eq!(user_version(&path), future);
}

/// A really full disk, which SQLite reports as an I/O error on the `-shm` file rather than as
/// SQLITE_FULL. Needs an empty, small, writable file system (e.g. a 256 KiB tmpfs) named by
/// `BDESK_FULL_DISK_DIR`; the test fills it and frees it again. Without the variable it does nothing;
/// with it, it must pass. (The unit tests in `store` cover SQLITE_FULL itself everywhere.)
#[test]
fn a_really_full_disk_says_the_disk_is_full() {
    let Some(root) = std::env::var_os("BDESK_FULL_DISK_DIR") else {
        eprintln!("skipped: set BDESK_FULL_DISK_DIR to an empty, small file system");
        return;
    };
    let dir = tempfile::tempdir_in(root).unwrap();
    let path = dir.path().join("broadcast-desk.sqlite3");
    Store::open(&path)
        .unwrap()
        .set_setting("k", Some("v"))
        .unwrap();
    let filler = dir.path().join("filler");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 4096];
        while f.write_all(&block).and_then(|()| f.flush()).is_ok() {}
    }
    let (problem, message) = refused(&path);
    std::fs::remove_file(&filler).unwrap();
    assert_eq!(problem, DatabaseProblem::DiskFull, "{message}");
    assert!(message.contains("is full; free some space"), "{message}");
}
