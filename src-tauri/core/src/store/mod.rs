//! The local SQLite database: profiles, settings, the outbox and history, templates (and later the
//! schedule).
//!
//! rusqlite with the `bundled` SQLite (no system library needed, the same SQLite everywhere) and
//! forward-only migrations (schema version in `PRAGMA user_version`, no extra table; see
//! [`migrations`] for why they run under the write lock). Every open applies pending migrations, turns
//! on WAL (readers don't block the writer, so the CLI can read while the app writes), a busy timeout
//! (the app and the CLI may write at once) and foreign keys (SQLite leaves them off by default).
//!
//! Private on disk: the folder is made with [`paths::create_data_dir`] (0700 on Unix) and, on Unix, the
//! database file is created here with mode 0600 before SQLite opens it. SQLite would create it 0644
//! whatever the umask (it sets the mode explicitly), and it gives the `-wal`, `-shm` and `-journal`
//! files it makes later the main file's mode, so creating that one file right covers all of them. A
//! process-wide umask is not ours to change.
//!
//! Failures a producer can act on (full disk, damaged file, another program's file, a newer build's
//! file, no write permission, a lock held too long) become [`Error::DatabaseFile`]: the message names
//! the file and says what to do, and never carries SQL.
//!
//! Not here: secrets (the keychain's), the data folder's location ([`crate::paths`]), and table rules
//! (each table's module, e.g. [`crate::profiles`]).

mod migrations;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

pub use migrations::{LATEST_VERSION, MIGRATIONS};

use crate::clock::{Clock, SystemClock};
use crate::{Error, Result, paths};
use migrations::MigrateError;

/// How long a write waits for another process's write to finish before failing with "busy".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// What is wrong with the database file, for [`Error::DatabaseFile`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatabaseProblem {
    /// The disk holding the database is full.
    DiskFull,
    /// The file is not an SQLite database, or it is damaged.
    Damaged,
    /// An SQLite database, but not one Broadcast Desk made (or ours with its tables changed).
    NotOurs,
    /// A newer Broadcast Desk made it; this build leaves it alone.
    Newer,
    /// The file or its folder cannot be opened for writing (read-only, permissions, not a file).
    NotWritable,
    /// Another process held the lock this one needed, past the busy timeout (or where SQLite
    /// cannot wait without risking a deadlock).
    Busy,
    /// Reading or writing failed at the disk ("disk I/O error") for a reason SQLite does not name.
    DiskError,
    /// Anything else SQLite reported while opening.
    Other,
}

/// An open, migrated database. One per process front door; `Send` but not `Sync` (wrap it in a
/// `Mutex` to share).
pub struct Store {
    conn: Connection,
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.conn.path())
            .finish()
    }
}

