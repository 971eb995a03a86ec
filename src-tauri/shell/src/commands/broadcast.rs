//! Sending a broadcast through a profile.

use desk_core::desk::Sent;
use desk_core::message::Draft;
use desk_core::outbox::SendSource;
use tauri::State;

use super::on_desk_async;
use crate::app_state::AppState;
use crate::error::IpcResult;

/// Validates and sends one broadcast. The answer says how it went (class, MsgSeq, remedy) and the
/// Random it carried; `Err` means nothing could be sent (invalid message, no key, unknown profile).
#[tauri::command]
pub async fn broadcast_send(
    state: State<'_, AppState>,
    id: String,
    draft: Draft,
) -> IpcResult<Sent> {
    on_desk_async(&state, move |desk| async move {
        desk.send(&id, draft, SendSource::Window).await
    })
    .await
}
