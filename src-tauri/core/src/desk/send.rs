//! The send pipeline: every broadcast from every front door, written down before it leaves, paced
//! with every other process on the data folder, retried with the same `Random` and body only while
//! Tencent still drops a repeat, and ended in exactly one of three outcomes.
//!
//! 1. The message is checked again (the UI is never trusted) and its exact body fixed, `Random` in it.
//! 2. The outbox row is committed (synchronous=FULL) before the first attempt.
//! 3. Each attempt first reserves a slot in the shared `pacing` table, one interval of the profile's
//!    edition after the last one any process reserved, and waits for it; retries take slots too.
//! 4. The answer is classified: accepted → `sent`; a setting or the message refused → `not sent`, never
//!    retried; Tencent busy or a transport failure → retried after a backoff while inside the dedupe
//!    window measured from the first attempt (docs/TENCENT-API.md, Deduplication by Random).
//! 5. When no attempt may start any more: `unknown` if some attempt may have reached Tencent without an
//!    answer, else `not sent`.
//!
//! Before its slot, a broadcast waits for its turn in this process's line for the key (`lane`):
//! emergencies go first. Until its first attempt leaves it is queued and can be cancelled, from any
//! process ([`Desk::cancel`]).
//!
//! Not here: resuming rows a killed process left `sending` (`recover`); the window's and bdesk's
//! presentation.

use std::sync::Arc;
use std::time::Duration;

use backon::BackoffBuilder;
use serde::Serialize;
use tokio::sync::Notify;
use ts_rs::TS;

use super::lane::Priority;
use super::{Connection, Desk, lock};
use crate::client::{ErrorClass, SendOutcome, TransportKind, WireBody};
use crate::message::Draft;
use crate::outbox::{Booking, Delivery, NewBroadcast, SendSource};
use crate::{Error, Result};

/// How long after the first attempt Tencent drops a repeat of the same `Random` and body
/// (docs/TENCENT-API.md, Deduplication by Random).
pub const DEDUPE_WINDOW: Duration = Duration::from_secs(5 * 60);

/// No attempt starts this close to the end of the window: it must reach Tencent, through a slow
/// network and a 10-second answer timeout, while a repeat is still dropped.
pub const WINDOW_MARGIN: Duration = Duration::from_secs(30);

/// The period a rate is spread over, a tenth longer than Tencent's second: Tencent counts requests as
/// they arrive, and two sent exactly a second apart can arrive closer together (the first slowed by a
/// new connection, the second quick on a kept-alive one) and be refused as too fast.
const PACING_PERIOD_MS: u64 = 1_100;

/// The time between two broadcasts of one pacing key at `rate_per_sec` (an edition's rate), in ms:
/// what the pipeline waits, what a queued send's place counts, and what the schedule's clash check
/// holds items to.
pub(crate) fn pacing_interval_ms(rate_per_sec: u8) -> i64 {
    i64::try_from(PACING_PERIOD_MS.div_ceil(u64::from(rate_per_sec.max(1)))).unwrap_or(i64::MAX)
}

/// The pacing key: a saved profile's own, or the SDKAppID's for bdesk's explicit mode (several such
/// sends to one app share its rate).
fn pace_key(profile_id: Option<&str>, sdkappid: u64) -> String {
    match profile_id {
        Some(id) => id.to_owned(),
        None => format!("sdkappid:{sdkappid}"),
    }
}

/// Where a queued broadcast stands: how many go before it, and about when it leaves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct LinePlace {
    pub ahead: u32,
    /// Unix ms; the pacing's next free slot plus one interval per broadcast ahead.
    #[ts(type = "number")]
    pub leaves_at: i64,
}

/// A broadcast's end: the outcome, the outbox row that remembers it, the dedupe key it carried, and the
/// last attempt's answer (class, code, MsgSeq, explanation).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Sent {
    pub outbox_id: String,
    /// Sent, not sent, or unknown — never blurred.
    pub delivery: Delivery,
    /// The `Random` the message carried, every attempt the same.
    pub random: u32,
    pub attempts: u32,
    /// The last attempt's answer.
    #[serde(flatten)]
    pub outcome: SendOutcome,
}

impl Sent {
    pub fn is_ok(&self) -> bool {
        self.delivery == Delivery::Sent
    }
}

