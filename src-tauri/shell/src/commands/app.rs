//! Commands about the app itself.

use desk_core::info::BuildKind;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use ts_rs::TS;

use crate::error::IpcResult;
use crate::state::Engine;

/// What the About panel shows.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct AppInfo {
    pub name: String,
    pub version: String,
    pub identifier: String,
    /// Where profiles, schedule and history live (never the secret key: that is in the OS keychain).
    pub data_dir: String,
    pub build_kind: BuildKind,
}

#[tauri::command]
pub fn app_info<R: Runtime>(app: AppHandle<R>, engine: State<'_, Engine>) -> IpcResult<AppInfo> {
    let config = app.config();
    Ok(AppInfo {
        name: app.package_info().name.clone(),
        version: app.package_info().version.to_string(),
        identifier: config.identifier.clone(),
        // Shown even when the database could not be opened: it is where the producer would look.
        data_dir: engine
            .data_dir()
            .map(|d| d.display().to_string())
            .unwrap_or_default(),
        build_kind: BuildKind::current(),
    })
}
