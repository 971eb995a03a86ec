//! What became of scheduled occurrences, told to the producer: the "while you were away" summary
//! ([`RunNews`]), the live stream of decisions ([`ScheduleEvent`]), why an occurrence was skipped
//! ([`SkipReason`]), and the producer's decision on a held one ([`MissedChoice`]).
//!
//! Not here: reading runs (`table`) or emitting events (the desk); wording (the window's catalogues,
//! bdesk's English).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{ON_TIME_SECS, RunState};
use crate::outbox::Delivery;

/// The producer's answer to an occurrence held by the "ask" policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum MissedChoice {
    /// Send it now, late, through the pipeline like any scheduled send.
    SendNow,
    /// Do not send it.
    Skip,
}

/// Why an occurrence was not sent without anyone sending it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum SkipReason {
    /// Later than its policy allows ("send if at most `maxSecs` late"); how late is the run's `lateMs`.
    TooLate {
        #[serde(rename = "maxSecs")]
        #[ts(rename = "maxSecs")]
        max_secs: u32,
    },
    /// Late, and its policy skips late occurrences.
    Policy,
    /// The producer skipped it when asked.
    Producer,
    /// Its profile was deleted.
    ProfileGone,
    /// No key is saved for its profile.
    NoKey,
    /// The keychain could not be asked for the key (locked, refused, not running).
    Keychain,
    /// The message no longer passes the rules (they changed since it was scheduled).
    InvalidMessage,
    /// Anything else that kept it from being written down (the database, a bug): `message` says what.
    Failed { message: String },
}

impl SkipReason {
    /// Why `err` kept an occurrence from being written down for sending.
    pub fn of(err: &crate::Error) -> Self {
        use crate::Error;
        match err {
            Error::NotFound {
                what: "profile", ..
            } => SkipReason::ProfileGone,
            Error::MissingSecret { .. } => SkipReason::NoKey,
            Error::Keychain { .. } => SkipReason::Keychain,
            Error::InvalidMessage(_) => SkipReason::InvalidMessage,
            other => SkipReason::Failed {
                message: other.to_string(),
            },
        }
    }
}

/// One occurrence whose fate the producer should hear about and has not seen yet: sent late (beyond
/// [`ON_TIME_SECS`]), skipped (and why), held for a decision, or sent and ended not sent or unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct RunNews {
    pub item_id: String,
    pub label: Option<String>,
    pub profile_name: String,
    /// The item's zone, to show `dueAt` as the producer typed it.
    pub zone: String,
    /// The occurrence's instant (Unix ms).
    #[ts(type = "number")]
    pub due_at: i64,
    /// How late it was taken (or, held, how late it was when held).
    #[ts(type = "number")]
    pub late_ms: i64,
    /// `sent`, `notSent`, `unknown`, `skipped` or `missed` (held).
    pub state: RunState,
    /// Why it was skipped.
    pub reason: Option<SkipReason>,
    /// The broadcast it is (or would have been) in the outbox and History.
    pub outbox_id: String,
    /// The outbox's outcome, when it was handed to the pipeline.
    pub delivery: Option<Delivery>,
    #[ts(type = "number | null")]
    pub msg_seq: Option<u64>,
    /// When this became news (Unix ms): its outcome, or when it was skipped or held. Pass the latest
    /// shown to `mark_schedule_news_seen`, so news that arrives meanwhile is not lost.
    #[ts(type = "number")]
    pub at: i64,
}

/// One scheduled occurrence decided in this process, as it happens: handed to the pipeline
/// (`queued`), then its outcome (`sent` with its MsgSeq, `notSent`, `unknown`); or `skipped` (with
/// why), or `missed` (held for the producer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ScheduleEvent {
    pub item_id: String,
    pub label: Option<String>,
    pub profile_name: String,
    #[ts(type = "number")]
    pub due_at: i64,
    #[ts(type = "number")]
    pub late_ms: i64,
    pub state: RunState,
    #[ts(type = "number | null")]
    pub msg_seq: Option<u64>,
    pub reason: Option<SkipReason>,
    pub outbox_id: String,
}

/// Whether a run is news, and since when (Unix ms): see [`RunNews`]. `decided_at` is when it was
/// skipped, held or handed over; `finished_at` when its broadcast ended.
pub(crate) fn news_at(
    state: RunState,
    late_ms: i64,
    by_producer: bool,
    decided_at: i64,
    finished_at: Option<i64>,
) -> Option<i64> {
    let late = late_ms > i64::from(ON_TIME_SECS) * 1000;
    match state {
        RunState::Missed => Some(decided_at),
        RunState::Skipped if !by_producer => Some(decided_at),
        RunState::Sent if late && !by_producer => finished_at,
        RunState::NotSent | RunState::Unknown => finished_at.or(Some(decided_at)),
        _ => None,
    }
}

