//! Starting at login: whether the app starts (in the background, `--background`) when the producer
//! logs in, read from and written to the system's own place for it by tauri-plugin-autostart (an XDG
//! autostart entry on Linux, a login item on macOS, the Run key on Windows). Off unless the producer
//! turns it on: the state is the system's, never a copy of ours that could disagree with it.
//!
//! Not here: the window's switch (About), or the commands (`commands::background`).

use std::sync::{Arc, OnceLock};

use desk_core::ErrorCode;
use tauri::{AppHandle, Runtime};

use crate::error::{IpcError, IpcResult};

/// The system's start-at-login switch for this app.
pub trait LoginItem: Send + Sync {
    fn enabled(&self) -> Result<bool, String>;
    fn set(&self, enabled: bool) -> Result<(), String>;
}

/// Through tauri-plugin-autostart (registered from Rust in `background::setup`).
struct Autostart<R: Runtime>(AppHandle<R>);

impl<R: Runtime> LoginItem for Autostart<R> {
    fn enabled(&self) -> Result<bool, String> {
        use tauri_plugin_autostart::ManagerExt;
        self.0.autolaunch().is_enabled().map_err(|e| e.to_string())
    }

    fn set(&self, enabled: bool) -> Result<(), String> {
        use tauri_plugin_autostart::ManagerExt;
        let launcher = self.0.autolaunch();
        if enabled {
            launcher.enable()
        } else {
            launcher.disable()
        }
        .map_err(|e| e.to_string())
    }
}

/// The switch, once the app has attached it.
#[derive(Default)]
pub struct Login {
    item: OnceLock<Arc<dyn LoginItem>>,
}

impl Login {
    /// Drives the system's switch through the autostart plugin of `app`.
    pub fn attach<R: Runtime>(&self, app: AppHandle<R>) {
        self.attach_item(Arc::new(Autostart(app)));
    }

    /// Drives `item` (tests attach one of their own).
    pub fn attach_item(&self, item: Arc<dyn LoginItem>) {
        let _ = self.item.set(item);
    }

    fn item(&self) -> IpcResult<Arc<dyn LoginItem>> {
        self.item.get().cloned().ok_or_else(|| {
            IpcError::new(
                ErrorCode::Internal,
                "Starting at login is not available in this copy of the app.",
            )
        })
    }

    /// Whether the app starts at login, as the system has it now.
    pub async fn enabled(&self) -> IpcResult<bool> {
        let item = self.item()?;
        blocking(move || item.enabled()).await
    }

    /// Turns starting at login on or off, and answers the system's state afterwards.
    pub async fn set(&self, enabled: bool) -> IpcResult<bool> {
        let item = self.item()?;
        blocking(move || {
            item.set(enabled)?;
            item.enabled()
        })
        .await
    }
}

/// The system's files (or registry) are read and written on a blocking worker.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> IpcResult<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| IpcError::new(ErrorCode::Internal, e.to_string()))?
        .map_err(|e| {
            IpcError::new(
                ErrorCode::Io,
                format!("The system's start-at-login setting could not be changed or read: {e}"),
            )
        })
}
