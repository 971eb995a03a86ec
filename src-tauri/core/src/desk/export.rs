//! History written to a file a producer can keep, send on or open in a spreadsheet: the broadcasts a
//! [`HistoryFilter`] lists, as CSV (one row each, the exact body in the last column) or as JSON (each
//! with its attempts and its body as JSON).
//!
//! The file gets a new name each time (`broadcast-desk-history-<UTC time>.csv`, `-2`… when that
//! exists), is created without replacing anything, and is removed again if writing it fails, so a
//! half-written export is never left behind.
//!
//! Not here: which rows (the filter, one SQL query in `outbox`) or which folder (the caller's: the app
//! passes [`crate::paths::export_dir`]).

use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Desk, lock};
use crate::outbox::{Attempt, HistoryFilter, OutboxEntry};
use crate::{Error, Result};

/// The most rows one export holds, newest first. An export is built in memory; this keeps it bounded
/// while being far beyond what a producer's desk sends (years of shows at a few hundred a day).
pub const EXPORT_MAX_ROWS: usize = 100_000;

/// The two formats History exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ExportFormat {
    Csv,
    Json,
}

impl ExportFormat {
    fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ExportedFile {
    /// The file's full path, as the system names it.
    pub path: String,
    pub rows: u32,
    /// More broadcasts matched than [`EXPORT_MAX_ROWS`]: the file has the newest ones.
    pub truncated: bool,
}

/// One broadcast in the JSON export.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonRow<'a> {
    #[serde(flatten)]
    entry: &'a OutboxEntry,
    attempt_list: Vec<Attempt>,
    /// The body as sent, as JSON rather than a string of it.
    body: serde_json::Value,
}

/// The JSON export as a whole.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonExport<'a> {
    exported_at: String,
    filter: &'a HistoryFilter,
    broadcasts: Vec<JsonRow<'a>>,
}

/// The CSV's columns, in order. Times are RFC 3339 in UTC; `text` is the message's text elements,
/// one per line; `body` the JSON exactly as sent.
const CSV_COLUMNS: [&str; 21] = [
    "written_at",
    "outbox_id",
    "profile",
    "profile_id",
    "target",
    "source",
    "outcome",
    "cancelled_at",
    "decision",
    "resent_as",
    "msg_seq",
    "random",
    "attempts",
    "first_attempt_at",
    "ended_at",
    "last_class",
    "last_code",
    "last_info",
    "os_user",
    "text",
    "body",
];

impl Desk {
    /// Writes the broadcasts `filter` lists (newest first, at most [`EXPORT_MAX_ROWS`]) to a new file
    /// in `dir` and says where.
    pub fn export_history(
        &self,
        filter: &HistoryFilter,
        format: ExportFormat,
        dir: &Path,
    ) -> Result<ExportedFile> {
        let mut entries = self.history(filter, EXPORT_MAX_ROWS + 1)?;
        let truncated = entries.len() > EXPORT_MAX_ROWS;
        entries.truncate(EXPORT_MAX_ROWS);
        let bodies = {
            let store = lock(&self.store);
            let outbox = store.outbox();
            entries
                .iter()
                .map(|e| outbox.body(&e.id))
                .collect::<Result<Vec<_>>>()?
        };
        let now = self.now_ms();
        let (path, file) = new_file(dir, now, format)?;
        let written = (|| -> Result<()> {
            let mut out = BufWriter::new(file);
            match format {
                ExportFormat::Csv => write_csv(&mut out, &entries, &bodies)?,
                ExportFormat::Json => {
                    let attempts = {
                        let store = lock(&self.store);
                        let outbox = store.outbox();
                        entries
                            .iter()
                            .map(|e| outbox.attempts(&e.id))
                            .collect::<Result<Vec<_>>>()?
                    };
                    write_json(&mut out, filter, now, &entries, attempts, &bodies)?;
                }
            }
            out.flush().map_err(|e| io(&path, e))?;
            out.get_ref().sync_all().map_err(|e| io(&path, e))
        })();
        if let Err(err) = written {
            let _ = std::fs::remove_file(&path);
            return Err(err);
        }
        Ok(ExportedFile {
            path: path.display().to_string(),
            rows: u32::try_from(entries.len()).unwrap_or(u32::MAX),
            truncated,
        })
    }
}

fn io(path: &Path, e: std::io::Error) -> Error {
    Error::io(format!("writing the export {}", path.display()), e)
}

