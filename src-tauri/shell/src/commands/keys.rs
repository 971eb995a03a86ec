//! A profile's key: set (or replace) and remove. Nothing here, or anywhere, returns a key: the
//! answer is only whether one is stored, and in which keychain. (Whether one is stored is part of
//! every profile entry the overview lists.)

use desk_core::desk::KeyState;
use desk_core::secret::SecretKey;
use tauri::State;

use super::on_desk;
use crate::app_state::AppState;
use crate::error::IpcResult;

#[tauri::command]
pub async fn key_set(
    state: State<'_, AppState>,
    id: String,
    key: SecretKey,
) -> IpcResult<KeyState> {
    on_desk(&state, move |desk| desk.set_key(&id, &key)).await
}

#[tauri::command]
pub async fn key_delete(state: State<'_, AppState>, id: String) -> IpcResult<KeyState> {
    on_desk(&state, move |desk| {
        desk.delete_key(&id).map(|(state, _)| state)
    })
    .await
}