/// What the pipeline does after an answer.
enum Next {
    Done(Delivery),
    Retry,
}

fn next_after(outcome: &SendOutcome) -> Next {
    match outcome.class {
        ErrorClass::Ok => Next::Done(Delivery::Sent),
        // The client already re-signed once; a setting or the message itself is wrong: retrying
        // cannot help and might hammer Tencent.
        ErrorClass::Resign | ErrorClass::Config | ErrorClass::Message => {
            Next::Done(Delivery::NotSent)
        }
        ErrorClass::RetryLater | ErrorClass::Transport => Next::Retry,
    }
}

/// Whether an attempt may have reached Tencent without an answer saying what became of it. An error
/// code is Tencent refusing (nothing delivered); a failure before the request left (refused, DNS,
/// connect timeout, TLS) sent nothing; anything after it left may have been delivered.
fn may_have_been_delivered(outcome: &SendOutcome) -> bool {
    outcome.code.is_none()
        && outcome.transport.as_ref().is_some_and(|t| {
            !matches!(
                t.kind,
                TransportKind::ConnectionRefused
                    | TransportKind::Dns
                    | TransportKind::ConnectTimeout
                    | TransportKind::Tls
                    | TransportKind::Connect
            )
        })
}

/// Who a broadcast goes out as, for the outbox row, the pacing slot and its place in the line.
pub(super) struct Sender {
    pub(super) profile_id: Option<String>,
    pub(super) name: String,
    pub(super) pace_key: String,
    pub(super) rate_per_sec: u8,
    pub(super) priority: Priority,
}

impl Sender {
    pub(super) fn priority_of(source: SendSource) -> Priority {
        if source == SendSource::Emergency {
            Priority::Emergency
        } else {
            Priority::Normal
        }
    }
}

/// Where a broadcast's attempts stand.
pub(super) struct Progress {
    pub(super) outbox_id: String,
    pub(super) body: WireBody,
    pub(super) first_attempt_at: Option<i64>,
    pub(super) maybe_delivered: bool,
    pub(super) attempts: u32,
}

impl Progress {
    /// How it ends when no attempt may start any more: unknown if one may have reached Tencent.
    fn give_up(&self) -> Delivery {
        if self.maybe_delivered {
            Delivery::Unknown
        } else {
            Delivery::NotSent
        }
    }
}

/// A broadcast written down in the outbox and waiting to be sent: [`Desk::queue`] made it,
/// [`Desk::complete`] sends it (in this process, which owns its row). Dropped without completing, the
/// row stays queued until this process ends, then the next one to recover it ends it by the crash
/// rules.
#[must_use = "a queued broadcast is sent by Desk::complete"]
pub struct Queued {
    connection: Arc<Connection>,
    sender: Sender,
    progress: Progress,
    random: u32,
    cancel: Arc<Notify>,
}

impl std::fmt::Debug for Queued {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Queued")
            .field("outbox_id", &self.progress.outbox_id)
            .field("random", &self.random)
            .finish_non_exhaustive()
    }
}

impl Queued {
    /// The outbox row's id: what `cancel`, History and `bdesk outbox` name it by.
    pub fn outbox_id(&self) -> &str {
        &self.progress.outbox_id
    }

    pub fn random(&self) -> u32 {
        self.random
    }
}

/// The profile a broadcast can be sent again through: the one it went through. One sent with
/// explicit settings (bdesk with no saved profile) has none here.
fn profile_to_send_again(entry: &crate::outbox::OutboxEntry) -> Result<&str> {
    entry
        .profile_id
        .as_deref()
        .ok_or_else(|| Error::InvalidInput {
            path: "id".into(),
            message:
                "this broadcast was sent with explicit settings, not a saved profile: send it \
                  again the same way (with a new Random)"
                    .into(),
        })
}

/// How one wait of the pipeline ended.
enum Waited<T> {
    Done(T),
    Cancelled,
}

async fn unless_cancelled<T>(cancel: &Notify, fut: impl Future<Output = T>) -> Waited<T> {
    tokio::select! {
        // A cancel may arrive while the turn is being handed over: the cancel wins, the turn is
        // dropped and passes on.
        biased;
        () = cancel.notified() => Waited::Cancelled,
        out = fut => Waited::Done(out),
    }
}

