-- Small app-wide settings (e.g. the active profile), one row per key.
CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
