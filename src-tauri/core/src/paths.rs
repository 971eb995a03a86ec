//! Where Broadcast Desk keeps its data on disk, shared by the app and the `bdesk` CLI.
//!
//! The folder is the OS data dir joined with the app identifier — exactly what Tauri's `app_data_dir()`
//! returns for `io.broadcastdesk.desktop` — so the app and the CLI read the same database.
//!
//! The folder holds the producer's profiles (app ids, admin names, endpoints; never keys), so
//! [`create_data_dir`] makes it private to the user on Unix.
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

/// Creates the data folder if it is missing: on Unix with mode 0700 (the owner only), set at creation
/// so it is never briefly open to others. Missing parents are created with the usual mode, as
/// `mkdir -p` would: they are not ours.
///
/// A folder that already exists keeps its mode. It is either one we made private, or one the producer
/// made or chose (`--data-dir`, `BDESK_DATA_DIR`), possibly shared or synced on purpose; tightening
/// it behind their back could break that. The files we create inside are private either way
/// (`Store::open`). On Windows the folder inherits the ACL of the user's profile folder, which is
/// already private to the user.
pub fn create_data_dir(dir: &Path) -> Result<()> {
    let fail = |e| Error::io(format!("creating data folder {}", dir.display()), e);
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(fail)?;
    }
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    match builder.create(dir) {
        Ok(()) => Ok(()),
        // Also when another process (the app and bdesk on a first run) made it a moment ago.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(e) => Err(fail(e)),
    }
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

/// Where History's exports are written: the user's Downloads folder (the XDG user folder on Linux,
/// `~/Downloads` on macOS and Windows), else the home folder. A fixed, well-known place rather than a
/// save dialog: an export mid-show is one click, the window names the file it wrote, and the page
/// needs no file-system or dialog permission for it.
pub fn export_dir() -> Result<PathBuf> {
    resolve_export_dir(dirs::download_dir(), dirs::home_dir())
}

fn resolve_export_dir(downloads: Option<PathBuf>, home: Option<PathBuf>) -> Result<PathBuf> {
    downloads.or(home).ok_or_else(|| Error::InvalidConfig {
        field: "exportDir",
        message: "this system reports neither a Downloads nor a home folder to export to".into(),
    })
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
    fn exports_go_to_downloads_else_home() {
        let (downloads, home) = (PathBuf::from("/u/Downloads"), PathBuf::from("/u"));
        assert_eq!(
            resolve_export_dir(Some(downloads.clone()), Some(home.clone())).unwrap(),
            downloads
        );
        assert_eq!(resolve_export_dir(None, Some(home.clone())).unwrap(), home);
        assert_eq!(
            resolve_export_dir(None, None).unwrap_err().code(),
            crate::ErrorCode::InvalidConfig
        );
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

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[cfg(unix)]
    #[test]
    fn a_data_dir_we_create_is_private_and_its_parents_are_not_ours_to_restrict() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("share").join(APP_IDENTIFIER);
        create_data_dir(&dir).unwrap();
        // No bit for group or others, whatever the umask; the owner can use it.
        assert_eq!(mode(&dir), 0o700);
        let usual = root.path().join("usual");
        std::fs::create_dir(&usual).unwrap();
        assert_eq!(
            mode(&root.path().join("share")),
            mode(&usual),
            "a parent gets the mode any new folder gets"
        );
    }

    #[cfg(unix)]
    #[test]
    fn an_existing_data_dir_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("shared");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o750)).unwrap();
        create_data_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o750);
    }

    #[test]
    fn a_file_where_the_data_dir_should_be_is_an_io_error_naming_it() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("data");
        std::fs::write(&dir, b"not a folder").unwrap();
        let err = create_data_dir(&dir).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Io);
        assert!(
            err.to_string().contains(&dir.display().to_string()),
            "{err}"
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
