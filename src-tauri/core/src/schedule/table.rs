//! Scheduled items and their runs in SQLite: written, listed, cancelled, and taken when due — one
//! occurrence at a time, inside a write transaction, so two schedulers (which the lock already
//! prevents) or a scheduler and an edit can never take the same occurrence twice.
//!
//! Not here: the rules (`schedule`), the policy for a late occurrence, or sending (the desk's
//! scheduler).

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, TransactionBehavior, params};
use serde::Serialize;
use ts_rs::TS;

use super::{
    Clash, MissedChoice, MissedPolicy, Plan, Repeat, RepeatEnd, RunNews, ScheduleDraft, SkipReason,
    TimeNote,
};
use crate::message::Draft;
use crate::outbox::Delivery;
use crate::store::{Store, database_error};
use crate::{Error, Result};

/// An edit left open longer than this no longer holds its item: a window that crashed mid-edit must
/// not keep tonight's announcement from going out.
pub const EDIT_HOLD_MS: i64 = 10 * 60 * 1000;

/// Where an item stands, as the list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ItemStatus {
    /// Waiting for its next occurrence.
    Scheduled,
    /// Being edited: it does not fire until the edit is saved or dropped.
    Editing,
    /// An occurrence is with the send pipeline.
    Sending,
    /// An occurrence was missed and waits for the producer (policy "ask"), until no held one is left.
    Waiting,
    /// Nothing is left to send.
    Done,
    Cancelled,
}

/// What became of one occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum RunState {
    /// Taken by the scheduler, not yet written to the outbox (a crash here is resumed).
    Pending,
    /// With the send pipeline, or ended there: the outbox's outcome.
    Queued,
    Sending,
    Sent,
    NotSent,
    Unknown,
    /// Late, held for the producer.
    Missed,
    /// Late beyond its policy (or skipped by the producer): not sent.
    Skipped,
}

/// One occurrence that came due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Run {
    pub n: u32,
    #[ts(type = "number")]
    pub due_at: i64,
    #[ts(type = "number")]
    pub late_ms: i64,
    pub state: RunState,
    pub outbox_id: String,
    #[ts(type = "number | null")]
    pub msg_seq: Option<u64>,
}

/// A scheduled item as the list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ScheduleItem {
    pub id: String,
    pub profile_id: String,
    pub profile_name: String,
    pub body: Draft,
    /// Local date and time as typed.
    pub at: String,
    pub zone: String,
    pub repeat: Repeat,
    pub end: RepeatEnd,
    pub missed: MissedPolicy,
    pub label: Option<String>,
    pub status: ItemStatus,
    /// The next occurrence's instant (Unix ms), when one is left.
    #[ts(type = "number | null")]
    pub next_at: Option<i64>,
    /// What the gap/fold rule did to the next occurrence, if anything.
    pub next_note: Option<TimeNote>,
    /// The latest occurrence that came due, if any.
    pub last_run: Option<Run>,
    /// Other items of its profile it falls too close to for the profile's rate: only in the answer to
    /// scheduling or saving it (the list leaves it empty; a draft's are in `ScheduleCheck`).
    pub clashes: Vec<Clash>,
    #[ts(type = "number")]
    pub created_at: i64,
    #[ts(type = "number")]
    pub updated_at: i64,
}

/// What an item's runs say about it (see `Schedules::summaries`).
#[derive(Debug, Default)]
struct RunsSummary {
    last: Option<Run>,
    /// An occurrence waits for the producer.
    held: bool,
    /// An occurrence is taken and not yet ended by the pipeline.
    in_flight: bool,
}

/// An occurrence the scheduler took: what to send, through which profile, and how late it is.
#[derive(Debug, Clone)]
pub struct Taken {
    pub item_id: String,
    pub n: u32,
    pub profile_id: String,
    pub profile_name: String,
    pub label: Option<String>,
    pub body: Draft,
    pub missed: MissedPolicy,
    pub due_at: i64,
    pub late_ms: i64,
    pub outbox_id: String,
}

impl Store {
    /// The scheduled-send list.
    pub fn schedules(&self) -> Schedules<'_> {
        Schedules { store: self }
    }
}

/// Scheduled items over a [`Store`]; get one with [`Store::schedules`].
#[derive(Debug, Clone, Copy)]
pub struct Schedules<'s> {
    store: &'s Store,
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("schedule parts serialize")
}

