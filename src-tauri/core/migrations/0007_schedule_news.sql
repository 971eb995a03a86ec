-- What became of each scheduled occurrence, for the "while you were away" summary (see desk-core's
-- `schedule`): why it was skipped, whether the producer decided it, when, and whether they have seen it.
-- The skip's reason as JSON ({"kind":"tooLate","maxSecs":900}, {"kind":"policy"}, {"kind":"noKey"}, …);
-- NULL for an occurrence that was not skipped.
ALTER TABLE schedule_runs ADD COLUMN reason TEXT;
-- 1 when the producer sent or skipped a held occurrence: what they did themselves is not news to them.
ALTER TABLE schedule_runs ADD COLUMN by_producer INTEGER NOT NULL DEFAULT 0 CHECK (by_producer IN (0, 1));
-- When the producer decided a held occurrence (Unix ms); the scheduler's decisions are at taken_at.
ALTER TABLE schedule_runs ADD COLUMN decided_at INTEGER;
-- When the producer saw what became of it (Unix ms); NULL while it may still be news.
ALTER TABLE schedule_runs ADD COLUMN seen_at INTEGER;
-- A cancelled item sends nothing more: what it held for a decision is skipped, as cancelling does now.
UPDATE schedule_runs SET state = 'skipped', reason = '{"kind":"producer"}', by_producer = 1
WHERE state = 'missed' AND item_id IN (SELECT id FROM schedule WHERE cancelled_at IS NOT NULL);
-- Runs from before this summary existed are not news, except those still waiting for a decision.
UPDATE schedule_runs SET seen_at = taken_at WHERE state <> 'missed';
CREATE INDEX schedule_runs_unseen ON schedule_runs (item_id) WHERE seen_at IS NULL;
