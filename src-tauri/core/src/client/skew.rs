//! How far this computer's clock is from the server's, read from the HTTP `Date` header of an answer,
//! and whether that is worth telling the producer.
//!
//! A UserSig carries this computer's time and is judged by Tencent's clock (docs/TENCENT-API.md,
//! UserSig), so a clock that is off breaks signing in a way no setting fixes. Measuring it from an
//! answer lets "test connection" say "this computer's clock is 7 minutes behind" before Tencent's
//! 70001 ("UserSig expired") says it obliquely, or as the reason when it does.
//!
//! Deliberately NOT here: correcting for the skew (signing with the server's time). The header comes
//! from whatever answered — a proxy or gateway may stamp its own — and a header that silently moved
//! the signing time would let anything on the path shift it; a wrong clock also breaks certificate
//! checks and, later, the schedule. The producer sets the clock right; the app only says so.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::{DATE, HeaderMap};
use serde::Serialize;
use ts_rs::TS;

/// Above this a skew is worth telling the producer. One minute because:
/// - it is far above what the measurement itself can be off by: the header and the local reading
///   both have whole seconds, and the answer's travel time is a fraction of a second (at most the
///   request timeout), so an accurate clock never reads as skewed;
/// - it is far below what starts to cost: the client re-signs a UserSig 10 minutes before this
///   computer thinks it expires (`REFRESH_MARGIN`), so a clock behind by more than that has Tencent
///   refuse cached UserSigs near their end (70001, one extra request), and behind by more than the
///   UserSig lifetime (4 hours) refuses every one; a clock ahead stamps UserSigs in Tencent's future,
///   which Tencent does not document accepting;
/// - a producer who times broadcasts to a show's running order notices a minute.
pub const CLOCK_SKEW_THRESHOLD: Duration = Duration::from_secs(60);

/// This computer's clock against a server's, from one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ClockSkew {
    /// The server's clock minus this computer's, in whole seconds: positive when this computer is
    /// behind, negative when it is ahead.
    #[ts(type = "number")]
    pub offset_secs: i64,
}

/// Which way this computer's clock is off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClockDirection {
    /// This computer shows an earlier time than the server: its UserSigs look older than they are.
    Behind,
    /// This computer shows a later time than the server: its UserSigs look made in the future.
    Ahead,
    /// Equal to the second.
    InStep,
}

impl ClockSkew {
    /// The skew between `local`, this computer's clock when the answer arrived, and `server`, the
    /// time in the answer's `Date` header. Both count in whole seconds, as the header does.
    pub fn between(local: SystemTime, server: SystemTime) -> Self {
        let offset = i128::from(unix_secs(server)) - i128::from(unix_secs(local));
        Self {
            offset_secs: i64::try_from(offset).unwrap_or(if offset < 0 {
                i64::MIN
            } else {
                i64::MAX
            }),
        }
    }

    pub fn direction(self) -> ClockDirection {
        match self.offset_secs {
            0 => ClockDirection::InStep,
            s if s > 0 => ClockDirection::Behind,
            _ => ClockDirection::Ahead,
        }
    }

    /// How far off, whichever way.
    pub fn magnitude(self) -> Duration {
        Duration::from_secs(self.offset_secs.unsigned_abs())
    }

    /// True when the skew is over [`CLOCK_SKEW_THRESHOLD`].
    pub fn worth_telling(self) -> bool {
        self.magnitude() > CLOCK_SKEW_THRESHOLD
    }

    /// The offset rounded to a unit a person reads at a glance (seconds under 2 minutes, minutes
    /// under 2 hours, hours under 2 days, then days): `(7, "minute")`. The catalogue's
    /// `connection-clock` words it in each language.
    pub fn rounded(self) -> (u64, &'static str) {
        let secs = self.magnitude().as_secs();
        let rounded = |unit: u64| (secs + unit / 2) / unit;
        match secs {
            0..120 => (secs, "second"),
            120..7_200 => (rounded(60), "minute"),
            7_200..172_800 => (rounded(3_600), "hour"),
            _ => (rounded(86_400), "day"),
        }
    }

