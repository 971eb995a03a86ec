-- The scheduled-send list (see desk-core's `schedule`). An item keeps what the producer typed (local
-- time and zone) beside the instant of its next occurrence; each occurrence that came due is a run.
CREATE TABLE schedule (
    id           TEXT    NOT NULL PRIMARY KEY, -- UUID
    -- Fixed when scheduled; no foreign key: deleting the profile cancels its items, History keeps them.
    profile_id   TEXT    NOT NULL,
    profile_name TEXT    NOT NULL,
    body         TEXT    NOT NULL,             -- the Draft as JSON, never with a Random
    at_local     TEXT    NOT NULL,             -- as typed: 2026-12-01T20:00
    zone         TEXT    NOT NULL,             -- IANA: Europe/Berlin
    repeat       TEXT    NOT NULL,             -- JSON: {"kind":"once"} …
    end_rule     TEXT    NOT NULL,             -- JSON: {"kind":"never"} …
    missed       TEXT    NOT NULL,             -- JSON: {"kind":"sendIfLate","maxSecs":900} …
    label        TEXT,
    -- The next occurrence not yet run: its number and instant (Unix ms, UTC); NULL when none is left.
    next_n       INTEGER NOT NULL DEFAULT 0,
    next_at      INTEGER,
    cancelled_at INTEGER,
    -- Set while the producer edits it: it cannot fire meanwhile (an old edit expires, see the code).
    editing_since INTEGER,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX schedule_due ON schedule (next_at) WHERE next_at IS NOT NULL AND cancelled_at IS NULL;

-- Every occurrence that came due, and what became of it. The outbox id is chosen before the broadcast
-- is written down, so a crash between the two can never send an occurrence twice: once the outbox has
-- that row, the outcome is the outbox's (sent, not sent, unknown); before, the run is `pending`.
CREATE TABLE schedule_runs (
    item_id     TEXT    NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,               -- Unix ms, UTC
    taken_at    INTEGER NOT NULL,               -- when the scheduler took it
    -- pending: handed to the send pipeline (see above); missed: late, held for the producer (policy
    -- "ask"); skipped: late beyond its policy, or skipped by the producer.
    state       TEXT    NOT NULL CHECK (state IN ('pending', 'missed', 'skipped')),
    outbox_id   TEXT    NOT NULL UNIQUE,
    late_ms     INTEGER NOT NULL,
    -- One run per occurrence instant: an edit renumbers occurrences, never their instants' runs.
    PRIMARY KEY (item_id, due_at)
) STRICT;
