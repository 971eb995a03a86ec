//! The emulator's memory of recent calls: a sliding-window rate limiter, the 5-minute dedupe table and
//! the failed-verification lockout.
//!
//! Pure data driven by monotonic readings from the injected clock, so tests step through windows
//! without sleeping. NOT thread-safe on its own: the emulator keeps these behind one lock.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

/// At most `limit` hits in any window of `width` (a true sliding window, not fixed buckets: a burst
/// at the end of one second and the start of the next is still too much, as a strict server sees it).
#[derive(Debug)]
pub(crate) struct SlidingWindow {
    width: Duration,
    hits: VecDeque<Duration>,
}

impl SlidingWindow {
    pub(crate) fn new(width: Duration) -> Self {
        Self {
            width,
            hits: VecDeque::new(),
        }
    }

    /// Records a hit at `now` and returns true when fewer than `limit` hits happened in the window
    /// `(now - width, now]`; a refused hit is not recorded, so a client that backs off recovers.
    pub(crate) fn try_hit(&mut self, now: Duration, limit: u32) -> bool {
        while let Some(&oldest) = self.hits.front() {
            if now.saturating_sub(oldest) >= self.width {
                self.hits.pop_front();
            } else {
                break;
            }
        }
        if self.hits.len() >= limit as usize {
            return false;
        }
        self.hits.push_back(now);
        true
    }
}

/// What makes two broadcasts "the same message" for Tencent's dedupe: the body Random plus the content.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct DedupeKey {
    pub(crate) random: u32,
    /// The sender viewers see (From_Account, or the admin when it is absent).
    pub(crate) sender: String,
    /// Canonical JSON of MsgBody.
    pub(crate) msg_body: String,
    pub(crate) cloud_custom_data: Option<String>,
}

/// Messages delivered in the last `window`, with the MsgSeq each got.
#[derive(Debug)]
pub(crate) struct Dedupe {
    window: Duration,
    seen: HashMap<DedupeKey, (Duration, u64)>,
}

impl Dedupe {
    pub(crate) fn new(window: Duration) -> Self {
        Self {
            window,
            seen: HashMap::new(),
        }
    }

    /// The MsgSeq of the same message delivered less than `window` ago. The window runs from the
    /// delivery, and a duplicate does not extend it: at exactly `window` the message delivers again,
    /// which is the reading that exposes a client retrying too late.
    pub(crate) fn lookup(&mut self, now: Duration, key: &DedupeKey) -> Option<u64> {
        let window = self.window;
        self.seen
            .retain(|_, (at, _)| now.saturating_sub(*at) < window);
        self.seen.get(key).map(|&(_, seq)| seq)
    }

    pub(crate) fn remember(&mut self, now: Duration, key: DedupeKey, msg_seq: u64) {
        self.seen.insert(key, (now, msg_seq));
    }
}

/// After `max_failures` failed UserSig verifications within `window`, every call is refused for
/// `lockout` (Tencent's 70050, "wait 1 minute").
#[derive(Debug)]
pub(crate) struct FailureGuard {
    max_failures: usize,
    window: Duration,
    lockout: Duration,
    failures: VecDeque<Duration>,
    locked_until: Option<Duration>,
}

impl FailureGuard {
    pub(crate) fn new(max_failures: usize, window: Duration, lockout: Duration) -> Self {
        Self {
            max_failures,
            window,
            lockout,
            failures: VecDeque::new(),
            locked_until: None,
        }
    }

    pub(crate) fn is_locked(&mut self, now: Duration) -> bool {
        match self.locked_until {
            Some(until) if now < until => true,
            Some(_) => {
                self.locked_until = None;
                false
            }
            None => false,
        }
    }

    /// Records a failed verification; the one that reaches the maximum still gets its own error code,
    /// and the lockout starts with it.
    pub(crate) fn record_failure(&mut self, now: Duration) {
        while let Some(&oldest) = self.failures.front() {
            if now.saturating_sub(oldest) >= self.window {
                self.failures.pop_front();
            } else {
                break;
            }
        }
        self.failures.push_back(now);
        if self.failures.len() >= self.max_failures {
            self.failures.clear();
            self.locked_until = Some(now + self.lockout);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn sliding_window_allows_limit_per_width_and_slides() {
        let mut w = SlidingWindow::new(S);
        assert!(w.try_hit(ms(0), 2));
        assert!(w.try_hit(ms(500), 2));
        assert!(!w.try_hit(ms(999), 2));
        // The hit at 0 leaves the window at exactly 1 s; the one at 500 ms is still in it.
        assert!(w.try_hit(ms(1000), 2));
        assert!(!w.try_hit(ms(1499), 2));
        assert!(w.try_hit(ms(1500), 2));
    }

    #[test]
    fn refused_hits_do_not_count() {
        let mut w = SlidingWindow::new(S);
        assert!(w.try_hit(ms(0), 1));
        for t in [100, 300, 900] {
            assert!(!w.try_hit(ms(t), 1));
        }
        assert!(w.try_hit(ms(1000), 1));
    }

    fn key(random: u32) -> DedupeKey {
        DedupeKey {
            random,
            sender: "admin".into(),
            msg_body: "[]".into(),
            cloud_custom_data: None,
        }
    }

    #[test]
    fn dedupe_remembers_for_the_window_only() {
        let five_min = Duration::from_secs(300);
        let mut d = Dedupe::new(five_min);
        d.remember(ms(0), key(1), 10);
        assert_eq!(d.lookup(five_min - ms(1), &key(1)), Some(10));
        assert_eq!(d.lookup(ms(5), &key(2)), None);
        assert_eq!(d.lookup(five_min, &key(1)), None);
    }

    #[test]
    fn lockout_after_five_failures_in_a_minute_for_a_minute() {
        let minute = Duration::from_secs(60);
        let mut g = FailureGuard::new(5, minute, minute);
        for t in 0..4 {
            g.record_failure(Duration::from_secs(t * 10));
            assert!(!g.is_locked(Duration::from_secs(t * 10)));
        }
        // A fifth failure more than a minute after the first: only four are in the window.
        g.record_failure(Duration::from_secs(61));
        assert!(!g.is_locked(Duration::from_secs(61)));
        g.record_failure(Duration::from_secs(62));
        assert!(g.is_locked(Duration::from_secs(62)));
        assert!(g.is_locked(Duration::from_secs(121)));
        assert!(!g.is_locked(Duration::from_secs(122)));
        // The count started over with the lockout.
        g.record_failure(Duration::from_secs(123));
        assert!(!g.is_locked(Duration::from_secs(123)));
    }
}
