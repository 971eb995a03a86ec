//! Broadcasts a process left `sending` when it died (killed, crashed, the laptop's battery): found,
//! taken over and ended — resumed with their own `Random` and body while a repeat is still harmless,
//! `unknown` after that if an attempt may have left, `not sent` if none ever did.
//!
//! How a dead sender is told from a live one: every process that sends holds an exclusive OS lock on
//! its own file in the data folder's `senders/` for as long as it lives, and each outbox row names it.
//! The kernel releases the lock when the process dies, even by SIGKILL; a row whose owner's lock can be
//! taken is orphaned. No heartbeat to tune, and no pid that another process could reuse.
//!
//! Not here: when to recover (the app does it at launch, bdesk before a send for that profile).

use std::fs::{File, TryLockError};
use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::Notify;

use super::send::{Progress, Sender};
use super::{Desk, lock};
use crate::client::WireBody;
use crate::outbox::{Delivery, InFlight};
use crate::{Error, Result};

const SENDERS_DIR: &str = "senders";

/// What became of a broadcast: its outbox id and its outcome.
pub type Ended = (String, Delivery);

impl Desk {
    /// This process's sender name, taking its lock on first use.
    pub(super) fn sender_id(&self) -> Result<String> {
        let mut sender = lock(&self.sender);
        if let Some((id, _)) = sender.as_ref() {
            return Ok(id.clone());
        }
        let dir = self.data_dir.join(SENDERS_DIR);
        std::fs::create_dir_all(&dir)
            .map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
        let id = uuid::Uuid::new_v4().to_string();
        let path = dir.join(format!("{id}.lock"));
        let file = File::create(&path)
            .map_err(|e| Error::io(format!("creating {}", path.display()), e))?;
        file.try_lock()
            .map_err(|e| Error::Internal(format!("could not lock {}: {e:?}", path.display())))?;
        *sender = Some((id.clone(), file));
        Ok(id)
    }

    fn lock_path(&self, owner: &str) -> PathBuf {
        self.data_dir
            .join(SENDERS_DIR)
            .join(format!("{owner}.lock"))
    }

    /// Whether the process that owns a row is gone: its lock file is missing or can be locked.
    fn owner_is_gone(&self, owner: &str) -> bool {
        let path = self.lock_path(owner);
        let Ok(file) = File::options().read(true).write(true).open(&path) else {
            return true;
        };
        match file.try_lock() {
            Ok(()) => {
                drop(file);
                // Its process is gone for good; the file is only clutter now.
                let _ = std::fs::remove_file(&path);
                true
            }
            Err(TryLockError::WouldBlock) => false,
            // Cannot tell: leave the row to whoever can.
            Err(TryLockError::Error(_)) => false,
        }
    }

    /// Finds the broadcasts dead processes left `sending` (of one profile, or all) and ends each: see
    /// the module docs. Returns what became of them, oldest first.
    pub async fn recover(&self, profile_id: Option<&str>) -> Result<Vec<Ended>> {
        let (mut ended, resumable) = self.take_over_orphans(profile_id)?;
        for row in resumable {
            let delivery = self.resume(&row).await?;
            ended.push((row.id, delivery));
        }
        Ok(ended)
    }

    /// The part of [`Desk::recover`] that needs no network, for a caller that must not wait on one
    /// (the app at launch, before the window gets answers): every orphan is taken over; those that can
    /// no longer be resumed are ended now; the rest are returned, to [`Desk::resume_all`] next. Once
    /// taken over they are this process's, so the window's list is true from its first answer.
    pub fn take_over_orphans(
        &self,
        profile_id: Option<&str>,
    ) -> Result<(Vec<Ended>, Vec<InFlight>)> {
        let me = self.sender_id()?;
        let rows = lock(&self.store).outbox().in_flight(profile_id)?;
        let (mut ended, mut resumable) = (Vec::new(), Vec::new());
        for row in rows {
            if row.owner == me || !self.owner_is_gone(&row.owner) {
                continue;
            }
            if !lock(&self.store).outbox().claim(&row.id, &row.owner, &me)? {
                continue; // another process took it over first
            }
            match self.give_up_now(&row) {
                Some(delivery) => {
                    lock(&self.store).outbox().finish(&row.id, delivery, None)?;
                    ended.push((row.id, delivery));
                }
                None => resumable.push(row),
            }
        }
        Ok((ended, resumable))
    }

