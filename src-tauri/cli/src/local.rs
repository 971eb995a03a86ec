//! What bdesk keeps on this machine: the data folder (the same SQLite database the app of the same build
//! kind uses) and the OS keychain, plus finding a profile by the name a producer types.
//!
//! Both are opened only by commands that need them, so `validate` or a fully explicit `send` works on a
//! machine with no data folder and no keychain at all.
//!
//! Not here: profile rules (desk-core's `profiles`) or secret handling beyond passing keys from the
//! keychain to the core.

use std::path::PathBuf;

use desk_core::info::BuildKind;
use desk_core::keychain::Keychain;
use desk_core::profiles::Profile;
use desk_core::store::Store;
use desk_core::{Error, Result, paths};

/// Where this invocation's data lives; from `--data-dir`, else `BDESK_DATA_DIR`, else the OS default.
#[derive(Debug, Clone)]
pub struct Local {
    data_dir: Option<PathBuf>,
}

impl Local {
    pub fn new(data_dir: Option<PathBuf>) -> Self {
        Self { data_dir }
    }

    /// Opens (creating the folder and file if needed) and migrates the database.
    pub fn store(&self) -> Result<Store> {
        let dir = paths::data_dir(self.data_dir.clone())?;
        Store::open(paths::database_path(&dir, BuildKind::current()))
    }

    /// The keychain namespace of this build kind: a debug bdesk sees the dev app's keys, a release bdesk
    /// the release app's — never each other's.
    pub fn keychain(&self) -> Keychain {
        Keychain::for_build(BuildKind::current())
    }
}

/// The profile a producer named: its id, or its name ignoring upper/lower case.
///
/// An exact id or name wins; otherwise a case-insensitive match must be unique (the store keeps names
/// unique ignoring ASCII case, but `Émission` and `émission` can both exist).
pub fn find_profile(store: &Store, wanted: &str) -> Result<Profile> {
    if let Some(profile) = store.profiles().find(wanted)? {
        return Ok(profile);
    }
    let all = store.profiles().list()?;
    if let Some(profile) = all.iter().find(|p| p.name == wanted) {
        return Ok(profile.clone());
    }
    let folded = wanted.trim().to_lowercase();
    let mut matches = all.into_iter().filter(|p| p.name.to_lowercase() == folded);
    match (matches.next(), matches.next()) {
        (Some(profile), None) => Ok(profile),
        (Some(a), Some(b)) => Err(Error::InvalidInput {
            path: "--profile".into(),
            message: format!(
                "{wanted:?} matches several profiles ({:?}, {:?}, …); give the exact name or the id",
                a.name, b.name
            ),
        }),
        (None, _) => Err(Error::NotFound {
            what: "profile",
            id: wanted.into(),
        }),
    }
}
