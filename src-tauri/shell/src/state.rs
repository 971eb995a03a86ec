//! What the shell holds for the app's lifetime: the core [`Desk`] and the sandbox emulator it serves —
//! or, when either could not start, why not, so the window can say so instead of never appearing.
//!
//! The sandbox is `tim_emulator` listening on 127.0.0.1 at a port the OS picks, with an SDKAppID and a
//! key made up at start. It runs for as long as the app does, so a newcomer can send a broadcast end to
//! end without a Tencent account, and the Sandbox view can show what viewers would have received.
//!
//! Not here: rules (desk-core) or the commands (see `commands`).

use std::path::PathBuf;

use desk_core::desk::{Desk, SANDBOX_ACCOUNTS, SANDBOX_ADMIN, SANDBOX_SDKAPPID, SandboxTarget};
use desk_core::info::BuildKind;
use desk_core::keychain::Keychain;
use desk_core::secret::SecretKey;
use tim_emulator::{Config, Emulator};

use crate::error::{IpcError, IpcResult};

/// The app's engine. Every command goes through [`Engine::desk`] or [`Engine::sandbox`], which carry a
/// start-up failure (an unreadable database, a database from a newer version) to the UI as the error
/// of whatever it asked for.
pub struct Engine {
    data_dir: Option<PathBuf>,
    desk: Result<Desk, IpcError>,
    sandbox: Result<Emulator, IpcError>,
}

impl Engine {
    /// Opens the desk in the data folder (honouring `BDESK_DATA_DIR`, like the CLI) and starts the
    /// sandbox.
    pub fn start() -> Self {
        let kind = BuildKind::current();
        let data_dir = desk_core::paths::data_dir(None);
        let desk = data_dir.as_ref().map_err(clone_error).and_then(|dir| {
            Desk::open(
                dir,
                desk_core::paths::database_file_name(kind),
                Keychain::for_build(kind),
            )
            .map_err(IpcError::from)
        });
        let sandbox = match &desk {
            Ok(desk) => start_sandbox(desk),
            Err(e) => Err(e.clone()),
        };
        if let Err(e) = &desk {
            eprintln!("Broadcast Desk could not open its data: {}", e.message);
        }
        Self {
            data_dir: data_dir.ok(),
            desk,
            sandbox,
        }
    }

    pub fn desk(&self) -> IpcResult<&Desk> {
        self.desk.as_ref().map_err(Clone::clone)
    }

    pub fn sandbox(&self) -> IpcResult<&Emulator> {
        self.sandbox.as_ref().map_err(Clone::clone)
    }

    pub fn data_dir(&self) -> Option<&PathBuf> {
        self.data_dir.as_ref()
    }
}

fn clone_error(e: &desk_core::Error) -> IpcError {
    IpcError::new(e.code(), e.to_string())
}

fn start_sandbox(desk: &Desk) -> IpcResult<Emulator> {
    let key = sandbox_key();
    let mut config = Config::new(SANDBOX_SDKAPPID, key.expose().as_str());
    config.admins = vec![SANDBOX_ADMIN.to_owned()];
    config.accounts = SANDBOX_ACCOUNTS.iter().map(|a| (*a).to_owned()).collect();
    // The sandbox profile is made as Pro Plus; the emulator allows its 5 per second.
    config.rate_per_sec = 5;
    let emulator = tauri::async_runtime::block_on(Emulator::start(config))
        .map_err(|e| desk_core::Error::io("starting the sandbox on 127.0.0.1", e))?;
    desk.attach_sandbox(SandboxTarget {
        base_url: emulator.base_url(),
        key,
    });
    Ok(emulator)
}

/// 32 random bytes as hex: a real-looking key that exists only in this process.
fn sandbox_key() -> SecretKey {
    let bytes: [u8; 32] = rand::random();
    SecretKey::from(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}