/// What a draft would do, as the producer types it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ScheduleCheck {
    /// Its first sends (at most [`CHECK_SHOWN`]).
    pub next: Vec<Planned>,
    /// Its first send is more than [`super::HORIZON_DAYS`] ahead: saving needs `confirmFar`.
    pub far: bool,
    /// Other items of the profile that fall too close to it for the profile's rate.
    pub clashes: Vec<Clash>,
}

/// How many first sends a check shows.
pub const CHECK_SHOWN: usize = 5;

/// One send of a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Planned {
    #[ts(type = "number")]
    pub at: i64,
    /// What the gap/fold rule did to its local time.
    pub note: Option<super::TimeNote>,
}

/// Another item of the same profile due so close to this one (within the next
/// [`super::HORIZON_DAYS`]) that the profile's rate cannot send both on time: the pipeline paces them,
/// so one of them goes later by about `laterByMs`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Clash {
    pub item_id: String,
    pub label: Option<String>,
    /// The first send of this item that falls too close to one of the other's (Unix ms).
    #[ts(type = "number")]
    pub at: i64,
    /// The other's send it falls next to (Unix ms).
    #[ts(type = "number")]
    pub other_at: i64,
    /// How much later one of the two goes than its time, about: the pacing interval less their gap.
    #[ts(type = "number")]
    pub later_by_ms: i64,
    /// How many of this item's sends within the horizon fall too close to the other's.
    pub times: u32,
}

/// Another item's sends, for [`clashes`].
pub(crate) struct Neighbour {
    pub item_id: String,
    pub label: Option<String>,
    /// Its sends, in order (Unix ms).
    pub sends: Vec<i64>,
}

/// The neighbours whose sends fall closer than `interval_ms` to one of `mine` (both in order).
pub(crate) fn clashes(mine: &[i64], neighbours: &[Neighbour], interval_ms: i64) -> Vec<Clash> {
    let mut found = Vec::new();
    for other in neighbours {
        let mut first: Option<(i64, i64)> = None;
        let mut times = 0u32;
        // Both lists are in order: the other's sends before `at - interval` never matter again.
        let mut from = 0;
        for &at in mine {
            while from < other.sends.len() && other.sends[from] <= at - interval_ms {
                from += 1;
            }
            let close = other.sends[from..]
                .iter()
                .take_while(|&&o| o < at + interval_ms)
                .min_by_key(|&&o| (o - at).abs());
            if let Some(&o) = close {
                times += 1;
                first.get_or_insert((at, o));
            }
        }
        if let Some((at, other_at)) = first {
            found.push(Clash {
                item_id: other.item_id.clone(),
                label: other.label.clone(),
                at,
                other_at,
                later_by_ms: interval_ms - (other_at - at).abs(),
                times,
            });
        }
    }
    found.sort_by_key(|c| (c.at, c.item_id.clone()));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn neighbour(id: &str, sends: &[i64]) -> Neighbour {
        Neighbour {
            item_id: id.into(),
            label: None,
            sends: sends.to_vec(),
        }
    }

    #[test]
    fn sends_closer_than_the_interval_clash_and_farther_ones_do_not() {
        let found = clashes(
            &[10_000, 20_000, 30_000],
            &[
                neighbour("same", &[10_000]),
                neighbour("near", &[19_500, 30_900]),
                neighbour("edge", &[21_100]),
                neighbour("far", &[600_000]),
            ],
            1_100,
        );
        let summary: Vec<_> = found
            .iter()
            .map(|c| (c.item_id.as_str(), c.at, c.later_by_ms, c.times))
            .collect();
        assert_eq!(
            summary,
            [("same", 10_000, 1_100, 1), ("near", 20_000, 600, 2)]
        );
    }

    #[test]
    fn news_is_what_the_producer_did_not_do_and_did_not_go_as_planned() {
        let late = i64::from(ON_TIME_SECS) * 1000 + 1;
        assert_eq!(news_at(RunState::Sent, 5_000, false, 1, Some(2)), None);
        assert_eq!(news_at(RunState::Sent, late, false, 1, Some(2)), Some(2));
        assert_eq!(news_at(RunState::Sent, late, true, 1, Some(2)), None);
        assert_eq!(news_at(RunState::Skipped, late, false, 1, None), Some(1));
        assert_eq!(news_at(RunState::Skipped, late, true, 1, None), None);
        assert_eq!(news_at(RunState::Missed, late, false, 1, None), Some(1));
        assert_eq!(news_at(RunState::Unknown, 0, true, 1, Some(3)), Some(3));
        assert_eq!(news_at(RunState::Queued, late, false, 1, None), None);
    }
}
