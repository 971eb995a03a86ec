//! Templates: messages saved under a name to be used again from the composer and the emergency panel.

use desk_core::templates::{Template, TemplateDraft};
use tauri::State;

use super::on_desk;
use crate::app_state::AppState;
use crate::error::IpcResult;

/// Every template, by name.
#[tauri::command]
pub async fn templates(state: State<'_, AppState>) -> IpcResult<Vec<Template>> {
    on_desk(&state, |desk| desk.templates()).await
}

/// Saves a new template; `INVALID_TEMPLATE` (by field) or `INVALID_MESSAGE` (by path) when refused.
#[tauri::command]
pub async fn template_create(
    state: State<'_, AppState>,
    draft: TemplateDraft,
) -> IpcResult<Template> {
    on_desk(&state, move |desk| desk.create_template(&draft)).await
}

/// Replaces a template's name, message and emergency mark.
#[tauri::command]
pub async fn template_update(
    state: State<'_, AppState>,
    id: String,
    draft: TemplateDraft,
) -> IpcResult<Template> {
    on_desk(&state, move |desk| desk.update_template(&id, &draft)).await
}

#[tauri::command]
pub async fn template_rename(
    state: State<'_, AppState>,
    id: String,
    name: String,
) -> IpcResult<Template> {
    on_desk(&state, move |desk| desk.rename_template(&id, &name)).await
}

#[tauri::command]
pub async fn template_duplicate(
    state: State<'_, AppState>,
    id: String,
    name: String,
) -> IpcResult<Template> {
    on_desk(&state, move |desk| desk.duplicate_template(&id, &name)).await
}

#[tauri::command]
pub async fn template_delete(state: State<'_, AppState>, id: String) -> IpcResult<()> {
    on_desk(&state, move |desk| desk.delete_template(&id)).await
}
