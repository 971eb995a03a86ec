-- Profiles: one Tencent Cloud Chat app (SDKAppID + admin + endpoint) a producer can send through.
-- The secret key is NOT here: it lives in the OS keychain under the profile's id.
CREATE TABLE profiles (
    id                    TEXT    NOT NULL PRIMARY KEY,
    -- NOCASE: "Prod" and "prod" side by side would invite sending through the wrong one.
    name                  TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    color                 TEXT    NOT NULL,
    -- Exactly one of region / endpoint_url is set.
    region                TEXT,
    endpoint_url          TEXT,
    sdkappid              INTEGER NOT NULL CHECK (sdkappid > 0),
    admin_identifier      TEXT    NOT NULL,
    edition               TEXT    NOT NULL CHECK (edition IN ('pro', 'proPlus', 'enterprise', 'custom')),
    -- Only for the custom edition (the console lets the rate be set from 1 to 5 per second).
    custom_rate_per_sec   INTEGER CHECK (custom_rate_per_sec BETWEEN 1 AND 5),
    default_from_account  TEXT,
    usersig_lifetime_secs INTEGER NOT NULL,
    is_sandbox            INTEGER NOT NULL CHECK (is_sandbox IN (0, 1)),
    created_at            INTEGER NOT NULL, -- Unix milliseconds, UTC
    updated_at            INTEGER NOT NULL, -- Unix milliseconds, UTC
    CHECK ((region IS NULL) <> (endpoint_url IS NULL)),
    CHECK ((edition = 'custom') = (custom_rate_per_sec IS NOT NULL))
) STRICT;