impl Desk {
    /// Sends one broadcast through a profile, through the whole pipeline (see the module docs): a
    /// [`Desk::queue`] and its [`Desk::complete`]. `Err` only when nothing was attempted (an invalid
    /// message, no key, an unknown profile, the database unusable, [`Error::Cancelled`]); every
    /// answer, including "not sent" and "unknown", is an `Ok`.
    pub async fn send(&self, id: &str, draft: Draft, source: SendSource) -> Result<Sent> {
        let queued = self.queue(id, draft, source)?;
        self.complete(queued).await
    }

    /// Checks a broadcast through a profile and writes it to the outbox (committed to disk) without
    /// sending it yet: the caller learns its outbox id at once (to show it queued, to cancel it) and
    /// sends it with [`Desk::complete`].
    pub fn queue(&self, id: &str, draft: Draft, source: SendSource) -> Result<Queued> {
        self.queue_with(id, draft, source, None)
    }

    /// As [`Desk::queue`], written down under `outbox_id` when given (the scheduler chooses it
    /// beforehand).
    pub(crate) fn queue_with(
        &self,
        id: &str,
        draft: Draft,
        source: SendSource,
        outbox_id: Option<&str>,
    ) -> Result<Queued> {
        let (profile, connection) = self.profile_and_connection(id)?;
        let sender = Sender {
            profile_id: Some(id.to_owned()),
            name: profile.name.clone(),
            pace_key: pace_key(Some(id), connection.sdkappid()),
            rate_per_sec: profile.edition.rate_per_sec(),
            priority: Sender::priority_of(source),
        };
        self.write_down(connection, sender, draft, source, outbox_id)
    }

    /// As [`Desk::queue`], through a connection made from explicit settings (bdesk with no saved
    /// profile), paced at the slowest edition's rate (nothing says which edition it is).
    pub fn queue_explicit(
        &self,
        connection: Connection,
        draft: Draft,
        source: SendSource,
    ) -> Result<Queued> {
        let sender = Sender {
            profile_id: None,
            name: format!("SDKAppID {}", connection.sdkappid()),
            pace_key: pace_key(None, connection.sdkappid()),
            rate_per_sec: 1,
            priority: Sender::priority_of(source),
        };
        self.write_down(Arc::new(connection), sender, draft, source, None)
    }

    /// Sends through explicit settings: [`Desk::queue_explicit`] and [`Desk::complete`].
    pub async fn send_explicit(
        &self,
        connection: Connection,
        draft: Draft,
        source: SendSource,
    ) -> Result<Sent> {
        let queued = self.queue_explicit(connection, draft, source)?;
        self.complete(queued).await
    }

    /// Sends a queued broadcast: waits for its turn (emergencies first) and its pacing slot, then
    /// attempts until an outcome. [`Error::Cancelled`] when it was cancelled before it left.
    pub async fn complete(&self, queued: Queued) -> Result<Sent> {
        let Queued {
            connection,
            sender,
            progress,
            random,
            cancel,
        } = queued;
        let outbox_id = progress.outbox_id.clone();
        let ran = self.run(&connection, &sender, progress, &cancel).await;
        lock(&self.queued).remove(&outbox_id);
        // A scheduled occurrence's outcome is told to whoever watches the schedule.
        match &ran {
            Ok((_, delivery, _, last)) => {
                self.scheduled_outcome(&outbox_id, *delivery, last.as_ref().and_then(|o| o.msg_seq))
            }
            Err(Error::Cancelled { .. }) => {
                self.scheduled_outcome(&outbox_id, Delivery::NotSent, None);
            }
            Err(_) => {}
        }
        let (outbox_id, delivery, attempts, last) = ran?;
        let outcome =
            last.ok_or_else(|| Error::Internal("a broadcast ended before any attempt".into()))?;
        if outcome.class == ErrorClass::Config
            && let Some(id) = &sender.profile_id
        {
            // Wrong key, app or region: the next try re-reads the profile and the keychain, in case
            // they were fixed elsewhere (the CLI, another window).
            self.forget_session(id);
        }
        Ok(Sent {
            outbox_id,
            delivery,
            random,
            attempts,
            outcome,
        })
    }

