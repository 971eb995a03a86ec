//! What the shell holds for the app's lifetime: the core [`Desk`] and the sandbox emulator it serves —
//! or, when either could not start, why not, so the window can say so instead of never appearing.
//!
//! The sandbox is `tim_emulator` listening on 127.0.0.1 at a port the OS picks, with an SDKAppID and a
//! key made up at start. It runs for as long as the app does, so a newcomer can send a broadcast end to
//! end without a Tencent account, and the Sandbox view can show what viewers would have received.
//!
//! Not here: rules (desk-core, including the sandbox's rate, which the desk keeps at its profile's
//! edition), the commands (see `commands`), or the background work started beside it (`keep_warm`,
//! the emergency shortcut's registration in `emergency`, the tray and notifications in `background`).

use std::path::PathBuf;
use std::sync::Arc;

use desk_core::desk::{Desk, SANDBOX_ACCOUNTS, SANDBOX_ADMIN, SANDBOX_SDKAPPID, SandboxTarget};
use desk_core::info::BuildKind;
use desk_core::keychain::Keychain;
use desk_core::secret::SecretKey;
use tim_emulator::{Config, Emulator};

use crate::background::Background;
use crate::commands::app::AppInfo;
use crate::emergency::Emergency;
use crate::error::{IpcError, IpcResult};

/// The app's state. Every command goes through [`AppState::desk`] or [`AppState::sandbox`], which
/// carry a start-up failure (an unreadable database, a database from a newer version) to the UI as
/// the error of whatever it asked for.
pub struct AppState {
    info: AppInfo,
    desk: Result<Arc<Desk>, IpcError>,
    sandbox: Result<Arc<Emulator>, IpcError>,
    emergency: Emergency,
    background: Background,
    /// Where History's exports go: the Downloads folder (`paths::export_dir`), another in tests.
    export_dir: Option<PathBuf>,
}

impl AppState {
    /// Opens the desk in the data folder (honouring `BDESK_DATA_DIR`, like the CLI) with this build's
    /// keychain, and starts the sandbox.
    pub fn start(info: AppInfo) -> Self {
        let kind = BuildKind::current();
        Self::start_in(
            info,
            desk_core::paths::data_dir(None),
            Keychain::for_build(kind),
        )
    }

    /// [`AppState::start`] with the folder and keychain given (tests use a temporary folder and the
    /// in-memory keychain).
    pub fn start_in(
        mut info: AppInfo,
        data_dir: desk_core::Result<PathBuf>,
        keychain: Keychain,
    ) -> Self {
        let kind = BuildKind::current();
        // Shown even when the database could not be opened: it is where the producer would look.
        info.data_dir = data_dir
            .as_ref()
            .map(|d| d.display().to_string())
            .unwrap_or_default();
        let desk = data_dir.map_err(IpcError::from).and_then(|dir| {
            Desk::open(&dir, desk_core::paths::database_file_name(kind), keychain)
                .map(Arc::new)
                .map_err(IpcError::from)
        });
        let sandbox = match &desk {
            Ok(desk) => start_sandbox(desk),
            Err(e) => Err(e.clone()),
        };
        if let Err(e) = &desk {
            eprintln!("Broadcast Desk could not open its data: {}", e.message);
        }
        if let Ok(desk) = &desk {
            // Broadcasts a process that died mid-send left in flight: taken over (and those too old
            // to resume ended) before the window gets any answer, so what it lists is true; then
            // resumed with their own Random in the background, so their pacing never holds the
            // window up.
            match desk.take_over_orphans(None) {
                Ok((_, resumable)) if !resumable.is_empty() => {
                    let desk = desk.clone();
                    tauri::async_runtime::spawn(async move {
                        if let Err(e) = desk.resume_all(resumable).await {
                            eprintln!(
                                "Broadcast Desk could not resume a broadcast left in flight: {e}"
                            );
                        }
                    });
                }
                Ok(_) => {}
                Err(e) => {
                    eprintln!("Broadcast Desk could not look for broadcasts left in flight: {e}")
                }
            }
        }
        let background = Background::default();
        if let Ok(desk) = &desk {
            // Heard before the scheduler decides anything, so what it settles at launch is told too.
            background.subscribe(desk);
            crate::scheduler::start(desk.clone());
        }
        Self {
            info,
            desk,
            sandbox,
            emergency: Emergency::default(),
            background,
            export_dir: None,
        }
    }

