//! When an item's occurrences fall: a local date and time as typed, in an IANA zone, repeated by
//! calendar days (not by 24-hour periods), each turned into an instant by one documented rule.
//!
//! The rule for local times that do not exist or exist twice is RFC 5545's ("compatible", jiff's
//! [`Disambiguation::Compatible`]), the one calendars use: a time in a spring-forward gap moves forward
//! by the gap's length (02:30 on a 1-hour gap → 03:30), and a time in an autumn fold takes the first of
//! the two (the earlier offset). Each occurrence carries a [`TimeNote`] when that rule applied, so the
//! window can warn when such a time is picked and the list can say what happened.
//!
//! "Daily at 20:00 Europe/Berlin" is 20:00 on every civil day in Berlin, whatever the offset that day:
//! the occurrences are computed from the civil date each time, never by adding 24 hours to an instant.
//!
//! Not here: storing items, deciding what to do with a missed one, or any clock (callers pass `now`).

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Weekday as JiffWeekday};
use jiff::tz::{AmbiguousOffset, Disambiguation, TimeZone};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Repeat, RepeatEnd, Weekday};

/// What the gap/fold rule did to an occurrence's local time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum TimeNote {
    /// The time does not exist that day (clocks spring forward over it): it is sent at `sentAt`
    /// local time instead, later by the gap's length.
    Gap {
        #[serde(rename = "sentAt")]
        #[ts(rename = "sentAt")]
        sent_at: String,
    },
    /// The time exists twice that day (clocks fall back over it): it is sent at the first of the two,
    /// at UTC offset `offset` (the other is `laterOffset`).
    Fold {
        offset: String,
        #[serde(rename = "laterOffset")]
        #[ts(rename = "laterOffset")]
        later_offset: String,
    },
}

/// One occurrence: its number (0 for the first), its instant, and its local time in the item's zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    pub n: u32,
    pub at: Timestamp,
    /// The local date and time as meant (the typed time on that date), before the gap rule.
    pub local: DateTime,
    pub note: Option<TimeNote>,
}

/// An item's timing, read and checked: see the module docs.
#[derive(Debug, Clone)]
pub struct Plan {
    pub start: DateTime,
    pub zone: TimeZone,
    pub repeat: Repeat,
    pub end: RepeatEnd,
    /// Read from `end` when it is a date: the last civil date an occurrence may fall on.
    until: Option<Date>,
}

/// Why a plan could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanProblem {
    BadLocalTime,
    UnknownZone,
    NoWeekdays,
    BadUntil,
    UntilBeforeStart,
    ZeroCount,
}

fn jiff_weekday(day: Weekday) -> JiffWeekday {
    match day {
        Weekday::Mon => JiffWeekday::Monday,
        Weekday::Tue => JiffWeekday::Tuesday,
        Weekday::Wed => JiffWeekday::Wednesday,
        Weekday::Thu => JiffWeekday::Thursday,
        Weekday::Fri => JiffWeekday::Friday,
        Weekday::Sat => JiffWeekday::Saturday,
        Weekday::Sun => JiffWeekday::Sunday,
    }
}

/// Reads `2026-12-01T20:00` (seconds allowed, no offset or zone: the zone is given apart).
pub fn parse_local(at: &str) -> Option<DateTime> {
    at.trim().parse::<DateTime>().ok()
}

/// The IANA zone named, from the system's time zone database (the bundled one on Windows).
pub fn zone(name: &str) -> Option<TimeZone> {
    TimeZone::get(name.trim()).ok()
}

/// Every IANA zone name this computer's database knows, sorted (the zone picker's list).
pub fn zone_names() -> Vec<String> {
    let mut names: Vec<String> = jiff::tz::db()
        .available()
        .map(|name| name.as_str().to_owned())
        .collect();
    names.sort();
    names
}

/// The computer's own zone name, for a new item's default (`None` when the system names none).
pub fn system_zone() -> Option<String> {
    TimeZone::system().iana_name().map(str::to_owned)
}

/// An instant (Unix ms) as RFC 3339 in UTC, `2026-12-01T19:00:00Z`.
pub fn instant_text(ms: i64) -> String {
    Timestamp::from_millisecond(ms).map_or_else(|_| ms.to_string(), |t| t.to_string())
}