    /// Cancels a queued broadcast — this process's or another's on the same data folder — as long as
    /// no attempt has left for it. Its `send` then ends with [`Error::Cancelled`] (at once in this
    /// process; at its turn in another) and History shows it not sent, cancelled.
    pub fn cancel(&self, outbox_id: &str) -> Result<()> {
        lock(&self.store).outbox().cancel(outbox_id)?;
        if let Some(cancel) = lock(&self.queued).get(outbox_id) {
            // A stored permit: a send that is not waiting yet still sees it.
            cancel.notify_one();
        }
        Ok(())
    }

    /// Where a queued broadcast stands in its line (see `Outbox::line_place`); `None` once it is no
    /// longer queued. Read from the data folder, so a window shows the same place for its own sends
    /// and for bdesk's.
    pub fn line_place(&self, outbox_id: &str) -> Result<Option<LinePlace>> {
        let store = lock(&self.store);
        let Some(position) = store.outbox().line_place(outbox_id)? else {
            return Ok(None);
        };
        let key = pace_key(position.profile_id.as_deref(), position.sdkappid);
        // A profile's edition sets its rate; explicit mode is paced at the slowest (see
        // `queue_explicit`). A deleted profile's rows were cancelled with it.
        let rate = match &position.profile_id {
            Some(id) => store
                .profiles()
                .get(id)
                .map_or(1, |p| p.edition.rate_per_sec()),
            None => 1,
        };
        let interval = pacing_interval_ms(rate);
        let next_free = store.outbox().next_free(&key, interval)?;
        drop(store);
        let now = self.now_ms();
        let next_free = next_free.map_or(now, |n| n.max(now));
        Ok(Some(LinePlace {
            ahead: position.ahead,
            leaves_at: next_free + i64::from(position.ahead) * interval,
        }))
    }

    /// The producer's decision on a broadcast whose outcome is unknown: it was delivered after all, or
    /// send it again as a new message (a new Random, so Tencent does not drop it as a repeat — which
    /// is why only the producer, having checked, may decide so). The decision is recorded before the
    /// new send, so two decisions at once cannot send it twice. Returns the new send, if any.
    pub async fn resolve(
        &self,
        outbox_id: &str,
        resolution: crate::outbox::Resolution,
        source: SendSource,
    ) -> Result<Option<Sent>> {
        use crate::outbox::Resolution;
        let entry = lock(&self.store).outbox().get(outbox_id)?;
        if resolution == Resolution::SentAgain {
            profile_to_send_again(&entry)?;
        }
        lock(&self.store)
            .outbox()
            .resolve(outbox_id, resolution, None)?;
        if resolution == Resolution::Delivered {
            return Ok(None);
        }
        let queued = self.queue_copy(&entry, source, true)?;
        Ok(Some(self.complete(queued).await?))
    }

    /// Any broadcast that has ended (sent, not sent or unknown), written down again as a new message
    /// through the profile it went through — its body with a new Random, so Tencent does not drop it
    /// as a repeat and viewers who saw the first see this one too. Send it with [`Desk::complete`].
    /// An unknown outcome nobody decided on is decided by this ("sent again", linked to the new one,
    /// as [`Desk::resolve`] records it); a queued or sending one is refused (it has not ended).
    pub fn queue_again(&self, outbox_id: &str, source: SendSource) -> Result<Queued> {
        use crate::outbox::Resolution;
        let entry = lock(&self.store).outbox().get(outbox_id)?;
        if matches!(entry.delivery, Delivery::Queued | Delivery::Sending) {
            return Err(Error::InvalidInput {
                path: "id".into(),
                message: "this broadcast has not ended yet: cancel it, or wait for its outcome"
                    .into(),
            });
        }
        profile_to_send_again(&entry)?;
        let deciding = entry.delivery == Delivery::Unknown && entry.resolution.is_none();
        if deciding {
            // Decided by the same write as a decision: two at once cannot both send.
            lock(&self.store)
                .outbox()
                .resolve(outbox_id, Resolution::SentAgain, None)?;
        }
        self.queue_copy(&entry, source, deciding)
    }

