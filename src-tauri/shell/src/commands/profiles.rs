//! Profile commands: list, create, edit, duplicate, delete, choose the active one, test the connection.

use desk_core::client::{Region, RegionInfo};
use desk_core::desk::{ConnectionReport, ProfileEntry, ProfilesOverview};
use desk_core::profiles::ProfileDraft;
use desk_core::secret::SecretKey;
use tauri::State;

use crate::error::IpcResult;
use crate::state::Engine;

#[tauri::command]
pub fn profiles_overview(engine: State<'_, Engine>) -> IpcResult<ProfilesOverview> {
    Ok(engine.desk()?.overview()?)
}

/// The regions a profile can target, for the picker.
#[tauri::command]
pub fn regions() -> Vec<RegionInfo> {
    Region::ALL.map(Region::info).to_vec()
}

/// Saves a new profile, with its key when the form had one (stored in the keychain, never returned).
#[tauri::command]
pub fn profile_create(
    engine: State<'_, Engine>,
    draft: ProfileDraft,
    key: Option<SecretKey>,
) -> IpcResult<ProfileEntry> {
    Ok(engine.desk()?.create_profile(&draft, key.as_ref())?)
}

#[tauri::command]
pub fn profile_update(
    engine: State<'_, Engine>,
    id: String,
    draft: ProfileDraft,
) -> IpcResult<ProfileEntry> {
    let entry = engine.desk()?.update_profile(&id, &draft)?;
    engine.sandbox_follows(&entry.profile);
    Ok(entry)
}

#[tauri::command]
pub fn profile_duplicate(engine: State<'_, Engine>, id: String) -> IpcResult<ProfileEntry> {
    Ok(engine.desk()?.duplicate_profile(&id)?)
}

/// Deletes the profile and its keychain entry.
#[tauri::command]
pub fn profile_delete(engine: State<'_, Engine>, id: String) -> IpcResult<()> {
    Ok(engine.desk()?.delete_profile(&id)?)
}

#[tauri::command]
pub fn profile_activate(engine: State<'_, Engine>, id: String) -> IpcResult<()> {
    Ok(engine.desk()?.activate(&id)?)
}

/// account_check through the profile: success with the round trip, or the failure's class and remedy.
#[tauri::command]
pub async fn connection_test(engine: State<'_, Engine>, id: String) -> IpcResult<ConnectionReport> {
    Ok(engine.desk()?.test_connection(&id).await?)
}