/// Reads an RFC 3339 instant with its offset (`2026-12-01T19:00:00Z`, `2026-12-01T20:00+01:00`), as
/// [`instant_text`] writes them, into Unix ms.
pub fn parse_instant(text: &str) -> Option<i64> {
    text.trim()
        .parse::<Timestamp>()
        .ok()
        .map(Timestamp::as_millisecond)
}

/// An instant (Unix ms) as the local date and time in `zone`, `2026-12-01 20:00`.
pub fn local_text(ms: i64, zone_name: &str) -> String {
    match (Timestamp::from_millisecond(ms), zone(zone_name)) {
        (Ok(t), Some(tz)) => t
            .to_zoned_datetime(tz)
            .strftime("%Y-%m-%d %H:%M")
            .to_string(),
        _ => instant_text(ms),
    }
}

/// The local date and time in `zone` that is `secs` after `now_ms`, as an item's `at` takes it (to
/// the second): what "in 90 seconds" means to the schedule.
pub fn local_in(now_ms: i64, secs: u64, zone_name: &str) -> Option<String> {
    let tz = zone(zone_name)?;
    let at = Timestamp::from_millisecond(now_ms)
        .ok()?
        .checked_add(jiff::SignedDuration::from_secs(i64::try_from(secs).ok()?))
        .ok()?;
    Some(
        at.to_zoned_datetime(tz)
            .strftime("%Y-%m-%dT%H:%M:%S")
            .to_string(),
    )
}

impl Plan {
    /// Reads an item's timing; every problem found, not just the first.
    pub fn read(
        at: &str,
        zone_name: &str,
        repeat: &Repeat,
        end: &RepeatEnd,
    ) -> Result<Plan, Vec<PlanProblem>> {
        let mut problems = Vec::new();
        let start = parse_local(at);
        if start.is_none() {
            problems.push(PlanProblem::BadLocalTime);
        }
        let tz = zone(zone_name);
        if tz.is_none() {
            problems.push(PlanProblem::UnknownZone);
        }
        if let Repeat::Weekly { days } = repeat
            && days.is_empty()
        {
            problems.push(PlanProblem::NoWeekdays);
        }
        let until = match end {
            RepeatEnd::Until { date } => match date.trim().parse::<Date>() {
                Ok(d) => {
                    if start.is_some_and(|s| d < s.date()) {
                        problems.push(PlanProblem::UntilBeforeStart);
                    }
                    Some(d)
                }
                Err(_) => {
                    problems.push(PlanProblem::BadUntil);
                    None
                }
            },
            RepeatEnd::Count { times: 0 } => {
                problems.push(PlanProblem::ZeroCount);
                None
            }
            _ => None,
        };
        match (start, tz) {
            (Some(start), Some(zone)) if problems.is_empty() => Ok(Plan {
                start,
                zone,
                repeat: repeat.clone(),
                end: end.clone(),
                until,
            }),
            _ => Err(problems),
        }
    }

    /// The civil date of occurrence `n`, before the end rule.
    fn date_of(&self, n: u32) -> Option<Date> {
        match &self.repeat {
            Repeat::Once => (n == 0).then(|| self.start.date()),
            Repeat::Daily => self
                .start
                .date()
                .checked_add(jiff::Span::new().days(i64::from(n)))
                .ok(),
            Repeat::Weekly { days } => {
                let wanted: Vec<JiffWeekday> = days.iter().copied().map(jiff_weekday).collect();
                // The typed date counts only if it is one of the days; then every chosen day after it.
                let mut date = self.start.date();
                let mut seen = 0u32;
                // At most 7 days between two occurrences; the bound keeps a bad set from looping.
                for _ in 0..(7 * (u64::from(n) + 1)) {
                    if wanted.contains(&date.weekday()) {
                        if seen == n {
                            return Some(date);
                        }
                        seen += 1;
                    }
                    date = date.tomorrow().ok()?;
                }
                None
            }
        }
    }

