//! The Tauri shell of Broadcast Desk: builder, managed state and IPC commands, wired to desk-core.
//!
//! Not here: rules. Signing, validation, sending and scheduling live in desk-core; a command that grows
//! past a few lines is a sign that logic belongs there instead.

mod bindings;
mod commands;
mod error;

pub use commands::app::AppInfo;
pub use error::IpcError;

/// Builds and runs the app until the last window closes.
pub fn run() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![commands::app::app_info])
        .run(tauri::generate_context!())
        .expect("error while running Broadcast Desk");
}
