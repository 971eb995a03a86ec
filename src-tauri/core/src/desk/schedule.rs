//! The scheduled-send list through the desk, and the scheduler that runs it: exactly one per data
//! folder (the app or `bdesk run-scheduler`), waking at least every second to compare the wall clock
//! with the next due instant — never one long timer, which stops while the laptop sleeps — and sending
//! each due occurrence through the send pipeline like any other broadcast.
//!
//! Exactly once: an occurrence is taken (its run written, the item moved on) in one write transaction,
//! with the outbox id its broadcast will have; the broadcast is then written under that id. A
//! scheduler killed between the two leaves a `pending` run without an outbox row, which the next one
//! resumes by its policy under the same id; killed after, the outbox's own crash rules take over.
//! Nothing is sent early: an occurrence is taken only once the wall clock has reached it. A clock set
//! back sends nothing twice: the item has already moved past the occurrence it took.
//!
//! Each decision (handed to the pipeline and then its outcome, skipped, held) is written down for the
//! "while you were away" summary (`schedule_news`) and told to this process's watchers
//! (`watch_schedule`), never waiting for them.
//!
//! Not here: the rules (`crate::schedule`), the tray, notifications or any window (the shell).

use std::fs::{File, TryLockError};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::send::pacing_interval_ms;
use super::{Desk, Queued, lock};
use crate::outbox::{Delivery, SendSource};
use crate::schedule::{
    self, CHECK_SHOWN, Decision, MissedChoice, Planned, RunNews, RunState, ScheduleCheck,
    ScheduleDraft, ScheduleEvent, ScheduleItem, SkipReason, Taken,
};
use crate::{Error, Result};

/// The longest the scheduler sleeps between two looks at the wall clock: an occurrence due while the
/// laptop slept is handled within this of waking.
pub const TICK: Duration = Duration::from_secs(1);

/// How many events a watcher may fall behind by before it misses some (it is told it lagged).
pub(crate) const EVENTS_KEPT: usize = 256;

/// At most this many sends of one item are compared for clashes (a daily item has 367 in the horizon).
const CLASH_SENDS_MAX: usize = 1_000;

/// At most this many clashes are named (the earliest): more than a handful says enough.
pub const CLASHES_SHOWN: usize = 20;

const LOCK_FILE: &str = "scheduler.lock";
const HOLDER_FILE: &str = "scheduler.json";

/// Who runs the schedule of a data folder, as the other would-be scheduler is told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SchedulerHolder {
    /// `app` or `bdesk`.
    pub who: String,
    pub pid: u32,
    /// Unix milliseconds.
    #[ts(type = "number")]
    pub since: i64,
}

/// This process's right to run the schedule; released when dropped (or when the process dies: the
/// kernel drops the lock even on SIGKILL, so a crashed holder cannot keep it).
#[derive(Debug)]
pub struct SchedulerLease {
    _file: File,
    holder_path: PathBuf,
}

impl Drop for SchedulerLease {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.holder_path);
    }
}

/// What one look at the schedule did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tick {
    pub sent: Vec<String>,
    pub skipped: Vec<String>,
    pub held: Vec<String>,
}

impl Desk {
    /// Schedules a broadcast: see [`schedule::validate`] for what is refused. The profile must exist;
    /// its name is kept for the list and History. The answer names the other items of the profile it
    /// falls too close to (`clashes`, as [`Desk::check_schedule`] finds them).
    pub fn schedule(&self, draft: &ScheduleDraft) -> Result<ScheduleItem> {
        let (profile, _) = self.row(&draft.profile_id)?;
        let now = self.now_instant();
        let (kept, plan) = schedule::validate(draft, now)?;
        let first = plan
            .next_after(now)
            .ok_or_else(|| Error::Internal("a valid item has a next occurrence".into()))?;
        let clashes = self.clashes_of(&profile, &plan, &first, None, now)?;
        let mut item = lock(&self.store)
            .schedules()
            .create(&kept, &profile.name, &first)?;
        item.clashes = clashes;
        Ok(item)
    }