    /// Occurrence `n`, or `None` past the end.
    pub fn occurrence(&self, n: u32) -> Option<Occurrence> {
        if let RepeatEnd::Count { times } = self.end
            && n >= times
        {
            return None;
        }
        let date = self.date_of(n)?;
        if self.until.is_some_and(|until| date > until) {
            return None;
        }
        let local = date.to_datetime(self.start.time());
        let ambiguous = self.zone.to_ambiguous_zoned_datetime(local);
        let offsets = ambiguous.offset();
        let zoned = ambiguous.disambiguate(Disambiguation::Compatible).ok()?;
        let note = match offsets {
            AmbiguousOffset::Unambiguous { .. } => None,
            AmbiguousOffset::Gap { .. } => Some(TimeNote::Gap {
                sent_at: zoned.datetime().time().strftime("%H:%M").to_string(),
            }),
            AmbiguousOffset::Fold { before, after } => Some(TimeNote::Fold {
                offset: before.to_string(),
                later_offset: after.to_string(),
            }),
        };
        Some(Occurrence {
            n,
            at: zoned.timestamp(),
            local,
            note,
        })
    }

    /// The first occurrence strictly after `instant`, if any is left.
    pub fn next_after(&self, instant: Timestamp) -> Option<Occurrence> {
        self.next_after_from(instant, 0)
    }

    /// As [`Plan::next_after`], looking from occurrence `from` on (the ones before have happened).
    pub fn next_after_from(&self, instant: Timestamp, from: u32) -> Option<Occurrence> {
        let mut n = from;
        loop {
            let o = self.occurrence(n)?;
            if o.at > instant {
                return Some(o);
            }
            n = n.checked_add(1)?;
        }
    }

