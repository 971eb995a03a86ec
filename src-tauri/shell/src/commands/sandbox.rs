//! The sandbox: make (or open) its profile, and watch what its viewers would have received.

use std::time::UNIX_EPOCH;

use desk_core::desk::{ProfileEntry, SANDBOX_ACCOUNTS, SANDBOX_ADMIN, SANDBOX_SDKAPPID};
use desk_core::message::MsgElement;
use serde::Serialize;
use tauri::State;
use tauri::ipc::Channel;
use ts_rs::TS;

use super::on_desk;
use crate::app_state::AppState;
use crate::error::IpcResult;

/// Where the sandbox runs and who exists in it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SandboxInfo {
    pub base_url: String,
    #[ts(type = "number")]
    pub sdkappid: u64,
    pub admin: String,
    /// Accounts a From_Account may name (the admin included).
    pub accounts: Vec<String>,
}

/// One broadcast as the sandbox's viewers received it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SandboxDelivery {
    #[ts(type = "number")]
    pub msg_seq: u64,
    pub random: u32,
    /// The sender viewers see.
    pub from_account: String,
    pub msg_body: Vec<MsgElement>,
    pub cloud_custom_data: Option<String>,
    /// Unix milliseconds.
    #[ts(type = "number")]
    pub received_at: u64,
}

impl From<tim_emulator::Delivered> for SandboxDelivery {
    fn from(d: tim_emulator::Delivered) -> Self {
        Self {
            msg_seq: d.msg_seq,
            random: d.random,
            from_account: d.from_account,
            // The emulator only delivers bodies it validated against Tencent's element formats, which
            // the core model reads; an element it cannot read would be a bug in one of the two, shown
            // as an empty body rather than dropping the delivery.
            msg_body: serde_json::from_value(d.msg_body).unwrap_or_default(),
            cloud_custom_data: d.cloud_custom_data,
            received_at: d
                .received_at
                .duration_since(UNIX_EPOCH)
                .map_or(0, |t| u64::try_from(t.as_millis()).unwrap_or(u64::MAX)),
        }
    }
}

/// The sandbox profile (made on first use) becomes the active one.
#[tauri::command]
pub async fn sandbox_open(state: State<'_, AppState>) -> IpcResult<ProfileEntry> {
    on_desk(&state, |desk| desk.open_sandbox()).await
}

#[tauri::command]
pub async fn sandbox_info(state: State<'_, AppState>) -> IpcResult<SandboxInfo> {
    Ok(SandboxInfo {
        base_url: state.sandbox()?.base_url(),
        sdkappid: SANDBOX_SDKAPPID,
        admin: SANDBOX_ADMIN.into(),
        accounts: std::iter::once(SANDBOX_ADMIN)
            .chain(SANDBOX_ACCOUNTS)
            .map(str::to_owned)
            .collect(),
    })
}

/// Everything delivered since the app started, oldest first.
#[tauri::command]
pub async fn sandbox_deliveries(state: State<'_, AppState>) -> IpcResult<Vec<SandboxDelivery>> {
    Ok(state
        .sandbox()?
        .delivered()
        .into_iter()
        .map(SandboxDelivery::from)
        .collect())
}

/// Streams each new delivery to the UI until the channel's page goes away.
#[tauri::command]
pub async fn sandbox_watch(
    state: State<'_, AppState>,
    on_delivery: Channel<SandboxDelivery>,
) -> IpcResult<()> {
    let mut deliveries = state.sandbox()?.subscribe();
    tauri::async_runtime::spawn(async move {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            match deliveries.recv().await {
                Ok(d) => {
                    if on_delivery.send(SandboxDelivery::from(d)).is_err() {
                        break;
                    }
                }
                // A slow page missed some; it re-reads the list with `sandbox_deliveries`.
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => break,
            }
        }
    });
    Ok(())
}
