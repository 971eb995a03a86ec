//! The scheduled-send list's model and rules: an item is a message for one profile, due at a local date
//! and time in an IANA zone, maybe repeating, with a rule for what to do when it could not go out on
//! time.
//!
//! What is stored is what the producer typed (the local time and the zone) beside the instant it
//! means, so a change of zone rules or of the computer's zone never moves an item silently, and the list
//! can show it both in its zone and in the computer's.
//!
//! Not here: when the occurrences fall (`time`), keeping items (`table`), what is told of them
//! (`news`), or running them (the desk's scheduler, which sends each due occurrence through the send
//! pipeline like any other broadcast).

mod news;
mod table;
pub mod time;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::message::{self, Draft};
use crate::profiles::{FieldProblem, FieldRule};
use crate::text::Params;
use crate::{Error, Result, params};
pub use news::{
    CHECK_SHOWN, Clash, MissedChoice, Planned, RunNews, ScheduleCheck, ScheduleEvent, SkipReason,
};
pub(crate) use news::{Neighbour, clashes, news_at};
pub use table::{EDIT_HOLD_MS, ItemStatus, Run, RunState, ScheduleItem, Schedules, Taken};
pub use time::{Occurrence, Plan, PlanProblem, TimeNote};

/// How far ahead an item may be scheduled without the producer confirming it: a year and a day, so
/// next year's date of an annual show is fine but a mistyped year (2062 for 2026) is caught.
pub const HORIZON_DAYS: i64 = 366;

/// Late by at most this, an occurrence is on time whatever its missed-send policy: the scheduler looks
/// every second, and a busy disk or a slow pacing slot can add a few more.
pub const ON_TIME_SECS: u32 = 60;

/// The default missed-send policy: sent if at most 15 minutes late, else skipped and reported. A
/// "starts in 10 minutes" announcement sent an hour late would be wrong, not late.
pub const DEFAULT_LATE_SECS: u32 = 15 * 60;

/// The longest lateness a producer may allow, and the shortest (an on-time send is always allowed).
pub const LATE_SECS_RANGE: std::ops::RangeInclusive<u32> = 60..=24 * 3600;

/// A label's length limit, in characters (it is a line in the list).
pub const LABEL_MAX_CHARS: usize = 80;

/// A day of the week, for weekly items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

/// How an item repeats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum Repeat {
    Once,
    /// Every day at the same local time.
    Daily,
    /// On the chosen days at the same local time; the typed date counts only if it is one of them.
    Weekly {
        days: Vec<Weekday>,
    },
}

/// When a repeating item stops.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum RepeatEnd {
    Never,
    /// The last date an occurrence may fall on (local, inclusive), `2026-12-31`.
    Until {
        date: String,
    },
    /// After this many occurrences, the first included.
    Count {
        times: u32,
    },
}

/// What happens to an occurrence that could not go out on time (the laptop slept, nothing ran).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum MissedPolicy {
    /// Sent if at most `maxSecs` late, else skipped and reported.
    SendIfLate {
        #[serde(rename = "maxSecs")]
        #[ts(rename = "maxSecs")]
        max_secs: u32,
    },
    /// Skipped and reported.
    Skip,
    /// Held until the producer sends it or skips it.
    Ask,
}

impl Default for MissedPolicy {
    fn default() -> Self {
        MissedPolicy::SendIfLate {
            max_secs: DEFAULT_LATE_SECS,
        }
    }
}

/// What the scheduler does with an occurrence that came due `late_ms` after its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Send,
    Skip,
    /// Hold it for the producer.
    Ask,
}

impl MissedPolicy {
    /// On time (within [`ON_TIME_SECS`]) every policy sends; later, the policy decides.
    pub fn decide(self, late_ms: i64) -> Decision {
        if late_ms <= i64::from(ON_TIME_SECS) * 1000 {
            return Decision::Send;
        }
        match self {
            MissedPolicy::SendIfLate { max_secs } if late_ms <= i64::from(max_secs) * 1000 => {
                Decision::Send
            }
            MissedPolicy::SendIfLate { .. } | MissedPolicy::Skip => Decision::Skip,
            MissedPolicy::Ask => Decision::Ask,
        }
    }
}

/// What the producer typed for an item (add / edit input).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct ScheduleDraft {
    /// The profile it is sent through, fixed when scheduled: switching the active profile never
    /// retargets it.
    pub profile_id: String,
    /// The message; a `Random` in it is dropped (every occurrence is a broadcast of its own).
    pub body: Draft,
    /// Local date and time as typed, `2026-12-01T20:00`.
    pub at: String,
    /// IANA zone, `Europe/Berlin`.
    pub zone: String,
    pub repeat: Repeat,
    pub end: RepeatEnd,
    #[serde(default)]
    pub missed: MissedPolicy,
    #[serde(default)]
    pub label: Option<String>,
    /// Set when the producer confirmed a first send further ahead than [`HORIZON_DAYS`].
    #[serde(default)]
    pub confirm_far: bool,
}

