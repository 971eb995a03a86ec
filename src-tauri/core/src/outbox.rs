//! The outbox: every broadcast written down (and committed) before its first attempt leaves, each
//! attempt recorded, and the pacing slots every process on one data folder shares.
//!
//! What it is for: a producer can trust that a message went out once, and when the app cannot know
//! whether it went out, it says so. The row is the memory of that: it survives the process, and the
//! pipeline ([`crate::desk::Desk::send`]) moves it from `sending` to exactly one of `sent`, `not_sent` or
//! `unknown`.
//!
//! Not here: deciding what to do next (retry, wait, give up) — that is the pipeline's, which calls in
//! here to write down each step.

use rusqlite::{OptionalExtension, Row, TransactionBehavior, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::client::{ErrorClass, SendOutcome};
use crate::store::{Store, database_error};
use crate::{Error, Result};

/// Where a broadcast came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum SendSource {
    /// The window's composer.
    Window,
    /// The window's emergency button.
    Emergency,
    /// The schedule.
    Scheduled,
    /// `bdesk send`.
    Cli,
}

impl SendSource {
    /// Its name in the database, bdesk's output and exports.
    pub fn db_name(self) -> &'static str {
        match self {
            SendSource::Window => "window",
            SendSource::Emergency => "emergency",
            SendSource::Scheduled => "scheduled",
            SendSource::Cli => "cli",
        }
    }

    fn from_db(s: &str) -> Self {
        match s {
            "window" => SendSource::Window,
            "emergency" => SendSource::Emergency,
            "scheduled" => SendSource::Scheduled,
            _ => SendSource::Cli,
        }
    }
}

/// How a broadcast ended — three outcomes, never blurred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Delivery {
    /// Written down and waiting for its turn (pacing, or an emergency ahead of it): nothing has left
    /// yet, so it can still be cancelled. Stored as `sending` with no first attempt.
    Queued,
    /// An attempt has left and the broadcast is not ended yet (or its process died mid-send and
    /// nobody resumed it yet).
    Sending,
    /// Tencent accepted it: it went out, once.
    Sent,
    /// It certainly did not go out (the reason and remedy are in the last attempt).
    NotSent,
    /// An attempt may have reached Tencent and no answer said whether it did, and the 5-minute window
    /// in which a retry is harmless has closed: the producer decides.
    Unknown,
}

impl Delivery {
    fn db_name(self) -> &'static str {
        match self {
            Delivery::Queued | Delivery::Sending => "sending",
            Delivery::Sent => "sent",
            Delivery::NotSent => "not_sent",
            Delivery::Unknown => "unknown",
        }
    }

    /// The word the catalogues select on (`error-not-queued`'s `$delivery`).
    pub fn catalogue_name(self) -> &'static str {
        match self {
            Delivery::Queued => "queued",
            Delivery::Sending => "sending",
            Delivery::Sent => "sent",
            Delivery::NotSent => "not-sent",
            Delivery::Unknown => "unknown",
        }
    }

    /// How a stored row reads: its `state` column, and `sending` split into queued (no attempt has
    /// left) and sending. The one place that derivation lives (History, the schedule's runs).
    pub(crate) fn from_row(state: &str, first_attempt_at: Option<i64>) -> Self {
        match Self::from_db(state).unwrap_or(Delivery::Unknown) {
            Delivery::Sending if first_attempt_at.is_none() => Delivery::Queued,
            other => other,
        }
    }

    fn from_db(s: &str) -> Option<Self> {
        Some(match s {
            "sending" => Delivery::Sending,
            "sent" => Delivery::Sent,
            "not_sent" => Delivery::NotSent,
            "unknown" => Delivery::Unknown,
            _ => return None,
        })
    }
}

/// What the producer decided about a broadcast whose outcome is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum Resolution {
    /// Checked (the groups show it): it was delivered.
    Delivered,
    /// Sent again as a new message, with a new Random.
    SentAgain,
}

/// Which broadcasts History lists (and exports): every part that is set must hold. Each part is a
/// condition of one SQL query ([`Outbox::history`]), so the window, bdesk and an export list exactly
/// the same rows for the same filter, and nothing is filtered after reading.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct HistoryFilter {
    /// Written down at or after this instant (Unix ms).
    #[ts(type = "number | null")]
    pub since_ms: Option<i64>,
    /// Written down before this instant (Unix ms).
    #[ts(type = "number | null")]
    pub until_ms: Option<i64>,
    pub profile_id: Option<String>,
    pub delivery: Option<Delivery>,
    pub source: Option<SendSource>,
    /// What the producer typed in the search field: text anywhere in the body as sent (ASCII letters
    /// in any case), or a whole Random or MsgSeq, or an outbox id or its first 8 characters or more.
    /// Blank is no search.
    pub text: Option<String>,
}

/// A search as the query's parameters.
struct Search {
    /// A LIKE pattern for the body: the text as it appears inside a JSON string (quotes and
    /// backslashes escaped as the body has them), with LIKE's own wildcards escaped.
    body: String,
    id: String,
    /// Only for text of [`ID_PREFIX_MIN`] characters or more.
    id_prefix: Option<String>,
    /// The text as a number, when it is one: a Random or a MsgSeq.
    number: Option<i64>,
}

/// The shortest start of an outbox id a search matches ids by, as `git` takes a short hash: shorter
/// text is far more often a Random, a MsgSeq or words than meant as an id, and "22" must not list
/// every row whose random id happens to start with it.
const ID_PREFIX_MIN: usize = 8;

impl HistoryFilter {
    fn search(&self) -> Option<Search> {
        let text = self
            .text
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())?;
        // The body is stored as the compact JSON that was sent, so a quote the producer typed is
        // `\"` there (serde_json escapes only quotes, backslashes and control characters).
        let quoted = serde_json::to_string(text).unwrap_or_default();
        let in_json = quoted
            .strip_prefix('"')
            .and_then(|q| q.strip_suffix('"'))
            .unwrap_or(text);
        let id = text.to_ascii_lowercase();
        Some(Search {
            body: format!("%{}%", like_escaped(in_json)),
            id_prefix: (id.chars().count() >= ID_PREFIX_MIN)
                .then(|| format!("{}%", like_escaped(&id))),
            id,
            number: text.parse::<u64>().ok().and_then(|n| i64::try_from(n).ok()),
        })
    }
}

/// `text` with LIKE's wildcards and its escape character (`\`) escaped, to match literally.
fn like_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A broadcast about to be sent, as the pipeline writes it down.
#[derive(Debug, Clone)]
pub struct NewBroadcast<'a> {
    /// The id to write it under, when the caller chose it beforehand (the scheduler does, so a crash
    /// between choosing and writing cannot send an occurrence twice); else a new one.
    pub id: Option<&'a str>,
    pub profile_id: Option<&'a str>,
    pub profile_name: &'a str,
    pub target: &'a str,
    pub sdkappid: u64,
    pub body: &'a str,
    pub random: u32,
    pub source: SendSource,
    /// The sending process's lock name (see the migration).
    pub owner: &'a str,
}