    /// The same state exporting History to `dir` instead of the Downloads folder (tests).
    #[cfg(test)]
    pub fn with_export_dir(mut self, dir: PathBuf) -> Self {
        self.export_dir = Some(dir);
        self
    }

    /// Where History's exports go, asked each time (the producer may move the Downloads folder).
    pub fn export_dir(&self) -> IpcResult<PathBuf> {
        match &self.export_dir {
            Some(dir) => Ok(dir.clone()),
            None => desk_core::paths::export_dir().map_err(IpcError::from),
        }
    }

    pub fn info(&self) -> &AppInfo {
        &self.info
    }

    /// The desk, shared so a command can hand it to a worker thread.
    pub fn desk(&self) -> IpcResult<Arc<Desk>> {
        self.desk.clone()
    }

    pub fn sandbox(&self) -> IpcResult<&Emulator> {
        self.sandbox.as_deref().map_err(Clone::clone)
    }

    /// The emergency shortcut's state and the page that listens for it.
    pub fn emergency(&self) -> &Emergency {
        &self.emergency
    }

    /// The tray's language and wake-up, and the start-at-login switch.
    pub fn background(&self) -> &Background {
        &self.background
    }
}

fn start_sandbox(desk: &Desk) -> IpcResult<Arc<Emulator>> {
    let key = sandbox_key();
    let mut config = Config::new(SANDBOX_SDKAPPID, key.expose().as_str());
    config.admins = vec![SANDBOX_ADMIN.to_owned()];
    config.accounts = SANDBOX_ACCOUNTS.iter().map(|a| (*a).to_owned()).collect();
    let emulator = tauri::async_runtime::block_on(Emulator::start(config))
        .map(Arc::new)
        .map_err(|e| desk_core::Error::io("starting the sandbox on 127.0.0.1", e))?;
    let rated = emulator.clone();
    desk.attach_sandbox(SandboxTarget {
        base_url: emulator.base_url(),
        key,
        set_rate: Box::new(move |rate| rated.set_rate_per_sec(rate.into())),
    })?;
    Ok(emulator)
}