    /// What a draft would do, for the form's live preview: its first sends (at most
    /// [`CHECK_SHOWN`]), whether the first is beyond the horizon, and the other items of its profile it
    /// falls too close to for the profile's edition (`editing`: the item being edited, not counted).
    /// Refused as [`Desk::schedule`] refuses, but for the horizon: a far first send is `far`, not a
    /// problem, so the form can ask for the confirmation.
    pub fn check_schedule(
        &self,
        draft: &ScheduleDraft,
        editing: Option<&str>,
    ) -> Result<ScheduleCheck> {
        let (profile, _) = self.row(&draft.profile_id)?;
        let now = self.now_instant();
        let confirmed = ScheduleDraft {
            confirm_far: true,
            ..draft.clone()
        };
        let (_, plan) = match editing {
            Some(_) => schedule::validate_edit(&confirmed, now)?,
            None => schedule::validate(&confirmed, now)?,
        };
        let first = plan
            .next_after(now)
            .ok_or_else(|| Error::Internal("a valid item has a next occurrence".into()))?;
        let next = plan
            .upcoming(first.n, CHECK_SHOWN)
            .into_iter()
            .map(|o| Planned {
                at: o.at.as_millisecond(),
                note: o.note,
            })
            .collect();
        Ok(ScheduleCheck {
            next,
            far: first.at > schedule::horizon_end(now),
            clashes: self.clashes_of(&profile, &plan, &first, editing, now)?,
        })
    }

    /// The profile's other waiting items whose sends within the horizon fall closer to this plan's
    /// than the profile's pacing interval (its edition's rate, as the pipeline paces it).
    fn clashes_of(
        &self,
        profile: &crate::profiles::Profile,
        plan: &schedule::Plan,
        first: &schedule::Occurrence,
        except: Option<&str>,
        now: jiff::Timestamp,
    ) -> Result<Vec<schedule::Clash>> {
        let end = schedule::horizon_end(now);
        let sends = |plan: &schedule::Plan, from: u32| -> Vec<i64> {
            (from..)
                .map_while(|n| plan.occurrence(n))
                .take_while(|o| o.at <= end)
                .take(CLASH_SENDS_MAX)
                .map(|o| o.at.as_millisecond())
                .collect()
        };
        let mine = sends(plan, first.n);
        let interval = pacing_interval_ms(profile.edition.rate_per_sec());
        let (Some(&from), Some(&to)) = (mine.first(), mine.last()) else {
            return Ok(Vec::new());
        };
        let neighbours = lock(&self.store).schedules().neighbours(
            &profile.id,
            except,
            from - interval,
            to + interval,
            sends,
        )?;
        let mut clashes = schedule::clashes(&mine, &neighbours, interval);
        clashes.truncate(CLASHES_SHOWN);
        Ok(clashes)
    }

    /// The producer's decision on an occurrence held by the "ask" policy (`item_id`, due at `due_at`,
    /// Unix ms). Sent: written to the outbox under the run's own id as a scheduled send, and
    /// returned for the caller to [`Desk::complete`] like any queued send. Skipped: `None`. Refused with
    /// [`Error::NotHeld`] (`SCHEDULE_CHANGED`) when it is no longer held, saying what became of it;
    /// when it cannot be written down (its key, its profile), it stays held and the error says why.
    pub fn decide_missed(
        self: &Arc<Self>,
        item_id: &str,
        due_at: i64,
        choice: MissedChoice,
    ) -> Result<Option<Queued>> {
        let now = self.now_ms();
        let taken = lock(&self.store)
            .schedules()
            .decide_held(item_id, due_at, choice, now)?;
        if choice == MissedChoice::Skip {
            self.tell(event_of(
                &taken,
                RunState::Skipped,
                Some(SkipReason::Producer),
            ));
            return Ok(None);
        }
        match self.queue_with(
            &taken.profile_id,
            taken.body.clone(),
            SendSource::Scheduled,
            Some(&taken.outbox_id),
        ) {
            Ok(queued) => {
                self.tell(event_of(&taken, RunState::Queued, None));
                Ok(Some(queued))
            }
            Err(err) => {
                lock(&self.store).schedules().hold_again(&taken.outbox_id)?;
                Err(err)
            }
        }
    }

    /// What became of scheduled occurrences that the producer has not seen yet and should hear of:
    /// sent late, skipped (and why), held for a decision, or sent and ended not sent or unknown. By
    /// due time.
    pub fn schedule_news(&self) -> Result<Vec<RunNews>> {
        lock(&self.store).schedules().news()
    }

