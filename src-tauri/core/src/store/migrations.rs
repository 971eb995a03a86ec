//! The schema's history: forward-only SQL migrations embedded in the binary, applied in order at open.
//!
//! Rules: never edit or reorder a shipped migration, only append. There are no down migrations: an
//! older build refuses a newer database instead of guessing (see `Store::open`).

use std::sync::LazyLock;

use rusqlite_migration::{M, Migrations};

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("../../migrations/0001_profiles.sql")),
        M::up(include_str!("../../migrations/0002_settings.sql")),
    ])
});

/// The schema version this build writes: the number of migrations.
pub const LATEST_VERSION: usize = 2;

/// All migrations, exposed so tests can build a database at an older version.
pub fn migrations() -> &'static Migrations<'static> {
    &MIGRATIONS
}