/// 32 random bytes as hex: a real-looking key that exists only in this process.
fn sandbox_key() -> SecretKey {
    let bytes: [u8; 32] = rand::random();
    SecretKey::from(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use desk_core::message::Draft;
    use desk_core::outbox::SendSource;
    use desk_core::profiles::Edition;

    use super::*;

    fn text(t: &str) -> Draft {
        serde_json::from_value(serde_json::json!({
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": t}}]
        }))
        .unwrap()
    }

    fn info() -> AppInfo {
        AppInfo {
            name: "Broadcast Desk".into(),
            version: "0.0.0".into(),
            commit: desk_core::info::COMMIT.into(),
            identifier: "test".into(),
            data_dir: String::new(),
            build_kind: BuildKind::current(),
        }
    }

    #[test]
    fn the_app_runs_its_folders_schedule_and_a_second_scheduler_is_told_so() {
        let dir = tempfile::tempdir().unwrap();
        let _state = AppState::start_in(
            info(),
            Ok(dir.path().to_owned()),
            Keychain::in_memory_for_tests(),
        );
        let other = Desk::open(
            dir.path(),
            desk_core::paths::database_file_name(BuildKind::current()),
            Keychain::in_memory_for_tests(),
        )
        .unwrap();
        // It starts in the background: give it a moment.
        let start = std::time::Instant::now();
        loop {
            match other.acquire_scheduler("bdesk") {
                Err(err) if err.code() == desk_core::ErrorCode::SchedulerBusy => {
                    assert!(err.to_string().contains("Broadcast Desk app"), "{err}");
                    break;
                }
                Err(err) => panic!("{err}"),
                Ok(lease) => {
                    drop(lease);
                    assert!(
                        start.elapsed() < Duration::from_secs(10),
                        "the app never took the schedule"
                    );
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
        }
    }

    #[test]
    fn the_sandbox_runs_at_its_profiles_edition_now_and_after_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::start_in(
            info(),
            Ok(dir.path().to_owned()),
            Keychain::in_memory_for_tests(),
        );
        let entry = state.desk().unwrap().open_sandbox().unwrap();
        let id = entry.profile.id.clone();
        assert_eq!(
            state.sandbox().unwrap().current_rate_per_sec(),
            5,
            "Pro Plus"
        );

        let mut draft = entry.profile.to_draft();
        draft.edition = Edition::Pro;
        state.desk().unwrap().update_profile(&id, &draft).unwrap();
        assert_eq!(state.sandbox().unwrap().current_rate_per_sec(), 1, "Pro");

        // A new state over the same data (the app started again) applies the saved edition.
        let again = AppState::start_in(
            info(),
            Ok(dir.path().to_owned()),
            Keychain::in_memory_for_tests(),
        );
        assert_eq!(again.sandbox().unwrap().current_rate_per_sec(), 1);

        // Sends through the pipeline are paced at the edition's rate, so the emulator never has to
        // refuse one as too fast: two sends at Pro both go out, a second apart.
        tauri::async_runtime::block_on(async {
            for t in ["a", "b"] {
                let out = again
                    .desk()
                    .unwrap()
                    .send(&id, text(t), SendSource::Window)
                    .await
                    .unwrap();
                assert!(out.is_ok(), "{out:?}");
                assert_eq!(out.attempts, 1, "no 10023 to retry");
            }
        });
        let delivered = again.sandbox().unwrap().delivered();
        let gap = delivered[1]
            .received_at
            .duration_since(delivered[0].received_at)
            .unwrap();
        assert!(
            gap >= Duration::from_millis(900),
            "paced 1 per second: {gap:?}"
        );
    }

    /// A broadcast a dead process left in flight is settled before the window gets its first answer:
    /// here one from bdesk's explicit mode, which nothing can resume (its key came from stdin).
    #[test]
    fn a_broadcast_left_in_flight_is_settled_before_the_window_asks() {
        use desk_core::desk::{Connection, ExplicitTarget};
        use desk_core::outbox::Delivery;
        use desk_core::profiles::Target;

        let dir = tempfile::tempdir().unwrap();
        tauri::async_runtime::block_on(async {
            let mut config = Config::new(1_400_000_000, "obviously-fake-key-for-tests");
            config.admins = vec!["admin".into()];
            let emu = Emulator::start(config).await.unwrap();
            emu.inject(tim_emulator::Fault::Delay(Duration::from_secs(5)), 1);
            let target = ExplicitTarget {
                target: Target::Custom {
                    url: emu.base_url(),
                },
                sdkappid: 1_400_000_000,
                identifier: "admin".into(),
            };
            let connection =
                Connection::explicit(&target, SecretKey::from("obviously-fake-key-for-tests"))
                    .unwrap();
            let desk = std::sync::Arc::new(
                Desk::open(
                    dir.path(),
                    desk_core::paths::database_file_name(BuildKind::current()),
                    Keychain::in_memory_for_tests(),
                )
                .unwrap(),
            );
            let sending = {
                let desk = desk.clone();
                tauri::async_runtime::spawn(async move {
                    desk.send_explicit(connection, text("hi"), SendSource::Cli)
                        .await
                })
            };
            while emu.requests_seen() == 0 {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            sending.abort();
            let _ = sending.await;
            drop(std::sync::Arc::into_inner(desk).expect("the aborted send let go of the desk"));
            emu.shutdown().await;
        });

        let state = AppState::start_in(
            info(),
            Ok(dir.path().to_owned()),
            Keychain::in_memory_for_tests(),
        );
        let history = state
            .desk()
            .unwrap()
            .history(&desk_core::outbox::HistoryFilter::default(), 10)
            .unwrap();
        assert_eq!(history.len(), 1);
        assert_eq!(
            history[0].delivery,
            Delivery::Unknown,
            "it may have left, and nothing can resume it"
        );
    }

    #[test]
    fn an_unreadable_database_is_kept_as_the_answer_to_every_command() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir
            .path()
            .join(desk_core::paths::database_file_name(BuildKind::current()));
        std::fs::write(&db, b"not a database".repeat(100)).unwrap();
        let state = AppState::start_in(
            info(),
            Ok(dir.path().to_owned()),
            Keychain::in_memory_for_tests(),
        );
        let err = state.desk().unwrap_err();
        assert_eq!(err.code, desk_core::ErrorCode::Io);
        assert!(
            err.message.contains(&db.display().to_string()),
            "{}",
            err.message
        );
        assert_eq!(state.sandbox().unwrap_err().code, desk_core::ErrorCode::Io);
        assert_eq!(state.info().data_dir, dir.path().display().to_string());
    }
}
