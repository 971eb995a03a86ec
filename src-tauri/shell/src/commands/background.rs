//! Commands of the app in the background: the window says which language it shows (the tray and
//! the notifications speak it), hears of each scheduled result as it happens, and reads or sets
//! starting at login.

use desk_core::schedule::ScheduleEvent;
use desk_core::text::Language;
use tauri::State;
use tauri::ipc::Channel;

use crate::app_state::AppState;
use crate::error::IpcResult;

/// The window shows `language` now (at start and on every change of language).
#[tauri::command]
pub async fn window_language(state: State<'_, AppState>, language: Language) -> IpcResult<()> {
    state.background().set_language(language);
    Ok(())
}

/// Whether the app starts (in the background) when the producer logs in.
#[tauri::command]
pub async fn start_at_login(state: State<'_, AppState>) -> IpcResult<bool> {
    state.background().login().enabled().await
}

/// Turns starting at login on or off; answers the system's state afterwards.
#[tauri::command]
pub async fn start_at_login_set(state: State<'_, AppState>, enabled: bool) -> IpcResult<bool> {
    state.background().login().set(enabled).await
}

/// Calls `on_event` for each scheduled occurrence decided from now on (handed to the pipeline, its
/// outcome, skipped, held), as the OS notifications tell them.
#[tauri::command]
pub async fn schedule_watch(
    state: State<'_, AppState>,
    on_event: Channel<ScheduleEvent>,
) -> IpcResult<()> {
    state.background().watch(on_event);
    Ok(())
}
