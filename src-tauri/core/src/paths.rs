//! Where Broadcast Desk keeps its data on disk, shared by the app and the `bdesk` CLI.
//!
//! The folder is the OS data dir joined with the app identifier — exactly what Tauri's `app_data_dir()`
//! returns for `io.broadcastdesk.desktop` — so the app and the CLI read the same database.
//!
//! Not here: opening the database ([`crate::store`]) or anything secret (secrets live in the keychain,
//! never under this folder).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::info::BuildKind;
use crate::{Error, Result};

/// The Tauri identifier from `tauri.conf.json`; the data folder is named after it.
pub const APP_IDENTIFIER: &str = "io.broadcastdesk.desktop";

/// Environment variable that moves the data folder (tests, portable setups, several producers on one
/// account).
pub const DATA_DIR_ENV: &str = "BDESK_DATA_DIR";

/// The data folder: the explicit override, else `$BDESK_DATA_DIR` (if non-empty), else
/// `<OS data dir>/io.broadcastdesk.desktop`.
pub fn data_dir(override_dir: Option<PathBuf>) -> Result<PathBuf> {
    resolve_data_dir(
        override_dir,
        std::env::var_os(DATA_DIR_ENV),
        dirs::data_dir(),
    )
}

fn resolve_data_dir(
    override_dir: Option<PathBuf>,
    env: Option<OsString>,
    os_data_dir: Option<PathBuf>,
) -> Result<PathBuf> {
    if let Some(dir) = override_dir {
        return Ok(dir);
    }
    if let Some(dir) = env.filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    os_data_dir
        .map(|d| d.join(APP_IDENTIFIER))
        .ok_or_else(|| Error::InvalidConfig {
            field: "dataDir",
            message: format!(
                "this system reports no data folder; set {DATA_DIR_ENV} to choose one"
            ),
        })
}

/// The database file name. Debug builds use their own file because they use their own keychain
/// namespace (`broadcast-desk-dev`): a dev build reading the release database would list profiles
/// whose keys it cannot see, and could overwrite a producer's real setup.
pub fn database_file_name(kind: BuildKind) -> &'static str {
    match kind {
        BuildKind::Release => "broadcast-desk.sqlite3",
        BuildKind::Debug => "broadcast-desk-dev.sqlite3",
    }
}

/// `<data_dir>/<database_file_name(kind)>`.
pub fn database_path(data_dir: &Path, kind: BuildKind) -> PathBuf {
    data_dir.join(database_file_name(kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn override_beats_env_beats_os_dir() {
        let os = Some(PathBuf::from("/home/u/.local/share"));
        let env = Some(OsString::from("/from/env"));
        assert_eq!(
            resolve_data_dir(Some("/explicit".into()), env.clone(), os.clone()).unwrap(),
            PathBuf::from("/explicit")
        );
        assert_eq!(
            resolve_data_dir(None, env, os.clone()).unwrap(),
            PathBuf::from("/from/env")
        );
        assert_eq!(
            resolve_data_dir(None, Some(OsString::new()), os.clone()).unwrap(),
            PathBuf::from("/home/u/.local/share/io.broadcastdesk.desktop"),
            "an empty env var is ignored"
        );
        assert_eq!(
            resolve_data_dir(None, None, os).unwrap(),
            PathBuf::from("/home/u/.local/share/io.broadcastdesk.desktop")
        );
    }

    #[test]
    fn no_os_dir_and_no_override_is_a_config_error() {
        let err = resolve_data_dir(None, None, None).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidConfig);
        assert!(err.to_string().contains(DATA_DIR_ENV));
    }

    #[test]
    fn dev_and_release_use_different_files() {
        let dir = Path::new("/d");
        assert_eq!(
            database_path(dir, BuildKind::Release),
            PathBuf::from("/d/broadcast-desk.sqlite3")
        );
        assert_eq!(
            database_path(dir, BuildKind::Debug),
            PathBuf::from("/d/broadcast-desk-dev.sqlite3")
        );
    }

    #[test]
    fn identifier_matches_tauri_conf() {
        let conf = include_str!("../../../tauri.conf.json");
        assert!(
            conf.contains(&format!("\"identifier\": \"{APP_IDENTIFIER}\"")),
            "tauri.conf.json identifier changed"
        );
    }
}
