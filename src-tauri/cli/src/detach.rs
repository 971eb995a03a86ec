//! Starting the bdesk that sends a `--no-wait` broadcast after the one that queued it has exited.
//!
//! The child is the same executable, running the hidden `outbox deliver ID`, with no terminal: its
//! standard streams are closed and it is in a process group of its own (a new process group on
//! Windows too, without a console), so closing the terminal or Ctrl+C in the shell that ran
//! `bdesk send --no-wait` does not stop it. What it did is in the outbox (`bdesk history`), not on a
//! terminal.
//!
//! Not here: how the row is handed over (desk-core's `Desk::take_over`).

use std::process::{Command, Stdio};

use desk_core::{Error, Result};

use crate::local::Local;

pub fn spawn_deliverer(local: &Local, outbox_id: &str) -> Result<()> {
    let exe = std::env::current_exe().map_err(|e| {
        Error::io(
            "finding bdesk's own executable to send in the background",
            e,
        )
    })?;
    let mut command = Command::new(exe);
    if let Some(dir) = local.data_dir() {
        command.arg("--data-dir").arg(dir);
    }
    command
        .args(["outbox", "deliver", outbox_id])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt as _;
        command.process_group(0);
    }
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt as _;
        const DETACHED_PROCESS: u32 = 0x0000_0008;
        const CREATE_NEW_PROCESS_GROUP: u32 = 0x0000_0200;
        command.creation_flags(DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP);
    }
    // Not waited for: it outlives us by design, and init adopts it.
    command
        .spawn()
        .map(drop)
        .map_err(|e| Error::io("starting bdesk to send in the background", e))
}