impl Store {
    /// Opens (creating it and its folder if needed) and migrates the database at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        Self::open_with(path.as_ref(), |_| Ok(()))
    }

    /// [`Store::open`] with `prepare` run on the connection before anything reads the file; tests use
    /// it to set limits the real world sets (a page budget standing in for a full disk).
    fn open_with(
        path: &Path,
        prepare: impl FnOnce(&Connection) -> rusqlite::Result<()>,
    ) -> Result<Self> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            paths::create_data_dir(parent)?;
        }
        #[cfg(unix)]
        create_private_file(path)?;
        // SQLite opens lazily: a damaged or foreign file fails only at the first statement, so every
        // failure from here on is said with the file's name.
        let fail = |e: rusqlite::Error| file_error(path, OPENING, e);
        let conn = Connection::open(path).map_err(fail)?;
        prepare(&conn).map_err(fail)?;
        Self::finish_open(conn, Some(path))
    }

    /// A private in-memory database, for unit tests.
    pub fn open_in_memory() -> Result<Self> {
        let conn =
            Connection::open_in_memory().map_err(|e| Error::db("opening in-memory database", e))?;
        Self::finish_open(conn, None)
    }

    fn finish_open(mut conn: Connection, file: Option<&Path>) -> Result<Self> {
        let name = file.unwrap_or(Path::new(IN_MEMORY));
        let fail = |e: rusqlite::Error| file_error(name, OPENING, e);
        conn.busy_timeout(BUSY_TIMEOUT).map_err(fail)?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(fail)?;
        // Migrating comes before WAL, so a file that is refused (newer, not ours, damaged) is left
        // exactly as it was: the migration only writes once it has decided the file is ours.
        migrations::migrate(&mut conn).map_err(|e| migrate_error(name, e))?;
        if file.is_some() {
            let mode = enable_wal(&conn).map_err(fail)?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::DatabaseFile {
                    problem: DatabaseProblem::Other,
                    message: format!(
                        "{OPENING}: SQLite could not put {} in WAL mode (it kept {mode:?}); \
                         is it on a network or read-only file system?",
                        name.display()
                    ),
                    source: None,
                });
            }
            // FULL, not WAL's usual NORMAL: an outbox row must be on disk before its broadcast
            // leaves, or a power cut could forget a message Tencent delivered. A producer's laptop
            // writes a few rows a minute; the fsync per commit costs nothing it would notice.
            conn.pragma_update(None, "synchronous", "FULL")
                .map_err(fail)?;
        }
        Ok(Self {
            conn,
            clock: Arc::new(SystemClock),
        })
    }

    /// Replaces the clock used for `created_at` / `updated_at`.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The clock this store stamps rows with, for whoever must read the same time without the store.
    pub(crate) fn clock(&self) -> Arc<dyn Clock> {
        Arc::clone(&self.clock)
    }

    /// The schema version of the open database (equals [`LATEST_VERSION`] after a successful open).
    pub fn schema_version(&self) -> Result<usize> {
        let v: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| database_error(&self.conn, "reading schema version", e))?;
        Ok(v.try_into().unwrap_or(0))
    }

    /// A setting's value, if set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| database_error(&self.conn, format!("reading setting {key}"), e))
    }

    /// Sets (`Some`) or clears (`None`) a setting.
    pub fn set_setting(&self, key: &str, value: Option<&str>) -> Result<()> {
        set_setting_on(&self.conn, key, value)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn now_ms(&self) -> i64 {
        self.clock.now_unix_ms()
    }
}

pub(crate) fn set_setting_on(conn: &Connection, key: &str, value: Option<&str>) -> Result<()> {
    let result = match value {
        Some(v) => conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, v],
        ),
        None => conn.execute("DELETE FROM settings WHERE key = ?1", [key]),
    };
    result
        .map(drop)
        .map_err(|e| database_error(conn, format!("writing setting {key}"), e))
}

/// The error for a failed statement on an open store: a problem with the file or disk (full,
/// read-only, damaged, …) is said as such with the file's name, anything else (a broken rule, a
/// bug) stays an [`Error::Database`] with `context`.
pub(crate) fn database_error(
    conn: &Connection,
    context: impl Into<String>,
    err: rusqlite::Error,
) -> Error {
    let context = context.into();
    if problem_of(&err).is_none() {
        return Error::db(context, err);
    }
    let name = match conn.path() {
        Some(p) if !p.is_empty() => Path::new(p),
        _ => Path::new(IN_MEMORY),
    };
    file_error(name, &context, err)
}

/// Switches the file to WAL, waiting for other processes the way SQLite waits everywhere else.
///
/// Only a file still in rollback mode (a new one) needs the switch, and then SQLite answers
/// SQLITE_BUSY at once instead of using the busy timeout: it takes the read lock first and finds it
/// needs the exclusive one, and waiting while holding a lock could deadlock. It happens when several
/// processes open a new file together (`tests/store_concurrent_open.rs` met it in about one round in
/// twenty, one process of sixteen). So wait for exclusive access with a transaction, which does get
/// the busy timeout, and try again; once any process has switched, the switch is a no-op for all
/// (in the test the second try always succeeded). The bound only keeps a pathological case from
/// spinning.
fn enable_wal(conn: &Connection) -> rusqlite::Result<String> {
    const ATTEMPTS: usize = 10;
    let mut attempt = 1;
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)) {
            Err(e)
                if attempt < ATTEMPTS
                    && e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) =>
            {
                conn.execute_batch("BEGIN EXCLUSIVE; COMMIT")?;
                attempt += 1;
            }
            done => return done,
        }
    }
}