    /// "this computer's clock is 7 minutes behind {server}", rounded to a unit a person reads at a
    /// glance (seconds under 2 minutes, minutes under 2 hours, hours under 2 days, then days).
    fn phrase(self, server: &str) -> String {
        let way = match self.direction() {
            ClockDirection::InStep => {
                return format!("this computer's clock is in step with {server}");
            }
            ClockDirection::Behind => "behind",
            ClockDirection::Ahead => "ahead of",
        };
        let (n, unit) = self.rounded();
        let plural = if n == 1 { "" } else { "s" };
        format!("this computer's clock is {n} {unit}{plural} {way} {server}")
    }
}

/// "this computer's clock is 7 minutes behind the server's": see [`ClockSkew::describe`].
impl fmt::Display for ClockSkew {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.phrase("the server's"))
    }
}

/// The time in an answer's `Date` header, if it has a readable one.
pub(crate) fn server_time(headers: &HeaderMap) -> Option<SystemTime> {
    let value = headers.get(DATE)?.to_str().ok()?;
    httpdate::parse_http_date(value).ok()
}

/// Whole seconds since the Unix epoch, negative before it.
fn unix_secs(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    const T: u64 = 1_700_000_000;

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    fn skew(offset_secs: i64) -> ClockSkew {
        ClockSkew { offset_secs }
    }

    #[test]
    fn a_server_later_than_us_means_we_are_behind() {
        let s = ClockSkew::between(at(T), at(T + 420));
        assert_eq!(s.offset_secs, 420);
        assert_eq!(s.direction(), ClockDirection::Behind);
        assert_eq!(s.magnitude(), Duration::from_secs(420));
        let s = ClockSkew::between(at(T + 180), at(T));
        assert_eq!(
            (s.offset_secs, s.direction()),
            (-180, ClockDirection::Ahead)
        );
        assert_eq!(
            ClockSkew::between(at(T), at(T)).direction(),
            ClockDirection::InStep
        );
    }

    #[test]
    fn sub_seconds_are_dropped_like_the_header_drops_them() {
        let local = at(T) + Duration::from_millis(999);
        assert_eq!(ClockSkew::between(local, at(T)).offset_secs, 0);
    }

    #[test]
    fn times_before_the_epoch_still_give_an_answer() {
        let s = ClockSkew::between(UNIX_EPOCH - Duration::from_secs(5), at(10));
        assert_eq!(s.offset_secs, 15);
    }

    #[test]
    fn only_more_than_a_minute_is_worth_telling() {
        assert!(!skew(60).worth_telling());
        assert!(!skew(-60).worth_telling());
        assert!(skew(61).worth_telling());
        assert!(skew(-61).worth_telling());
        assert!(skew(i64::MIN).worth_telling());
    }

    #[test]
    fn says_how_far_and_which_way_in_a_readable_unit() {
        let text = |s: i64| skew(s).to_string();
        assert_eq!(
            text(0),
            "this computer's clock is in step with the server's"
        );
        assert_eq!(
            text(1),
            "this computer's clock is 1 second behind the server's"
        );
        assert_eq!(
            text(-90),
            "this computer's clock is 90 seconds ahead of the server's"
        );
        assert_eq!(
            text(420),
            "this computer's clock is 7 minutes behind the server's"
        );
        assert_eq!(
            text(-449),
            "this computer's clock is 7 minutes ahead of the server's"
        );
        assert_eq!(
            text(5 * 3600 + 1000),
            "this computer's clock is 5 hours behind the server's"
        );
        assert_eq!(
            text(-3 * 86_400),
            "this computer's clock is 3 days ahead of the server's"
        );
    }

    #[test]
    fn reads_the_date_header_and_ignores_a_bad_one() {
        let mut h = HeaderMap::new();
        assert_eq!(server_time(&h), None);
        h.insert(
            DATE,
            HeaderValue::from_static("Tue, 14 Nov 2023 22:13:20 GMT"),
        );
        assert_eq!(server_time(&h), Some(at(T)));
        h.insert(DATE, HeaderValue::from_static("yesterday"));
        assert_eq!(server_time(&h), None);
    }
}