/// A file that did not exist, named after `now`: `-2`, `-3`… when two exports share a second.
fn new_file(dir: &Path, now_ms: i64, format: ExportFormat) -> Result<(PathBuf, File)> {
    // Colons are not allowed in Windows file names.
    let stamp = utc(now_ms).replace(':', "-");
    let stamp = stamp.split('.').next().unwrap_or(&stamp).to_owned() + "Z";
    for n in 1..=100 {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let path = dir.join(format!(
            "broadcast-desk-history-{stamp}{suffix}.{}",
            format.extension()
        ));
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io(&path, e)),
        }
    }
    Err(Error::InvalidInput {
        path: "export".into(),
        message: format!(
            "{} already holds a hundred exports from this second",
            dir.display()
        ),
    })
}

/// Unix milliseconds as RFC 3339 in UTC, to the millisecond.
fn utc(ms: i64) -> String {
    let at = UNIX_EPOCH + Duration::from_millis(u64::try_from(ms).unwrap_or(0));
    humantime::format_rfc3339_millis(at).to_string()
}

fn utc_opt(ms: Option<i64>) -> String {
    ms.map(utc).unwrap_or_default()
}

/// A spreadsheet reads a cell that starts with `=`, `+`, `-` or `@` as a formula (which can run
/// commands or fetch URLs when the file is opened): such free text, which a message, a profile name
/// or a server's answer may be, is written with a leading apostrophe, as spreadsheets themselves do to
/// show text. The exact body in the last column starts with `{` and is never changed.
fn cell_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// The message's text elements, one per line.
fn message_text(body: &str) -> String {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(body) else {
        return String::new();
    };
    value["MsgBody"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["MsgType"] == "TIMTextElem")
        .filter_map(|e| e["MsgContent"]["Text"].as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

fn write_csv(out: impl Write, entries: &[OutboxEntry], bodies: &[String]) -> Result<()> {
    let fail = |e: csv::Error| Error::Internal(format!("writing the CSV export: {e}"));
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(CSV_COLUMNS).map_err(fail)?;
    for (e, body) in entries.iter().zip(bodies) {
        let decision = match e.resolution {
            Some(crate::outbox::Resolution::Delivered) => "delivered",
            Some(crate::outbox::Resolution::SentAgain) => "sent-again",
            None => "",
        };
        let class = e
            .last_class
            .map(|c| serde_json::to_value(c).ok())
            .and_then(|v| v.and_then(|v| v.as_str().map(str::to_owned)))
            .unwrap_or_default();
        let record: [String; CSV_COLUMNS.len()] = [
            utc(e.created_at),
            e.id.clone(),
            cell_text(&e.profile_name),
            e.profile_id.clone().unwrap_or_default(),
            e.target.clone(),
            e.source.db_name().to_owned(),
            e.delivery.catalogue_name().to_owned(),
            utc_opt(e.cancelled_at),
            decision.to_owned(),
            e.resent_as.clone().unwrap_or_default(),
            e.msg_seq.map(|s| s.to_string()).unwrap_or_default(),
            e.random.to_string(),
            e.attempts.to_string(),
            utc_opt(e.first_attempt_at),
            utc_opt(e.finished_at),
            class,
            e.last_code.map(|c| c.to_string()).unwrap_or_default(),
            cell_text(e.last_info.as_deref().unwrap_or_default()),
            cell_text(&e.os_user),
            cell_text(&message_text(body)),
            body.clone(),
        ];
        csv.write_record(&record).map_err(fail)?;
    }
    csv.flush()
        .map_err(|e| Error::io("writing the CSV export", e))
}

fn write_json(
    out: impl Write,
    filter: &HistoryFilter,
    now_ms: i64,
    entries: &[OutboxEntry],
    attempts: Vec<Vec<Attempt>>,
    bodies: &[String],
) -> Result<()> {
    let export = JsonExport {
        exported_at: utc(now_ms),
        filter,
        broadcasts: entries
            .iter()
            .zip(attempts)
            .zip(bodies)
            .map(|((entry, attempt_list), body)| JsonRow {
                entry,
                attempt_list,
                // A stored body is the JSON that was sent; were it ever unreadable, it is kept as text.
                body: serde_json::from_str(body)
                    .unwrap_or_else(|_| serde_json::Value::String(body.clone())),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(out, &export)
        .map_err(|e| Error::Internal(format!("writing the JSON export: {e}")))
}
