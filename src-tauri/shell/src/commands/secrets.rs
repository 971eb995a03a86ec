//! The key of a profile: set (or replace) and remove. Nothing here, or anywhere, returns a key: the
//! answer is only whether one is stored, and in which keychain.

use desk_core::desk::KeyState;
use desk_core::secret::SecretKey;
use tauri::State;

use crate::error::IpcResult;
use crate::state::Engine;

#[tauri::command]
pub fn secret_status(engine: State<'_, Engine>, id: String) -> IpcResult<KeyState> {
    Ok(engine.desk()?.key_status(&id)?)
}

#[tauri::command]
pub fn secret_set(engine: State<'_, Engine>, id: String, key: SecretKey) -> IpcResult<KeyState> {
    Ok(engine.desk()?.set_key(&id, &key)?)
}

#[tauri::command]
pub fn secret_delete(engine: State<'_, Engine>, id: String) -> IpcResult<KeyState> {
    Ok(engine.desk()?.delete_key(&id)?)
}