/// A row left `sending`, with what resuming it needs.
#[derive(Debug, Clone)]
pub struct InFlight {
    pub id: String,
    pub profile_id: Option<String>,
    pub profile_name: String,
    pub sdkappid: u64,
    pub body: String,
    pub random: u32,
    pub source: SendSource,
    pub created_at: i64,
    pub first_attempt_at: Option<i64>,
    pub attempts: u32,
    pub maybe_delivered: bool,
    pub owner: String,
}

/// One row of the outbox, as History lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct OutboxEntry {
    pub id: String,
    pub profile_id: Option<String>,
    pub profile_name: String,
    /// `host[:port]` of the endpoint it was sent to.
    pub target: String,
    pub random: u32,
    pub source: SendSource,
    pub os_user: String,
    /// Unix milliseconds.
    #[ts(type = "number")]
    pub created_at: i64,
    #[ts(type = "number | null")]
    pub first_attempt_at: Option<i64>,
    pub delivery: Delivery,
    #[ts(type = "number | null")]
    pub msg_seq: Option<u64>,
    pub attempts: u32,
    pub last_class: Option<ErrorClass>,
    #[ts(type = "number | null")]
    pub last_code: Option<i64>,
    pub last_info: Option<String>,
    /// Whether some attempt may have reached Tencent without an answer.
    pub maybe_delivered: bool,
    #[ts(type = "number | null")]
    pub finished_at: Option<i64>,
    /// For an `unknown` broadcast, what the producer decided.
    pub resolution: Option<Resolution>,
    /// When sent again, the new broadcast's id.
    pub resent_as: Option<String>,
    /// Set when the producer cancelled it before it left (it is then `notSent`).
    #[ts(type = "number | null")]
    pub cancelled_at: Option<i64>,
}

/// One attempt of a broadcast, as History's details show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Attempt {
    /// 1, 2, …
    pub n: u32,
    /// Unix milliseconds.
    #[ts(type = "number")]
    pub started_at: i64,
    /// The host it was sent to (`host[:port]`).
    pub host: String,
    pub class: ErrorClass,
    /// Tencent's ErrorCode, when it answered.
    #[ts(type = "number | null")]
    pub code: Option<i64>,
    pub info: String,
    #[ts(type = "number | null")]
    pub msg_seq: Option<u64>,
    #[ts(type = "number")]
    pub latency_ms: i64,
}

/// One broadcast in full: its row, every attempt, and the exact body it carried.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct BroadcastDetails {
    pub entry: OutboxEntry,
    pub attempts: Vec<Attempt>,
    /// The JSON sent, `Random` included (no UserSig: that is in the query, never stored).
    pub body: String,
}

/// The operating system's name for the user running this process, for History's "who sent it".
pub fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "unknown".into())
}

fn class_name(class: ErrorClass) -> &'static str {
    match class {
        ErrorClass::Ok => "OK",
        ErrorClass::RetryLater => "RETRY_LATER",
        ErrorClass::Resign => "RESIGN",
        ErrorClass::Config => "CONFIG",
        ErrorClass::Message => "MESSAGE",
        ErrorClass::Transport => "TRANSPORT",
    }
}

fn class_from(name: &str) -> Option<ErrorClass> {
    Some(match name {
        "OK" => ErrorClass::Ok,
        "RETRY_LATER" => ErrorClass::RetryLater,
        "RESIGN" => ErrorClass::Resign,
        "CONFIG" => ErrorClass::Config,
        "MESSAGE" => ErrorClass::Message,
        "TRANSPORT" => ErrorClass::Transport,
        _ => return None,
    })
}

const ENTRY_COLUMNS: &str = "id, profile_id, profile_name, target, random, source, os_user, created_at, \
     first_attempt_at, state, msg_seq, attempts, last_class, last_code, last_info, maybe_delivered, finished_at, \
     resolution, resent_as, cancelled_at";

fn read_entry(r: &Row<'_>) -> rusqlite::Result<OutboxEntry> {
    let source: String = r.get(5)?;
    let state: String = r.get(9)?;
    let last_class: Option<String> = r.get(12)?;
    let msg_seq: Option<i64> = r.get(10)?;
    let random: i64 = r.get(4)?;
    let first_attempt_at: Option<i64> = r.get(8)?;
    let delivery = Delivery::from_row(&state, first_attempt_at);
    Ok(OutboxEntry {
        id: r.get(0)?,
        profile_id: r.get(1)?,
        profile_name: r.get(2)?,
        target: r.get(3)?,
        random: u32::try_from(random).unwrap_or_default(),
        source: SendSource::from_db(&source),
        os_user: r.get(6)?,
        created_at: r.get(7)?,
        first_attempt_at,
        delivery,
        msg_seq: msg_seq.and_then(|s| u64::try_from(s).ok()),
        attempts: r.get(11)?,
        last_class: last_class.as_deref().and_then(class_from),
        last_code: r.get(13)?,
        last_info: r.get(14)?,
        maybe_delivered: r.get(15)?,
        finished_at: r.get(16)?,
        resolution: r
            .get::<_, Option<String>>(17)?
            .as_deref()
            .and_then(|s| match s {
                "delivered" => Some(Resolution::Delivered),
                "sent_again" => Some(Resolution::SentAgain),
                _ => None,
            }),
        resent_as: r.get(18)?,
        cancelled_at: r.get(19)?,
    })
}

impl Store {
    /// The outbox table.
    pub fn outbox(&self) -> Outbox<'_> {
        Outbox { store: self }
    }
}

/// Outbox rows over a [`Store`]; get one with [`Store::outbox`].
#[derive(Debug, Clone, Copy)]
pub struct Outbox<'s> {
    store: &'s Store,
}