/// Field names of a [`ScheduleDraft`], as problems name them.
pub mod field {
    pub const AT: &str = "at";
    pub const ZONE: &str = "zone";
    pub const REPEAT_DAYS: &str = "repeat.days";
    pub const END: &str = "end";
    pub const MISSED: &str = "missed";
    pub const LABEL: &str = "label";
}

/// The end of the horizon seen from `now`: a first send after it needs `confirmFar`, and clashes are
/// looked for up to it.
pub fn horizon_end(now: jiff::Timestamp) -> jiff::Timestamp {
    now.checked_add(jiff::SignedDuration::from_hours(24 * HORIZON_DAYS))
        .unwrap_or(now)
}

fn problem(field: &str, code: FieldRule, id: &str, params: Params) -> FieldProblem {
    FieldProblem::new(field, code, id, params)
}

/// Checks a draft against every rule that needs no database, at `now`: the message, the timing (the
/// first occurrence must be after `now`, and within the horizon unless confirmed), the policy and
/// the label. Returns the draft as it is kept (no Random, label trimmed) and its plan.
pub fn validate(draft: &ScheduleDraft, now: jiff::Timestamp) -> Result<(ScheduleDraft, Plan)> {
    check(draft, now, false)
}

/// [`validate`] for an edit: a repeating item may have started already (its first occurrence is past);
/// it needs an occurrence after `now`.
pub fn validate_edit(draft: &ScheduleDraft, now: jiff::Timestamp) -> Result<(ScheduleDraft, Plan)> {
    check(draft, now, true)
}

fn check(
    draft: &ScheduleDraft,
    now: jiff::Timestamp,
    started_may_be_past: bool,
) -> Result<(ScheduleDraft, Plan)> {
    let body = Draft {
        random: None,
        ..draft.body.clone()
    };
    let report = message::validate_draft(&body);
    if !report.valid {
        return Err(Error::InvalidMessage(report));
    }
    let mut problems = Vec::new();
    let plan = match Plan::read(&draft.at, &draft.zone, &draft.repeat, &draft.end) {
        Ok(plan) => Some(plan),
        Err(found) => {
            for p in found {
                problems.push(match p {
                    PlanProblem::BadLocalTime => problem(
                        field::AT,
                        FieldRule::BadFormat,
                        "field-schedule-at-format",
                        params! { "value" => draft.at.as_str() },
                    ),
                    PlanProblem::UnknownZone => problem(
                        field::ZONE,
                        FieldRule::UnknownZone,
                        "field-schedule-zone-unknown",
                        params! { "value" => draft.zone.as_str() },
                    ),
                    PlanProblem::NoWeekdays => problem(
                        field::REPEAT_DAYS,
                        FieldRule::Empty,
                        "field-schedule-no-weekdays",
                        params! {},
                    ),
                    PlanProblem::BadUntil => problem(
                        field::END,
                        FieldRule::BadFormat,
                        "field-schedule-until-format",
                        params! {},
                    ),
                    PlanProblem::UntilBeforeStart => problem(
                        field::END,
                        FieldRule::OutOfRange,
                        "field-schedule-until-before-start",
                        params! {},
                    ),
                    PlanProblem::ZeroCount => problem(
                        field::END,
                        FieldRule::OutOfRange,
                        "field-schedule-count-zero",
                        params! {},
                    ),
                });
            }
            None
        }
    };
    if let Some(plan) = &plan {
        match plan.next_after(now) {
            None => problems.push(past_problem(plan, draft, now)),
            Some(first) if first.n == 0 => {
                if first.at > horizon_end(now) && !draft.confirm_far {
                    problems.push(problem(
                        field::AT,
                        FieldRule::OutOfRange,
                        "field-schedule-far-ahead",
                        params! {
                            "when" => first.local.strftime("%Y-%m-%d %H:%M").to_string(),
                            "zone" => draft.zone.trim(),
                            "days" => HORIZON_DAYS,
                        },
                    ));
                }
            }
            // An edit of a repeating item that has started keeps its first date.
            Some(_) if started_may_be_past => {}
            // A new repeating item whose first occurrences are past is refused as past too: it would
            // otherwise start quietly with a later one, and "2025" typed for "2026" goes unnoticed.
            Some(_) => problems.push(past_problem(plan, draft, now)),
        }
    }
    if let MissedPolicy::SendIfLate { max_secs } = draft.missed
        && !LATE_SECS_RANGE.contains(&max_secs)
    {
        problems.push(problem(
            field::MISSED,
            FieldRule::OutOfRange,
            "field-schedule-late-range",
            params! {
                "min" => LATE_SECS_RANGE.start() / 60,
                "max" => LATE_SECS_RANGE.end() / 3600,
            },
        ));
    }
    let label = draft
        .label
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty());
    if let Some(label) = label
        && label.chars().count() > LABEL_MAX_CHARS
    {
        problems.push(problem(
            field::LABEL,
            FieldRule::TooLong,
            "field-schedule-label-too-long",
            params! { "max" => LABEL_MAX_CHARS },
        ));
    }
    match plan {
        Some(plan) if problems.is_empty() => Ok((
            ScheduleDraft {
                body,
                at: draft.at.trim().to_owned(),
                zone: draft.zone.trim().to_owned(),
                label: label.map(str::to_owned),
                ..draft.clone()
            },
            plan,
        )),
        _ => Err(Error::InvalidSchedule(problems)),
    }
}

