//! The scheduled-send list for the window: list, add, edit (held while open), cancel, an item's next
//! sends and past runs, a draft checked as it is typed, decisions on held occurrences, what happened
//! while nobody watched, and the zones a producer can pick from. A change tells the tray to look again
//! (`background`).

use std::sync::Arc;

use desk_core::schedule::{MissedChoice, Run, RunNews, ScheduleCheck, ScheduleDraft, ScheduleItem};
use tauri::State;

use super::on_desk;
use crate::app_state::AppState;
use crate::error::{IpcError, IpcResult};

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

/// A draft as the producer types it: its first sends, whether it is far ahead, and the items of its
/// profile it falls too close to (`editing`: the item being edited).
#[tauri::command]
pub async fn schedule_check(
    state: State<'_, AppState>,
    draft: ScheduleDraft,
    editing: Option<String>,
) -> IpcResult<ScheduleCheck> {
    on_desk(&state, move |desk| {
        desk.check_schedule(&draft, editing.as_deref())
    })
    .await
}

/// Sends (`sendNow`) or skips an occurrence held for the producer. Answers at once: the outbox id when
/// it is sent (it goes out in the background, paced like every send; History and the list follow it),
/// `None` when skipped. `SCHEDULE_CHANGED` when it is no longer held.
#[tauri::command]
pub async fn schedule_decide(
    state: State<'_, AppState>,
    id: String,
    due_at: i64,
    choice: MissedChoice,
) -> IpcResult<Option<String>> {
    let desk = state.desk()?;
    let decided = {
        let desk = Arc::clone(&desk);
        tauri::async_runtime::spawn_blocking(move || desk.decide_missed(&id, due_at, choice))
            .await
            .map_err(|e| IpcError::new(desk_core::ErrorCode::Internal, e.to_string()))??
    };
    state.background().changed();
    let Some(queued) = decided else {
        return Ok(None);
    };
    let outbox_id = queued.outbox_id().to_owned();
    // As the app's scheduler completes its sends (scheduler.rs): on the async runtime.
    tauri::async_runtime::spawn(async move {
        if let Err(err) = desk.complete(queued).await {
            eprintln!("Broadcast Desk: a held scheduled broadcast could not be sent: {err}");
        }
    });
    Ok(Some(outbox_id))
}

/// What became of scheduled sends that the producer has not seen yet (the "while you were away"
/// summary).
#[tauri::command]
pub async fn schedule_news(state: State<'_, AppState>) -> IpcResult<Vec<RunNews>> {
    on_desk(&state, |desk| desk.schedule_news()).await
}

/// The producer has seen the news up to `up_to` (the latest `at` shown).
#[tauri::command]
pub async fn schedule_news_seen(state: State<'_, AppState>, up_to: i64) -> IpcResult<()> {
    on_desk(&state, move |desk| desk.mark_schedule_news_seen(up_to)).await
}

#[tauri::command]
pub async fn zones(_state: State<'_, AppState>) -> IpcResult<Zones> {
    Ok(Zones {
        system: desk_core::schedule::time::system_zone(),
        names: desk_core::schedule::time::zone_names(),
    })
}