impl Outbox<'_> {
    /// Writes a broadcast down, in state `sending`, and commits it (the database syncs every commit
    /// to disk) — before any attempt leaves. Returns its id.
    pub fn insert(&self, b: &NewBroadcast<'_>) -> Result<String> {
        let id =
            b.id.map_or_else(|| uuid::Uuid::new_v4().to_string(), str::to_owned);
        let now = self.store.now_ms();
        let hash = hex(&Sha256::digest(b.body.as_bytes()));
        let conn = self.store.conn();
        conn.execute(
            "INSERT INTO outbox (id, profile_id, profile_name, target, sdkappid, body, body_hash, random,
                 source, os_user, created_at, state, heartbeat_at, owner)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'sending', ?11, ?12)",
            params![
                id,
                b.profile_id,
                b.profile_name,
                b.target,
                i64::try_from(b.sdkappid).unwrap_or(i64::MAX),
                b.body,
                hash,
                i64::from(b.random),
                b.source.db_name(),
                os_user(),
                now,
                b.owner,
            ],
        )
        .map_err(|e| database_error(conn, "writing the broadcast to the outbox", e))?;
        Ok(id)
    }

    /// Lets an attempt of broadcast `id` leave now, after its booked slot came (see [`Outbox::book`]),
    /// if the pacing key's previous attempt left at least `interval_ms` ago, in one `BEGIN IMMEDIATE`
    /// shared by every process on the folder:
    ///
    /// - [`Booking::Started`]: recorded as leaving now (the first attempt starts the dedupe window),
    ///   and the key's next free slot moved to at least one interval after *now*: an attempt that
    ///   leaves late (a busy machine, a slow disk) pushes those booked after it;
    /// - [`Booking::Later`]: the previous attempt left less than an interval ago — another process
    ///   woke late for an earlier slot — so this one waits until an interval after it (and the next
    ///   free slot moves past that). Slots are booked ahead by several processes, so this check at
    ///   the moment of leaving, not the booking, is what keeps departures an interval apart;
    /// - [`Booking::Cancelled`]: the row is no longer `sending` (cancelled, by this process or
    ///   another): nothing may leave. One statement decides, so a cancel and the first attempt
    ///   cannot both win.
    pub fn depart(&self, id: &str, key: &str, interval_ms: i64) -> Result<Booking> {
        self.leave_when(id, key, interval_ms, "updating the outbox", |tx, now| {
            let (_, last_left) = stored_pace(tx, key, interval_ms, now)?;
            let not_before = last_left.map_or(now, |left| left.saturating_add(interval_ms));
            if now < not_before {
                tx.execute(
                    "UPDATE pacing SET next_free_ms = MAX(next_free_ms, ?2) WHERE key = ?1",
                    params![key, not_before.saturating_add(interval_ms)],
                )?;
            }
            Ok(not_before)
        })
    }

    /// Inside one `BEGIN IMMEDIATE`: `when` says when the attempt may leave (writing what it books);
    /// if that is now, the attempt leaves in the same transaction ([`leave`]), else the caller gets
    /// [`Booking::Later`]. A cancelled broadcast rolls everything back: it books no one's slot.
    fn leave_when(
        &self,
        id: &str,
        key: &str,
        interval_ms: i64,
        context: &'static str,
        when: impl FnOnce(&rusqlite::Transaction<'_>, i64) -> rusqlite::Result<i64>,
    ) -> Result<Booking> {
        let conn = self.store.conn();
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
            .map_err(|e| database_error(conn, context, e))?;
        let now = self.store.now_ms();
        let at = when(&tx, now).map_err(|e| database_error(&tx, context, e))?;
        let booking = if at > now {
            Booking::Later(at)
        } else {
            leave(&tx, id, key, interval_ms, now).map_err(|e| database_error(&tx, context, e))?
        };
        if booking != Booking::Cancelled {
            tx.commit().map_err(|e| database_error(conn, context, e))?;
        }
        Ok(booking)
    }

    /// Cancels a queued broadcast: one that no attempt has left for yet, whichever process queued it.
    /// It ends `not sent` with the time it was cancelled. Once an attempt has left it can no longer be
    /// cancelled (it may already be on every viewer's screen): refused with [`Error::NotQueued`].
    pub fn cancel(&self, id: &str) -> Result<()> {
        let now = self.store.now_ms();
        let conn = self.store.conn();
        let changed = conn
            .execute(
                "UPDATE outbox SET state = 'not_sent', cancelled_at = ?2, finished_at = ?2,
                     heartbeat_at = ?2
                 WHERE id = ?1 AND state = 'sending' AND first_attempt_at IS NULL",
                params![id, now],
            )
            .map_err(|e| database_error(conn, "cancelling the broadcast", e))?;
        if changed == 1 {
            return Ok(());
        }
        let entry = self.get(id)?;
        Err(Error::NotQueued {
            outbox_id: id.into(),
            delivery: entry.delivery,
        })
    }

    /// Records one attempt's answer (or failure) and whether it may have been delivered.
    pub fn record_attempt(
        &self,
        id: &str,
        started_at: i64,
        outcome: &SendOutcome,
        maybe_delivered: bool,
    ) -> Result<()> {
        let conn = self.store.conn();
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
            .map_err(|e| database_error(conn, "recording an attempt", e))?;
        let n: u32 = tx
            .query_row(
                "UPDATE outbox SET attempts = attempts + 1, last_class = ?2, last_code = ?3,
                     last_info = ?4, maybe_delivered = MAX(maybe_delivered, ?5), heartbeat_at = ?6
                 WHERE id = ?1 RETURNING attempts",
                params![
                    id,
                    class_name(outcome.class),
                    outcome.code,
                    outcome.info,
                    maybe_delivered,
                    self.store.now_ms(),
                ],
                |r| r.get(0),
            )
            .map_err(|e| database_error(&tx, "recording an attempt", e))?;
        tx.execute(
            "INSERT INTO attempts (outbox_id, n, started_at, host, class, code, info, msg_seq, latency_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                id,
                n,
                started_at,
                outcome.host,
                class_name(outcome.class),
                outcome.code,
                outcome.info,
                outcome.msg_seq.and_then(|s| i64::try_from(s).ok()),
                i64::try_from(outcome.elapsed.as_millis()).unwrap_or(i64::MAX),
            ],
        )
        .map_err(|e| database_error(&tx, "recording an attempt", e))?;
        tx.commit()
            .map_err(|e| database_error(conn, "recording an attempt", e))
    }

    /// Ends a broadcast in `delivery` (never `Sending`).
    pub fn finish(&self, id: &str, delivery: Delivery, msg_seq: Option<u64>) -> Result<()> {
        debug_assert_ne!(delivery, Delivery::Sending);
        let conn = self.store.conn();
        let now = self.store.now_ms();
        // Only a row still `sending`: one cancelled meanwhile (by another process) keeps its end.
        conn.execute(
            "UPDATE outbox SET state = ?2, msg_seq = ?3, finished_at = ?4, heartbeat_at = ?4
             WHERE id = ?1 AND state = 'sending'",
            params![
                id,
                delivery.db_name(),
                msg_seq.and_then(|s| i64::try_from(s).ok()),
                now
            ],
        )
        .map_err(|e| database_error(conn, "finishing the broadcast in the outbox", e))?;
        Ok(())
    }

    /// Where a queued row stands among the rows queued with the same pacing key, across every
    /// process on this data folder; `None` once it is no longer queued (it left, or was cancelled).
    ///
    /// Ahead of it: the rows of its key queued before it (by time, then by the order they were written:
    /// two in one millisecond are common in a burst), and every queued emergency when it is not one
    /// (emergencies jump the line). The lane is per process, so an emergency another process
    /// queued may in fact wait for that process's own booked slot: the place is "about", never a
    /// promise.
    pub fn line_place(&self, id: &str) -> Result<Option<LinePosition>> {
        let conn = self.store.conn();
        conn.query_row(
            "SELECT me.profile_id, me.sdkappid,
                    (SELECT COUNT(*) FROM outbox o
                      WHERE o.state = 'sending' AND o.first_attempt_at IS NULL AND o.id != me.id
                        AND o.profile_id IS me.profile_id
                        AND (me.profile_id IS NOT NULL OR o.sdkappid = me.sdkappid)
                        AND ((o.source = 'emergency') > (me.source = 'emergency')
                             OR ((o.source = 'emergency') = (me.source = 'emergency')
                                 AND (o.created_at, o.rowid) < (me.created_at, me.rowid))))
               FROM outbox me
              WHERE me.id = ?1 AND me.state = 'sending' AND me.first_attempt_at IS NULL",
            [id],
            |r| {
                Ok(LinePosition {
                    profile_id: r.get(0)?,
                    sdkappid: u64::try_from(r.get::<_, i64>(1)?).unwrap_or_default(),
                    ahead: r.get(2)?,
                })
            },
        )
        .optional()
        .map_err(|e| database_error(conn, "reading the line of queued broadcasts", e))
    }

    /// The next instant a broadcast with this pacing key may leave, if one ever left, as booking
    /// believes it at `interval_ms` apart (a slot further ahead than any process could have booked is a
    /// clock set back: see [`MAX_SLOTS_AHEAD`]).
    pub fn next_free(&self, key: &str, interval_ms: i64) -> Result<Option<i64>> {
        let conn = self.store.conn();
        let now = self.store.now_ms();
        let stored: Option<i64> = conn
            .query_row(
                "SELECT next_free_ms FROM pacing WHERE key = ?1",
                [key],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| database_error(conn, "reading the pacing", e))?;
        Ok(stored.and_then(|n| believed_next_free(n, now, interval_ms)))
    }

    /// One row.
    pub fn get(&self, id: &str) -> Result<OutboxEntry> {
        let conn = self.store.conn();
        conn.query_row(
            &format!("SELECT {ENTRY_COLUMNS} FROM outbox WHERE id = ?1"),
            [id],
            read_entry,
        )
        .optional()
        .map_err(|e| database_error(conn, "reading the outbox", e))?
        .ok_or_else(|| Error::NotFound {
            what: "broadcast",
            id: id.into(),
        })
    }

    /// The newest rows first, at most `limit`, that pass every part of `filter` (see
    /// [`HistoryFilter`]); all of it is one SQL query. Rows of one millisecond keep the order they
    /// were written in (`rowid`), as everywhere in the outbox: their ids are random.
    pub fn history(&self, filter: &HistoryFilter, limit: usize) -> Result<Vec<OutboxEntry>> {
        let conn = self.store.conn();
        let search = filter.search();
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {ENTRY_COLUMNS} FROM outbox
                 WHERE (:since IS NULL OR created_at >= :since)
                   AND (:until IS NULL OR created_at < :until)
                   AND (:profile IS NULL OR profile_id = :profile)
                   AND (:source IS NULL OR source = :source)
                   AND (:delivery IS NULL OR :delivery = CASE
                       WHEN state = 'sending' AND first_attempt_at IS NULL THEN 'queued'
                       WHEN state = 'sending' THEN 'in_flight'
                       ELSE state END)
                   AND (:body IS NULL OR body LIKE :body ESCAPE '\\' OR id = :id
                        OR id LIKE :id_prefix ESCAPE '\\' OR random = :number OR msg_seq = :number)
                 ORDER BY created_at DESC, rowid DESC LIMIT :limit"
            ))
            .map_err(|e| database_error(conn, "reading the history", e))?;
        let rows = stmt
            .query_map(
                rusqlite::named_params! {
                    ":since": filter.since_ms,
                    ":until": filter.until_ms,
                    ":profile": filter.profile_id,
                    ":source": filter.source.map(SendSource::db_name),
                    ":delivery": filter.delivery.map(|d| match d {
                        Delivery::Queued => "queued",
                        Delivery::Sending => "in_flight",
                        other => other.db_name(),
                    }),
                    ":body": search.as_ref().map(|s| s.body.as_str()),
                    ":id": search.as_ref().map(|s| s.id.as_str()),
                    ":id_prefix": search.as_ref().and_then(|s| s.id_prefix.as_deref()),
                    ":number": search.as_ref().and_then(|s| s.number),
                    ":limit": i64::try_from(limit).unwrap_or(i64::MAX),
                },
                read_entry,
            )
            .map_err(|e| database_error(conn, "reading the history", e))?;
        rows.map(|r| r.map_err(|e| database_error(conn, "reading the history", e)))
            .collect()
    }

    /// A broadcast's attempts, first first.
    pub fn attempts(&self, id: &str) -> Result<Vec<Attempt>> {
        let conn = self.store.conn();
        let mut stmt = conn
            .prepare(
                "SELECT n, started_at, host, class, code, info, msg_seq, latency_ms
                 FROM attempts WHERE outbox_id = ?1 ORDER BY n",
            )
            .map_err(|e| database_error(conn, "reading the attempts", e))?;
        let rows = stmt
            .query_map([id], |r| {
                let class: String = r.get(3)?;
                let msg_seq: Option<i64> = r.get(6)?;
                Ok(Attempt {
                    n: r.get(0)?,
                    started_at: r.get(1)?,
                    host: r.get(2)?,
                    class: class_from(&class).unwrap_or(ErrorClass::Transport),
                    code: r.get(4)?,
                    info: r.get(5)?,
                    msg_seq: msg_seq.and_then(|s| u64::try_from(s).ok()),
                    latency_ms: r.get(7)?,
                })
            })
            .map_err(|e| database_error(conn, "reading the attempts", e))?;
        rows.map(|r| r.map_err(|e| database_error(conn, "reading the attempts", e)))
            .collect()
    }

    /// The body of a row, exactly as it was sent.
    pub fn body(&self, id: &str) -> Result<String> {
        let conn = self.store.conn();
        conn.query_row("SELECT body FROM outbox WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .map_err(|e| database_error(conn, "reading the outbox", e))?
            .ok_or_else(|| Error::NotFound {
                what: "broadcast",
                id: id.into(),
            })
    }

    /// Records the producer's decision on an `unknown` broadcast; any other state, or one already
    /// decided, is refused (a decision is made once).
    pub fn resolve(&self, id: &str, resolution: Resolution, resent_as: Option<&str>) -> Result<()> {
        let conn = self.store.conn();
        let name = match resolution {
            Resolution::Delivered => "delivered",
            Resolution::SentAgain => "sent_again",
        };
        let changed = conn
            .execute(
                "UPDATE outbox SET resolution = ?2, resent_as = ?3
                 WHERE id = ?1 AND state = 'unknown' AND resolution IS NULL",
                params![id, name, resent_as],
            )
            .map_err(|e| database_error(conn, "recording the decision", e))?;
        if changed == 1 {
            return Ok(());
        }
        let entry = self.get(id)?;
        Err(Error::NotDecidable {
            outbox_id: id.into(),
            delivery: entry.delivery,
            decided: entry.resolution.is_some(),
        })
    }

    /// Links a broadcast sent again to the new one.
    pub fn set_resent_as(&self, id: &str, new_id: &str) -> Result<()> {
        let conn = self.store.conn();
        conn.execute(
            "UPDATE outbox SET resent_as = ?2 WHERE id = ?1",
            params![id, new_id],
        )
        .map_err(|e| database_error(conn, "recording the decision", e))?;
        Ok(())
    }

    /// What needs the producer: rows still `sending` and `unknown` ones nobody decided on yet,
    /// oldest first.
    pub fn open_items(&self) -> Result<Vec<OutboxEntry>> {
        let conn = self.store.conn();
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {ENTRY_COLUMNS} FROM outbox
                 WHERE state = 'sending' OR (state = 'unknown' AND resolution IS NULL)
                 ORDER BY created_at, rowid"
            ))
            .map_err(|e| database_error(conn, "reading the outbox", e))?;
        let rows = stmt
            .query_map([], read_entry)
            .map_err(|e| database_error(conn, "reading the outbox", e))?;
        rows.map(|r| r.map_err(|e| database_error(conn, "reading the outbox", e)))
            .collect()
    }

    /// Every row still `sending` (optionally of one profile), oldest first.
    pub fn in_flight(&self, profile_id: Option<&str>) -> Result<Vec<InFlight>> {
        let conn = self.store.conn();
        let mut stmt = conn
            .prepare(
                "SELECT id, profile_id, profile_name, sdkappid, body, random, created_at,
                     first_attempt_at, attempts, maybe_delivered, owner, source
                 FROM outbox WHERE state = 'sending' AND (?1 IS NULL OR profile_id = ?1)
                 ORDER BY created_at",
            )
            .map_err(|e| database_error(conn, "reading the outbox", e))?;
        let rows = stmt
            .query_map([profile_id], |r| {
                let sdkappid: i64 = r.get(3)?;
                let random: i64 = r.get(5)?;
                Ok(InFlight {
                    id: r.get(0)?,
                    profile_id: r.get(1)?,
                    profile_name: r.get(2)?,
                    sdkappid: u64::try_from(sdkappid).unwrap_or_default(),
                    body: r.get(4)?,
                    random: u32::try_from(random).unwrap_or_default(),
                    created_at: r.get(6)?,
                    first_attempt_at: r.get(7)?,
                    attempts: r.get(8)?,
                    maybe_delivered: r.get(9)?,
                    owner: r.get(10)?,
                    source: SendSource::from_db(&r.get::<_, String>(11)?),
                })
            })
            .map_err(|e| database_error(conn, "reading the outbox", e))?;
        rows.map(|r| r.map_err(|e| database_error(conn, "reading the outbox", e)))
            .collect()
    }

    /// How many of a profile's broadcasts are queued (nothing left yet) and how many in flight (an
    /// attempt has left, no outcome yet).
    pub fn pending_of(&self, profile_id: &str) -> Result<(u32, u32)> {
        let conn = self.store.conn();
        conn.query_row(
            "SELECT COUNT(*) FILTER (WHERE first_attempt_at IS NULL),
                    COUNT(*) FILTER (WHERE first_attempt_at IS NOT NULL)
             FROM outbox WHERE state = 'sending' AND profile_id = ?1",
            [profile_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|e| database_error(conn, "reading the outbox", e))
    }

    /// The ids of a profile's queued broadcasts, oldest first.
    pub fn queued_of(&self, profile_id: &str) -> Result<Vec<String>> {
        let conn = self.store.conn();
        let mut stmt = conn
            .prepare(
                "SELECT id FROM outbox WHERE state = 'sending' AND first_attempt_at IS NULL
                   AND profile_id = ?1 ORDER BY created_at, rowid",
            )
            .map_err(|e| database_error(conn, "reading the outbox", e))?;
        let rows = stmt
            .query_map([profile_id], |r| r.get(0))
            .map_err(|e| database_error(conn, "reading the outbox", e))?;
        rows.map(|r| r.map_err(|e| database_error(conn, "reading the outbox", e)))
            .collect()
    }

    /// Takes over a row from `from` (a process that died), unless another process took it first.
    pub fn claim(&self, id: &str, from: &str, to: &str) -> Result<bool> {
        let conn = self.store.conn();
        let changed = conn
            .execute(
                "UPDATE outbox SET owner = ?3, heartbeat_at = ?4
                 WHERE id = ?1 AND owner = ?2 AND state = 'sending'",
                params![id, from, to, self.store.now_ms()],
            )
            .map_err(|e| database_error(conn, "taking over a broadcast", e))?;
        Ok(changed == 1)
    }

    /// [`Outbox::reserve_slot`] for broadcast `id`, and when the slot is already due, also
    /// [`Outbox::depart`] in the same transaction: one commit (one disk sync) less between the click
    /// and the wire on an idle profile, and the same guarantees — the attempt is on disk before it
    /// leaves, and a cancel either came first ([`Booking::Cancelled`], nothing reserved) or is refused.
    pub fn book(&self, id: &str, key: &str, interval_ms: i64) -> Result<Booking> {
        self.leave_when(id, key, interval_ms, "reserving a send slot", |tx, now| {
            next_slot(tx, key, interval_ms, now)
        })
    }

    /// Reserves the next slot for `key` at `interval_ms` apart, shared by every process on this
    /// database: inside one `BEGIN IMMEDIATE` it reads the next free instant, takes
    /// `max(next_free, now)` and moves the next free instant one interval on. Returns the reserved
    /// instant (Unix ms); the caller waits until then before its attempt leaves.
    pub fn reserve_slot(&self, key: &str, interval_ms: i64) -> Result<i64> {
        let conn = self.store.conn();
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
            .map_err(|e| database_error(conn, "reserving a send slot", e))?;
        let now = self.store.now_ms();
        let slot = next_slot(&tx, key, interval_ms, now)
            .map_err(|e| database_error(&tx, "reserving a send slot", e))?;
        tx.commit()
            .map_err(|e| database_error(conn, "reserving a send slot", e))?;
        Ok(slot)
    }
}

