//! The outbox as the window sees it: cancel a broadcast that has not left, decide on one whose
//! outcome is unknown, what needs the producer, History, and one broadcast in full.

use desk_core::desk::{ExportFormat, ExportedFile};
use desk_core::desk::{LinePlace, Sent};
use desk_core::outbox::{BroadcastDetails, HistoryFilter, OutboxEntry, Resolution, SendSource};
use tauri::State;

use super::{on_desk, on_desk_async};
use crate::app_state::AppState;
use crate::error::IpcResult;

/// Cancels a queued broadcast (this window's, another's or bdesk's); `NOT_QUEUED` once an attempt has
/// left or it has ended.
#[tauri::command]
pub async fn outbox_cancel(state: State<'_, AppState>, id: String) -> IpcResult<()> {
    on_desk(&state, move |desk| desk.cancel(&id)).await
}

/// Where a queued broadcast stands in its line; `None` once it has left or ended.
#[tauri::command]
pub async fn outbox_place(state: State<'_, AppState>, id: String) -> IpcResult<Option<LinePlace>> {
    on_desk(&state, move |desk| desk.line_place(&id)).await
}

/// The producer's decision on a broadcast whose outcome is unknown; "send again" answers the new
/// broadcast's end.
#[tauri::command]
pub async fn outbox_resolve(
    state: State<'_, AppState>,
    id: String,
    resolution: Resolution,
) -> IpcResult<Option<Sent>> {
    on_desk_async(&state, move |desk| async move {
        desk.resolve(&id, resolution, SendSource::Window).await
    })
    .await
}

/// What needs the producer: broadcasts queued or in flight, and unknown ones nobody decided on.
#[tauri::command]
pub async fn outbox_open(state: State<'_, AppState>) -> IpcResult<Vec<OutboxEntry>> {
    on_desk(&state, |desk| desk.open_items()).await
}

/// Broadcasts newest first, at most `limit`, that the filter lets through (search included).
#[tauri::command]
pub async fn history(
    state: State<'_, AppState>,
    filter: HistoryFilter,
    limit: u32,
) -> IpcResult<Vec<OutboxEntry>> {
    on_desk(&state, move |desk| desk.history(&filter, limit as usize)).await
}

/// Writes what the filter lists to a new CSV or JSON file in the Downloads folder and says where.
#[tauri::command]
pub async fn history_export(
    state: State<'_, AppState>,
    filter: HistoryFilter,
    format: ExportFormat,
) -> IpcResult<ExportedFile> {
    let dir = state.export_dir()?;
    on_desk(&state, move |desk| {
        desk.export_history(&filter, format, &dir)
    })
    .await
}

/// One broadcast with every attempt and the exact body it carried.
#[tauri::command]
pub async fn broadcast_details(
    state: State<'_, AppState>,
    id: String,
) -> IpcResult<BroadcastDetails> {
    on_desk(&state, move |desk| desk.broadcast(&id)).await
}
