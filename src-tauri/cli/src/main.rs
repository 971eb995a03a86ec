//! bdesk: Broadcast Desk without the window, for automation (a Stream Deck button, a cron job, a script).
//!
//! It is a thin front door to desk-core, like the Tauri shell: it parses arguments, calls the core and
//! prints the result — readable text by default, one JSON object with `--json`. Exit codes: 0 success
//! (for `send`: sent), 1 rejected or invalid (the core or Tencent said no; for `send`: certainly not
//! sent), 2 unusable input (bad arguments, unreadable file, no secret on stdin), 3 `send`'s outcome is
//! unknown (an attempt may have been delivered and no answer said so: do NOT resend with a new
//! Random; see `bdesk history`).
//!
//! The secret key never comes from a command-line argument (other users can read those in `ps`): it is
//! read from standard input with `--secret-stdin`, or from the system keychain for a saved profile
//! (`--profile`). Profiles live in the same database as the app's (`--data-dir`, `BDESK_DATA_DIR`, or
//! the OS data folder); a debug bdesk uses the dev app's database and keychain entries, a release bdesk
//! the release app's.
//!
//! Not here: any rule. If a command needs more than parsing and printing, the logic belongs in desk-core.

mod commands;
mod detach;
mod local;
mod output;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "bdesk",
    version = desk_core::info::VERSION_WITH_COMMIT,
    about = "Broadcast Desk, headless: sign, validate and send Tencent Cloud Chat broadcasts"
)]
struct Cli {
    /// Print one JSON object instead of text.
    #[arg(long, global = true)]
    json: bool,

    /// The folder holding Broadcast Desk's profiles database (created if missing). Default:
    /// $BDESK_DATA_DIR, else the app's own data folder, so the app sees what bdesk saves.
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print a UserSig (TLSSigAPIv2) for an identifier.
    Usersig(commands::usersig::Args),
    /// Check a send_broadcast_msg body: every field rule and the 12,000-byte limit.
    Validate(commands::validate::Args),
    /// Send one broadcast to every audio-video group of the app.
    Send(commands::send::Args),
    /// Test the connection and credentials with a harmless account_check.
    Check(commands::check::Args),
    /// The broadcasts sent from this data folder, newest first, and how each ended.
    History(commands::history::Args),
    /// What needs you: broadcasts in flight, and unknown outcomes to decide on (`outbox resolve`).
    Outbox(commands::outbox::Args),
    /// Add, list, change and remove saved profiles (the apps you broadcast through).
    #[command(subcommand)]
    Profile(commands::profile::Command),
    /// The scheduled-send list: add, list, show, edit, cancel, decide, news (the app's, on the same
    /// data folder).
    #[command(subcommand)]
    Schedule(commands::schedule::Command),
    /// Run the schedule of the data folder here until interrupted (SIGINT/SIGTERM finish the send in
    /// flight). Only one scheduler per folder: refused while the app or another bdesk runs it.
    RunScheduler,
    /// Save, remove or look up a profile's secret key in the system keychain (never shown).
    #[command(subcommand)]
    Secret(commands::secret::Command),
    /// Save messages under a name to send again (`bdesk send --template NAME`), and manage them.
    #[command(subcommand)]
    Template(commands::template::Command),
}

/// How a command ended, mapped to the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    /// The core or the server refused: invalid message, API error, failed check.
    Rejected,
    /// The input could not be used at all.
    Unusable,
    /// A broadcast may or may not have gone out.
    Unknown,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> Self {
        ExitCode::from(match outcome {
            Outcome::Success => 0,
            Outcome::Rejected => 1,
            Outcome::Unusable => 2,
            Outcome::Unknown => 3,
        })
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let out = output::Output::new(cli.json);
    let local = local::Local::new(cli.data_dir);
    let outcome = match cli.command {
        Command::Usersig(args) => commands::usersig::run(args, &out, &local),
        Command::Validate(args) => commands::validate::run(args, &out),
        Command::Send(args) => commands::send::run(args, &out, &local),
        Command::Check(args) => commands::check::run(args, &out, &local),
        Command::History(args) => commands::history::run(args, &out, &local),
        Command::Outbox(args) => commands::outbox::run(args, &out, &local),
        Command::Profile(command) => commands::profile::run(command, &out, &local),
        Command::Secret(command) => commands::secret::run(command, &out, &local),
        Command::Schedule(command) => commands::schedule::run(command, &out, &local),
        Command::RunScheduler => commands::schedule::run_scheduler(&out, &local),
        Command::Template(command) => commands::template::run(command, &out, &local),
    };
    outcome.into()
}
