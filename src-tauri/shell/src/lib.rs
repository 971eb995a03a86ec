//! The Tauri shell of Broadcast Desk: builder, managed state and IPC commands, wired to desk-core.
//!
//! Not here: rules. Signing, validation, sending and scheduling live in desk-core; a command that grows
//! past a few lines is a sign that logic belongs there instead.

mod app_state;
mod background;
mod bindings;
mod commands;
mod emergency;
#[cfg(test)]
mod emergency_bench;
mod error;
mod keep_warm;
mod scheduler;
#[cfg(test)]
mod window_door;

use tauri::Manager;

pub use commands::app::AppInfo;
pub use commands::sandbox::{SandboxDelivery, SandboxInfo};
pub use error::IpcError;

/// Builds and runs the app until it quits (closing the window while sends are scheduled keeps it in the
/// tray: see `background`).
pub fn run() {
    tauri::Builder::default()
        // First, so a second launch hands over to the first before it opens anything.
        .plugin(background::single_instance())
        .setup(|app| {
            let info = AppInfo {
                name: app.package_info().name.clone(),
                version: app.package_info().version.to_string(),
                commit: desk_core::info::COMMIT.into(),
                identifier: app.config().identifier.clone(),
                data_dir: String::new(),
                build_kind: desk_core::info::BuildKind::current(),
            };
            let state = app_state::AppState::start(info);
            let desk = state.desk().ok();
            app.manage(state);
            let shortcut = emergency::register(app.handle());
            if let emergency::ShortcutState::Unavailable { problem, detail } = &shortcut {
                eprintln!("Broadcast Desk: no emergency shortcut here ({problem:?}) {detail}");
            }
            app.state::<app_state::AppState>()
                .emergency()
                .set_shortcut(shortcut);
            if let Some(desk) = desk {
                keep_warm::start(desk);
            }
            background::setup(app.handle());
            Ok(())
        })
        .on_window_event(background::on_window_event)
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
        .expect("error while running Broadcast Desk");
}
