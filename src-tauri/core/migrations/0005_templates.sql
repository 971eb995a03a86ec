-- Templates: messages a producer sends again and again ("Show starts in 10 minutes"), by name.
CREATE TABLE templates (
    id         TEXT    NOT NULL PRIMARY KEY, -- UUID
    name       TEXT    NOT NULL,             -- as typed, trimmed
    -- profiles::name_key(name), NFKC then lower case: "ＳＨＯＷ" and "show" are one name. The code
    -- checks it under the write lock to name the clash; UNIQUE makes the database hold the rule too.
    name_key   TEXT    NOT NULL UNIQUE,
    -- The Draft as JSON (Tencent's field names), never with a Random: every send gets its own.
    body       TEXT    NOT NULL,
    -- Marks the template for the emergency panel; sending it does not by itself make an emergency send.
    emergency  INTEGER NOT NULL CHECK (emergency IN (0, 1)),
    created_at INTEGER NOT NULL,             -- Unix milliseconds, UTC
    updated_at INTEGER NOT NULL              -- Unix milliseconds, UTC
) STRICT;