const OPENING: &str = "cannot open the database";
const IN_MEMORY: &str = "the in-memory database";

/// Creates the database file with mode 0600 if it does not exist (see the module docs).
///
/// `create_new`, so an existing file is never opened here: closing a descriptor drops every POSIX
/// lock this process holds on that file, including SQLite's on another connection to it (SQLite's
/// "how to corrupt" list, 2.2). A file made a moment ago has no other connection, except one another
/// thread opens in between; the lock keeps other `Store::open`s out of that moment.
#[cfg(unix)]
fn create_private_file(path: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    static CREATING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _creating = CREATING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            Err(Error::DatabaseFile {
                problem: DatabaseProblem::NotWritable,
                message: not_writable(OPENING, path),
                source: Some(e.into()),
            })
        }
        Err(e) => Err(Error::io(
            format!("creating database {}", path.display()),
            e,
        )),
    }
}

fn not_writable(action: &str, file: &Path) -> String {
    format!(
        "{action}: {} cannot be opened for writing (the file or its folder is read-only, belongs \
         to another user, or is not a file); check their permissions",
        file.display()
    )
}

fn migrate_error(name: &Path, err: MigrateError) -> Error {
    let file = name.display();
    match err {
        MigrateError::Sqlite(e) => file_error(name, OPENING, e),
        MigrateError::Newer(found) => Error::DatabaseFile {
            problem: DatabaseProblem::Newer,
            message: format!(
                "{OPENING}: a newer version of Broadcast Desk made {file} (schema {found}; this \
                 version knows up to {LATEST_VERSION}); update Broadcast Desk (the app and bdesk) to \
                 use it"
            ),
            source: None,
        },
        MigrateError::NotOurs(source) => Error::DatabaseFile {
            problem: DatabaseProblem::NotOurs,
            message: format!(
                "{OPENING}: {file} is not a Broadcast Desk database (another program made it, or \
                 its tables were changed); move it out of the way to start afresh, or choose \
                 another data folder"
            ),
            source: source.map(Into::into),
        },
    }
}

/// What a SQLite error says about the file or the disk, if anything.
fn problem_of(err: &rusqlite::Error) -> Option<DatabaseProblem> {
    use rusqlite::ErrorCode as C;
    let rusqlite::Error::SqliteFailure(e, _) = err else {
        return None;
    };
    Some(match e.code {
        C::DiskFull => DatabaseProblem::DiskFull,
        // A full disk met while growing the `-shm` index, which the first read of a WAL database
        // does, is reported as an I/O error rather than SQLITE_FULL (seen on a full tmpfs).
        C::SystemIoFailure if e.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE => {
            DatabaseProblem::DiskFull
        }
        C::SystemIoFailure => DatabaseProblem::DiskError,
        C::NotADatabase | C::DatabaseCorrupt => DatabaseProblem::Damaged,
        C::ReadOnly | C::PermissionDenied | C::CannotOpen => DatabaseProblem::NotWritable,
        C::DatabaseBusy | C::DatabaseLocked => DatabaseProblem::Busy,
        _ => return None,
    })
}

/// A SQLite failure on the file `name`, worded for the producer: what happened, to which file, what
/// to do. SQLite's own words stay in `source` (and in the message only when nothing better is known).
fn file_error(name: &Path, action: &str, err: rusqlite::Error) -> Error {
    let file = name.display();
    let problem = problem_of(&err).unwrap_or(DatabaseProblem::Other);
    let message = match problem {
        DatabaseProblem::DiskFull => format!(
            "{action}: the disk holding {file} is full; free some space on it, then try again"
        ),
        DatabaseProblem::Damaged => format!(
            "{action}: {file} is not a database or is damaged; move it out of the way (keep it for \
             support) to start afresh, or put back a backup"
        ),
        DatabaseProblem::NotWritable => not_writable(action, name),
        DatabaseProblem::Busy => format!(
            "{action}: {file} is busy: another Broadcast Desk (the app or bdesk) holds it; try again"
        ),
        DatabaseProblem::DiskError => format!(
            "{action}: reading or writing {file} failed at the disk; check that the disk is \
             connected, not full and healthy, then try again"
        ),
        DatabaseProblem::Newer | DatabaseProblem::NotOurs | DatabaseProblem::Other => {
            format!("{action}: {file}: {}", sqlite_words(&err))
        }
    };
    Error::DatabaseFile {
        problem,
        message,
        source: Some(err.into()),
    }
}