/// What [`Outbox::line_place`] read: the row's pacing key parts and how many go before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinePosition {
    pub profile_id: Option<String>,
    pub sdkappid: u64,
    pub ahead: u32,
}

/// What [`Outbox::book`] or [`Outbox::depart`] decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Booking {
    /// The attempt is recorded as leaving now.
    Started {
        /// When the broadcast's first attempt left (Unix ms): this one's, or an earlier one's.
        first_attempt_at: i64,
        /// When this attempt left (Unix ms): the instant the pacing counts from.
        left_at: i64,
    },
    /// Not yet: wait until this instant (Unix ms), then [`Outbox::depart`].
    Later(i64),
    /// The broadcast was cancelled: nothing may leave.
    Cancelled,
}

/// Inside the caller's write transaction: stamps an attempt's start on a row still `sending` (its
/// first attempt's time is kept) and records it as the key's last departure, the next free slot at
/// least an interval after it. [`Booking::Cancelled`] when the row is no longer `sending` (cancelled
/// meanwhile): the caller rolls back.
fn leave(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    key: &str,
    interval_ms: i64,
    now: i64,
) -> rusqlite::Result<Booking> {
    let first: Option<i64> = tx
        .query_row(
            "UPDATE outbox SET first_attempt_at = COALESCE(first_attempt_at, ?2), heartbeat_at = ?2
             WHERE id = ?1 AND state = 'sending' RETURNING first_attempt_at",
            params![id, now],
            |r| r.get(0),
        )
        .optional()?;
    let Some(first_attempt_at) = first else {
        return Ok(Booking::Cancelled);
    };
    tx.execute(
        "INSERT INTO pacing (key, next_free_ms, last_left_ms) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE
           SET next_free_ms = MAX(next_free_ms, excluded.next_free_ms), last_left_ms = ?3",
        params![key, now.saturating_add(interval_ms), now],
    )?;
    Ok(Booking::Started {
        first_attempt_at,
        left_at: now,
    })
}