    /// `entry`'s body queued again through its profile with a new Random; when this is the decision
    /// "sent again" on it (`link`), linked to it before it leaves, so History never shows the new one
    /// without where it came from.
    fn queue_copy(
        &self,
        entry: &crate::outbox::OutboxEntry,
        source: SendSource,
        link: bool,
    ) -> Result<Queued> {
        let profile_id = profile_to_send_again(entry)?;
        let body = lock(&self.store).outbox().body(&entry.id)?;
        let mut draft = crate::message::parse_draft(&body)?;
        draft.random = None;
        let queued = self.queue(profile_id, draft, source)?;
        if link {
            lock(&self.store)
                .outbox()
                .set_resent_as(&entry.id, queued.outbox_id())?;
        }
        Ok(queued)
    }

    /// One broadcast with its attempts and the exact body it carried, for History's details.
    pub fn broadcast(&self, outbox_id: &str) -> Result<crate::outbox::BroadcastDetails> {
        let store = lock(&self.store);
        let outbox = store.outbox();
        Ok(crate::outbox::BroadcastDetails {
            entry: outbox.get(outbox_id)?,
            attempts: outbox.attempts(outbox_id)?,
            body: outbox.body(outbox_id)?,
        })
    }

    /// The rows that need the producer: see [`crate::outbox::Outbox::open_items`].
    pub fn open_items(&self) -> Result<Vec<crate::outbox::OutboxEntry>> {
        lock(&self.store).outbox().open_items()
    }

    /// The request a send through a profile would make, checked like a send and written nowhere:
    /// `bdesk send --dry-run`.
    pub fn preview(&self, id: &str, draft: Draft) -> Result<crate::client::RequestPreview> {
        let connection = self.connection(id)?;
        let (_, body) = connection.prepare(draft)?;
        Ok(connection.preview(&body))
    }

    fn write_down(
        &self,
        connection: Arc<Connection>,
        sender: Sender,
        draft: Draft,
        source: SendSource,
        outbox_id: Option<&str>,
    ) -> Result<Queued> {
        let (msg, body) = connection.prepare(draft)?;
        let body_text = std::str::from_utf8(body.as_bytes())
            .map_err(|e| Error::Internal(format!("the body is not UTF-8: {e}")))?
            .to_owned();
        let target = connection.target();
        let owner = self.sender_id()?;
        let outbox_id = lock(&self.store).outbox().insert(&NewBroadcast {
            id: outbox_id,
            profile_id: sender.profile_id.as_deref(),
            profile_name: &sender.name,
            target: &target,
            sdkappid: connection.sdkappid(),
            body: &body_text,
            random: msg.random,
            source,
            owner: &owner,
        })?;
        let cancel = Arc::new(Notify::new());
        lock(&self.queued).insert(outbox_id.clone(), Arc::clone(&cancel));
        Ok(Queued {
            connection,
            sender,
            progress: Progress {
                outbox_id,
                body,
                first_attempt_at: None,
                maybe_delivered: false,
                attempts: 0,
            },
            random: msg.random,
            cancel,
        })
    }

