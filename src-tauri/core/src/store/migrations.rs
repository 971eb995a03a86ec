//! The schema's history: forward-only SQL migrations embedded in the binary, and the one place that
//! applies them.
//!
//! Rules: never edit or reorder a shipped migration, only append. There are no down migrations: an
//! older build refuses a newer database instead of guessing (see `Store::open`).
//!
//! The version lives in `PRAGMA user_version`. [`migrate`] reads it and applies what is missing inside
//! ONE `BEGIN IMMEDIATE` transaction, i.e. holding SQLite's write lock
//! from before the version is read until the new version is committed. So when the app and several
//! `bdesk` start together on a new folder, or after an update that adds a migration, one process
//! migrates and the others wait (busy timeout) and then find the work done. rusqlite_migration, used
//! here before, reads the version outside the transaction it migrates in and always begins that
//! transaction itself, so it cannot run under a lock we hold: two processes both saw version 0 and the
//! second failed with "table profiles already exists". What is left of its job is a loop over SQL.
//!
//! Not here: opening files, WAL, or turning failures into messages (`store`).

use rusqlite::{Connection, TransactionBehavior};

/// Every migration, oldest first; the schema at version N is what the first N made.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_profiles.sql"),
    include_str!("../../migrations/0002_settings.sql"),
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
}

impl From<rusqlite::Error> for MigrateError {
    fn from(e: rusqlite::Error) -> Self {
        MigrateError::Sqlite(e)
    }
}

/// Brings the database to [`LATEST_VERSION`] under the write lock; changes nothing unless the file is
/// older. See the module docs for why the lock comes first.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), MigrateError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let from = usize::try_from(found).unwrap_or(usize::MAX);
    if from > LATEST_VERSION {
        return Err(MigrateError::Newer(found));
    }
    if from < LATEST_VERSION {
        apply(&tx, from, LATEST_VERSION)?;
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
