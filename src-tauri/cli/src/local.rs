//! What bdesk keeps on this machine: the desk over the data folder (the same SQLite database and
//! keychain namespace the app of the same build kind uses).
//!
//! The desk is opened only by commands that need it: `validate` and `usersig` with explicit options work
//! with no data folder and no keychain at all; an explicit `send` needs no keychain, but writes its
//! outbox row in the data folder like every send.
//!
//! Not here: any rule. Everything a profile or key command does is a call on desk-core's `Desk`, the
//! same one the window drives.

use std::path::PathBuf;

use desk_core::Result;
use desk_core::desk::Desk;

/// Where this invocation's data lives; from `--data-dir`, else `BDESK_DATA_DIR`, else the OS default.
#[derive(Debug, Clone)]
pub struct Local {
    data_dir: Option<PathBuf>,
}

impl Local {
    pub fn new(data_dir: Option<PathBuf>) -> Self {
        Self { data_dir }
    }

    /// The folder given on the command line, if any (else the environment or the OS default decides).
    pub fn data_dir(&self) -> Option<&std::path::Path> {
        self.data_dir.as_deref()
    }

    /// Opens (creating the folder and file if needed) and migrates the database.
    pub fn desk(&self) -> Result<Desk> {
        Desk::open_for_build(self.data_dir.clone())
    }
}