    /// The producer has seen the news up to `up_to` (Unix ms: the latest `at` shown); later news stays.
    pub fn mark_schedule_news_seen(&self, up_to: i64) -> Result<()> {
        let now = self.now_ms();
        lock(&self.store).schedules().mark_news_seen(up_to, now)
    }

    /// Every scheduled occurrence decided in this process from now on: see [`ScheduleEvent`]. A
    /// watcher that falls more than a few hundred behind misses the oldest (`Lagged`); the scheduler
    /// never waits for one.
    pub fn watch_schedule(&self) -> tokio::sync::broadcast::Receiver<ScheduleEvent> {
        self.schedule_events.subscribe()
    }

    /// Tells the watchers, if any; never blocks or fails.
    fn tell(&self, event: ScheduleEvent) {
        let _ = self.schedule_events.send(event);
    }

    /// Tells the watchers how the broadcast `outbox_id` ended, when it is a scheduled occurrence.
    pub(super) fn scheduled_outcome(
        &self,
        outbox_id: &str,
        delivery: Delivery,
        msg_seq: Option<u64>,
    ) {
        if self.schedule_events.receiver_count() == 0 {
            return;
        }
        let run = lock(&self.store).schedules().run_of_broadcast(outbox_id);
        match run {
            Ok(Some(mut event)) => {
                event.state = match delivery {
                    Delivery::Sent => RunState::Sent,
                    Delivery::NotSent => RunState::NotSent,
                    Delivery::Unknown => RunState::Unknown,
                    Delivery::Queued => RunState::Queued,
                    Delivery::Sending => RunState::Sending,
                };
                event.msg_seq = msg_seq.filter(|_| delivery == Delivery::Sent);
                self.tell(event);
            }
            Ok(None) => {}
            Err(err) => tracing::warn!(%err, "reading the scheduled run of a broadcast"),
        }
    }

    /// The scheduled-send list.
    pub fn schedules(&self) -> Result<Vec<ScheduleItem>> {
        lock(&self.store).schedules().list()
    }

    pub fn scheduled_item(&self, id: &str) -> Result<ScheduleItem> {
        lock(&self.store).schedules().get(id)
    }

    /// An item's past occurrences, the latest first.
    pub fn scheduled_runs(&self, id: &str) -> Result<Vec<schedule::Run>> {
        lock(&self.store).schedules().runs(id)
    }

    /// The next `count` instants (Unix ms) an item will be sent at, in order.
    pub fn upcoming(&self, id: &str, count: usize) -> Result<Vec<i64>> {
        let item = self.scheduled_item(id)?;
        let Some(next) = item
            .next_at
            .filter(|_| item.status != schedule::ItemStatus::Cancelled)
        else {
            return Ok(Vec::new());
        };
        let plan = schedule::Plan::read(&item.at, &item.zone, &item.repeat, &item.end)
            .map_err(|p| Error::Internal(format!("a stored item does not read back: {p:?}")))?;
        let before = jiff::Timestamp::from_millisecond(next - 1)
            .map_err(|e| Error::Internal(e.to_string()))?;
        let Some(first) = plan.next_after(before) else {
            return Ok(Vec::new());
        };
        Ok(plan
            .upcoming(first.n, count)
            .iter()
            .map(|o| o.at.as_millisecond())
            .collect())
    }

    /// Holds an item while the producer edits it (it does not fire meanwhile); returns when the edit
    /// began, for [`Desk::save_scheduled`].
    pub fn begin_edit(&self, id: &str) -> Result<i64> {
        let now = self.now_ms();
        lock(&self.store).schedules().begin_edit(id, now)?;
        Ok(now)
    }

    /// Drops an edit: the item fires again as it was.
    pub fn end_edit(&self, id: &str) -> Result<()> {
        lock(&self.store).schedules().end_edit(id)
    }

