//! The app runs its data folder's schedule while it is open — unless `bdesk run-scheduler` already
//! does, in which case it waits and takes over when that one stops (one scheduler per folder, kept
//! by the core's lock).
//!
//! Not here: the schedule's rules or the loop itself (desk-core's `Desk::run_scheduler`), the tray, or
//! what the window shows about it.

use std::sync::Arc;
use std::time::Duration;

use desk_core::ErrorCode;
use desk_core::desk::Desk;

/// How often the app asks again for the schedule while another process runs it.
const RETRY: Duration = Duration::from_secs(5);

/// Starts the schedule in the background for as long as the app runs.
pub fn start(desk: Arc<Desk>) {
    tauri::async_runtime::spawn(async move {
        let mut told = false;
        loop {
            let ran = Arc::clone(&desk)
                .run_scheduler("app", std::future::pending())
                .await;
            match ran {
                Err(err) if err.code() == ErrorCode::SchedulerBusy => {
                    // Normal while bdesk runs it; said once, not every five seconds.
                    if !std::mem::replace(&mut told, true) {
                        eprintln!("Broadcast Desk: {err} The app takes over when it stops.");
                    }
                }
                Err(err) => eprintln!("Broadcast Desk could not run the schedule: {err}"),
                Ok(()) => return,
            }
            tokio::time::sleep(RETRY).await;
        }
    });
}