    /// The attempt loop from where `progress` stands (a new broadcast, or one resumed after its
    /// process died): until an answer ends it or no attempt may start any more. The row is ended in
    /// the outbox before this returns; a cancel before the first attempt ends it with
    /// [`Error::Cancelled`] (the row was ended by the cancel).
    pub(super) async fn run(
        &self,
        connection: &Connection,
        sender: &Sender,
        mut progress: Progress,
        cancel: &Notify,
    ) -> Result<(String, Delivery, u32, Option<SendOutcome>)> {
        let interval_ms = pacing_interval_ms(sender.rate_per_sec);
        let mut backoff = backon::ExponentialBuilder::default()
            .with_min_delay(Duration::from_millis(500))
            .with_max_delay(Duration::from_secs(10))
            .with_jitter()
            .without_max_times()
            .build();
        let window_ms = self.window_ms();
        let mut last: Option<SendOutcome> = None;
        let cancelled = |progress: &Progress| Error::Cancelled {
            outbox_id: progress.outbox_id.clone(),
        };
        let end = |delivery: Delivery, progress: &Progress, last: Option<SendOutcome>| {
            let msg_seq = if delivery == Delivery::Sent {
                last.as_ref().and_then(|o| o.msg_seq)
            } else {
                None
            };
            lock(&self.store)
                .outbox()
                .finish(&progress.outbox_id, delivery, msg_seq)?;
            Ok((
                progress.outbox_id.clone(),
                delivery,
                progress.attempts,
                last,
            ))
        };
        // When no attempt may start any more (the dedupe window is closing), how it ends.
        let closed = |progress: &Progress| {
            let first = progress.first_attempt_at?;
            (self.now_ms() >= first.saturating_add(window_ms)).then(|| progress.give_up())
        };
        loop {
            // A cancel can only succeed before the first attempt (the outbox refuses it after), so
            // only those waits listen for one.
            let turn =
                match unless_cancelled(cancel, self.lanes.turn(&sender.pace_key, sender.priority))
                    .await
                {
                    Waited::Done(turn) => turn,
                    Waited::Cancelled => return Err(cancelled(&progress)),
                };
            // Checked before booking too: a booking that is due starts the attempt.
            if let Some(delivery) = closed(&progress) {
                return end(delivery, &progress, last);
            }
            let mut booking = lock(&self.store).outbox().book(
                &progress.outbox_id,
                &sender.pace_key,
                interval_ms,
            )?;
            // A booked slot is waited for, then the departure is asked for again: another process
            // may have left late meanwhile and moved this one's turn on.
            let (first, started) = loop {
                match booking {
                    Booking::Started {
                        first_attempt_at,
                        left_at,
                    } => break (first_attempt_at, left_at),
                    Booking::Cancelled => return Err(cancelled(&progress)),
                    Booking::Later(slot) => {
                        let wait = slot - self.now_ms();
                        if wait > 0 {
                            let sleep =
                                tokio::time::sleep(Duration::from_millis(wait.unsigned_abs()));
                            if let Waited::Cancelled = unless_cancelled(cancel, sleep).await {
                                return Err(cancelled(&progress));
                            }
                        }
                        if let Some(delivery) = closed(&progress) {
                            return end(delivery, &progress, last);
                        }
                        booking = lock(&self.store).outbox().depart(
                            &progress.outbox_id,
                            &sender.pace_key,
                            interval_ms,
                        )?;
                    }
                }
            };
            drop(turn);
            progress.first_attempt_at.get_or_insert(first);
            let outcome = match connection.send_body(&progress.body).await {
                Ok(outcome) => outcome,
                Err(err) => {
                    // Nothing could be attempted (the body or the client is unusable): say so in the
                    // row, then give the error to the caller.
                    end(progress.give_up(), &progress, last)?;
                    return Err(err);
                }
            };
            progress.attempts += 1;
            let may = may_have_been_delivered(&outcome);
            progress.maybe_delivered |= may;
            lock(&self.store).outbox().record_attempt(
                &progress.outbox_id,
                started,
                &outcome,
                may,
            )?;
            match next_after(&outcome) {
                Next::Done(Delivery::NotSent) if progress.maybe_delivered => {
                    return end(Delivery::Unknown, &progress, Some(outcome));
                }
                Next::Done(delivery) => return end(delivery, &progress, Some(outcome)),
                Next::Retry => {
                    let delay = backoff.next().unwrap_or(Duration::from_secs(10));
                    tracing::debug!(outbox = %progress.outbox_id, ?delay, class = ?outcome.class, "retrying");
                    last = Some(outcome);
                    tokio::time::sleep(delay).await;
                }
            }
        }
    }

    /// The part of the dedupe window in which an attempt may still start.
    pub(super) fn window_ms(&self) -> i64 {
        i64::try_from(self.dedupe_window.saturating_sub(WINDOW_MARGIN).as_millis())
            .unwrap_or(i64::MAX)
    }

    /// The store's clock, read without the store's lock, so it can be asked while the lock is held
    /// (a `lock(&self.store)….(self.now_ms())` would otherwise deadlock).
    pub(super) fn now_ms(&self) -> i64 {
        self.clock.now_unix_ms()
    }

    /// The newest broadcasts first: see [`crate::outbox::Outbox::history`].
    pub fn history(
        &self,
        filter: &crate::outbox::HistoryFilter,
        limit: usize,
    ) -> Result<Vec<crate::outbox::OutboxEntry>> {
        lock(&self.store).outbox().history(filter, limit)
    }
}
