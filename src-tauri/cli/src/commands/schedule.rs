//! `bdesk schedule add|list|show|cancel` and `bdesk run-scheduler`: the app's scheduled-send list,
//! from a script, and the scheduler itself for a machine without the window.

use std::sync::Arc;

use clap::{Args as ClapArgs, Subcommand};
use desk_core::desk::Desk;
use desk_core::schedule::time::{instant_text, local_in, local_text, system_zone};
use desk_core::schedule::{
    MissedPolicy, Repeat, RepeatEnd, Run, ScheduleDraft, ScheduleItem, Weekday,
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
