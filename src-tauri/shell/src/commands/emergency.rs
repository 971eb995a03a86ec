//! The emergency panel's one command of its own: hear of the global shortcut. (Its sends are
//! `broadcast_send` with `emergency`; its templates are `templates`.)

use tauri::State;
use tauri::ipc::Channel;

use crate::app_state::AppState;
use crate::emergency::EmergencyShortcut;
use crate::error::IpcResult;

/// Calls `on_shortcut` each time the emergency shortcut is pressed (the window is brought forward
/// first), and answers the shortcut and whether it works here.
#[tauri::command]
pub async fn emergency_watch(
    state: State<'_, AppState>,
    on_shortcut: Channel<()>,
) -> IpcResult<EmergencyShortcut> {
    Ok(state.emergency().watch(on_shortcut))
}