/// "2025-12-01 20:00 in Europe/Berlin is in the past (it is now 2026-11-30 09:41 there)": the time as
/// it was read, so a typed 2025 for 2026, or 10:00 for 22:00, is seen for what it is.
fn past_problem(plan: &Plan, draft: &ScheduleDraft, now: jiff::Timestamp) -> FieldProblem {
    let there = now.to_zoned_datetime(plan.zone.clone());
    problem(
        field::AT,
        FieldRule::InThePast,
        "field-schedule-in-the-past",
        params! {
            "when" => plan.start.strftime("%Y-%m-%d %H:%M").to_string(),
            "zone" => draft.zone.trim(),
            "now" => there.datetime().strftime("%Y-%m-%d %H:%M").to_string(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> jiff::Timestamp {
        "2026-11-30T09:00:00Z".parse().unwrap()
    }

    fn draft(at: &str, zone: &str) -> ScheduleDraft {
        ScheduleDraft {
            profile_id: "p-1".into(),
            body: serde_json::from_value(serde_json::json!({
                "Random": 7,
                "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "Doors open at 8"}}]
            }))
            .unwrap(),
            at: at.into(),
            zone: zone.into(),
            repeat: Repeat::Once,
            end: RepeatEnd::Never,
            missed: MissedPolicy::default(),
            label: Some("  Tonight  ".into()),
            confirm_far: false,
        }
    }

    fn fields(err: Error) -> Vec<(String, FieldRule)> {
        match err {
            Error::InvalidSchedule(problems) => {
                problems.into_iter().map(|p| (p.field, p.code)).collect()
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_good_item_is_kept_without_random_and_with_its_label_trimmed() {
        let (kept, plan) = validate(&draft("2026-12-01T20:00", "Europe/Berlin"), now()).unwrap();
        assert_eq!(kept.body.random, None);
        assert_eq!(kept.label.as_deref(), Some("Tonight"));
        assert_eq!(
            plan.occurrence(0).unwrap().at.to_string(),
            "2026-12-01T19:00:00Z"
        );
    }

    #[test]
    fn a_time_in_the_past_is_refused_with_the_time_and_zone_it_was_read_as() {
        // 2025 typed for 2026.
        let err = validate(&draft("2025-12-01T20:00", "Europe/Berlin"), now()).unwrap_err();
        let Error::InvalidSchedule(problems) = err else {
            panic!()
        };
        assert_eq!(problems[0].code, FieldRule::InThePast);
        assert!(
            problems[0].message.contains("2025-12-01 20:00")
                && problems[0].message.contains("Europe/Berlin")
                && problems[0].message.contains("2026-11-30 10:00"),
            "{}",
            problems[0].message
        );
        // 10:00 for 22:00 on the same day, in Seoul (18:00 there now).
        assert_eq!(
            fields(validate(&draft("2026-11-30T10:00", "Asia/Seoul"), now()).unwrap_err()),
            [(field::AT.to_owned(), FieldRule::InThePast)]
        );
        // A daily item whose first day is past is refused too, not started quietly tomorrow.
        let mut daily = draft("2026-11-29T20:00", "Asia/Seoul");
        daily.repeat = Repeat::Daily;
        assert_eq!(
            fields(validate(&daily, now()).unwrap_err()),
            [(field::AT.to_owned(), FieldRule::InThePast)]
        );
    }

    #[test]
    fn far_ahead_needs_a_confirmation() {
        let mut far = draft("2062-12-01T20:00", "Asia/Tokyo");
        assert_eq!(
            fields(validate(&far, now()).unwrap_err()),
            [(field::AT.to_owned(), FieldRule::OutOfRange)]
        );
        far.confirm_far = true;
        assert!(validate(&far, now()).is_ok());
    }

    #[test]
    fn every_problem_is_named_at_once_and_a_bad_message_by_its_path() {
        let mut bad = draft("2026-12-01 at 8", "Mars/Base");
        bad.missed = MissedPolicy::SendIfLate { max_secs: 5 };
        bad.label = Some("x".repeat(LABEL_MAX_CHARS + 1));
        assert_eq!(
            fields(validate(&bad, now()).unwrap_err()),
            [
                (field::AT.to_owned(), FieldRule::BadFormat),
                (field::ZONE.to_owned(), FieldRule::UnknownZone),
                (field::MISSED.to_owned(), FieldRule::OutOfRange),
                (field::LABEL.to_owned(), FieldRule::TooLong),
            ]
        );
        let mut empty = draft("2026-12-01T20:00", "UTC");
        empty.body.msg_body.clear();
        assert!(matches!(
            validate(&empty, now()),
            Err(Error::InvalidMessage(_))
        ));
    }
}
