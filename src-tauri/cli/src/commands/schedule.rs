//! `bdesk schedule add|list|show|edit|cancel|decide|news` and `bdesk run-scheduler`: the app's
//! scheduled-send list, from a script, and the scheduler itself for a machine without the window.

use std::sync::Arc;

use clap::{Args as ClapArgs, Subcommand};
use desk_core::desk::Desk;
use desk_core::schedule::time::{instant_text, local_in, local_text, parse_instant, system_zone};
use desk_core::schedule::{
    Clash, HORIZON_DAYS, MissedChoice, MissedPolicy, Repeat, RepeatEnd, Run, RunNews, RunState,
    ScheduleDraft, ScheduleItem, SkipReason, Weekday,
};
use desk_core::{Error, Result};
use serde::Serialize;

use super::message_args::MessageArgs;
use super::target::runtime;
use crate::Outcome;
use crate::local::Local;
use crate::output::Output;

/// `show` lists at most this many upcoming sends.
const UPCOMING_SHOWN: usize = 10;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Schedule a broadcast (for a saved profile): at a local time in a zone, or in a while.
    Add(Box<AddArgs>),
    /// Every scheduled item, the next due first.
    List,
    /// One item, with its next sends (up to 10) and what became of past ones.
    Show { id: String },
    /// Change an item in place (what is not given stays). Refused if it starts sending meanwhile.
    Edit(Box<EditArgs>),
    /// Cancel an item: nothing more of it is sent.
    Cancel { id: String },
    /// Send or skip an occurrence held for a decision (policy `ask`): see `bdesk schedule news`.
    Decide(DecideArgs),
    /// What became of scheduled sends you have not seen: sent late, skipped (and why), held for a
    /// decision, not sent or unknown.
    News {
        /// Then mark what was listed as seen (it is not listed again).
        #[arg(long)]
        seen: bool,
    },
}

#[derive(Debug, ClapArgs)]
#[command(group(clap::ArgGroup::new("choice").required(true).args(["send", "skip"])))]
pub struct DecideArgs {
    id: String,
    /// The held occurrence's time, RFC 3339 (`2026-12-01T19:00:00Z`, as `news` and `show` print it).
    #[arg(long, value_name = "RFC3339")]
    due: String,
    /// Send it now (late), and wait for its outcome (exit codes as `bdesk send`).
    #[arg(long)]
    send: bool,
    /// Do not send it.
    #[arg(long)]
    skip: bool,
}

#[derive(Debug, ClapArgs)]
pub struct EditArgs {
    id: String,
    /// New text (one TIMTextElem).
    #[arg(long, conflicts_with_all = ["body", "template"])]
    text: Option<String>,
    /// New JSON body file (`-` for standard input).
    #[arg(long, conflicts_with = "template")]
    body: Option<String>,
    /// A saved template's message.
    #[arg(long, value_name = "NAME")]
    template: Option<String>,
    /// New local date and time, `2026-12-01T20:00`.
    #[arg(long, conflicts_with = "in_")]
    at: Option<String>,
    /// Instead of --at: this long from now.
    #[arg(long = "in", id = "in_", value_name = "DURATION")]
    in_: Option<String>,
    /// New IANA time zone.
    #[arg(long)]
    zone: Option<String>,
    /// New repeat: `once`, `daily` or `weekly:mon,fri`.
    #[arg(long, value_name = "once|daily|weekly:DAYS")]
    every: Option<String>,
    /// New last date (`2026-12-31`); `never` to repeat without end.
    #[arg(long, conflicts_with = "count")]
    until: Option<String>,
    /// Stop after this many sends in all.
    #[arg(long)]
    count: Option<u32>,
    /// New missed-send policy: `send:15m`, `skip` or `ask`.
    #[arg(long)]
    missed: Option<String>,
    /// New label (empty to remove it).
    #[arg(long)]
    label: Option<String>,
    /// The date is meant even though it is more than a year ahead.
    #[arg(long)]
    confirm_far: bool,
}

