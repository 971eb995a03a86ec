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
        .plugin(background::texts::page_plugin())
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

/// Weight the release build measured and shed (docs/BENCHMARKS.md, "Release build and footprint"),
/// held off: a dependency update that brings it back fails here instead of growing the app unseen.
#[cfg(test)]
mod lean_build_tests {
    const LOCK: &str = include_str!("../../../Cargo.lock");

    /// The `[[package]]` entries of Cargo.lock named `name`, as text.
    fn packages(name: &str) -> Vec<&str> {
        let header = format!("[[package]]\nname = \"{name}\"\n");
        LOCK.match_indices(&header)
            .map(|(at, _)| {
                let rest = &LOCK[at + header.len()..];
                &rest[..rest.find("\n\n").unwrap_or(rest.len())]
            })
            .collect()
    }

    /// The version of `dependency` that package `name` is locked to.
    fn locked_dependency(name: &str, dependency: &str) -> String {
        let [entry] = packages(name)[..] else {
            panic!("one {name} in Cargo.lock");
        };
        let listed = entry
            .lines()
            .map(|line| line.trim().trim_matches(|c| c == '"' || c == ','))
            .find(|line| line.split(' ').next() == Some(dependency))
            .unwrap_or_else(|| panic!("{name} does not depend on {dependency}"));
        match listed.split_once(' ') {
            Some((_, version)) => version.to_owned(),
            // Only one version is locked: Cargo.lock then names no version.
            None => {
                let [only] = packages(dependency)[..] else {
                    panic!("one {dependency} in Cargo.lock");
                };
                only.lines().next().unwrap_or_default().to_owned()
            }
        }
    }

    /// Every D-Bus user the app links speaks through one zbus. tauri-plugin-notification and
    /// tauri-plugin-single-instance use zbus 5; notify-rust 4.19 moved to zbus 6, a second copy of
    /// the whole stack in the binary, so the lockfile keeps notify-rust at 4.18
    /// (`cargo update -p notify-rust --precise 4.18.0`) until the plugins move too. (Cargo.lock also
    /// holds a zbus 4 for keyring's asynchronous store, which no build here compiles.)
    #[test]
    fn one_zbus_for_the_plugins_and_notify_rust() {
        let single_instance = locked_dependency("tauri-plugin-single-instance", "zbus");
        assert_eq!(
            locked_dependency("tauri-plugin-notification", "zbus"),
            single_instance
        );
        assert_eq!(locked_dependency("notify-rust", "zbus"), single_instance);
    }

    /// The client speaks HTTP/1.1 only (desk-core's Cargo.toml says why).
    #[test]
    fn no_http2() {
        assert!(packages("h2").is_empty(), "h2 is back in Cargo.lock");
        assert_eq!(packages("tokio").len(), 1, "Cargo.lock reads as expected");
    }
}
