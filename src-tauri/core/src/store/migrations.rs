//! The schema's history: forward-only SQL migrations embedded in the binary, and the one place that
//! applies them.
//!
//! Rules: never edit or reorder a shipped migration, only append. There are no down migrations: an
//! older build refuses a newer database instead of guessing (see `Store::open`).
//!
//! The version lives in `PRAGMA user_version`. [`migrate`] reads it, checks that the schema is ours and
//! applies what is missing inside ONE `BEGIN IMMEDIATE` transaction, i.e. holding SQLite's write lock
//! from before the version is read until the new version is committed. So when the app and several
//! `bdesk` start together on a new folder, or after an update that adds a migration, one process
//! migrates and the others wait (busy timeout) and then find the work done. rusqlite_migration, used
//! here before, reads the version outside the transaction it migrates in and always begins that
//! transaction itself, so it cannot run under a lock we hold: two processes both saw version 0 and the
//! second failed with "table profiles already exists". What is left of its job is a loop over SQL.
//!
//! Not here: opening files, WAL, or turning failures into messages (`store`).

use std::collections::BTreeSet;

use rusqlite::{Connection, TransactionBehavior};

/// Every migration, oldest first; the schema at version N is what the first N made.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_profiles.sql"),
    include_str!("../../migrations/0002_settings.sql"),
    include_str!("../../migrations/0003_outbox.sql"),
    include_str!("../../migrations/0004_outbox_cancel.sql"),
    include_str!("../../migrations/0005_templates.sql"),
    include_str!("../../migrations/0006_schedule.sql"),
    include_str!("../../migrations/0007_schedule_news.sql"),
    include_str!("../../migrations/0008_pacing_departures.sql"),
];

/// The schema version this build writes: the number of migrations.
pub const LATEST_VERSION: usize = MIGRATIONS.len();

/// Why [`migrate`] stopped.
#[derive(Debug)]
pub(crate) enum MigrateError {
    /// SQLite failed: full disk, I/O, a damaged file, a lock held past the busy timeout, …
    Sqlite(rusqlite::Error),
    /// `user_version` is beyond [`LATEST_VERSION`]: a newer build made this file.
    Newer(i64),
    /// The file's schema is not the one our migrations make at its version: another program's
    /// database, or ours with tables changed by hand. Carries SQLite's error when a migration failed.
    NotOurs(Option<rusqlite::Error>),
}

impl From<rusqlite::Error> for MigrateError {
    fn from(e: rusqlite::Error) -> Self {
        MigrateError::Sqlite(e)
    }
}

/// Brings the database to [`LATEST_VERSION`] under the write lock; changes nothing unless the file is
/// ours and older. See the module docs for why the lock comes first.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), MigrateError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let Ok(from) = usize::try_from(found) else {
        return Err(MigrateError::NotOurs(None));
    };
    if from > LATEST_VERSION {
        return Err(MigrateError::Newer(found));
    }
    // Exact: a SQLite file of another program (version 0 with tables, or its own use of
    // user_version) and ours with tables changed are refused here, before a migration could run
    // against tables it does not know and half-succeed or fail with SQL in the message.
    if schema(&tx)? != reference_schema(from)? {
        return Err(MigrateError::NotOurs(None));
    }
    if from < LATEST_VERSION {
        apply(&tx, from, LATEST_VERSION).map_err(|e| {
            // SQLITE_ERROR from a migration statement ("table … already exists", "no such column")
            // means the file is not what that migration expects, whatever the check above saw; a
            // full disk or an I/O error is said as such.
            if e.sqlite_error_code() == Some(rusqlite::ErrorCode::Unknown) {
                MigrateError::NotOurs(Some(e))
            } else {
                MigrateError::Sqlite(e)
            }
        })?;
    }
    tx.commit()?;
    Ok(())
}

/// Runs migrations `from..to` on `conn` and records `to` as its version. The caller owns the
/// transaction (`user_version` is transactional, so the version and the tables commit together).
pub(crate) fn apply(conn: &Connection, from: usize, to: usize) -> rusqlite::Result<()> {
    for sql in &MIGRATIONS[from..to] {
        conn.execute_batch(sql)?;
    }
    conn.pragma_update(
        None,
        "user_version",
        i64::try_from(to).expect("migration count fits i64"),
    )
}

/// A schema as SQLite records it: (type, name, CREATE statement) of every object we could have made.
type Schema = BTreeSet<(String, String, Option<String>)>;

fn schema(conn: &Connection) -> rusqlite::Result<Schema> {
    // SQLite's own objects (autoindexes, sqlite_sequence, sqlite_stat*) come and go on their own.
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

/// What our migrations make at `version`, built in memory by the same SQLite, so the text SQLite
/// keeps for each CREATE statement compares exactly.
fn reference_schema(version: usize) -> rusqlite::Result<Schema> {
    let conn = Connection::open_in_memory()?;
    apply(&conn, 0, version)?;
    schema(&conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_version_has_a_reference_schema_and_the_last_has_every_table() {
        let mut previous = reference_schema(0).unwrap();
        assert!(previous.is_empty());
        for v in 1..=LATEST_VERSION {
            let now = reference_schema(v).unwrap();
            // A migration may change a table (ALTER TABLE rewrites its CREATE text), but each
            // must change something and none may drop an object.
            let names = |s: &Schema| s.iter().map(|(_, n, _)| n.clone()).collect::<BTreeSet<_>>();
            assert!(
                now != previous && names(&now).is_superset(&names(&previous)),
                "migration {v} must change the schema and keep every object"
            );
            previous = now;
        }
        let names: Vec<&str> = previous.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "outbox_by_time",
                "outbox_in_flight",
                "schedule_due",
                "schedule_runs_unseen",
                "attempts",
                "outbox",
                "pacing",
                "profiles",
                "schedule",
                "schedule_runs",
                "settings",
                "templates"
            ]
        );
    }

    #[test]
    fn a_schema_that_differs_from_ours_is_not_ours() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply(&conn, 0, 1).unwrap();
        conn.execute_batch("ALTER TABLE profiles ADD COLUMN extra TEXT")
            .unwrap();
        assert!(matches!(
            migrate(&mut conn),
            Err(MigrateError::NotOurs(None))
        ));
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, 1, "a refused database is left at its version");
    }

    #[test]
    fn a_newer_version_is_refused_and_left_alone() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(migrate(&mut conn), Err(MigrateError::Newer(99))));
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, 99);
    }

    #[test]
    fn a_negative_user_version_is_not_ours() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", -3).unwrap();
        assert!(matches!(
            migrate(&mut conn),
            Err(MigrateError::NotOurs(None))
        ));
    }
}
