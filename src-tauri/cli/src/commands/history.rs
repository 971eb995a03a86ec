//! `bdesk history`: the broadcasts sent from this data folder (by the app and by bdesk), newest first,
//! each with how it ended — sent, not sent, or unknown — and its Random, MsgSeq and attempts; or, with
//! `--export`, the same rows written to a CSV or JSON file, as the window's History exports them.
//!
//! The filter is the core's `HistoryFilter`, so the window, an export and this list the same rows.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use clap::{Args as ClapArgs, ValueEnum};
use desk_core::desk::ExportFormat;
use desk_core::outbox::{Delivery, HistoryFilter, OutboxEntry, SendSource};
use desk_core::{Error, Result};

use crate::Outcome;
use crate::local::Local;
use crate::output::Output;

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// Only broadcasts since then: a duration back from now (`90m`, `2h`, `7d`) or a date and time
    /// (`2026-11-30`, `2026-11-30T20:00:00Z`).
    #[arg(long, value_name = "DURATION|DATE")]
    since: Option<String>,
    /// Only broadcasts before then: a duration back from now or a date and time, as `--since`.
    #[arg(long, value_name = "DURATION|DATE")]
    until: Option<String>,
    /// Text anywhere in the message as sent (ASCII letters in any case), a whole Random or MsgSeq, or
    /// a broadcast's id or its first 8 characters or more.
    #[arg(long, value_name = "TEXT")]
    search: Option<String>,
    /// Only broadcasts from this door.
    #[arg(long, value_enum)]
    source: Option<SourceArg>,
    /// Only this profile's (name or id).
    #[arg(long)]
    profile: Option<String>,
    /// Only broadcasts that ended this way.
    #[arg(long, value_enum)]
    outcome: Option<OutcomeArg>,
    /// At most this many (newest first).
    #[arg(long, default_value_t = 50)]
    limit: usize,
    /// Write every broadcast the filter lists (not only `--limit`) to a new file instead, and print
    /// its path.
    #[arg(long, value_enum, value_name = "FORMAT")]
    export: Option<ExportArg>,
    /// The folder `--export` writes to (default: the Downloads folder, as the window's export).
    #[arg(long, value_name = "DIR", requires = "export")]
    dir: Option<std::path::PathBuf>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SourceArg {
    /// The window's composer and History.
    Window,
    /// The window's emergency panel, or `bdesk send --emergency`.
    Emergency,
    /// The schedule.
    Scheduled,
    /// `bdesk send`.
    Cli,
}

