//! What the shell holds for the app's lifetime: the core [`Desk`] and the sandbox emulator it serves.
//!
//! The sandbox is `tim_emulator` listening on 127.0.0.1 at a port the OS picks, with an SDKAppID and a
//! key made up at start. It runs for as long as the app does, so a newcomer can send a broadcast end to
//! end without a Tencent account, and the Sandbox view can show what viewers would have received.
//!
//! Not here: rules (desk-core) or the commands (see `commands`).

use desk_core::desk::{Desk, SANDBOX_ACCOUNTS, SANDBOX_ADMIN, SANDBOX_SDKAPPID, SandboxTarget};
use desk_core::info::BuildKind;
use desk_core::keychain::Keychain;
use desk_core::secret::SecretKey;
use tim_emulator::{Config, Emulator};

/// The sandbox emulator, kept alive with the app.
pub struct Sandbox {
    pub emulator: Emulator,
}

/// Opens the desk in the data folder (honouring `BDESK_DATA_DIR`, like the CLI) and starts the sandbox.
pub fn start() -> desk_core::Result<(Desk, Sandbox)> {
    let kind = BuildKind::current();
    let data_dir = desk_core::paths::data_dir(None)?;
    let desk = Desk::open(
        &data_dir,
        desk_core::paths::database_file_name(kind),
        Keychain::for_build(kind),
    )?;
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
    Ok((desk, Sandbox { emulator }))
}

/// 32 random bytes as hex: a real-looking key that exists only in this process.
fn sandbox_key() -> SecretKey {
    let bytes: [u8; 32] = rand::random();
    SecretKey::from(bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}
