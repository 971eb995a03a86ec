//! The Tauri shell of Broadcast Desk: builder, managed state and IPC commands, wired to desk-core.
//!
//! Not here: rules. Signing, validation, sending and scheduling live in desk-core; a command that grows
//! past a few lines is a sign that logic belongs there instead.

mod bindings;
mod commands;
mod error;
mod state;

use tauri::Manager;

pub use commands::app::AppInfo;
pub use commands::sandbox::{SandboxDelivery, SandboxInfo};
pub use error::IpcError;

/// Builds and runs the app until the last window closes.
pub fn run() {
    tauri::Builder::default()
        .setup(|app| {
            app.manage(state::Engine::start());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::profiles::profiles_overview,
            commands::profiles::regions,
            commands::profiles::profile_create,
            commands::profiles::profile_update,
            commands::profiles::profile_duplicate,
            commands::profiles::profile_delete,
            commands::profiles::profile_activate,
            commands::profiles::connection_test,
            commands::secrets::secret_status,
            commands::secrets::secret_set,
            commands::secrets::secret_delete,
            commands::broadcast::broadcast_send,
            commands::sandbox::sandbox_open,
            commands::sandbox::sandbox_info,
            commands::sandbox::sandbox_deliveries,
            commands::sandbox::sandbox_watch,
        ])
        .run(tauri::generate_context!())
        .expect("error while running Broadcast Desk");
}
