//! Time as the emulator sees it: a wall clock for UserSig expiry, delivery stamps and every answer's
//! `Date` header, and a monotonic reading for the sliding windows (rate limit, dedupe,
//! failed-verification lockout).
//!
//! Injectable so tests can jump over a 5-minute dedupe window or a UserSig's expiry without sleeping,
//! or set the emulator's clock off from the machine's, as a client with a wrong clock would see Tencent.
//! It is NOT used for the `Fault::Delay` fault: that one simulates a slow network and really waits.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// A source of time for the emulator.
pub trait Clock: Send + Sync + 'static {
    /// The wall-clock time (UserSig expiry, `Delivered::received_at`).
    fn now(&self) -> SystemTime;
    /// A monotonic reading: only differences between two readings mean anything.
    fn elapsed(&self) -> Duration;
}

/// The real clocks of the machine.
#[derive(Debug, Clone)]
pub struct SystemClock {
    origin: Instant,
}

impl SystemClock {
    /// A clock whose monotonic readings start at zero now.
    pub fn new() -> Self {
        Self {
            origin: Instant::now(),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }

    fn elapsed(&self) -> Duration {
        self.origin.elapsed()
    }
}

/// A clock that moves only when told to; clones share the same time.
#[derive(Debug, Clone)]
pub struct ManualClock {
    inner: Arc<Mutex<ManualState>>,
}

#[derive(Debug)]
struct ManualState {
    start: SystemTime,
    offset: Duration,
}

impl ManualClock {
    /// A frozen clock showing `start` on the wall.
    pub fn new(start: SystemTime) -> Self {
        Self {
            inner: Arc::new(Mutex::new(ManualState {
                start,
                offset: Duration::ZERO,
            })),
        }
    }

    /// A frozen clock starting at the machine's current wall time.
    pub fn starting_now() -> Self {
        Self::new(SystemTime::now())
    }

    /// Moves both the wall and the monotonic reading forward by `by`.
    pub fn advance(&self, by: Duration) {
        let mut state = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        state.offset += by;
    }

    /// The wall time this clock shows, in whole seconds since the Unix epoch (handy for signing).
    pub fn unix_secs(&self) -> i64 {
        unix_secs(self.now())
    }
}

impl Clock for ManualClock {
    fn now(&self) -> SystemTime {
        let state = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        state.start + state.offset
    }

    fn elapsed(&self) -> Duration {
        self.inner
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .offset
    }
}

/// Whole seconds since the Unix epoch; negative before it (a machine with a broken clock must still get
/// a well-defined answer rather than a panic).
pub(crate) fn unix_secs(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_secs()).unwrap_or(i64::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manual_clock_moves_only_when_advanced_and_clones_share_it() {
        let clock = ManualClock::new(UNIX_EPOCH + Duration::from_secs(1_700_000_000));
        let other = clock.clone();
        assert_eq!(clock.unix_secs(), 1_700_000_000);
        assert_eq!(clock.elapsed(), Duration::ZERO);
        other.advance(Duration::from_millis(1500));
        assert_eq!(clock.elapsed(), Duration::from_millis(1500));
        assert_eq!(clock.unix_secs(), 1_700_000_001);
    }

    #[test]
    fn unix_secs_is_negative_before_the_epoch() {
        assert_eq!(unix_secs(UNIX_EPOCH - Duration::from_secs(5)), -5);
    }
}
