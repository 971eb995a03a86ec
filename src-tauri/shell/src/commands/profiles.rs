//! Profile commands: list, create, edit, duplicate, delete, choose the active one, test the connection.

use desk_core::client::{Region, RegionInfo};
use desk_core::desk::{ConnectionReport, Desk, ProfileEntry, ProfilesOverview};
use desk_core::profiles::ProfileDraft;
use desk_core::secret::SecretKey;
use tauri::State;

use crate::error::IpcResult;

#[tauri::command]
pub fn profiles_overview(desk: State<'_, Desk>) -> IpcResult<ProfilesOverview> {
    Ok(desk.overview()?)
}

/// The regions a profile can target, for the picker.
#[tauri::command]
pub fn regions() -> Vec<RegionInfo> {
    Region::ALL.map(Region::info).to_vec()
}

/// Saves a new profile, with its key when the form had one (stored in the keychain, never returned).
#[tauri::command]
pub fn profile_create(
    desk: State<'_, Desk>,
    draft: ProfileDraft,
    key: Option<SecretKey>,
) -> IpcResult<ProfileEntry> {
    Ok(desk.create_profile(&draft, key.as_ref())?)
}

#[tauri::command]
pub fn profile_update(
    desk: State<'_, Desk>,
    id: String,
    draft: ProfileDraft,
) -> IpcResult<ProfileEntry> {
    Ok(desk.update_profile(&id, &draft)?)
}

#[tauri::command]
pub fn profile_duplicate(desk: State<'_, Desk>, id: String) -> IpcResult<ProfileEntry> {
    Ok(desk.duplicate_profile(&id)?)
}

/// Deletes the profile and its keychain entry.
#[tauri::command]
pub fn profile_delete(desk: State<'_, Desk>, id: String) -> IpcResult<()> {
    Ok(desk.delete_profile(&id)?)
}

#[tauri::command]
pub fn profile_activate(desk: State<'_, Desk>, id: String) -> IpcResult<()> {
    Ok(desk.activate(&id)?)
}

/// account_check through the profile: success with the round trip, or the failure's class and remedy.
#[tauri::command]
pub async fn connection_test(desk: State<'_, Desk>, id: String) -> IpcResult<ConnectionReport> {
    Ok(desk.test_connection(&id).await?)
}
