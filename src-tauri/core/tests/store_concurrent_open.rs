//! Many processes opening one fresh database at the same moment, as on a first run when the app and
//! several `bdesk` commands start together, or on the first start after an update that adds a migration.
//!
//! Real processes, not threads: SQLite's locks are per process (POSIX advisory locks), so threads of
//! one process would not meet the race the way two programs do. The test binary runs itself again as
//! each child (told so by an environment variable); every child says when it is ready, and all are
//! released at once by closing the one pipe they all read as standard input.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use desk_core::store::{LATEST_VERSION, Store};
use rusqlite::Connection;

/// Set in a child: the database it opens.
const CHILD_DB_ENV: &str = "BDESK_TEST_CONCURRENT_OPEN_DB";
/// Set in a child: its number, written as a setting so the parent sees every child's write land.
const CHILD_N_ENV: &str = "BDESK_TEST_CONCURRENT_OPEN_N";
const READY: &str = "bdesk-child-ready";

const CHILDREN: usize = 16;
const ROUNDS: usize = 6;

#[test]
fn many_processes_open_one_fresh_database_at_once() {
    if let Some(db) = std::env::var_os(CHILD_DB_ENV) {
        child(Path::new(&db));
    }
    let mut failed_rounds = Vec::new();
    for round in 0..ROUNDS {
        let dir = tempfile::tempdir().unwrap();
        // A folder that does not exist yet, as on a first run.
        let db = dir.path().join("data").join("broadcast-desk.sqlite3");
        let failures = race(&db);
        if !failures.is_empty() {
            // Every round runs, so a failure shows how often the race is lost, not just that it was.
            failed_rounds.push(format!(
                "round {round}: {} of {CHILDREN} processes failed:\n{}",
                failures.len(),
                failures.join("\n")
            ));
            continue;
        }
        check_database(&db);
    }
    assert!(failed_rounds.is_empty(), "{}", failed_rounds.join("\n"));
}

/// What every round must leave behind: one healthy database at the latest schema, in WAL mode,
/// holding every child's write.
fn check_database(db: &Path) {
    let conn = Connection::open(db).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, i64::try_from(LATEST_VERSION).unwrap());
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let written: i64 = conn
        .query_row(
            "SELECT count(*) FROM settings WHERE key LIKE 'child-%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(written, i64::try_from(CHILDREN).unwrap());
}

/// Starts the children, waits until each is ready, releases them together; returns what failed.
fn race(db: &Path) -> Vec<String> {
    let (gate_reader, gate_writer) = std::io::pipe().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut children: Vec<Child> = (0..CHILDREN)
        .map(|n| {
            Command::new(&exe)
                .args([
                    "many_processes_open_one_fresh_database_at_once",
                    "--exact",
                    "--nocapture",
                    "--test-threads=1",
                ])
                .env(CHILD_DB_ENV, db)
                .env(CHILD_N_ENV, n.to_string())
                .stdin(gate_reader.try_clone().unwrap())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    drop(gate_reader);

    // The barrier: every child has started and is blocked on the gate before any is let go.
    let mut outputs = Vec::new();
    for child in &mut children {
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut seen = String::new();
        loop {
            let mut line = String::new();
            assert_ne!(
                out.read_line(&mut line).unwrap(),
                0,
                "a child ended before it was ready: {seen}"
            );
            seen.push_str(&line);
            // libtest's own "test <name> ... " shares the line.
            if line.trim_end().ends_with(READY) {
                break;
            }
        }
        outputs.push(out);
    }
    drop(gate_writer);

    let mut failures = Vec::new();
    for (n, (mut child, mut out)) in children.into_iter().zip(outputs).enumerate() {
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let mut rest = String::new();
        out.read_to_string(&mut rest).unwrap();
        let status = child.wait().unwrap();
        if !status.success() {
            failures.push(format!(
                "child {n} ({status}): {}{}",
                rest.trim(),
                stderr.trim()
            ));
        }
    }
    failures
}

/// The child's whole life: wait at the gate, open, write one setting, exit with 0 or 1.
fn child(db: &Path) -> ! {
    let n = std::env::var(CHILD_N_ENV).unwrap();
    {
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{READY}").unwrap();
        stdout.flush().unwrap();
    }
    // Blocks until the parent closes the pipe's only writer: that end-of-file wakes every child.
    std::io::stdin().read_to_end(&mut Vec::new()).unwrap();
    let result =
        Store::open(db).and_then(|store| store.set_setting(&format!("child-{n}"), Some("opened")));
    match result {
        Ok(()) => std::process::exit(0),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