impl From<SourceArg> for SendSource {
    fn from(s: SourceArg) -> Self {
        match s {
            SourceArg::Window => SendSource::Window,
            SourceArg::Emergency => SendSource::Emergency,
            SourceArg::Scheduled => SendSource::Scheduled,
            SourceArg::Cli => SendSource::Cli,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportArg {
    Csv,
    Json,
}

impl From<ExportArg> for ExportFormat {
    fn from(e: ExportArg) -> Self {
        match e {
            ExportArg::Csv => ExportFormat::Csv,
            ExportArg::Json => ExportFormat::Json,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum OutcomeArg {
    Sent,
    NotSent,
    Unknown,
    /// Written down, waiting for its turn; nothing has left yet.
    Queued,
    /// An attempt has left; not ended yet.
    Sending,
}

impl From<OutcomeArg> for Delivery {
    fn from(o: OutcomeArg) -> Self {
        match o {
            OutcomeArg::Sent => Delivery::Sent,
            OutcomeArg::NotSent => Delivery::NotSent,
            OutcomeArg::Unknown => Delivery::Unknown,
            OutcomeArg::Queued => Delivery::Queued,
            OutcomeArg::Sending => Delivery::Sending,
        }
    }
}

/// `--since` / `--until` (`flag`, named in the error) as Unix milliseconds.
fn instant_ms(flag: &str, text: &str, now: SystemTime) -> Result<i64> {
    let instant = match humantime::parse_duration(text) {
        Ok(back) => now.checked_sub(back).unwrap_or(UNIX_EPOCH),
        Err(_) => {
            let full = if text.len() == 10 {
                format!("{text}T00:00:00Z")
            } else {
                text.to_owned()
            };
            humantime::parse_rfc3339_weak(&full).map_err(|_| Error::InvalidInput {
                path: flag.into(),
                message: format!(
                    "{text:?} is neither a duration (90m, 2h, 7d) nor a date (2026-11-30, \
                     2026-11-30T20:00:00Z)"
                ),
            })?
        }
    };
    Ok(instant
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_millis()
        .try_into()
        .unwrap_or(i64::MAX))
}

pub fn run(args: Args, out: &Output, local: &Local) -> Outcome {
    let done = (|| {
        let desk = local.desk()?;
        let now = SystemTime::now();
        let at = |flag: &str, text: &Option<String>| {
            text.as_deref()
                .map(|t| instant_ms(flag, t, now))
                .transpose()
        };
        let profile = args
            .profile
            .as_deref()
            .map(|p| desk.find_profile(p))
            .transpose()?;
        let filter = HistoryFilter {
            since_ms: at("--since", &args.since)?,
            until_ms: at("--until", &args.until)?,
            profile_id: profile.map(|p| p.id),
            delivery: args.outcome.map(Delivery::from),
            source: args.source.map(SendSource::from),
            text: args.search.clone(),
        };
        match args.export {
            Some(format) => {
                let dir = match &args.dir {
                    Some(dir) => dir.clone(),
                    None => desk_core::paths::export_dir()?,
                };
                desk.export_history(&filter, format.into(), &dir)
                    .map(Listed::Exported)
            }
            None => desk.history(&filter, args.limit).map(Listed::Rows),
        }
    })();
    match done {
        Ok(Listed::Rows(entries)) => {
            out.result(&entries, || table(&entries));
            Outcome::Success
        }
        Ok(Listed::Exported(file)) => {
            out.result(&file, || {
                let more = if file.truncated {
                    " (the newest; more matched)"
                } else {
                    ""
                };
                format!("{} broadcasts{more} written to {}", file.rows, file.path)
            });
            Outcome::Success
        }
        Err(err) => out.error(&err),
    }
}

enum Listed {
    Rows(Vec<OutboxEntry>),
    Exported(desk_core::desk::ExportedFile),
}

fn delivery_text(d: Delivery) -> &'static str {
    match d {
        Delivery::Queued => "queued",
        Delivery::Sending => "sending",
        Delivery::Sent => "sent",
        Delivery::NotSent => "not sent",
        Delivery::Unknown => "UNKNOWN",
    }
}

fn table(entries: &[OutboxEntry]) -> String {
    if entries.is_empty() {
        return "no broadcasts yet".to_owned();
    }
    let mut text = String::from(
        "WHEN (UTC)            PROFILE              OUTCOME   RANDOM      MSGSEQ  TRIES  SOURCE",
    );
    for e in entries {
        let when = humantime::format_rfc3339_seconds(
            UNIX_EPOCH + Duration::from_millis(u64::try_from(e.created_at).unwrap_or(0)),
        );
        text.push_str(&format!(
            "\n{when:<21} {:<20} {:<9} {:<11} {:>6}  {:>5}  {:?}",
            e.profile_name.chars().take(20).collect::<String>(),
            delivery_text(e.delivery),
            e.random,
            e.msg_seq.map_or_else(|| "-".to_owned(), |s| s.to_string()),
            e.attempts,
            e.source,
        ));
        if e.cancelled_at.is_some() {
            text.push_str("\n    cancelled before it left");
        } else if e.delivery != Delivery::Sent
            && let Some(info) = &e.last_info
        {
            text.push_str(&format!(
                "\n    last: {}",
                info.chars().take(100).collect::<String>()
            ));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_takes_a_duration_back_or_a_date() {
        let now = UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        assert_eq!(
            instant_ms("--since", "2h", now).unwrap(),
            (1_800_000_000 - 7200) * 1000
        );
        assert_eq!(
            instant_ms("--until", "2026-11-30", now).unwrap(),
            1_795_996_800 * 1000
        );
        let err = instant_ms("--until", "yesterday-ish", now).unwrap_err();
        assert!(err.to_string().contains("--until"), "{err}");
    }
}
