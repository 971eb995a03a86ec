-- A queued broadcast cancelled before it left: it ends `not_sent`, and this says when (and that it was the
-- producer's choice, not a failure).
ALTER TABLE outbox ADD COLUMN cancelled_at INTEGER;
