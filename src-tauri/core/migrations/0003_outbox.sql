-- The send pipeline: every broadcast is written here, and committed, before its first attempt leaves,
-- so a crash can never forget a message that may have been delivered (see desk-core's `outbox`).
CREATE TABLE outbox (
    id               TEXT    NOT NULL PRIMARY KEY, -- UUID
    -- NULL for bdesk's explicit mode (no saved profile); then `target` says where it went.
    profile_id       TEXT,
    profile_name     TEXT    NOT NULL,
    target           TEXT    NOT NULL,             -- host[:port] of the primary endpoint
    sdkappid         INTEGER NOT NULL,
    body             TEXT    NOT NULL,             -- the exact JSON sent, Random included
    body_hash        TEXT    NOT NULL,             -- SHA-256 of `body`, hex
    random           INTEGER NOT NULL,
    source           TEXT    NOT NULL CHECK (source IN ('window', 'emergency', 'scheduled', 'cli')),
    os_user          TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,             -- Unix milliseconds, UTC
    first_attempt_at INTEGER,                      -- NULL until the first attempt leaves
    state            TEXT    NOT NULL CHECK (state IN ('sending', 'sent', 'not_sent', 'unknown')),
    msg_seq          INTEGER,
    attempts         INTEGER NOT NULL DEFAULT 0,
    -- The last attempt's verdict, for the list and for "not sent"/"unknown".
    last_class       TEXT,
    last_code        INTEGER,
    last_info        TEXT,
    -- Set once an attempt may have reached Tencent without an answer: the outcome can then only be
    -- "sent" or "unknown", never "not sent".
    maybe_delivered  INTEGER NOT NULL DEFAULT 0 CHECK (maybe_delivered IN (0, 1)),
    finished_at      INTEGER,
    heartbeat_at     INTEGER NOT NULL,             -- the sending process's last step
    -- The sending process: the name of the lock file it holds in the data folder's `senders/` for as
    -- long as it lives. A row still `sending` whose owner's lock can be taken was left by a process
    -- that died mid-send, and is resumed (see desk-core's `desk/recover.rs`).
    owner            TEXT    NOT NULL,
    -- The producer's decision on an `unknown` broadcast: it was delivered after all, or it was sent
    -- again as a new message (with a new Random), whose row `resent_as` names.
    resolution       TEXT    CHECK (resolution IN ('delivered', 'sent_again')),
    resent_as        TEXT    REFERENCES outbox (id)
) STRICT;
CREATE INDEX outbox_by_time ON outbox (created_at);
CREATE INDEX outbox_in_flight ON outbox (state) WHERE state = 'sending';

-- Every attempt of every broadcast, for History.
CREATE TABLE attempts (
    outbox_id   TEXT    NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,                  -- 1, 2, …
    started_at  INTEGER NOT NULL,                  -- Unix milliseconds, UTC
    host        TEXT    NOT NULL,
    class       TEXT    NOT NULL,
    code        INTEGER,                           -- Tencent's ErrorCode, when it answered
    info        TEXT    NOT NULL,
    msg_seq     INTEGER,
    latency_ms  INTEGER NOT NULL,
    PRIMARY KEY (outbox_id, n)
) STRICT;

-- Pacing shared by every process on this data folder: the next instant a broadcast may leave, per
-- rate key (a profile's id, or the SDKAppID for bdesk's explicit mode).
CREATE TABLE pacing (
    key          TEXT    NOT NULL PRIMARY KEY,
    next_free_ms INTEGER NOT NULL
) STRICT;
