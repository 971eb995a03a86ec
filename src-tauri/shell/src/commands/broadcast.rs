//! Sending a broadcast through a profile.

use desk_core::desk::Sent;
use desk_core::message::Draft;
use desk_core::outbox::SendSource;
use tauri::State;
use tauri::ipc::Channel;

use super::on_desk_async;
use crate::app_state::AppState;
use crate::error::IpcResult;

/// Validates and sends one broadcast. `on_queued` gets its outbox id as soon as it is written down,
/// before it leaves, so the window can show it queued and offer to cancel it. The answer says how it
/// ended (sent, not sent or unknown, with the last answer and the Random it carried); `Err` means
/// nothing was sent (invalid message, no key, unknown profile, `CANCELLED` before it left).
/// `emergency` sends it ahead of this window's queued broadcasts and marks it so in History.
#[tauri::command]
pub async fn broadcast_send(
    state: State<'_, AppState>,
    id: String,
    draft: Draft,
    emergency: bool,
    on_queued: Channel<String>,
) -> IpcResult<Sent> {
    let source = if emergency {
        SendSource::Emergency
    } else {
        SendSource::Window
    };
    on_desk_async(&state, move |desk| async move {
        let queued = desk.queue(&id, draft, source)?;
        // A page that went away meanwhile cannot be told; the broadcast is written down and goes
        // out all the same (History shows it).
        let _ = on_queued.send(queued.outbox_id().to_owned());
        desk.complete(queued).await
    })
    .await
}

/// Sends an ended broadcast (`id`, an outbox id) again as a new message with a new Random, through
/// the profile it went through; `on_queued` and the answer as for [`broadcast_send`].
#[tauri::command]
pub async fn broadcast_send_again(
    state: State<'_, AppState>,
    id: String,
    on_queued: Channel<String>,
) -> IpcResult<Sent> {
    on_desk_async(&state, move |desk| async move {
        let queued = desk.queue_again(&id, SendSource::Window)?;
        let _ = on_queued.send(queued.outbox_id().to_owned());
        desk.complete(queued).await
    })
    .await
}
