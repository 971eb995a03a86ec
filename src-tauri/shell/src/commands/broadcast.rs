//! Sending a broadcast through a profile.

use desk_core::client::SendOutcome;
use desk_core::message::Draft;
use tauri::State;

use crate::error::IpcResult;
use crate::state::Engine;

/// Validates and sends one broadcast. The answer says how it went (class, MsgSeq, remedy); `Err` means
/// nothing could be sent (invalid message, no key, unknown profile).
#[tauri::command]
pub async fn broadcast_send(
    engine: State<'_, Engine>,
    id: String,
    draft: Draft,
) -> IpcResult<SendOutcome> {
    Ok(engine.desk()?.send(&id, draft).await?)
}
