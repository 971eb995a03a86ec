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
//! Not here: the rules (`crate::schedule`), the tray, notifications or any window (the shell).

use std::fs::{File, TryLockError};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Desk, lock};
use crate::outbox::SendSource;
use crate::schedule::{self, Decision, RunState, ScheduleDraft, ScheduleItem, Taken};
use crate::{Error, Result};

/// The longest the scheduler sleeps between two looks at the wall clock: an occurrence due while the
/// laptop slept is handled within this of waking.
pub const TICK: Duration = Duration::from_secs(1);

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
    /// its name is kept for the list and History.
    pub fn schedule(&self, draft: &ScheduleDraft) -> Result<ScheduleItem> {
        let (profile, _) = self.row(&draft.profile_id)?;
        let now = self.now_instant();
        let (kept, plan) = schedule::validate(draft, now)?;
        let first = plan
            .next_after(now)
            .ok_or_else(|| Error::Internal("a valid item has a next occurrence".into()))?;
        lock(&self.store)
            .schedules()
            .create(&kept, &profile.name, &first)
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
    /// started sending while the edit was open.
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
        lock(&self.store)
            .schedules()
            .update(id, &kept, &next, began)
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
                lock(&self.store)
                    .schedules()
                    .set_run_state(&taken.outbox_id, RunState::Skipped)?;
                tick.skipped.push(taken.item_id);
            }
            Decision::Ask => {
                lock(&self.store)
                    .schedules()
                    .set_run_state(&taken.outbox_id, RunState::Missed)?;
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
                        // go out; the run says skipped and the reason is logged for the producer.
                        tracing::warn!(%err, item = %taken.item_id, "a scheduled broadcast cannot be sent");
                        lock(&self.store)
                            .schedules()
                            .set_run_state(&taken.outbox_id, RunState::Skipped)?;
                        tick.skipped.push(taken.item_id);
                    }
                }
            }
        }
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