#[derive(Debug, ClapArgs)]
pub struct AddArgs {
    /// The saved profile it goes through (name or id). Fixed: changing the app's active profile
    /// never retargets it.
    #[arg(long)]
    profile: String,
    #[command(flatten)]
    message: MessageArgs,
    /// Local date and time, `2026-12-01T20:00`, in --zone.
    #[arg(long, conflicts_with = "in_", required_unless_present = "in_")]
    at: Option<String>,
    /// Instead of --at: this long from now (`90s`, `10m`, `2h`).
    #[arg(long = "in", id = "in_", value_name = "DURATION")]
    in_: Option<String>,
    /// IANA time zone (`Europe/Berlin`, `Asia/Seoul`). Default: this computer's.
    #[arg(long)]
    zone: Option<String>,
    /// Repeat: `daily`, or `weekly:mon,fri`.
    #[arg(long, value_name = "daily|weekly:DAYS")]
    every: Option<String>,
    /// Last date a repeat may fall on (local, inclusive): `2026-12-31`.
    #[arg(long, conflicts_with = "count", requires = "every")]
    until: Option<String>,
    /// Stop after this many sends.
    #[arg(long, requires = "every")]
    count: Option<u32>,
    /// When it could not go out on time: `send:15m` (send if at most that late; the default),
    /// `skip`, or `ask` (hold it for a decision in the app).
    #[arg(long, value_name = "send:DURATION|skip|ask")]
    missed: Option<String>,
    /// A label for the list.
    #[arg(long)]
    label: Option<String>,
    /// The date is meant even though it is more than a year ahead.
    #[arg(long)]
    confirm_far: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Printed<'a> {
    #[serde(flatten)]
    item: &'a ScheduleItem,
    /// The next send as RFC 3339 (UTC), when one is left.
    next: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    upcoming: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    runs: Option<&'a [Run]>,
}

fn bad(path: &str, message: String) -> Error {
    Error::InvalidInput {
        path: path.into(),
        message,
    }
}

