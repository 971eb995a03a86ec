//! The composer's commands: the message checked as the producer types, the exact request it would
//! make, its draft kept across restarts, its sender checked with Tencent, and media URLs probed.

use desk_core::client::RequestPreview;
use desk_core::desk::SenderCheck;
use desk_core::media::{MediaKind, MediaProbe};
use desk_core::message::{self, Draft, RandomRule, ValidationReport};
use tauri::State;

use super::{on_desk, on_desk_async};
use crate::app_state::AppState;
use crate::error::IpcResult;

/// Every rule and the byte count of a body as JSON text (the composer's form, or its raw JSON tab);
/// `INVALID_INPUT` when the text is not JSON at all. `Random` may be absent: each send gets its own.
#[tauri::command]
pub async fn message_check(
    _state: State<'_, AppState>,
    json: String,
) -> IpcResult<ValidationReport> {
    Ok(message::validate_json(&json, RandomRule::Optional)?)
}

/// The request a send through a profile would make (host, path, query without the UserSig, body
/// and its size), checked like a send and written nowhere.
#[tauri::command]
pub async fn message_preview(
    state: State<'_, AppState>,
    id: String,
    draft: Draft,
) -> IpcResult<RequestPreview> {
    on_desk(&state, move |desk| desk.preview(&id, draft)).await
}

/// The composer's draft as last saved (opaque JSON the window owns), if any.
#[tauri::command]
pub async fn composer_draft(state: State<'_, AppState>) -> IpcResult<Option<String>> {
    on_desk(&state, |desk| desk.composer_draft()).await
}

/// Keeps the composer's draft (`null` clears it, after a send).
#[tauri::command]
pub async fn composer_draft_save(
    state: State<'_, AppState>,
    draft: Option<String>,
) -> IpcResult<()> {
    on_desk(&state, move |desk| {
        desk.save_composer_draft(draft.as_deref())
    })
    .await
}

/// Whether `account` exists in the profile's app, asked as the producer leaves the From_Account field.
#[tauri::command]
pub async fn sender_check(
    state: State<'_, AppState>,
    id: String,
    account: String,
) -> IpcResult<SenderCheck> {
    on_desk_async(&state, move |desk| async move {
        desk.check_sender(&id, &account).await
    })
    .await
}

/// A pasted media URL fetched (ranged, capped, https or loopback only) for the element's fields.
#[tauri::command]
pub async fn media_probe(
    state: State<'_, AppState>,
    url: String,
    kind: MediaKind,
) -> IpcResult<MediaProbe> {
    on_desk_async(&state, move |desk| async move {
        desk.probe_media(&url, kind).await
    })
    .await
}
