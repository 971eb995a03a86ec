//! The wall clock, injectable, so that everything with a time in it (UserSig expiry, timestamps on
//! saved rows, and next the dedupe window and the schedule) is tested without sleeping.
//!
//! Not here: monotonic time or sleeping. What this answers is "what time is it", which is what a
//! signature, a saved row or a due instant needs.

use std::fmt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Wall-clock time. Implementations must be cheap: callers ask freely.
pub trait Clock: Send + Sync + fmt::Debug {
    /// Milliseconds since the Unix epoch (negative before it, which only a broken clock says).
    fn now_unix_ms(&self) -> i64;

    /// Whole seconds since the Unix epoch; 0 for a clock before it.
    fn now_unix(&self) -> u64 {
        u64::try_from(self.now_unix_ms() / 1000).unwrap_or(0)
    }
}

/// The computer's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_unix_ms(&self) -> i64 {
        match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_millis()).unwrap_or(i64::MAX),
            Err(before) => -i64::try_from(before.duration().as_millis()).unwrap_or(i64::MAX),
        }
    }
}

/// A clock that moves only when told to.
#[derive(Debug, Default)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    /// A clock showing `now_unix` seconds.
    pub fn new(now_unix: u64) -> Self {
        Self(AtomicI64::new(
            i64::try_from(now_unix).unwrap_or(i64::MAX / 1000) * 1000,
        ))
    }

    pub fn set(&self, now_unix: u64) {
        self.set_ms(i64::try_from(now_unix).unwrap_or(i64::MAX / 1000) * 1000);
    }

    pub fn set_ms(&self, now_unix_ms: i64) {
        self.0.store(now_unix_ms, Ordering::SeqCst);
    }

    pub fn advance(&self, by: Duration) {
        let ms = i64::try_from(by.as_millis()).unwrap_or(i64::MAX);
        self.0.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_unix_ms(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told() {
        let clock = ManualClock::new(1_700_000_000);
        assert_eq!(clock.now_unix(), 1_700_000_000);
        clock.advance(Duration::from_millis(1500));
        assert_eq!(clock.now_unix_ms(), 1_700_000_001_500);
        assert_eq!(clock.now_unix(), 1_700_000_001);
        clock.set(5);
        assert_eq!(clock.now_unix_ms(), 5000);
    }

    #[test]
    fn the_system_clock_is_after_this_code_was_written() {
        assert!(SystemClock.now_unix() > 1_767_000_000);
    }
}