    /// Up to `count` occurrences from `from` on.
    pub fn upcoming(&self, from: u32, count: usize) -> Vec<Occurrence> {
        (from..)
            .map_while(|n| self.occurrence(n))
            .take(count)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(at: &str, zone: &str, repeat: Repeat, end: RepeatEnd) -> Plan {
        Plan::read(at, zone, &repeat, &end).unwrap()
    }

    fn utc(p: &Plan, n: u32) -> String {
        p.occurrence(n).unwrap().at.to_string()
    }

    #[test]
    fn daily_at_20_in_berlin_stays_20_local_across_both_changes() {
        // Berlin: CEST → CET on 2026-10-25, CET → CEST on 2027-03-28.
        let p = plan(
            "2026-10-24T20:00",
            "Europe/Berlin",
            Repeat::Daily,
            RepeatEnd::Never,
        );
        assert_eq!(utc(&p, 0), "2026-10-24T18:00:00Z"); // +02
        assert_eq!(utc(&p, 1), "2026-10-25T19:00:00Z"); // +01
        let spring = plan(
            "2027-03-27T20:00",
            "Europe/Berlin",
            Repeat::Daily,
            RepeatEnd::Never,
        );
        assert_eq!(utc(&spring, 0), "2027-03-27T19:00:00Z");
        assert_eq!(utc(&spring, 1), "2027-03-28T18:00:00Z");
        for n in 0..3 {
            assert!(spring.occurrence(n).unwrap().note.is_none());
        }
    }

    #[test]
    fn a_time_in_the_spring_gap_moves_forward_by_the_gap_and_says_so() {
        let p = plan(
            "2026-03-08T02:30",
            "America/New_York",
            Repeat::Once,
            RepeatEnd::Never,
        );
        let o = p.occurrence(0).unwrap();
        assert_eq!(o.at.to_string(), "2026-03-08T07:30:00Z"); // 03:30 EDT
        assert_eq!(
            o.note,
            Some(TimeNote::Gap {
                sent_at: "03:30".into()
            })
        );
        // Lord Howe springs forward by half an hour: 02:15 → 02:45.
        let p = plan(
            "2026-10-04T02:15",
            "Australia/Lord_Howe",
            Repeat::Once,
            RepeatEnd::Never,
        );
        assert_eq!(
            p.occurrence(0).unwrap().note,
            Some(TimeNote::Gap {
                sent_at: "02:45".into()
            })
        );
    }

    #[test]
    fn a_time_in_the_autumn_fold_takes_the_first_of_the_two() {
        let p = plan(
            "2026-11-01T01:30",
            "America/New_York",
            Repeat::Once,
            RepeatEnd::Never,
        );
        let o = p.occurrence(0).unwrap();
        assert_eq!(o.at.to_string(), "2026-11-01T05:30:00Z"); // EDT, the first 01:30
        assert_eq!(
            o.note,
            Some(TimeNote::Fold {
                offset: "-04".into(),
                later_offset: "-05".into()
            })
        );
        // Lord Howe falls back by half an hour: 01:45 exists twice, +11 then +10:30.
        let p = plan(
            "2026-04-05T01:45",
            "Australia/Lord_Howe",
            Repeat::Once,
            RepeatEnd::Never,
        );
        assert!(matches!(
            p.occurrence(0).unwrap().note,
            Some(TimeNote::Fold { .. })
        ));
        assert_eq!(
            p.occurrence(0).unwrap().at.to_string(),
            "2026-04-04T14:45:00Z"
        );
    }

    #[test]
    fn zones_without_dst_are_plain_and_a_daily_item_is_a_civil_day_apart() {
        for zone in ["Asia/Shanghai", "Asia/Seoul", "Asia/Tokyo"] {
            let p = plan(
                "2026-12-01T20:00",
                zone,
                Repeat::Daily,
                RepeatEnd::Count { times: 3 },
            );
            let all = p.upcoming(0, 10);
            assert_eq!(all.len(), 3, "{zone}");
            assert!(all.iter().all(|o| o.note.is_none()));
            assert_eq!(all[1].at.as_second() - all[0].at.as_second(), 86_400);
        }
        assert_eq!(
            utc(
                &plan(
                    "2026-12-01T20:00",
                    "Asia/Shanghai",
                    Repeat::Once,
                    RepeatEnd::Never
                ),
                0
            ),
            "2026-12-01T12:00:00Z"
        );
    }

    #[test]
    fn weekly_on_chosen_days_until_a_date_inclusive() {
        // 2026-12-01 is a Tuesday: Monday and Friday from then on, until Friday the 11th.
        let p = plan(
            "2026-12-01T19:30",
            "Europe/Berlin",
            Repeat::Weekly {
                days: vec![Weekday::Mon, Weekday::Fri],
            },
            RepeatEnd::Until {
                date: "2026-12-11".into(),
            },
        );
        let dates: Vec<String> = p
            .upcoming(0, 10)
            .iter()
            .map(|o| o.local.date().to_string())
            .collect();
        assert_eq!(dates, ["2026-12-04", "2026-12-07", "2026-12-11"]);
    }

    #[test]
    fn the_next_occurrence_is_strictly_after_the_instant() {
        let p = plan(
            "2026-12-01T20:00",
            "Asia/Seoul",
            Repeat::Daily,
            RepeatEnd::Never,
        );
        let first = p.occurrence(0).unwrap();
        assert_eq!(p.next_after(first.at).unwrap().n, 1);
        let just_before = first.at.checked_sub(jiff::Span::new().seconds(1)).unwrap();
        assert_eq!(p.next_after(just_before).unwrap().n, 0);
        let once = plan(
            "2026-12-01T20:00",
            "Asia/Seoul",
            Repeat::Once,
            RepeatEnd::Never,
        );
        assert_eq!(once.next_after(first.at), None);
    }

    #[test]
    fn what_cannot_be_read_is_named_all_at_once() {
        let problems = Plan::read(
            "tomorrow at eight",
            "Mars/Olympus_Mons",
            &Repeat::Weekly { days: vec![] },
            &RepeatEnd::Count { times: 0 },
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [
                PlanProblem::BadLocalTime,
                PlanProblem::UnknownZone,
                PlanProblem::NoWeekdays,
                PlanProblem::ZeroCount
            ]
        );
        assert_eq!(
            Plan::read(
                "2026-12-10T20:00",
                "UTC",
                &Repeat::Daily,
                &RepeatEnd::Until {
                    date: "2026-12-01".into()
                }
            )
            .unwrap_err(),
            [PlanProblem::UntilBeforeStart]
        );
    }
}
