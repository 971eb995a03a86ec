//! The emergency lane: within one process, the order in which broadcasts waiting for the same pacing
//! key take their turn — emergencies first, then everything else in the order it was queued.
//!
//! A turn is held from reserving the pacing slot until the attempt leaves, so a process never has
//! more than one slot booked ahead per key: an emergency clicked behind twenty queued announcements
//! waits for at most the one slot already booked, not for the twenty.
//!
//! Not here: the rate itself, which every process on the data folder shares through the outbox's
//! `pacing` table (`crate::outbox::Outbox::reserve_slot`). Another process's booked slots still come
//! first: the lane orders this process's own queue, it cannot reach into another's.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

use super::lock;

/// Which broadcasts go first. Ordered so that the smaller goes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Priority {
    Emergency,
    Normal,
}

/// Every pacing key's lane in this process.
#[derive(Debug, Default)]
pub(super) struct Lanes {
    lanes: Mutex<HashMap<String, Arc<Lane>>>,
}

#[derive(Debug, Default)]
struct Lane {
    state: Mutex<LaneState>,
    /// Woken whenever the head of the line may have changed (a turn ended, a waiter left).
    changed: Notify,
}

#[derive(Debug, Default)]
struct LaneState {
    busy: bool,
    /// (priority, arrival): the first element is the next to go.
    waiting: BTreeSet<(Priority, u64)>,
    arrivals: u64,
}

/// A place in the line; leaving the line (a cancelled or dropped wait) gives it up.
struct Ticket {
    lane: Arc<Lane>,
    place: (Priority, u64),
    served: bool,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        if !self.served {
            lock(&self.lane.state).waiting.remove(&self.place);
            self.lane.changed.notify_waiters();
        }
    }
}

/// The turn to reserve a slot and start an attempt; the next waiter goes when it is dropped.
#[derive(Debug)]
pub(super) struct Turn {
    lane: Arc<Lane>,
}

impl Drop for Turn {
    fn drop(&mut self) {
        lock(&self.lane.state).busy = false;
        self.lane.changed.notify_waiters();
    }
}

impl Lanes {
    /// Waits in `key`'s line until it is this caller's turn. Dropping the future leaves the line.
    pub(super) async fn turn(&self, key: &str, priority: Priority) -> Turn {
        let lane = Arc::clone(lock(&self.lanes).entry(key.to_owned()).or_default());
        let mut ticket = {
            let mut state = lock(&lane.state);
            state.arrivals += 1;
            let place = (priority, state.arrivals);
            state.waiting.insert(place);
            Ticket {
                lane: Arc::clone(&lane),
                place,
                served: false,
            }
        };
        loop {
            // Registered before looking, so a change between the look and the wait is not missed.
            let changed = lane.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            {
                let mut state = lock(&lane.state);
                if !state.busy && state.waiting.first() == Some(&ticket.place) {
                    state.waiting.remove(&ticket.place);
                    state.busy = true;
                    ticket.served = true;
                    return Turn {
                        lane: Arc::clone(&lane),
                    };
                }
            }
            changed.await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn an_emergency_goes_before_everything_queued_after_the_turn_in_progress() {
        let lanes = Arc::new(Lanes::default());
        let order = Arc::new(Mutex::new(Vec::new()));
        let first = lanes.turn("p", Priority::Normal).await;
        let mut waiters = Vec::new();
        for (name, priority) in [
            ("normal-1", Priority::Normal),
            ("normal-2", Priority::Normal),
            ("emergency", Priority::Emergency),
            ("normal-3", Priority::Normal),
        ] {
            let (lanes, order) = (Arc::clone(&lanes), Arc::clone(&order));
            waiters.push(tokio::spawn(async move {
                let _turn = lanes.turn("p", priority).await;
                lock(&order).push(name);
            }));
            // Arrive in this order.
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        assert!(lock(&order).is_empty(), "nobody goes while a turn is held");
        drop(first);
        for w in waiters {
            w.await.unwrap();
        }
        assert_eq!(
            *lock(&order),
            ["emergency", "normal-1", "normal-2", "normal-3"]
        );
    }

    #[tokio::test]
    async fn leaving_the_line_lets_the_next_one_go_and_keys_do_not_wait_for_each_other() {
        let lanes = Arc::new(Lanes::default());
        let held = lanes.turn("p", Priority::Normal).await;
        // Another key is not held up.
        drop(lanes.turn("q", Priority::Normal).await);
        let l = Arc::clone(&lanes);
        let leaver = tokio::spawn(async move { l.turn("p", Priority::Emergency).await });
        tokio::time::sleep(Duration::from_millis(5)).await;
        leaver.abort();
        let _ = leaver.await;
        drop(held);
        // The line is empty again: the next caller goes at once.
        tokio::time::timeout(Duration::from_secs(5), lanes.turn("p", Priority::Normal))
            .await
            .expect("a waiter that left the line must not block it");
    }
}