    /// Takes over one broadcast another process queued and handed on (`bdesk send --no-wait`: the
    /// queuing process exits and a detached one sends): waits, up to `patience`, for the queuing
    /// process to be gone, then claims the row and sends it by the crash rules (resumed while a send is
    /// still timely, else ended). Returns how it ended; if it had already ended (cancelled, or taken
    /// over by another process), how it ended then.
    pub async fn take_over(
        &self,
        outbox_id: &str,
        patience: std::time::Duration,
    ) -> Result<Delivery> {
        let me = self.sender_id()?;
        let deadline = tokio::time::Instant::now() + patience;
        let mut queued_by: Option<String> = None;
        loop {
            let row = lock(&self.store)
                .outbox()
                .in_flight(None)?
                .into_iter()
                .find(|r| r.id == outbox_id);
            let Some(row) = row else {
                return Ok(lock(&self.store).outbox().get(outbox_id)?.delivery);
            };
            if queued_by.get_or_insert_with(|| row.owner.clone()) != &row.owner {
                // Another process's recovery took it over first: it is that process's to send.
                return Ok(lock(&self.store).outbox().get(outbox_id)?.delivery);
            }
            if row.owner != me
                && self.owner_is_gone(&row.owner)
                && lock(&self.store).outbox().claim(&row.id, &row.owner, &me)?
            {
                return self.resume(&row).await;
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(Error::Internal(format!(
                    "broadcast {outbox_id} is still held by the process that queued it"
                )));
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// Resumes rows [`Desk::take_over_orphans`] returned; what became of them, in order.
    pub async fn resume_all(&self, rows: Vec<InFlight>) -> Result<Vec<Ended>> {
        let mut ended = Vec::new();
        for row in rows {
            let delivery = self.resume(&row).await?;
            ended.push((row.id, delivery));
        }
        Ok(ended)
    }

    /// How an orphan ends without another attempt, or `None` when it may still be resumed.
    fn give_up_now(&self, row: &InFlight) -> Option<Delivery> {
        let now = self.now_ms();
        let window_ms = self.window_ms();
        let give_up = if row.maybe_delivered || row.first_attempt_at.is_some() {
            Delivery::Unknown
        } else {
            Delivery::NotSent
        };
        let closed = match row.first_attempt_at {
            Some(first) => now >= first.saturating_add(window_ms),
            // Never attempted: nothing left the machine. Sent late, an announcement could be wrong
            // (an emergency notice from an hour ago), so only a recent one is sent now.
            None => now >= row.created_at.saturating_add(window_ms),
        };
        // bdesk's explicit mode read its key from standard input: nothing here can sign for it.
        (closed || row.profile_id.is_none()).then_some(give_up)
    }

    async fn resume(&self, row: &InFlight) -> Result<Delivery> {
        // Killed during an attempt, the request may have left: count it as possibly delivered.
        let maybe_delivered = row.maybe_delivered || row.first_attempt_at.is_some();
        let settle = |delivery| -> Result<Delivery> {
            lock(&self.store).outbox().finish(&row.id, delivery, None)?;
            self.scheduled_outcome(&row.id, delivery, None);
            Ok(delivery)
        };
        if let Some(delivery) = self.give_up_now(row) {
            return settle(delivery);
        }
        let give_up = if maybe_delivered {
            Delivery::Unknown
        } else {
            Delivery::NotSent
        };
        let Some(profile_id) = row.profile_id.as_deref() else {
            return settle(give_up);
        };
        let Ok((profile, connection)) = self.profile_and_connection(profile_id) else {
            return settle(give_up);
        };
        let sender = Sender {
            profile_id: Some(profile_id.to_owned()),
            name: row.profile_name.clone(),
            pace_key: profile_id.to_owned(),
            rate_per_sec: profile.edition.rate_per_sec(),
            priority: Sender::priority_of(row.source),
        };
        let progress = Progress {
            outbox_id: row.id.clone(),
            body: WireBody::new(row.body.clone())?,
            first_attempt_at: row.first_attempt_at,
            maybe_delivered,
            attempts: row.attempts,
        };
        // Never attempted, it is queued again and can be cancelled like any queued broadcast.
        let cancel = Arc::new(Notify::new());
        lock(&self.queued).insert(row.id.clone(), Arc::clone(&cancel));
        let ran = self.run(&connection, &sender, progress, &cancel).await;
        lock(&self.queued).remove(&row.id);
        let ended = match ran {
            Ok((_, delivery, _, last)) => (delivery, last.and_then(|o| o.msg_seq)),
            Err(Error::Cancelled { .. }) => (Delivery::NotSent, None),
            Err(err) => return Err(err),
        };
        // A scheduled occurrence resumed after a crash is told like one sent the first time.
        self.scheduled_outcome(&row.id, ended.0, ended.1);
        Ok(ended.0)
    }
}

impl Drop for Desk {
    fn drop(&mut self) {
        // Our lock goes with the file; the file itself is only clutter once we are gone.
        if let Some((id, file)) = lock(&self.sender).take() {
            drop(file);
            let _ = std::fs::remove_file(self.lock_path(&id));
        }
    }
}