/// SQLite's own message for the failure, never the statement that failed.
fn sqlite_words(err: &rusqlite::Error) -> String {
    match err {
        rusqlite::Error::SqliteFailure(_, Some(msg)) if !msg.is_empty() => msg.clone(),
        rusqlite::Error::SqliteFailure(e, _) => e.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the producer reads: no SQL, the file's name, and (the caller checks) what to do.
    fn file_problem(err: &Error, path: &Path) -> (DatabaseProblem, String) {
        let Error::DatabaseFile {
            problem, message, ..
        } = err
        else {
            panic!("expected a database file error, got {err:?}");
        };
        assert_eq!(err.to_string(), *message);
        assert_eq!(err.code(), crate::ErrorCode::Io);
        assert!(
            message.contains(&path.display().to_string()),
            "names the file: {message}"
        );
        assert!(!message.contains("CREATE TABLE"), "no SQL: {message}");
        (*problem, message.clone())
    }

    #[test]
    fn migrations_are_valid_and_counted() {
        assert_eq!(LATEST_VERSION, MIGRATIONS.len());
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    }

    /// A page budget below what migration 1 needs is SQLite's SQLITE_FULL, exactly as a full disk.
    #[test]
    fn a_full_disk_while_opening_says_so_with_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let err = Store::open_with(&path, |c| {
            c.query_row("PRAGMA max_page_count = 1", [], |_| Ok(()))
        })
        .unwrap_err();
        let (problem, message) = file_problem(&err, &path);
        assert_eq!(problem, DatabaseProblem::DiskFull);
        assert!(
            message.contains("is full; free some space on it"),
            "{message}"
        );
        // Nothing was half-made: the next open (with room) migrates from scratch.
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    }

    #[test]
    fn a_full_disk_while_writing_says_so_with_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let store = Store::open(&path).unwrap();
        let pages: i64 = store
            .conn()
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap();
        store
            .conn()
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
            .unwrap();
        let err = store
            .set_setting("big", Some(&"x".repeat(64 * 1024)))
            .unwrap_err();
        let (problem, message) = file_problem(&err, &path);
        assert_eq!(problem, DatabaseProblem::DiskFull);
        assert!(message.starts_with("writing setting big: "), "{message}");
    }

    #[test]
    fn other_statement_failures_stay_plain_database_errors() {
        let store = Store::open_in_memory().unwrap();
        let err = database_error(
            store.conn(),
            "checking",
            store
                .conn()
                .execute("INSERT INTO settings (key, value) VALUES (NULL, 'v')", [])
                .unwrap_err(),
        );
        assert!(matches!(err, Error::Database { .. }), "{err:?}");
    }

    #[test]
    fn each_sqlite_failure_class_is_worded_for_the_producer() {
        use rusqlite::ffi;
        let path = Path::new("/data/broadcast-desk.sqlite3");
        let cases = [
            (ffi::SQLITE_FULL, DatabaseProblem::DiskFull, "is full"),
            (
                ffi::SQLITE_IOERR_SHMSIZE,
                DatabaseProblem::DiskFull,
                "is full",
            ),
            (
                ffi::SQLITE_IOERR_WRITE,
                DatabaseProblem::DiskError,
                "failed at the disk",
            ),
            (
                ffi::SQLITE_NOTADB,
                DatabaseProblem::Damaged,
                "is not a database or is damaged",
            ),
            (
                ffi::SQLITE_CORRUPT,
                DatabaseProblem::Damaged,
                "is not a database or is damaged",
            ),
            (
                ffi::SQLITE_READONLY,
                DatabaseProblem::NotWritable,
                "cannot be opened for writing",
            ),
            (
                ffi::SQLITE_PERM,
                DatabaseProblem::NotWritable,
                "cannot be opened for writing",
            ),
            (
                ffi::SQLITE_CANTOPEN,
                DatabaseProblem::NotWritable,
                "cannot be opened for writing",
            ),
            (ffi::SQLITE_BUSY, DatabaseProblem::Busy, "is busy"),
        ];
        for (code, want, words) in cases {
            let err = file_error(
                path,
                OPENING,
                rusqlite::Error::SqliteFailure(ffi::Error::new(code), None),
            );
            let (problem, message) = file_problem(&err, path);
            assert_eq!(problem, want, "{code}: {message}");
            assert!(message.contains(words), "{code}: {message}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_folder_and_every_database_file_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let path = data.join("db.sqlite3");
        let store = Store::open(&path).unwrap();
        store.set_setting("k", Some("v")).unwrap();
        assert_eq!(mode(&data), 0o700);
        // While the store is open in WAL mode all three files exist.
        for suffix in ["", "-wal", "-shm"] {
            let file = data.join(format!("db.sqlite3{suffix}"));
            assert_eq!(mode(&file), 0o600, "{}", file.display());
        }
    }

    #[cfg(unix)]
    #[test]
    fn an_existing_database_file_keeps_its_mode_and_its_content() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        Store::open(&path)
            .unwrap()
            .set_setting("k", Some("v"))
            .unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        let store = Store::open(&path).unwrap();
        assert_eq!(store.setting("k").unwrap().as_deref(), Some("v"));
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn opens_a_file_in_wal_mode_with_foreign_keys_and_busy_timeout() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/deeper/db.sqlite3");
        let store = Store::open(&path).unwrap();
        assert!(path.exists(), "parent folders and file are created");
        let c = store.conn();
        let mode: String = c
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = c
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        let busy: i64 = c
            .query_row("PRAGMA busy_timeout", [], |r| r.get(0))
            .unwrap();
        assert_eq!(busy, 5000);
    }

    #[test]
    fn reopening_keeps_data_and_does_not_remigrate() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        Store::open(&path)
            .unwrap()
            .set_setting("k", Some("v"))
            .unwrap();
        let store = Store::open(&path).unwrap();
        assert_eq!(store.setting("k").unwrap().as_deref(), Some("v"));
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    }

    #[test]
    fn settings_set_replace_clear() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.setting("a").unwrap(), None);
        store.set_setting("a", Some("1")).unwrap();
        store.set_setting("a", Some("2")).unwrap();
        assert_eq!(store.setting("a").unwrap().as_deref(), Some("2"));
        store.set_setting("a", None).unwrap();
        assert_eq!(store.setting("a").unwrap(), None);
    }

    #[test]
    fn refuses_a_database_from_a_newer_build_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future (x INTEGER); PRAGMA user_version = 99;")
                .unwrap();
        }
        let err = Store::open(&path).unwrap_err();
        let (problem, message) = file_problem(&err, &path);
        assert_eq!(problem, DatabaseProblem::Newer);
        assert!(
            message.contains("a newer version of Broadcast Desk made")
                && message.contains("schema 99"),
            "{message}"
        );
        let conn = Connection::open(&path).unwrap();
        let v: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, 99);
    }

    #[test]
    fn a_damaged_file_is_refused_by_name_and_left_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db.sqlite3");
        let junk = b"this is not an SQLite database, just bytes on a bad day".repeat(200);
        std::fs::write(&path, &junk).unwrap();
        let err = Store::open(&path).unwrap_err();
        let (problem, message) = file_problem(&err, &path);
        assert_eq!(problem, DatabaseProblem::Damaged);
        assert!(
            message.contains("is not a database or is damaged"),
            "{message}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), junk);
    }

    #[test]
    fn injected_clock_is_used() {
        let store = Store::open_in_memory()
            .unwrap()
            .with_clock(Arc::new(crate::clock::ManualClock::new(42)));
        assert_eq!(store.now_ms(), 42_000);
    }
}
