//! The local SQLite database: profiles, settings (and later the outbox, schedule and history).
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
//! Not here: secrets (the keychain's), the data folder's location ([`crate::paths`]), and table rules
//! (each table's module, e.g. [`crate::profiles`]).

mod migrations;

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

pub use migrations::{LATEST_VERSION, MIGRATIONS};

use crate::{Error, Result, paths};
use migrations::MigrateError;

/// How long a write waits for another process's write to finish before failing with "busy".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Unix milliseconds now; injectable so tests control timestamps.
pub type Clock = Box<dyn Fn() -> i64 + Send>;

/// An open, migrated database. One per process front door; `Send` but not `Sync` (wrap it in a
/// `Mutex` to share).
pub struct Store {
    conn: Connection,
    clock: Clock,
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
        let path = path.as_ref();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            paths::create_data_dir(parent)?;
        }
        #[cfg(unix)]
        create_private_file(path)?;
        let conn = Connection::open(path)
            .map_err(|e| Error::db(format!("opening database {}", path.display()), e))?;
        // SQLite opens lazily: a damaged or foreign file fails only at the first statement, so name
        // the file in whatever fails, for the producer who has to find it.
        Self::finish_open(conn, true).map_err(|e| match e {
            Error::Database { context, source } => Error::Database {
                context: format!("{context} in {}", path.display()),
                source,
            },
            other => other,
        })
    }

    /// A private in-memory database, for unit tests.
    pub fn open_in_memory() -> Result<Self> {
        let conn =
            Connection::open_in_memory().map_err(|e| Error::db("opening in-memory database", e))?;
        Self::finish_open(conn, false)
    }

    fn finish_open(mut conn: Connection, is_file: bool) -> Result<Self> {
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| Error::db("setting busy timeout", e))?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(|e| Error::db("enabling foreign keys", e))?;
        // Migrating comes before WAL, so a database from a newer build is left exactly as it was.
        migrations::migrate(&mut conn).map_err(|e| match e {
            MigrateError::Sqlite(e) => Error::db("migrating database", e),
            MigrateError::Newer(found) => Error::db(
                "opening database",
                format!(
                    "it was written by a newer Broadcast Desk (schema {found}, this build knows up \
                     to {LATEST_VERSION}); update the app or the CLI"
                ),
            ),
        })?;
        if is_file {
            let mode = enable_wal(&conn).map_err(|e| Error::db("enabling WAL", e))?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::db(
                    "enabling WAL",
                    format!("SQLite kept journal mode {mode:?}"),
                ));
            }
            // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose
            // the last commits, the usual trade for desktop apps.
            conn.pragma_update(None, "synchronous", "NORMAL")
                .map_err(|e| Error::db("setting synchronous", e))?;
        }
        Ok(Self {
            conn,
            clock: Box::new(system_now_ms),
        })
    }

    /// Replaces the clock used for `created_at` / `updated_at`.
    pub fn with_clock(mut self, clock: impl Fn() -> i64 + Send + 'static) -> Self {
        self.clock = Box::new(clock);
        self
    }

    /// The schema version of the open database (equals [`LATEST_VERSION`] after a successful open).
    pub fn schema_version(&self) -> Result<usize> {
        let v: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(|e| Error::db("reading schema version", e))?;
        Ok(v.try_into().unwrap_or(0))
    }

    /// A setting's value, if set.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| Error::db(format!("reading setting {key}"), e))
    }

    /// Sets (`Some`) or clears (`None`) a setting.
    pub fn set_setting(&self, key: &str, value: Option<&str>) -> Result<()> {
        set_setting_on(&self.conn, key, value)
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn now_ms(&self) -> i64 {
        (self.clock)()
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
        .map_err(|e| Error::db(format!("writing setting {key}"), e))
}

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
        Err(e) => Err(Error::io(
            format!("creating database {}", path.display()),
            e,
        )),
    }
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

fn system_now_ms() -> i64 {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid_and_counted() {
        assert_eq!(LATEST_VERSION, MIGRATIONS.len());
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
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
        assert_eq!(err.code(), crate::ErrorCode::Io);
        assert!(err.to_string().contains("newer Broadcast Desk"), "{err}");
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
        assert_eq!(err.code(), crate::ErrorCode::Io);
        assert!(
            err.to_string().contains(&path.display().to_string()),
            "{err}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), junk);
    }

    #[test]
    fn injected_clock_is_used() {
        let store = Store::open_in_memory().unwrap().with_clock(|| 42);
        assert_eq!(store.now_ms(), 42);
    }
}