/// What an item's plan writes — its draft's parts and the next occurrence — as named parameters:
/// creating an item and saving an edit bind them from this one list.
fn plan_values(draft: &ScheduleDraft, next: &super::Occurrence) -> Vec<(&'static str, Value)> {
    vec![
        (":body", Value::Text(json(&draft.body))),
        (":at_local", Value::Text(draft.at.clone())),
        (":zone", Value::Text(draft.zone.clone())),
        (":repeat", Value::Text(json(&draft.repeat))),
        (":end_rule", Value::Text(json(&draft.end))),
        (":missed", Value::Text(json(&draft.missed))),
        (
            ":label",
            draft.label.clone().map_or(Value::Null, Value::Text),
        ),
        (":next_n", Value::Integer(i64::from(next.n))),
        (":next_at", Value::Integer(next.at.as_millisecond())),
    ]
}

/// `values` as rusqlite takes named parameters.
fn named<'a>(values: &'a [(&'static str, Value)]) -> Vec<(&'static str, &'a dyn rusqlite::ToSql)> {
    values
        .iter()
        .map(|(name, value)| (*name, value as &dyn rusqlite::ToSql))
        .collect()
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str, what: &str) -> Result<T> {
    serde_json::from_str(text)
        .map_err(|e| Error::Internal(format!("a stored schedule {what} does not read back: {e}")))
}

const ITEM_COLUMNS: &str = "id, profile_id, profile_name, body, at_local, zone, repeat, end_rule, \
     missed, label, next_n, next_at, cancelled_at, editing_since, created_at, updated_at";

struct Row16 {
    id: String,
    profile_id: String,
    profile_name: String,
    body: String,
    at: String,
    zone: String,
    repeat: String,
    end: String,
    missed: String,
    label: Option<String>,
    next_n: u32,
    next_at: Option<i64>,
    cancelled_at: Option<i64>,
    editing_since: Option<i64>,
    created_at: i64,
    updated_at: i64,
}

fn read_row(r: &Row<'_>) -> rusqlite::Result<Row16> {
    Ok(Row16 {
        id: r.get(0)?,
        profile_id: r.get(1)?,
        profile_name: r.get(2)?,
        body: r.get(3)?,
        at: r.get(4)?,
        zone: r.get(5)?,
        repeat: r.get(6)?,
        end: r.get(7)?,
        missed: r.get(8)?,
        label: r.get(9)?,
        next_n: r.get(10)?,
        next_at: r.get(11)?,
        cancelled_at: r.get(12)?,
        editing_since: r.get(13)?,
        created_at: r.get(14)?,
        updated_at: r.get(15)?,
    })
}

impl Row16 {
    fn plan(&self) -> Result<Plan> {
        let repeat: Repeat = from_json(&self.repeat, "repeat")?;
        let end: RepeatEnd = from_json(&self.end, "end")?;
        Plan::read(&self.at, &self.zone, &repeat, &end).map_err(|problems| {
            Error::Internal(format!(
                "a stored schedule does not read back: {problems:?}"
            ))
        })
    }
}

/// A run's state from its own column and its broadcast's outbox row (when written).
fn run_state(state: &str, outbox: Option<Delivery>) -> RunState {
    match (state, outbox) {
        ("missed", _) => RunState::Missed,
        ("skipped", _) => RunState::Skipped,
        (_, None) => RunState::Pending,
        (_, Some(Delivery::Queued)) => RunState::Queued,
        (_, Some(Delivery::Sending)) => RunState::Sending,
        (_, Some(Delivery::Sent)) => RunState::Sent,
        (_, Some(Delivery::NotSent)) => RunState::NotSent,
        (_, Some(Delivery::Unknown)) => RunState::Unknown,
    }
}

impl Schedules<'_> {
    /// Writes a checked item (see [`super::validate`]) whose first occurrence is `first`.
    pub fn create(
        &self,
        draft: &ScheduleDraft,
        profile_name: &str,
        first: &super::Occurrence,
    ) -> Result<ScheduleItem> {
        let id = uuid::Uuid::new_v4().to_string();
        let now = self.store.now_ms();
        let conn = self.store.conn();
        let mut values = plan_values(draft, first);
        values.extend([
            (":id", Value::Text(id.clone())),
            (":profile_id", Value::Text(draft.profile_id.clone())),
            (":profile_name", Value::Text(profile_name.to_owned())),
            (":now", Value::Integer(now)),
        ]);
        conn.execute(
            &format!(
                "INSERT INTO schedule ({ITEM_COLUMNS})
                 VALUES (:id, :profile_id, :profile_name, :body, :at_local, :zone, :repeat,
                         :end_rule, :missed, :label, :next_n, :next_at, NULL, NULL, :now, :now)"
            ),
            named(&values).as_slice(),
        )
        .map_err(|e| database_error(conn, "scheduling the broadcast", e))?;
        self.get(&id)
    }

    fn row(&self, id: &str) -> Result<Row16> {
        let conn = self.store.conn();
        conn.query_row(
            &format!("SELECT {ITEM_COLUMNS} FROM schedule WHERE id = ?1"),
            [id],
            read_row,
        )
        .optional()
        .map_err(|e| database_error(conn, "reading the schedule", e))?
        .ok_or_else(|| Error::NotFound {
            what: "scheduled item",
            id: id.into(),
        })
    }

    /// One item.
    pub fn get(&self, id: &str) -> Result<ScheduleItem> {
        let row = self.row(id)?;
        let mut summaries = self.summaries(Some(id))?;
        let summary = summaries.remove(id).unwrap_or_default();
        self.item(row, summary)
    }

    /// Every item: the next due first, then those with nothing left, newest first. Two queries
    /// whatever the count: the items, and what their runs say.
    pub fn list(&self) -> Result<Vec<ScheduleItem>> {
        let conn = self.store.conn();
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {ITEM_COLUMNS} FROM schedule
                 ORDER BY (cancelled_at IS NOT NULL OR next_at IS NULL), next_at, updated_at DESC"
            ))
            .map_err(|e| database_error(conn, "reading the schedule", e))?;
        let rows = stmt
            .query_map([], read_row)
            .map_err(|e| database_error(conn, "reading the schedule", e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| database_error(conn, "reading the schedule", e))?;
        let mut summaries = self.summaries(None)?;
        rows.into_iter()
            .map(|row| {
                let summary = summaries.remove(&row.id).unwrap_or_default();
                self.item(row, summary)
            })
            .collect()
    }

    /// What the runs of one item (or of every item) say, by item: the latest run, and whether one is
    /// held or in flight. One query: SQLite takes a group's bare columns from the row its `MAX` picked.
    fn summaries(&self, item: Option<&str>) -> Result<HashMap<String, RunsSummary>> {
        let conn = self.store.conn();
        let context = "reading the schedule";
        let filter = if item.is_some() {
            "WHERE r.item_id = ?1"
        } else {
            "WHERE ?1 IS NULL"
        };
        let mut stmt = conn
            .prepare(&format!(
                "SELECT r.item_id, MAX(r.due_at), r.n, r.late_ms, r.state, r.outbox_id, o.state,
                        o.first_attempt_at, o.msg_seq,
                        SUM(r.state = 'missed'),
                        SUM(r.state = 'pending' AND (o.id IS NULL OR o.state = 'sending'))
                 FROM schedule_runs r LEFT JOIN outbox o ON o.id = r.outbox_id
                 {filter} GROUP BY r.item_id"
            ))
            .map_err(|e| database_error(conn, context, e))?;
        let rows = stmt
            .query_map([item], |r| {
                let state: String = r.get(4)?;
                let outbox: Option<String> = r.get(6)?;
                let first_attempt: Option<i64> = r.get(7)?;
                let delivery = outbox
                    .as_deref()
                    .map(|s| Delivery::from_row(s, first_attempt));
                let msg_seq: Option<i64> = r.get(8)?;
                Ok((
                    r.get::<_, String>(0)?,
                    RunsSummary {
                        last: Some(Run {
                            n: r.get(2)?,
                            due_at: r.get(1)?,
                            late_ms: r.get(3)?,
                            state: run_state(&state, delivery),
                            outbox_id: r.get(5)?,
                            msg_seq: msg_seq.and_then(|s| u64::try_from(s).ok()),
                        }),
                        held: r.get::<_, i64>(9)? > 0,
                        in_flight: r.get::<_, i64>(10)? > 0,
                    },
                ))
            })
            .map_err(|e| database_error(conn, context, e))?;
        rows.map(|r| r.map_err(|e| database_error(conn, context, e)))
            .collect()
    }

    /// An item's runs, the latest first.
    pub fn runs(&self, id: &str) -> Result<Vec<Run>> {
        let conn = self.store.conn();
        let mut stmt = conn
            .prepare(
                "SELECT r.n, r.due_at, r.late_ms, r.state, r.outbox_id, o.state, o.first_attempt_at,
                        o.msg_seq
                 FROM schedule_runs r LEFT JOIN outbox o ON o.id = r.outbox_id
                 WHERE r.item_id = ?1 ORDER BY r.due_at DESC",
            )
            .map_err(|e| database_error(conn, "reading the schedule", e))?;
        let rows = stmt
            .query_map([id], |r| {
                let state: String = r.get(3)?;
                let outbox: Option<String> = r.get(5)?;
                let first_attempt: Option<i64> = r.get(6)?;
                let delivery = outbox
                    .as_deref()
                    .map(|state| Delivery::from_row(state, first_attempt));
                let msg_seq: Option<i64> = r.get(7)?;
                Ok(Run {
                    n: r.get(0)?,
                    due_at: r.get(1)?,
                    late_ms: r.get(2)?,
                    state: run_state(&state, delivery),
                    outbox_id: r.get(4)?,
                    msg_seq: msg_seq.and_then(|s| u64::try_from(s).ok()),
                })
            })
            .map_err(|e| database_error(conn, "reading the schedule", e))?;
        rows.map(|r| r.map_err(|e| database_error(conn, "reading the schedule", e)))
            .collect()
    }

    fn item(&self, row: Row16, runs: RunsSummary) -> Result<ScheduleItem> {
        let now = self.store.now_ms();
        let status = if row.cancelled_at.is_some() {
            ItemStatus::Cancelled
        } else if runs.in_flight {
            ItemStatus::Sending
        } else if runs.held {
            ItemStatus::Waiting
        } else if row.next_at.is_none() {
            ItemStatus::Done
        } else if row
            .editing_since
            .is_some_and(|since| now - since < EDIT_HOLD_MS)
        {
            ItemStatus::Editing
        } else {
            ItemStatus::Scheduled
        };
        let next_note = match row.next_at {
            Some(_) => row.plan()?.occurrence(row.next_n).and_then(|o| o.note),
            None => None,
        };
        Ok(ScheduleItem {
            body: from_json(&row.body, "message")?,
            repeat: from_json(&row.repeat, "repeat")?,
            end: from_json(&row.end, "end")?,
            missed: from_json(&row.missed, "missed-send policy")?,
            id: row.id,
            profile_id: row.profile_id,
            profile_name: row.profile_name,
            at: row.at,
            zone: row.zone,
            label: row.label,
            status,
            next_at: row.next_at,
            next_note,
            last_run: runs.last,
            clashes: Vec::new(),
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }

    /// Cancels an item: nothing more of it is sent. An occurrence already with the send pipeline goes
    /// on (a queued one can be cancelled in the outbox).
    /// Occurrences it held for the producer are skipped as the producer's choice.
    pub fn cancel(&self, id: &str) -> Result<()> {
        let now = self.store.now_ms();
        let conn = self.store.conn();
        let context = "cancelling the scheduled item";
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
            .map_err(|e| database_error(conn, context, e))?;
        let changed = tx
            .execute(
                "UPDATE schedule SET cancelled_at = ?2, updated_at = ?2
                 WHERE id = ?1 AND cancelled_at IS NULL",
                params![id, now],
            )
            .map_err(|e| database_error(&tx, context, e))?;
        skip_held(&tx, "item_id = ?1", id, &SkipReason::Producer, now)
            .map_err(|e| database_error(&tx, context, e))?;
        tx.commit().map_err(|e| database_error(conn, context, e))?;
        if changed == 0 {
            self.row(id)?;
        }
        Ok(())
    }

    /// Holds an item for an edit from `now` (Unix ms): it does not fire until the edit is saved or
    /// dropped, or [`EDIT_HOLD_MS`] passes. Refused for an item with nothing left to send.
    pub fn begin_edit(&self, id: &str, now: i64) -> Result<()> {
        let conn = self.store.conn();
        let changed = conn
            .execute(
                "UPDATE schedule SET editing_since = ?2
                 WHERE id = ?1 AND cancelled_at IS NULL AND next_at IS NOT NULL",
                params![id, now],
            )
            .map_err(|e| database_error(conn, "holding the item for an edit", e))?;
        if changed == 1 {
            return Ok(());
        }
        let item = self.get(id)?;
        Err(Error::NotEditable {
            item_id: id.into(),
            status: item.status,
        })
    }

    /// Lets a held item fire again without changing it.
    pub fn end_edit(&self, id: &str) -> Result<()> {
        let conn = self.store.conn();
        conn.execute(
            "UPDATE schedule SET editing_since = NULL WHERE id = ?1",
            [id],
        )
        .map_err(|e| database_error(conn, "releasing the item", e))?;
        Ok(())
    }

    /// Saves an edit begun at `edit_began` (Unix ms) in place — one write transaction, never a delete
    /// and a new item — unless an occurrence was taken since the edit began: then nothing is saved and
    /// [`Error::ScheduleChanged`] says when it started sending. `next` is the edited plan's next
    /// occurrence.
    pub fn update(
        &self,
        id: &str,
        draft: &ScheduleDraft,
        next: &super::Occurrence,
        edit_began: i64,
    ) -> Result<ScheduleItem> {
        let now = self.store.now_ms();
        let conn = self.store.conn();
        let context = "saving the scheduled item";
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
            .map_err(|e| database_error(conn, context, e))?;
        let row = tx
            .query_row(
                &format!("SELECT {ITEM_COLUMNS} FROM schedule WHERE id = ?1"),
                [id],
                read_row,
            )
            .optional()
            .map_err(|e| database_error(&tx, context, e))?
            .ok_or_else(|| Error::NotFound {
                what: "scheduled item",
                id: id.into(),
            })?;
        if row.cancelled_at.is_some() {
            return Err(Error::NotEditable {
                item_id: id.into(),
                status: ItemStatus::Cancelled,
            });
        }
        let taken: Option<i64> = tx
            .query_row(
                "SELECT MAX(taken_at) FROM schedule_runs WHERE item_id = ?1 AND taken_at >= ?2",
                params![id, edit_began],
                |r| r.get(0),
            )
            .map_err(|e| database_error(&tx, context, e))?;
        if let Some(taken_at) = taken {
            return Err(Error::ScheduleChanged {
                item_id: id.into(),
                taken_at,
            });
        }
        let mut values = plan_values(draft, next);
        values.extend([
            (":id", Value::Text(id.to_owned())),
            (":now", Value::Integer(now)),
        ]);
        tx.execute(
            "UPDATE schedule SET body = :body, at_local = :at_local, zone = :zone, repeat = :repeat,
                 end_rule = :end_rule, missed = :missed, label = :label, next_n = :next_n,
                 next_at = :next_at, editing_since = NULL, updated_at = :now
             WHERE id = :id",
            named(&values).as_slice(),
        )
        .map_err(|e| database_error(&tx, context, e))?;
        tx.commit().map_err(|e| database_error(conn, context, e))?;
        self.get(id)
    }

    /// Cancels every item of a profile (it is being deleted); how many.
    /// Their held occurrences are skipped (the profile is gone).
    pub fn cancel_of_profile(&self, profile_id: &str) -> Result<usize> {
        let now = self.store.now_ms();
        let conn = self.store.conn();
        let context = "cancelling the scheduled items";
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
            .map_err(|e| database_error(conn, context, e))?;
        let changed = tx
            .execute(
                "UPDATE schedule SET cancelled_at = ?2, updated_at = ?2
                 WHERE profile_id = ?1 AND cancelled_at IS NULL AND next_at IS NOT NULL",
                params![profile_id, now],
            )
            .map_err(|e| database_error(&tx, context, e))?;
        skip_held(
            &tx,
            "item_id IN (SELECT id FROM schedule WHERE profile_id = ?1)",
            profile_id,
            &SkipReason::ProfileGone,
            now,
        )
        .map_err(|e| database_error(&tx, context, e))?;
        tx.commit().map_err(|e| database_error(conn, context, e))?;
        Ok(changed)
    }

    /// How many of a profile's items still have something to send.
    pub fn pending_of(&self, profile_id: &str) -> Result<u32> {
        let conn = self.store.conn();
        conn.query_row(
            "SELECT COUNT(*) FROM schedule
             WHERE profile_id = ?1 AND cancelled_at IS NULL AND next_at IS NOT NULL",
            [profile_id],
            |r| r.get(0),
        )
        .map_err(|e| database_error(conn, "reading the schedule", e))
    }

    /// The instant (Unix ms) of the earliest occurrence waiting, if any.
    pub fn next_due(&self) -> Result<Option<i64>> {
        let conn = self.store.conn();
        conn.query_row(
            "SELECT MIN(next_at) FROM schedule WHERE next_at IS NOT NULL AND cancelled_at IS NULL",
            [],
            |r| r.get(0),
        )
        .map_err(|e| database_error(conn, "reading the schedule", e))
    }

    /// Takes the earliest occurrence due at `now` (Unix ms), if any: in one write transaction, writes
    /// its run (`pending`, with the outbox id its broadcast will have) and moves the item to its next
    /// occurrence after this one. Items being edited (within [`EDIT_HOLD_MS`]) are passed over.
    pub fn take_due(&self, now: i64) -> Result<Option<Taken>> {
        let conn = self.store.conn();
        let context = "taking a due scheduled item";
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
            .map_err(|e| database_error(conn, context, e))?;
        let row = tx
            .query_row(
                &format!(
                    "SELECT {ITEM_COLUMNS} FROM schedule
                     WHERE next_at IS NOT NULL AND next_at <= ?1 AND cancelled_at IS NULL
                       AND (editing_since IS NULL OR editing_since <= ?1 - ?2)
                     ORDER BY next_at, id LIMIT 1"
                ),
                params![now, EDIT_HOLD_MS],
                read_row,
            )
            .optional()
            .map_err(|e| database_error(&tx, context, e))?;
        let Some(row) = row else {
            return Ok(None);
        };
        let due_at = row.next_at.expect("selected with a next_at");
        let plan = row.plan()?;
        let following = plan.occurrence(row.next_n.saturating_add(1));
        let outbox_id = uuid::Uuid::new_v4().to_string();
        let late_ms = (now - due_at).max(0);
        tx.execute(
            "INSERT INTO schedule_runs (item_id, n, due_at, taken_at, state, outbox_id, late_ms)
             VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?6)",
            params![row.id, row.next_n, due_at, now, outbox_id, late_ms],
        )
        .map_err(|e| database_error(&tx, context, e))?;
        tx.execute(
            "UPDATE schedule SET next_n = ?2, next_at = ?3 WHERE id = ?1",
            params![
                row.id,
                following
                    .as_ref()
                    .map_or(row.next_n.saturating_add(1), |o| o.n),
                following.as_ref().map(|o| o.at.as_millisecond()),
            ],
        )
        .map_err(|e| database_error(&tx, context, e))?;
        tx.commit().map_err(|e| database_error(conn, context, e))?;
        Ok(Some(Taken {
            item_id: row.id,
            n: row.next_n,
            profile_id: row.profile_id,
            profile_name: row.profile_name,
            label: row.label,
            body: from_json(&row.body, "message")?,
            missed: from_json(&row.missed, "missed-send policy")?,
            due_at,
            late_ms,
            outbox_id,
        }))
    }

    /// Marks a taken run (by its outbox id) held for the producer.
    pub fn hold(&self, outbox_id: &str) -> Result<()> {
        let conn = self.store.conn();
        conn.execute(
            "UPDATE schedule_runs SET state = 'missed' WHERE outbox_id = ?1",
            [outbox_id],
        )
        .map_err(|e| database_error(conn, "holding a scheduled run", e))?;
        Ok(())
    }

    /// Marks a taken run (by its outbox id) skipped, and why.
    pub fn skip(&self, outbox_id: &str, reason: &SkipReason) -> Result<()> {
        let conn = self.store.conn();
        conn.execute(
            "UPDATE schedule_runs SET state = 'skipped', reason = ?2 WHERE outbox_id = ?1",
            params![outbox_id, json(reason)],
        )
        .map_err(|e| database_error(conn, "skipping a scheduled run", e))?;
        Ok(())
    }

    /// The producer's decision on the run of `item_id` due at `due_at`, held for them, at `now`: taken
    /// for sending (`pending` again, under its own outbox id) or skipped; the run, with what to send. One
    /// `UPDATE … WHERE state = 'missed'`, so two decisions (two windows, the window and bdesk) cannot
    /// both win; the loser gets [`Error::NotHeld`] with what became of it.
    pub fn decide_held(
        &self,
        item_id: &str,
        due_at: i64,
        choice: MissedChoice,
        now: i64,
    ) -> Result<Taken> {
        let conn = self.store.conn();
        let context = "deciding a held scheduled run";
        let changed = match choice {
            // Its outcome is news again if it ends badly; a good one is what the producer asked for.
            MissedChoice::SendNow => conn.execute(
                "UPDATE schedule_runs SET state = 'pending', by_producer = 1, decided_at = ?3,
                     seen_at = NULL
                 WHERE item_id = ?1 AND due_at = ?2 AND state = 'missed'",
                params![item_id, due_at, now],
            ),
            MissedChoice::Skip => conn.execute(
                "UPDATE schedule_runs SET state = 'skipped', reason = ?4, by_producer = 1,
                     decided_at = ?3, seen_at = ?3
                 WHERE item_id = ?1 AND due_at = ?2 AND state = 'missed'",
                params![item_id, due_at, now, json(&SkipReason::Producer)],
            ),
        }
        .map_err(|e| database_error(conn, context, e))?;
        let run = conn
            .query_row(
                "SELECT r.n, r.late_ms, r.state, r.outbox_id, o.state, o.first_attempt_at,
                        s.profile_id, s.profile_name, s.label, s.body, s.missed
                 FROM schedule_runs r JOIN schedule s ON s.id = r.item_id
                 LEFT JOIN outbox o ON o.id = r.outbox_id
                 WHERE r.item_id = ?1 AND r.due_at = ?2",
                params![item_id, due_at],
                |r| {
                    let state: String = r.get(2)?;
                    let outbox: Option<String> = r.get(4)?;
                    let first_attempt: Option<i64> = r.get(5)?;
                    let delivery = outbox
                        .as_deref()
                        .map(|s| Delivery::from_row(s, first_attempt));
                    Ok((
                        run_state(&state, delivery),
                        r.get::<_, u32>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, String>(7)?,
                        r.get::<_, Option<String>>(8)?,
                        r.get::<_, String>(9)?,
                        r.get::<_, String>(10)?,
                    ))
                },
            )
            .optional()
            .map_err(|e| database_error(conn, context, e))?;
        let Some((state, n, late_ms, outbox_id, profile_id, profile_name, label, body, missed)) =
            run
        else {
            self.row(item_id)?;
            return Err(Error::NotFound {
                what: "scheduled occurrence",
                id: format!("{item_id} at {}", super::time::instant_text(due_at)),
            });
        };
        if changed == 0 {
            return Err(Error::NotHeld {
                item_id: item_id.into(),
                due_at,
                state,
            });
        }
        Ok(Taken {
            item_id: item_id.into(),
            n,
            profile_id,
            profile_name,
            label,
            body: from_json(&body, "message")?,
            missed: from_json(&missed, "missed-send policy")?,
            due_at,
            late_ms,
            outbox_id,
        })
    }

    /// Puts a run the producer chose to send back to held: it could not be written down for sending
    /// (its key, its profile), so the producer can decide again.
    pub fn hold_again(&self, outbox_id: &str) -> Result<()> {
        let conn = self.store.conn();
        conn.execute(
            "UPDATE schedule_runs SET state = 'missed', by_producer = 0
             WHERE outbox_id = ?1 AND state = 'pending'",
            [outbox_id],
        )
        .map_err(|e| database_error(conn, "holding a scheduled run", e))?;
        Ok(())
    }

    /// The run a broadcast is (by its outbox id), as an event names it: `None` for any other broadcast.
    pub fn run_of_broadcast(&self, outbox_id: &str) -> Result<Option<super::ScheduleEvent>> {
        let conn = self.store.conn();
        conn.query_row(
            "SELECT r.item_id, s.label, s.profile_name, r.due_at, r.late_ms
             FROM schedule_runs r JOIN schedule s ON s.id = r.item_id WHERE r.outbox_id = ?1",
            [outbox_id],
            |r| {
                Ok(super::ScheduleEvent {
                    item_id: r.get(0)?,
                    label: r.get(1)?,
                    profile_name: r.get(2)?,
                    due_at: r.get(3)?,
                    late_ms: r.get(4)?,
                    state: RunState::Queued,
                    msg_seq: None,
                    reason: None,
                    outbox_id: outbox_id.to_owned(),
                })
            },
        )
        .optional()
        .map_err(|e| database_error(conn, "reading the schedule", e))
    }

    /// Runs the producer has not seen whose fate is news (see [`super::RunNews`]), by due time.
    pub fn news(&self) -> Result<Vec<RunNews>> {
        let conn = self.store.conn();
        let context = "reading the schedule";
        let mut stmt = conn
            .prepare(
                "SELECT r.item_id, s.label, s.profile_name, s.zone, r.due_at, r.late_ms, r.state,
                        r.reason, r.outbox_id, r.by_producer, COALESCE(r.decided_at, r.taken_at),
                        o.state, o.first_attempt_at, o.msg_seq, o.finished_at
                 FROM schedule_runs r JOIN schedule s ON s.id = r.item_id
                 LEFT JOIN outbox o ON o.id = r.outbox_id
                 WHERE r.seen_at IS NULL ORDER BY r.due_at, r.item_id",
            )
            .map_err(|e| database_error(conn, context, e))?;
        let rows = stmt
            .query_map([], |r| {
                let state: String = r.get(6)?;
                let outbox: Option<String> = r.get(11)?;
                let first_attempt: Option<i64> = r.get(12)?;
                let delivery = outbox
                    .as_deref()
                    .map(|s| Delivery::from_row(s, first_attempt));
                let msg_seq: Option<i64> = r.get(13)?;
                let reason: Option<String> = r.get(7)?;
                Ok((
                    RunNews {
                        item_id: r.get(0)?,
                        label: r.get(1)?,
                        profile_name: r.get(2)?,
                        zone: r.get(3)?,
                        due_at: r.get(4)?,
                        late_ms: r.get(5)?,
                        state: run_state(&state, delivery),
                        reason: reason.and_then(|text| serde_json::from_str(&text).ok()),
                        outbox_id: r.get(8)?,
                        delivery,
                        msg_seq: msg_seq.and_then(|s| u64::try_from(s).ok()),
                        at: r.get(10)?,
                    },
                    r.get::<_, bool>(9)?,
                    r.get::<_, Option<i64>>(14)?,
                ))
            })
            .map_err(|e| database_error(conn, context, e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| database_error(conn, context, e))?;
        Ok(rows
            .into_iter()
            .filter_map(|(mut news, by_producer, finished_at)| {
                news.at =
                    super::news_at(news.state, news.late_ms, by_producer, news.at, finished_at)?;
                Some(news)
            })
            .collect())
    }

    /// Marks as seen, at `now`, every run whose fate was settled by `up_to` (Unix ms): the news shown
    /// and the runs that were never news (sent on time), so neither is read again.
    pub fn mark_news_seen(&self, up_to: i64, now: i64) -> Result<()> {
        let conn = self.store.conn();
        conn.execute(
            "UPDATE schedule_runs SET seen_at = ?2 WHERE seen_at IS NULL AND rowid IN (
                 SELECT r.rowid FROM schedule_runs r LEFT JOIN outbox o ON o.id = r.outbox_id
                 WHERE r.seen_at IS NULL AND (
                     (r.state IN ('missed', 'skipped') AND COALESCE(r.decided_at, r.taken_at) <= ?1)
                     OR (r.state = 'pending' AND o.state IN ('sent', 'not_sent', 'unknown')
                         AND o.finished_at <= ?1)))",
            params![up_to, now],
        )
        .map_err(|e| database_error(conn, "marking the schedule's news seen", e))?;
        Ok(())
    }

    /// The items of a profile with something left to send, but `except`, that may fall between `from`
    /// and `to` (Unix ms), for clashes: each with its id, label and next sends — one-off items by
    /// their instant (an index range, no plan read), repeating ones by their plan from their next
    /// occurrence (`until`: the last instant wanted).
    pub(crate) fn neighbours(
        &self,
        profile_id: &str,
        except: Option<&str>,
        from: i64,
        to: i64,
        sends: impl Fn(&Plan, u32) -> Vec<i64>,
    ) -> Result<Vec<super::Neighbour>> {
        let conn = self.store.conn();
        let context = "reading the schedule";
        let once = json(&Repeat::Once);
        let mut stmt = conn
            .prepare(
                "SELECT id, label, next_at FROM schedule
                 WHERE next_at IS NOT NULL AND next_at BETWEEN ?3 AND ?4 AND cancelled_at IS NULL
                   AND profile_id = ?1 AND id IS NOT ?2 AND repeat = ?5",
            )
            .map_err(|e| database_error(conn, context, e))?;
        let mut found = stmt
            .query_map(params![profile_id, except, from, to, once], |r| {
                Ok(super::Neighbour {
                    item_id: r.get(0)?,
                    label: r.get(1)?,
                    sends: vec![r.get(2)?],
                })
            })
            .map_err(|e| database_error(conn, context, e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| database_error(conn, context, e))?;
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {ITEM_COLUMNS} FROM schedule
                 WHERE profile_id = ?1 AND cancelled_at IS NULL AND next_at IS NOT NULL
                   AND id IS NOT ?2 AND repeat <> ?3"
            ))
            .map_err(|e| database_error(conn, context, e))?;
        let repeating = stmt
            .query_map(params![profile_id, except, once], read_row)
            .map_err(|e| database_error(conn, context, e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| database_error(conn, context, e))?;
        for row in repeating {
            let sends = sends(&row.plan()?, row.next_n);
            found.push(super::Neighbour {
                item_id: row.id,
                label: row.label,
                sends,
            });
        }
        Ok(found)
    }

    /// Runs taken (`pending`) whose broadcast the outbox does not have: a scheduler stopped between
    /// taking them and writing them down. They are resumed by their policy, with their own outbox id.
    pub fn unwritten(&self) -> Result<Vec<Taken>> {
        let conn = self.store.conn();
        let mut stmt = conn
            .prepare(
                "SELECT r.item_id, r.n, s.profile_id, s.body, s.missed, r.due_at, r.late_ms, r.outbox_id,
                        s.profile_name, s.label
                 FROM schedule_runs r JOIN schedule s ON s.id = r.item_id
                 LEFT JOIN outbox o ON o.id = r.outbox_id
                 WHERE r.state = 'pending' AND o.id IS NULL ORDER BY r.due_at",
            )
            .map_err(|e| database_error(conn, "reading the schedule", e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, u32>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, i64>(5)?,
                    r.get::<_, i64>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, String>(8)?,
                    r.get::<_, Option<String>>(9)?,
                ))
            })
            .map_err(|e| database_error(conn, "reading the schedule", e))?
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(|e| database_error(conn, "reading the schedule", e))?;
        rows.into_iter()
            .map(
                |(
                    item_id,
                    n,
                    profile_id,
                    body,
                    missed,
                    due_at,
                    late_ms,
                    outbox_id,
                    name,
                    label,
                )| {
                    Ok(Taken {
                        item_id,
                        n,
                        profile_id,
                        profile_name: name,
                        label,
                        body: from_json(&body, "message")?,
                        missed: from_json(&missed, "missed-send policy")?,
                        due_at,
                        late_ms,
                        outbox_id,
                    })
                },
            )
            .collect()
    }
}

/// Skips the held runs of the items `which` selects (with `?1` = `param`) for `reason`, at `now`.
fn skip_held(
    conn: &rusqlite::Connection,
    which: &str,
    param: &str,
    reason: &SkipReason,
    now: i64,
) -> rusqlite::Result<usize> {
    conn.execute(
        &format!(
            "UPDATE schedule_runs SET state = 'skipped', reason = ?2, by_producer = 1,
                 decided_at = ?3, seen_at = ?3
             WHERE state = 'missed' AND {which}"
        ),
        params![param, json(reason), now],
    )
}