fn repeat_of(every: Option<&str>) -> Result<Repeat> {
    let Some(every) = every else {
        return Ok(Repeat::Once);
    };
    match every {
        "once" => return Ok(Repeat::Once),
        "daily" => return Ok(Repeat::Daily),
        _ => {}
    }
    let days = every
        .strip_prefix("weekly:")
        .ok_or_else(|| bad("--every", format!("{every:?}: use daily or weekly:mon,fri")))?;
    let days = days
        .split(',')
        .filter(|d| !d.is_empty())
        .map(|d| {
            serde_json::from_value::<Weekday>(serde_json::Value::String(d.trim().to_lowercase()))
                .map_err(|_| {
                    bad(
                        "--every",
                        format!("{d:?} is not a day: use mon, tue, wed, thu, fri, sat, sun"),
                    )
                })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Repeat::Weekly { days })
}

fn missed_of(missed: Option<&str>) -> Result<MissedPolicy> {
    match missed {
        None => Ok(MissedPolicy::default()),
        Some("skip") => Ok(MissedPolicy::Skip),
        Some("ask") => Ok(MissedPolicy::Ask),
        Some(other) => {
            let late = other
                .strip_prefix("send:")
                .and_then(|d| humantime::parse_duration(d).ok())
                .ok_or_else(|| {
                    bad(
                        "--missed",
                        format!("{other:?}: use send:15m (send if at most that late), skip or ask"),
                    )
                })?;
            Ok(MissedPolicy::SendIfLate {
                max_secs: u32::try_from(late.as_secs()).unwrap_or(u32::MAX),
            })
        }
    }
}

/// `--in 90s` as the local time it means in `zone`.
fn at_in(span: &str, zone: &str) -> Result<String> {
    let secs = humantime::parse_duration(span)
        .map_err(|_| {
            bad(
                "--in",
                format!("{span:?}: use a duration such as 90s, 10m, 2h"),
            )
        })?
        .as_secs();
    let now = desk_core::clock::Clock::now_unix_ms(&desk_core::clock::SystemClock);
    local_in(now, secs, zone).ok_or_else(|| {
        bad(
            "--zone",
            format!("{zone:?} is not a time zone this computer knows"),
        )
    })
}

fn edit(desk: &Desk, args: &EditArgs, local: &Local) -> Result<ScheduleItem> {
    let item = desk.scheduled_item(&args.id)?;
    let zone = args.zone.clone().unwrap_or_else(|| item.zone.clone());
    let at = match (&args.at, &args.in_) {
        (Some(at), _) => at.clone(),
        (None, Some(span)) => at_in(span, &zone)?,
        (None, None) => item.at.clone(),
    };
    let body = if args.text.is_some() || args.body.is_some() || args.template.is_some() {
        MessageArgs {
            text: args.text.clone(),
            body: args.body.clone(),
            template: args.template.clone(),
            from_account: None,
            cloud_custom_data: None,
        }
        .draft(true, local)?
    } else {
        item.body.clone()
    };
    let end = match (&args.until, args.count) {
        (Some(never), _) if never == "never" => RepeatEnd::Never,
        (Some(date), _) => RepeatEnd::Until { date: date.clone() },
        (None, Some(times)) => RepeatEnd::Count { times },
        (None, None) => item.end.clone(),
    };
    let draft = ScheduleDraft {
        profile_id: item.profile_id.clone(),
        body,
        at,
        zone,
        repeat: match &args.every {
            Some(every) => repeat_of(Some(every))?,
            None => item.repeat.clone(),
        },
        end,
        missed: match &args.missed {
            Some(missed) => missed_of(Some(missed))?,
            None => item.missed,
        },
        label: args.label.clone().or_else(|| item.label.clone()),
        confirm_far: args.confirm_far,
    };
    desk.save_scheduled(&args.id, &draft, None)
}

fn add(desk: &Desk, args: &AddArgs, local: &Local) -> Result<ScheduleItem> {
    let profile = desk.find_usable_profile(&args.profile)?;
    let zone = args
        .zone
        .clone()
        .or_else(system_zone)
        .unwrap_or_else(|| "UTC".into());
    let at = match (&args.at, &args.in_) {
        (Some(at), _) => at.clone(),
        (None, Some(span)) => at_in(span, &zone)?,
        (None, None) => unreachable!("clap requires --at or --in"),
    };
    let end = match (&args.until, args.count) {
        (Some(date), _) => RepeatEnd::Until { date: date.clone() },
        (None, Some(times)) => RepeatEnd::Count { times },
        (None, None) => RepeatEnd::Never,
    };
    desk.schedule(&ScheduleDraft {
        profile_id: profile.id,
        body: args.message.draft(true, local)?,
        at,
        zone,
        repeat: repeat_of(args.every.as_deref())?,
        end,
        missed: missed_of(args.missed.as_deref())?,
        label: args.label.clone(),
        confirm_far: args.confirm_far,
    })
}

/// Another item of the profile falls too close to this one for the profile's rate: the pipeline paces
/// them, so one goes late.
fn warn_clashes(item: &ScheduleItem, out: &Output) {
    for clash in &item.clashes {
        out.warn(&clash_text(clash, &item.zone));
    }
}

fn clash_text(clash: &Clash, zone: &str) -> String {
    let other = clash.label.as_deref().unwrap_or(&clash.item_id);
    let mut text = format!(
        "{} {zone} is too close to {other:?} at {} for this profile's rate: one of them goes about          {:.1} s late",
        local_text(clash.at, zone),
        local_text(clash.other_at, zone),
        clash.later_by_ms as f64 / 1000.0
    );
    if clash.times > 1 {
        text.push_str(&format!(
            " ({} sends in the next {HORIZON_DAYS} days)",
            clash.times
        ));
    }
    text
}

/// `decide`: the core decides; a send is completed here, and printed as `bdesk send` prints one.
fn decide(desk: Desk, args: &DecideArgs, out: &Output) -> Outcome {
    let Some(due_at) = parse_instant(&args.due) else {
        return out.error(&bad(
            "--due",
            format!(
                "{:?} is not an RFC 3339 time such as 2026-12-01T19:00:00Z",
                args.due
            ),
        ));
    };
    let choice = if args.send {
        MissedChoice::SendNow
    } else {
        MissedChoice::Skip
    };
    let desk = Arc::new(desk);
    match desk.decide_missed(&args.id, due_at, choice) {
        Ok(Some(queued)) => match runtime().block_on(desk.complete(queued)) {
            Ok(sent) => super::send::print_sent(&sent, out),
            Err(err) => out.error(&err),
        },
        Ok(None) => {
            out.result(
                &serde_json::json!({ "id": args.id, "dueAt": instant_text(due_at), "skipped": true }),
                || format!("{}: the send due at {} is skipped", args.id, instant_text(due_at)),
            );
            Outcome::Success
        }
        Err(err) => out.error(&err),
    }
}

fn news(desk: &Desk, seen: bool, out: &Output) -> Result<()> {
    let news = desk.schedule_news()?;
    out.result(&news, || {
        if news.is_empty() {
            return "nothing new from the schedule".to_owned();
        }
        news.iter().map(news_line).collect::<Vec<_>>().join("\n")
    });
    if seen && let Some(up_to) = news.iter().map(|n| n.at).max() {
        desk.mark_schedule_news_seen(up_to)?;
    }
    Ok(())
}

fn late(ms: i64) -> String {
    let secs = u64::try_from(ms / 1000).unwrap_or(0);
    humantime::format_duration(std::time::Duration::from_secs(secs)).to_string()
}

/// One news line, worded as the window words it: "skipped: 35m late (…)".
fn news_line(news: &RunNews) -> String {
    let what = match (news.state, &news.reason) {
        (RunState::Sent, _) => format!(
            "sent {} late{}",
            late(news.late_ms),
            news.msg_seq
                .map_or_else(String::new, |s| format!(" (MsgSeq {s})"))
        ),
        (RunState::Skipped, Some(SkipReason::TooLate { max_secs })) => format!(
            "skipped: {} late (its policy sends at most {} late)",
            late(news.late_ms),
            late(i64::from(*max_secs) * 1000)
        ),
        (RunState::Skipped, Some(SkipReason::Policy)) => format!(
            "skipped: {} late (its policy skips late sends)",
            late(news.late_ms)
        ),
        (RunState::Skipped, Some(SkipReason::Producer)) => "skipped by you".to_owned(),
        (RunState::Skipped, Some(SkipReason::ProfileGone)) => {
            "skipped: its profile was deleted".to_owned()
        }
        (RunState::Skipped, Some(SkipReason::NoKey)) => format!(
            "skipped: no key is saved for {} (`bdesk secret set`)",
            news.profile_name
        ),
        (RunState::Skipped, Some(SkipReason::Keychain)) => {
            "skipped: the keychain could not be asked for the key".to_owned()
        }
        (RunState::Skipped, Some(SkipReason::InvalidMessage)) => {
            "skipped: its message no longer passes the rules".to_owned()
        }
        (RunState::Skipped, Some(SkipReason::Failed { message })) => format!("skipped: {message}"),
        (RunState::Skipped, None) => format!("skipped: {} late", late(news.late_ms)),
        (RunState::Missed, _) => format!(
            "held {} late for your decision: bdesk schedule decide {} --due {} --send|--skip",
            late(news.late_ms),
            news.item_id,
            instant_text(news.due_at)
        ),
        (RunState::NotSent, _) => format!("not sent (see `bdesk history`, {})", news.outbox_id),
        (RunState::Unknown, _) => format!(
            "outcome unknown: check the groups, then `bdesk outbox resolve {} --delivered|--send-again`",
            news.outbox_id
        ),
        (other, _) => format!("{other:?}"),
    };
    format!(
        "{} {} {} ({}): {what}",
        local_text(news.due_at, &news.zone),
        news.zone,
        news.label.as_deref().unwrap_or(&news.item_id),
        news.profile_name
    )
}

fn line(item: &ScheduleItem) -> String {
    let next = item.next_at.map_or_else(
        || "—".to_owned(),
        |at| format!("{} {}", local_text(at, &item.zone), item.zone),
    );
    format!(
        "{:<37} {:<10} {:<28} {:<20} {}",
        item.id,
        format!("{:?}", item.status).to_lowercase(),
        next,
        item.profile_name.chars().take(20).collect::<String>(),
        item.label.as_deref().unwrap_or("")
    )
}

pub fn run(command: Command, out: &Output, local: &Local) -> Outcome {
    let desk = match local.desk() {
        Ok(desk) => desk,
        Err(err) => return out.error(&err),
    };
    let result = match command {
        Command::Add(args) => add(&desk, &args, local).map(|item| {
            warn_clashes(&item, out);
            let printed = Printed {
                next: item.next_at.map(instant_text),
                item: &item,
                upcoming: None,
                runs: None,
            };
            out.result(&printed, || {
                let mut text = format!(
                    "scheduled: {} — {} will be sent at {} {}",
                    item.id,
                    item.profile_name,
                    item.next_at
                        .map_or_else(String::new, |at| local_text(at, &item.zone)),
                    item.zone
                );
                if let Some(note) = &item.next_note {
                    text.push_str(&format!(" ({note:?})"));
                }
                text
            });
        }),
        Command::List => desk.schedules().map(|items| {
            let printed: Vec<Printed> = items
                .iter()
                .map(|item| Printed {
                    next: item.next_at.map(instant_text),
                    item,
                    upcoming: None,
                    runs: None,
                })
                .collect();
            out.result(&printed, || {
                if items.is_empty() {
                    return "nothing scheduled".to_owned();
                }
                let mut text = format!(
                    "{:<37} {:<10} {:<28} {:<20} LABEL",
                    "ID", "STATUS", "NEXT (LOCAL, ZONE)", "PROFILE"
                );
                for item in &items {
                    text.push('\n');
                    text.push_str(&line(item));
                }
                text
            });
        }),
        Command::Show { id } => (|| {
            let item = desk.scheduled_item(&id)?;
            let upcoming = desk.upcoming(&id, UPCOMING_SHOWN)?;
            let runs = desk.scheduled_runs(&id)?;
            let printed = Printed {
                next: item.next_at.map(instant_text),
                item: &item,
                upcoming: Some(upcoming.iter().copied().map(instant_text).collect()),
                runs: Some(&runs),
            };
            out.result(&printed, || {
                let mut text = line(&item);
                for at in &upcoming {
                    text.push_str(&format!(
                        "\n  will be sent at {} {} ({})",
                        local_text(*at, &item.zone),
                        item.zone,
                        instant_text(*at)
                    ));
                }
                for run in &runs {
                    text.push_str(&format!(
                        "\n  {} {}: {:?}{}",
                        local_text(run.due_at, &item.zone),
                        item.zone,
                        run.state,
                        run.msg_seq
                            .map_or_else(String::new, |s| format!(" (MsgSeq {s})"))
                    ));
                }
                text
            });
            Ok(())
        })(),
        Command::Edit(args) => edit(&desk, &args, local).map(|item| {
            warn_clashes(&item, out);
            let printed = Printed {
                next: item.next_at.map(instant_text),
                item: &item,
                upcoming: None,
                runs: None,
            };
            out.result(&printed, || {
                format!(
                    "{}: saved; will be sent at {} {}",
                    item.id,
                    item.next_at
                        .map_or_else(String::new, |at| local_text(at, &item.zone)),
                    item.zone
                )
            });
        }),
        Command::Cancel { id } => desk.cancel_scheduled(&id).map(|()| {
            out.result(&serde_json::json!({ "id": id, "cancelled": true }), || {
                format!("{id}: cancelled; nothing more of it is sent")
            });
        }),
        Command::Decide(args) => return decide(desk, &args, out),
        Command::News { seen } => news(&desk, seen, out),
    };
    match result {
        Ok(()) => Outcome::Success,
        Err(err) => out.error(&err),
    }
}

/// `bdesk run-scheduler`: runs the schedule until SIGINT or SIGTERM, then lets the sends in flight
/// finish. Refused (exit 1, naming the holder) while the app or another bdesk runs it.
pub fn run_scheduler(out: &Output, local: &Local) -> Outcome {
    let desk = match local.desk() {
        Ok(desk) => Arc::new(desk),
        Err(err) => return out.error(&err),
    };
    eprintln!(
        "bdesk: running the schedule of {} (Ctrl+C to stop)",
        desk.data_dir().display()
    );
    let rt = runtime();
    let ran = rt.block_on(async move {
        // Listening before the lock is taken: a stop asked for as soon as the holder file appears
        // must be a clean stop, not the default action of the signal.
        let stop = stop_signal();
        Arc::clone(&desk).run_scheduler("bdesk", stop).await
    });
    match ran {
        Ok(()) => Outcome::Success,
        Err(err) => out.error(&err),
    }
}

/// A future that resolves on SIGINT or SIGTERM (Ctrl+C on Windows), listening from the moment it is
/// made.
fn stop_signal() -> impl Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let signals = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        );
        async move {
            let (Ok(mut int), Ok(mut term)) = signals else {
                // No signal handling: run until killed (a kill still leaves nothing half done).
                return std::future::pending().await;
            };
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