/// Inside the caller's write transaction: a key's next free slot and its last departure, as far as
/// they can be believed at `now`. A last departure recorded after `now` was recorded before the wall
/// clock was set back: it counts as `now` from here on (written back, so the next attempt waits one
/// interval, not as long as the clock went back); a next free slot further ahead than any process
/// could have booked is not believed (see [`MAX_SLOTS_AHEAD`]).
fn stored_pace(
    tx: &rusqlite::Transaction<'_>,
    key: &str,
    interval_ms: i64,
    now: i64,
) -> rusqlite::Result<(Option<i64>, Option<i64>)> {
    tx.execute(
        "UPDATE pacing SET last_left_ms = ?2 WHERE key = ?1 AND last_left_ms > ?2",
        params![key, now],
    )?;
    let stored: Option<(i64, Option<i64>)> = tx
        .query_row(
            "SELECT next_free_ms, last_left_ms FROM pacing WHERE key = ?1",
            [key],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(stored.map_or((None, None), |(next_free, last_left)| {
        (believed_next_free(next_free, now, interval_ms), last_left)
    }))
}

/// How many intervals ahead of now a key's next free slot can be and still be believed. Each process
/// books at most one slot ahead (its lane holds its turn until the attempt leaves), and no data folder
/// has this many processes sending at once; further ahead, the wall clock was set back since the slot
/// was booked (an NTP correction after a wake, a clock set by hand), and the producer's next send would
/// otherwise wait as long as the clock went back. The slot then counts from now: departures stay an
/// interval apart all the same ([`Outbox::depart`]).
const MAX_SLOTS_AHEAD: i64 = 64;

/// A key's stored next free slot, unless it lies further ahead of `now` than any process could have
/// booked ([`MAX_SLOTS_AHEAD`] intervals): then the clock was set back, and it is not believed.
fn believed_next_free(next_free: i64, now: i64, interval_ms: i64) -> Option<i64> {
    (next_free.saturating_sub(now) <= MAX_SLOTS_AHEAD.saturating_mul(interval_ms))
        .then_some(next_free)
}

/// Inside the caller's write transaction: the next slot for `key` — the later of now, its next free
/// slot, and an interval after its last departure (as [`stored_pace`] believes them) — and the next
/// free instant moved one interval past it.
fn next_slot(
    tx: &rusqlite::Transaction<'_>,
    key: &str,
    interval_ms: i64,
    now: i64,
) -> rusqlite::Result<i64> {
    let (next_free, last_left) = stored_pace(tx, key, interval_ms, now)?;
    let after_last = last_left.map(|left| left.saturating_add(interval_ms));
    let slot = [Some(now), next_free, after_last]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(now);
    tx.execute(
        "INSERT INTO pacing (key, next_free_ms) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET next_free_ms = excluded.next_free_ms",
        params![key, slot.saturating_add(interval_ms)],
    )?;
    Ok(slot)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("outbox.sqlite3")).unwrap();
        (dir, store)
    }

    fn broadcast<'a>() -> NewBroadcast<'a> {
        NewBroadcast {
            id: None,
            profile_id: Some("p-1"),
            profile_name: "Main show",
            target: "adminapisgp.im.qcloud.com",
            sdkappid: 1_400_000_000,
            body: r#"{"MsgBody":[],"Random":7}"#,
            random: 7,
            source: SendSource::Window,
            owner: "test-owner",
        }
    }

    #[test]
    fn a_broadcast_is_written_down_before_anything_else_and_ends_in_one_outcome() {
        let (_dir, store) = store();
        let id = store.outbox().insert(&broadcast()).unwrap();
        let entry = store.outbox().get(&id).unwrap();
        assert_eq!(entry.delivery, Delivery::Queued);
        assert_eq!(entry.first_attempt_at, None);
        let now = store.now_ms();
        assert_eq!(
            store.outbox().depart(&id, "p-1", 1000).unwrap(),
            Booking::Started {
                first_attempt_at: now,
                left_at: now
            }
        );
        assert_eq!(store.outbox().get(&id).unwrap().delivery, Delivery::Sending);
        // Once an attempt has left, it can no longer be cancelled.
        let err = store.outbox().cancel(&id).unwrap_err();
        assert!(matches!(
            err,
            Error::NotQueued {
                delivery: Delivery::Sending,
                ..
            }
        ));
        assert_eq!(entry.random, 7);
        assert!(!entry.os_user.is_empty());
        store
            .outbox()
            .finish(&id, Delivery::Sent, Some(42))
            .unwrap();
        let entry = store.outbox().get(&id).unwrap();
        assert_eq!((entry.delivery, entry.msg_seq), (Delivery::Sent, Some(42)));
        assert!(entry.finished_at.is_some());
    }

    #[test]
    fn a_cancel_before_the_first_attempt_wins_and_nothing_may_leave_after_it() {
        let (_dir, store) = store();
        let id = store.outbox().insert(&broadcast()).unwrap();
        store.outbox().cancel(&id).unwrap();
        let entry = store.outbox().get(&id).unwrap();
        assert_eq!(entry.delivery, Delivery::NotSent);
        assert!(entry.cancelled_at.is_some() && entry.finished_at.is_some());
        assert_eq!(
            store.outbox().depart(&id, "p-1", 1000).unwrap(),
            Booking::Cancelled
        );
        // A cancelled broadcast took no slot.
        assert_eq!(store.outbox().next_free("p-1", 1000).unwrap(), None);
        // Whoever was sending it cannot overwrite the cancel's end.
        store.outbox().finish(&id, Delivery::Unknown, None).unwrap();
        assert_eq!(store.outbox().get(&id).unwrap().delivery, Delivery::NotSent);
        // Twice is refused, naming what it is now.
        assert!(matches!(
            store.outbox().cancel(&id),
            Err(Error::NotQueued {
                delivery: Delivery::NotSent,
                ..
            })
        ));
        assert!(matches!(
            store.outbox().cancel("no-such-id"),
            Err(Error::NotFound { .. })
        ));
        // History tells queued from in flight.
        let queued = store.outbox().insert(&broadcast()).unwrap();
        let listed = store
            .outbox()
            .history(
                &HistoryFilter {
                    delivery: Some(Delivery::Queued),
                    ..HistoryFilter::default()
                },
                10,
            )
            .unwrap();
        assert_eq!(
            listed.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            [queued.as_str()]
        );
        assert!(
            store
                .outbox()
                .history(
                    &HistoryFilter {
                        delivery: Some(Delivery::Sending),
                        ..HistoryFilter::default()
                    },
                    10
                )
                .unwrap()
                .is_empty()
        );
    }

    /// Four broadcasts a minute apart, each ended: what the filter tests search through.
    fn four_rows(store: &Store, clock: &crate::clock::ManualClock) -> Vec<String> {
        // Body, profile id, profile name, source, how it ended, MsgSeq.
        type Row<'a> = (
            &'a str,
            Option<&'a str>,
            &'a str,
            SendSource,
            Delivery,
            Option<u64>,
        );
        let rows: [Row<'_>; 4] = [
            (
                r#"{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Doors open at 8"}}],"Random":11}"#,
                Some("p-1"),
                "Main show",
                SendSource::Window,
                Delivery::Sent,
                Some(501),
            ),
            (
                r#"{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Stream \"paused\": 100% back soon"}}],"Random":22}"#,
                Some("p-1"),
                "Main show",
                SendSource::Emergency,
                Delivery::Unknown,
                None,
            ),
            (
                r#"{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Encore_time"}}],"Random":33}"#,
                Some("p-2"),
                "Rehearsal",
                SendSource::Cli,
                Delivery::NotSent,
                None,
            ),
            (
                r#"{"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Café ouvert"}}],"Random":44}"#,
                None,
                "SDKAppID 1400000000",
                SendSource::Scheduled,
                Delivery::Sent,
                Some(22),
            ),
        ];
        rows.iter()
            .map(|(body, profile, name, source, delivery, msg_seq)| {
                let random = serde_json::from_str::<serde_json::Value>(body).unwrap()["Random"]
                    .as_u64()
                    .unwrap() as u32;
                let id = store
                    .outbox()
                    .insert(&NewBroadcast {
                        profile_id: *profile,
                        profile_name: name,
                        body,
                        random,
                        source: *source,
                        ..broadcast()
                    })
                    .unwrap();
                // Paced at 0 ms: these rows are about History, not the rate.
                store.outbox().depart(&id, "p-1", 0).unwrap();
                store.outbox().finish(&id, *delivery, *msg_seq).unwrap();
                clock.advance(std::time::Duration::from_secs(60));
                id
            })
            .collect()
    }

    fn listed(store: &Store, filter: HistoryFilter) -> Vec<String> {
        store
            .outbox()
            .history(&filter, 100)
            .unwrap()
            .into_iter()
            .map(|e| e.id)
            .collect()
    }

    fn search(text: &str) -> HistoryFilter {
        HistoryFilter {
            text: Some(text.into()),
            ..HistoryFilter::default()
        }
    }

    #[test]
    fn history_searches_the_body_as_sent_the_random_the_msg_seq_and_the_id_in_sql() {
        let (_dir, store) = store();
        let clock = Arc::new(crate::clock::ManualClock::new(1_700_000_000));
        let store = store.with_clock(clock.clone());
        let ids = four_rows(&store, &clock);
        let [doors, paused, encore, cafe] =
            [&ids[0], &ids[1], &ids[2], &ids[3]].map(String::as_str);

        // Text anywhere in the body, ASCII letters in any case; blank is no search.
        assert_eq!(listed(&store, search("doors OPEN")), [doors]);
        assert_eq!(listed(&store, search("  ")), [cafe, encore, paused, doors]);
        // As typed, though the body has the quote escaped; LIKE's wildcards match only themselves.
        assert_eq!(listed(&store, search(r#""paused": 100%"#)), [paused]);
        assert_eq!(listed(&store, search("100%")), [paused]);
        assert_eq!(listed(&store, search("e_t")), [encore]);
        assert!(
            listed(&store, search("%")).len() == 1,
            "only the body with a literal %"
        );
        assert_eq!(listed(&store, search("Café")), [cafe]);
        // A whole Random or MsgSeq: 22 is one row's Random and another's MsgSeq.
        assert_eq!(listed(&store, search("33")), [encore]);
        assert_eq!(listed(&store, search("501")), [doors]);
        assert_eq!(listed(&store, search("22")), [cafe, paused]);
        // An outbox id, whole or its start, in any case.
        assert_eq!(listed(&store, search(&encore.to_uppercase())), [encore]);
        assert_eq!(listed(&store, search(&encore[..8])), [encore]);
        // Shorter, it is not taken as an id: a number typed is a Random or a MsgSeq only.
        assert!(listed(&store, search(&encore[..7])).is_empty());
        assert!(listed(&store, search("nothing like this")).is_empty());
    }

    #[test]
    fn history_filters_by_source_and_time_range_and_every_part_at_once() {
        let (_dir, store) = store();
        let clock = Arc::new(crate::clock::ManualClock::new(1_700_000_000));
        let store = store.with_clock(clock.clone());
        let start = store.now_ms();
        let ids = four_rows(&store, &clock);
        let [doors, paused, encore, cafe] =
            [&ids[0], &ids[1], &ids[2], &ids[3]].map(String::as_str);
        let by_source = |source| {
            listed(
                &store,
                HistoryFilter {
                    source: Some(source),
                    ..HistoryFilter::default()
                },
            )
        };
        assert_eq!(by_source(SendSource::Emergency), [paused]);
        assert_eq!(by_source(SendSource::Cli), [encore]);
        assert_eq!(by_source(SendSource::Scheduled), [cafe]);
        assert_eq!(by_source(SendSource::Window), [doors]);

        // From the second row's minute up to (not including) the fourth's.
        let range = HistoryFilter {
            since_ms: Some(start + 60_000),
            until_ms: Some(start + 180_000),
            ..HistoryFilter::default()
        };
        assert_eq!(listed(&store, range.clone()), [encore, paused]);
        let all = HistoryFilter {
            profile_id: Some("p-1".into()),
            delivery: Some(Delivery::Unknown),
            source: Some(SendSource::Emergency),
            text: Some("paused".into()),
            ..range.clone()
        };
        assert_eq!(listed(&store, all.clone()), [paused]);
        // Each part on its own can exclude it.
        for narrower in [
            HistoryFilter {
                profile_id: Some("p-2".into()),
                ..all.clone()
            },
            HistoryFilter {
                delivery: Some(Delivery::Sent),
                ..all.clone()
            },
            HistoryFilter {
                source: Some(SendSource::Window),
                ..all.clone()
            },
            HistoryFilter {
                text: Some("doors".into()),
                ..all.clone()
            },
            HistoryFilter {
                until_ms: Some(start + 60_000),
                ..all.clone()
            },
            HistoryFilter {
                since_ms: Some(start + 120_000),
                ..all.clone()
            },
        ] {
            assert!(listed(&store, narrower.clone()).is_empty(), "{narrower:?}");
        }
        // The filter as the window sends it (unknown fields refused).
        let parsed: HistoryFilter = serde_json::from_value(serde_json::json!({
            "sinceMs": null, "untilMs": null, "profileId": null, "delivery": "notSent",
            "source": "cli", "text": "encore"
        }))
        .unwrap();
        assert_eq!(listed(&store, parsed), [encore]);
        assert!(
            serde_json::from_value::<HistoryFilter>(serde_json::json!({ "txt": "x" })).is_err()
        );
    }

    #[test]
    fn rows_queued_in_the_same_millisecond_keep_the_order_they_were_written_in() {
        let (_dir, store) = store();
        // A stopped clock: every row is written at the same instant, as a burst can be.
        let clock = Arc::new(crate::clock::ManualClock::new(1_700_000_000));
        let store = store.with_clock(clock);
        let ids: Vec<String> = (0..5)
            .map(|_| store.outbox().insert(&broadcast()).unwrap())
            .collect();
        let aheads: Vec<u32> = ids
            .iter()
            .map(|id| store.outbox().line_place(id).unwrap().unwrap().ahead)
            .collect();
        assert_eq!(aheads, [0, 1, 2, 3, 4]);
    }

    #[test]
    fn attempts_leave_an_interval_after_the_last_one_left_not_merely_at_their_booked_slots() {
        let (_dir, store) = store();
        let clock = Arc::new(crate::clock::ManualClock::new(1_700_000_000));
        let store = store.with_clock(clock.clone());
        let t0 = store.now_ms();
        let ms = |n: u64| clock.advance(std::time::Duration::from_millis(n));
        let started = |at: i64| Booking::Started {
            first_attempt_at: at,
            left_at: at,
        };
        let [z, a, b, c] = [(); 4].map(|()| store.outbox().insert(&broadcast()).unwrap());
        let outbox = store.outbox();
        // An idle key: the first leaves at once. Two processes then book one slot each.
        assert_eq!(outbox.book(&z, "p-1", 1000).unwrap(), started(t0));
        assert_eq!(
            outbox.book(&a, "p-1", 1000).unwrap(),
            Booking::Later(t0 + 1000)
        );
        assert_eq!(
            outbox.book(&b, "p-1", 1000).unwrap(),
            Booking::Later(t0 + 2000)
        );
        // a's process wakes 400 ms late (a busy machine) and leaves.
        ms(1400);
        assert_eq!(outbox.depart(&a, "p-1", 1000).unwrap(), started(t0 + 1400));
        // b's slot comes only 600 ms after a left: it waits for a full interval after a.
        ms(600);
        assert_eq!(
            outbox.depart(&b, "p-1", 1000).unwrap(),
            Booking::Later(t0 + 2400)
        );
        ms(400);
        assert_eq!(outbox.depart(&b, "p-1", 1000).unwrap(), started(t0 + 2400));
        // Nobody books into the time b's wait took.
        assert_eq!(
            outbox.book(&c, "p-1", 1000).unwrap(),
            Booking::Later(t0 + 3400)
        );
        // A lone attempt that leaves late pushes the next free slot one interval past its departure.
        ms(3000);
        assert_eq!(outbox.depart(&c, "p-1", 1000).unwrap(), started(t0 + 5400));
        assert_eq!(outbox.next_free("p-1", 1000).unwrap(), Some(t0 + 6400));
        // Another key has its own pace.
        let other = outbox.insert(&broadcast()).unwrap();
        assert_eq!(
            outbox.depart(&other, "p-2", 1000).unwrap(),
            started(t0 + 5400)
        );
    }

    #[test]
    fn a_clock_set_back_delays_the_next_departure_by_one_interval_not_by_the_jump() {
        let (_dir, store) = store();
        let clock = Arc::new(crate::clock::ManualClock::new(1_700_000_000));
        let store = store.with_clock(clock.clone());
        let t0 = store.now_ms();
        let [z, a, b] = [(); 3].map(|()| store.outbox().insert(&broadcast()).unwrap());
        let outbox = store.outbox();
        let started = |at: i64| Booking::Started {
            first_attempt_at: at,
            left_at: at,
        };
        assert_eq!(outbox.book(&z, "p-1", 1000).unwrap(), started(t0));
        assert_eq!(
            outbox.book(&a, "p-1", 1000).unwrap(),
            Booking::Later(t0 + 1000)
        );
        // An hour back (an NTP correction after a wake): what was "just now" is an hour ahead.
        let t1 = t0 - 3_600_000;
        clock.set_ms(t1);
        // a's process wakes on its monotonic timer and waits one interval, not an hour.
        assert_eq!(
            outbox.depart(&a, "p-1", 1000).unwrap(),
            Booking::Later(t1 + 1000)
        );
        clock.set_ms(t1 + 1000);
        assert_eq!(outbox.depart(&a, "p-1", 1000).unwrap(), started(t1 + 1000));
        // A new send books on the clock as it is now, an interval after a.
        assert_eq!(
            outbox.book(&b, "p-1", 1000).unwrap(),
            Booking::Later(t1 + 2000)
        );
    }

    #[test]
    fn slots_are_one_interval_apart_and_never_in_the_past() {
        let (_dir, store) = store();
        let clock = Arc::new(crate::clock::ManualClock::new(1_700_000_000));
        let store = store.with_clock(clock.clone());
        let first = store.outbox().reserve_slot("p-1", 1000).unwrap();
        let second = store.outbox().reserve_slot("p-1", 1000).unwrap();
        let third = store.outbox().reserve_slot("p-1", 1000).unwrap();
        assert_eq!((second - first, third - second), (1000, 1000));
        // Another key has its own pace.
        assert_eq!(store.outbox().reserve_slot("p-2", 200).unwrap(), first);
        // After a quiet minute, the next slot is now, not a backlog of old ones.
        clock.advance(std::time::Duration::from_secs(60));
        assert_eq!(
            store.outbox().reserve_slot("p-1", 1000).unwrap(),
            first + 60_000
        );
    }
}
