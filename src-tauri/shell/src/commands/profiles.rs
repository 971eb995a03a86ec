//! Profile commands: list, create, edit, duplicate, delete, choose the active one, test the connection.

use desk_core::client::{Region, RegionInfo};
use desk_core::desk::{ConnectionReport, ProfileEntry, ProfileUsage, ProfilesOverview};
use desk_core::profiles::ProfileDraft;
use desk_core::secret::SecretKey;
use tauri::State;

use super::{on_desk, on_desk_async};
use crate::app_state::AppState;
use crate::error::IpcResult;

#[tauri::command]
pub async fn profiles_overview(state: State<'_, AppState>) -> IpcResult<ProfilesOverview> {
    on_desk(&state, |desk| desk.overview()).await
}

/// The regions a profile can target, for the picker.
#[tauri::command]
pub async fn regions(_state: State<'_, AppState>) -> IpcResult<Vec<RegionInfo>> {
    Ok(Region::ALL.map(Region::info).to_vec())
}

/// Saves a new profile, with its key when the form had one (stored in the keychain, never returned).
#[tauri::command]
pub async fn profile_create(
    state: State<'_, AppState>,
    draft: ProfileDraft,
    key: Option<SecretKey>,
) -> IpcResult<ProfileEntry> {
    on_desk(&state, move |desk| {
        desk.create_profile(&draft, key.as_ref())
    })
    .await
}

#[tauri::command]
pub async fn profile_update(
    state: State<'_, AppState>,
    id: String,
    draft: ProfileDraft,
) -> IpcResult<ProfileEntry> {
    on_desk(&state, move |desk| desk.update_profile(&id, &draft)).await
}

#[tauri::command]
pub async fn profile_duplicate(state: State<'_, AppState>, id: String) -> IpcResult<ProfileEntry> {
    on_desk(&state, move |desk| desk.duplicate_profile(&id)).await
}

/// Deletes the profile and its keychain entry.
#[tauri::command]
pub async fn profile_delete(state: State<'_, AppState>, id: String) -> IpcResult<()> {
    on_desk(&state, move |desk| desk.delete_profile(&id)).await
}

#[tauri::command]
pub async fn profile_activate(state: State<'_, AppState>, id: String) -> IpcResult<()> {
    on_desk(&state, move |desk| desk.activate(&id)).await
}

/// account_check through the profile: success with the round trip, or the failure's class and remedy.
#[tauri::command]
pub async fn connection_test(
    state: State<'_, AppState>,
    id: String,
) -> IpcResult<ConnectionReport> {
    on_desk_async(&state, move |desk| async move {
        desk.test_connection(&id, &[]).await
    })
    .await
}

/// What deleting a profile would touch: its queued broadcasts (cancelled) and those in flight.
#[tauri::command]
pub async fn profile_usage(state: State<'_, AppState>, id: String) -> IpcResult<ProfileUsage> {
    on_desk(&state, move |desk| desk.profile_usage(&id)).await
}