    /// Saves an edit begun at `edit_began` ([`Desk::begin_edit`]; `None` for an edit made at once, as
    /// bdesk's). Checked like a new item, except that a repeating item may have started already: it
    /// needs a next occurrence after now. Refused with [`Error::ScheduleChanged`] when an occurrence
    /// started sending while the edit was open. The answer names its `clashes`, as for a new item.
    pub fn save_scheduled(
        &self,
        id: &str,
        draft: &ScheduleDraft,
        edit_began: Option<i64>,
    ) -> Result<ScheduleItem> {
        let item = self.scheduled_item(id)?;
        if draft.profile_id != item.profile_id {
            return Err(Error::InvalidInput {
                path: "profileId".into(),
                message: "a scheduled item's profile is fixed when it is scheduled: cancel it and \
                          schedule it again for another profile"
                    .into(),
            });
        }
        let now = self.now_instant();
        let (kept, plan) = schedule::validate_edit(draft, now)?;
        let next = plan
            .next_after(now)
            .ok_or_else(|| Error::Internal("a valid edit has a next occurrence".into()))?;
        let began = edit_began.unwrap_or_else(|| self.now_ms());
        let mut saved = lock(&self.store)
            .schedules()
            .update(id, &kept, &next, began)?;
        // A deleted profile's items are cancelled, and a cancelled item is not saved: it exists here.
        let (profile, _) = self.row(&saved.profile_id)?;
        saved.clashes = self.clashes_of(&profile, &plan, &next, Some(id), now)?;
        Ok(saved)
    }

    /// Cancels a scheduled item: nothing more of it is sent.
    pub fn cancel_scheduled(&self, id: &str) -> Result<()> {
        lock(&self.store).schedules().cancel(id)
    }

    fn now_instant(&self) -> jiff::Timestamp {
        jiff::Timestamp::from_millisecond(self.now_ms()).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    }

