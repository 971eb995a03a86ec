//! The scheduled-send list for the window: list, add, edit (held while open), cancel, an item's next
//! sends and past runs, and the zones a producer can pick from. A change tells the tray to look again
//! (`background`).

use desk_core::schedule::{Run, ScheduleDraft, ScheduleItem};
use tauri::State;

use super::on_desk;
use crate::app_state::AppState;
use crate::error::IpcResult;

/// `schedule_show` lists at most this many upcoming sends.
const UPCOMING_SHOWN: usize = 10;

/// What the zone picker offers, and the computer's own zone (a new item's default).
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Zones {
    pub system: Option<String>,
    /// Every IANA zone name this computer knows, sorted.
    pub names: Vec<String>,
}

/// One item with its next sends (Unix ms) and past runs, the latest first.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ScheduleDetails {
    pub item: ScheduleItem,
    #[ts(type = "number[]")]
    pub upcoming: Vec<i64>,
    pub runs: Vec<Run>,
}

#[tauri::command]
pub async fn schedule_list(state: State<'_, AppState>) -> IpcResult<Vec<ScheduleItem>> {
    on_desk(&state, |desk| desk.schedules()).await
}

/// Schedules a broadcast; `INVALID_SCHEDULE` (by field) or `INVALID_MESSAGE` (by path) when refused.
#[tauri::command]
pub async fn schedule_add(
    state: State<'_, AppState>,
    draft: ScheduleDraft,
) -> IpcResult<ScheduleItem> {
    let added = on_desk(&state, move |desk| desk.schedule(&draft)).await;
    state.background().changed();
    added
}

#[tauri::command]
pub async fn schedule_show(state: State<'_, AppState>, id: String) -> IpcResult<ScheduleDetails> {
    on_desk(&state, move |desk| {
        Ok(ScheduleDetails {
            item: desk.scheduled_item(&id)?,
            upcoming: desk.upcoming(&id, UPCOMING_SHOWN)?,
            runs: desk.scheduled_runs(&id)?,
        })
    })
    .await
}

/// Holds an item while its edit is open (it does not fire); answers when the edit began, for
/// `schedule_save`.
#[tauri::command]
pub async fn schedule_edit_begin(state: State<'_, AppState>, id: String) -> IpcResult<i64> {
    let began = on_desk(&state, move |desk| desk.begin_edit(&id)).await;
    state.background().changed();
    began
}

/// Drops an open edit: the item fires as it was.
#[tauri::command]
pub async fn schedule_edit_end(state: State<'_, AppState>, id: String) -> IpcResult<()> {
    let ended = on_desk(&state, move |desk| desk.end_edit(&id)).await;
    state.background().changed();
    ended
}

/// Saves an edit in place; `SCHEDULE_CHANGED` (nothing saved) when it started sending meanwhile.
#[tauri::command]
pub async fn schedule_save(
    state: State<'_, AppState>,
    id: String,
    draft: ScheduleDraft,
    edit_began: Option<i64>,
) -> IpcResult<ScheduleItem> {
    let saved = on_desk(&state, move |desk| {
        desk.save_scheduled(&id, &draft, edit_began)
    })
    .await;
    state.background().changed();
    saved
}

#[tauri::command]
pub async fn schedule_cancel(state: State<'_, AppState>, id: String) -> IpcResult<()> {
    let cancelled = on_desk(&state, move |desk| desk.cancel_scheduled(&id)).await;
    state.background().changed();
    cancelled
}

#[tauri::command]
pub async fn zones(_state: State<'_, AppState>) -> IpcResult<Zones> {
    Ok(Zones {
        system: desk_core::schedule::time::system_zone(),
        names: desk_core::schedule::time::zone_names(),
    })
}
