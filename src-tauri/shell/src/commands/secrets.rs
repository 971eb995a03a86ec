//! The key of a profile: set (or replace) and remove. Nothing here, or anywhere, returns a key: the
//! answer is only whether one is stored, and in which keychain.

use desk_core::desk::{Desk, KeyState};
use desk_core::secret::SecretKey;
use tauri::State;

use crate::error::IpcResult;

#[tauri::command]
pub fn secret_status(desk: State<'_, Desk>, id: String) -> IpcResult<KeyState> {
    Ok(desk.key_status(&id)?)
}

#[tauri::command]
pub fn secret_set(desk: State<'_, Desk>, id: String, key: SecretKey) -> IpcResult<KeyState> {
    Ok(desk.set_key(&id, &key)?)
}

#[tauri::command]
pub fn secret_delete(desk: State<'_, Desk>, id: String) -> IpcResult<KeyState> {
    Ok(desk.delete_key(&id)?)
}