    /// Takes the right to run this data folder's schedule for `who` (`app`, `bdesk`), or says who has
    /// it ([`Error::SchedulerBusy`]).
    pub fn acquire_scheduler(&self, who: &str) -> Result<SchedulerLease> {
        let lock_path = self.data_dir.join(LOCK_FILE);
        let holder_path = self.data_dir.join(HOLDER_FILE);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| Error::io(format!("opening {}", lock_path.display()), e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let holder = std::fs::read_to_string(&holder_path)
                    .ok()
                    .and_then(|text| serde_json::from_str::<SchedulerHolder>(&text).ok());
                return Err(Error::SchedulerBusy { holder });
            }
            Err(TryLockError::Error(e)) => {
                return Err(Error::io(format!("locking {}", lock_path.display()), e));
            }
        }
        let holder = SchedulerHolder {
            who: who.to_owned(),
            pid: std::process::id(),
            since: self.now_ms(),
        };
        std::fs::write(
            &holder_path,
            serde_json::to_vec(&holder).expect("a holder serializes"),
        )
        .map_err(|e| Error::io(format!("writing {}", holder_path.display()), e))?;
        Ok(SchedulerLease {
            _file: file,
            holder_path,
        })
    }

    /// One look at the schedule: every occurrence due now is taken and, by its missed-send policy,
    /// handed to the send pipeline (`spawn` runs each send, so a slow one holds up no other), skipped,
    /// or held for the producer. Only the scheduler holding the lease may call this.
    pub fn run_due(
        self: &Arc<Self>,
        _lease: &SchedulerLease,
        spawn: &mut impl FnMut(std::pin::Pin<Box<dyn Future<Output = ()> + Send>>),
    ) -> Result<Tick> {
        let mut tick = Tick::default();
        loop {
            let now = self.now_ms();
            let Some(taken) = lock(&self.store).schedules().take_due(now)? else {
                break;
            };
            self.dispatch(taken, &mut tick, spawn)?;
        }
        Ok(tick)
    }

    /// Before the first look: occurrences a stopped scheduler took but never wrote down are resumed by
    /// their policy under their own outbox id (lateness counted from their due time to now).
    pub fn reconcile_schedule(
        self: &Arc<Self>,
        _lease: &SchedulerLease,
        spawn: &mut impl FnMut(std::pin::Pin<Box<dyn Future<Output = ()> + Send>>),
    ) -> Result<Tick> {
        let mut tick = Tick::default();
        let now = self.now_ms();
        // Collected first: the store's lock must not be held while each is dispatched.
        let unwritten = lock(&self.store).schedules().unwritten()?;
        for mut taken in unwritten {
            taken.late_ms = (now - taken.due_at).max(0);
            self.dispatch(taken, &mut tick, spawn)?;
        }
        Ok(tick)
    }

    fn dispatch(
        self: &Arc<Self>,
        taken: Taken,
        tick: &mut Tick,
        spawn: &mut impl FnMut(std::pin::Pin<Box<dyn Future<Output = ()> + Send>>),
    ) -> Result<()> {
        match taken.missed.decide(taken.late_ms) {
            Decision::Skip => {
                let reason = match taken.missed {
                    schedule::MissedPolicy::SendIfLate { max_secs } => {
                        SkipReason::TooLate { max_secs }
                    }
                    _ => SkipReason::Policy,
                };
                self.skip(&taken, reason)?;
                tick.skipped.push(taken.item_id);
            }
            Decision::Ask => {
                lock(&self.store).schedules().hold(&taken.outbox_id)?;
                self.tell(event_of(&taken, RunState::Missed, None));
                tick.held.push(taken.item_id);
            }
            Decision::Send => {
                // Written down before this returns: a stop right after cannot lose it.
                match self.queue_with(
                    &taken.profile_id,
                    taken.body.clone(),
                    SendSource::Scheduled,
                    Some(&taken.outbox_id),
                ) {
                    Ok(queued) => {
                        self.tell(event_of(&taken, RunState::Queued, None));
                        let desk = Arc::clone(self);
                        spawn(Box::pin(async move {
                            if let Err(err) = desk.complete(queued).await {
                                tracing::warn!(%err, "a scheduled broadcast could not be sent");
                            }
                        }));
                        tick.sent.push(taken.item_id);
                    }
                    Err(err) => {
                        // The profile or its key is gone, or the message no longer passes: it cannot
                        // go out; the run says skipped, and why.
                        tracing::warn!(%err, item = %taken.item_id, "a scheduled broadcast cannot be sent");
                        self.skip(&taken, SkipReason::of(&err))?;
                        tick.skipped.push(taken.item_id);
                    }
                }
            }
        }
        Ok(())
    }

    fn skip(&self, taken: &Taken, reason: SkipReason) -> Result<()> {
        lock(&self.store)
            .schedules()
            .skip(&taken.outbox_id, &reason)?;
        self.tell(event_of(taken, RunState::Skipped, Some(reason)));
        Ok(())
    }

    /// How long the scheduler may sleep before its next look: until the next due occurrence, but never
    /// longer than [`TICK`] (a sleep stops while the laptop sleeps; the wall clock does not).
    pub fn next_look(&self) -> Duration {
        let next = lock(&self.store).schedules().next_due().ok().flatten();
        match next {
            Some(at) => {
                let wait = u64::try_from((at - self.now_ms()).max(0)).unwrap_or(0);
                Duration::from_millis(wait).min(TICK)
            }
            None => TICK,
        }
    }

    /// Runs this data folder's schedule until `stop` resolves, then lets the sends in flight finish:
    /// `bdesk run-scheduler` and the app both run exactly this. Refuses with
    /// [`Error::SchedulerBusy`] when another process runs it.
    pub async fn run_scheduler(
        self: Arc<Self>,
        who: &str,
        stop: impl Future<Output = ()>,
    ) -> Result<()> {
        let lease = self.acquire_scheduler(who)?;
        let mut sends = tokio::task::JoinSet::new();
        let mut spawn = |f: std::pin::Pin<Box<dyn Future<Output = ()> + Send>>| {
            sends.spawn(f);
        };
        // Broadcasts a killed process left mid-send: the pipeline's own recovery (resumed or ended).
        let (_, resumable) = self.take_over_orphans(None)?;
        let desk = Arc::clone(&self);
        spawn(Box::pin(async move {
            if let Err(err) = desk.resume_all(resumable).await {
                tracing::warn!(%err, "resuming broadcasts left in flight");
            }
        }));
        self.reconcile_schedule(&lease, &mut spawn)?;
        tokio::pin!(stop);
        loop {
            if let Err(err) = self.run_due(&lease, &mut spawn) {
                // A busy database or a full disk: said, and tried again at the next tick.
                tracing::warn!(%err, "looking at the schedule");
            }
            tokio::select! {
                () = &mut stop => break,
                () = tokio::time::sleep(self.next_look()) => {}
            }
        }
        while sends.join_next().await.is_some() {}
        drop(lease);
        Ok(())
    }
}

fn event_of(taken: &Taken, state: RunState, reason: Option<SkipReason>) -> ScheduleEvent {
    ScheduleEvent {
        item_id: taken.item_id.clone(),
        label: taken.label.clone(),
        profile_name: taken.profile_name.clone(),
        due_at: taken.due_at,
        late_ms: taken.late_ms,
        state,
        msg_seq: None,
        reason,
        outbox_id: taken.outbox_id.clone(),
    }
}
