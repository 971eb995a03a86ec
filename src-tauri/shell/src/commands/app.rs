//! Commands about the app itself: what the About panel shows, and the limits the forms use.

use desk_core::info::{BuildKind, Limits};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::app_state::AppState;
use crate::error::IpcResult;

/// What the About panel shows.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppInfo {
    pub name: String,
    pub version: String,
    /// The commit the binary was built from (`desk_core::info::COMMIT`), or "unknown".
    pub commit: String,
    pub identifier: String,
    /// Where profiles, schedule and history live (never the secret key: that is in the OS keychain).
    pub data_dir: String,
    pub build_kind: BuildKind,
}

#[tauri::command]
pub async fn app_info(state: State<'_, AppState>) -> IpcResult<AppInfo> {
    Ok(state.info().clone())
}

#[tauri::command]
pub async fn limits(_state: State<'_, AppState>) -> IpcResult<Limits> {
    Ok(Limits::current())
}
