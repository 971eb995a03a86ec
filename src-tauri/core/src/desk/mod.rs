//! The producer's desk: the one entry point both front doors drive — the window (through the Tauri
//! shell) and `bdesk` — for profiles, their keys in the keychain, test connection, sending and signing.
//!
//! It exists so that every rule joining those parts lives in one Tauri-free, testable place, and holds
//! whichever door a producer uses: the first profile saved becomes the active one; the sandbox's
//! identity is fixed and it has no key; a profile's key is read from the keychain when a request first
//! needs it and kept (wiped on drop) with its UserSig cache until the profile or key changes; "test
//! connection" turns every failure into a class and a remedy.
//!
//! Every method that touches SQLite or the keychain blocks (a keychain may wait on an unlock prompt):
//! callers on a UI thread run them elsewhere. No database lock is held while the keychain is asked.
//!
//! Not here: the window, events or anything Tauri (the shell), starting the sandbox emulator (the
//! shell owns that process-local server and hands us its address and key), message rules
//! ([`crate::message`]) or the wire protocol ([`crate::client`]).

mod compose;
mod connection;
mod export;
mod lane;
mod media;
mod recover;
mod report;
mod sandbox;
mod schedule;
mod send;
mod templates;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;
use ts_rs::TS;

use crate::info::BuildKind;
use crate::keychain::{Keychain, KeychainProblem};
use crate::profiles::{self, Profile, ProfileDraft, name_key};
use crate::secret::SecretKey;
use crate::store::Store;
use crate::{Error, Result, paths};

pub use compose::{DRAFT_MAX_BYTES, SenderCheck};
pub use connection::{Connection, ExplicitTarget, KEY_MAX_CHARS, KeyWarning, SignedUserSig};
pub use export::{EXPORT_MAX_ROWS, ExportFormat, ExportedFile};
pub use report::{ConnectionProblem, ConnectionReport};
pub use sandbox::{SANDBOX_ACCOUNTS, SANDBOX_ADMIN, SANDBOX_SDKAPPID, SandboxTarget};
pub use schedule::{SchedulerHolder, SchedulerLease, TICK, Tick};
pub use send::{DEDUPE_WINDOW, Queued, Sent, WINDOW_MARGIN};

/// Whether a profile can sign requests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "camelCase")]
#[ts(export)]
pub enum KeyState {
    /// A key is saved in the keychain named `backend`. `warning` is set only right after saving a key
    /// that does not look like Tencent's (it is never read back to check later).
    Stored {
        backend: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        warning: Option<KeyWarning>,
    },
    /// No key saved yet.
    Missing { backend: String },
    /// The sandbox signs with a key made up for this run; there is nothing to store.
    BuiltIn,
    /// The keychain could not be asked; `message` says what to do (in English, with the platform's
    /// detail), `message_id` and `params` name the catalogue's words for the window.
    Unavailable {
        problem: KeychainProblem,
        message: String,
        #[serde(rename = "messageId")]
        message_id: String,
        params: crate::text::Params,
    },
}

/// A profile with what the list shows about its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProfileEntry {
    pub profile: Profile,
    pub key: KeyState,
    /// Whether this is the profile the header shows and sends go to.
    pub active: bool,
}

/// Everything the Profiles view and the header need in one call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProfilesOverview {
    pub profiles: Vec<ProfileEntry>,
    pub active_id: Option<String>,
    /// The keychain's name as the producer knows it ("Secret Service", "macOS Keychain", …).
    pub keychain: String,
    /// The colour a new profile gets unless the producer picks one: the first palette colour no
    /// profile uses yet.
    pub next_color: String,
}

/// A profile's broadcasts still to settle, which deleting it affects: the queued ones and its
/// scheduled items are cancelled, the ones in flight end as they will.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProfileUsage {
    pub queued: u32,
    pub sending: u32,
    /// Scheduled items with something left to send: cancelled by the delete.
    pub scheduled: u32,
}

/// A profile's cached connection, valid while the profile row is unchanged.
struct Session {
    updated_at: i64,
    connection: Arc<Connection>,
}

/// See the module docs.
pub struct Desk {
    /// The store's clock (see `now_ms`).
    clock: Arc<dyn crate::clock::Clock>,
    // std Mutex: held only for one SQLite statement or transaction, never across a keychain call
    // or an await.
    pub(crate) store: Mutex<Store>,
    keychain: Keychain,
    data_dir: PathBuf,
    sandbox: Mutex<Option<Arc<SandboxTarget>>>,
    sessions: Mutex<HashMap<String, Session>>,
    /// See [`DEDUPE_WINDOW`]; shorter only in tests.
    dedupe_window: std::time::Duration,
    /// This process's sender lock (see `recover`): its name, and the open file holding the lock.
    sender: Mutex<Option<(String, std::fs::File)>>,
    /// This process's line per pacing key (see `lane`).
    lanes: lane::Lanes,
    /// The broadcasts this process has queued and not yet sent, by outbox id, each with the signal a
    /// cancel gives it.
    queued: Mutex<HashMap<String, Arc<tokio::sync::Notify>>>,
    /// Scheduled occurrences decided in this process, for whoever watches (`watch_schedule`).
    schedule_events: tokio::sync::broadcast::Sender<crate::schedule::ScheduleEvent>,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("data_dir", &self.data_dir)
            .field("keychain", &self.keychain)
            .finish_non_exhaustive()
    }
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding one of these locks leaves plain data behind, never a half-written row
    // (SQLite rolls back), so the value is still usable.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Desk {
    /// The desk both front doors open: this build's data folder (`dir`, else `BDESK_DATA_DIR`, else
    /// the OS data folder), its database file and its keychain namespace, so a debug build never
    /// touches a release build's profiles or keys.
    pub fn open_for_build(dir: Option<PathBuf>) -> Result<Self> {
        let kind = BuildKind::current();
        let dir = paths::data_dir(dir)?;
        Self::open(
            &dir,
            paths::database_file_name(kind),
            Keychain::for_build(kind),
        )
    }

    /// Opens (creating and migrating if needed) the database in `data_dir`.
    pub fn open(data_dir: &Path, database_file: &str, keychain: Keychain) -> Result<Self> {
        let store = Store::open(data_dir.join(database_file))?;
        Ok(Self::with_store(store, keychain, data_dir.to_owned()))
    }

    /// A desk over an already open store (tests use an in-memory one).
    pub fn with_store(store: Store, keychain: Keychain, data_dir: PathBuf) -> Self {
        Self {
            clock: store.clock(),
            store: Mutex::new(store),
            keychain,
            data_dir,
            sandbox: Mutex::new(None),
            sessions: Mutex::new(HashMap::new()),
            dedupe_window: DEDUPE_WINDOW,
            sender: Mutex::new(None),
            lanes: lane::Lanes::default(),
            queued: Mutex::new(HashMap::new()),
            schedule_events: tokio::sync::broadcast::channel(schedule::EVENTS_KEPT).0,
        }
    }

    /// The same desk with another dedupe window: for tests that must see a window close without
    /// waiting five minutes. Never shorter in the app: a retry after Tencent's window could deliver
    /// twice.
    pub fn with_dedupe_window(mut self, window: std::time::Duration) -> Self {
        self.dedupe_window = window;
        self
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn keychain(&self) -> &Keychain {
        &self.keychain
    }

    /// Binds sandbox profiles to the emulator the shell started, at the saved sandbox's edition.
    pub fn attach_sandbox(&self, target: SandboxTarget) -> Result<()> {
        let edition = self.sandbox_profile()?.map(|p| p.edition);
        *lock(&self.sandbox) = Some(Arc::new(target));
        lock(&self.sessions).clear();
        if let Some(edition) = edition {
            self.sandbox_rate_follows(edition);
        }
        Ok(())
    }

    /// Keeps the sandbox emulator's rate at the sandbox profile's edition.
    fn sandbox_rate_follows(&self, edition: profiles::Edition) {
        if let Some(sandbox) = lock(&self.sandbox).as_ref() {
            (sandbox.set_rate)(edition.rate_per_sec());
        }
    }

    /// Every profile with its key state, the active one and the keychain's name.
    pub fn overview(&self) -> Result<ProfilesOverview> {
        let (profiles, active_id) = self.rows()?;
        let next_color = profiles::unused_color(profiles.iter().map(|p| p.color.as_str())).into();
        Ok(ProfilesOverview {
            profiles: profiles
                .into_iter()
                .map(|p| {
                    let active = active_id.as_deref() == Some(p.id.as_str());
                    self.entry(p, active)
                })
                .collect(),
            active_id,
            keychain: self.keychain.backend_name().to_owned(),
            next_color,
        })
    }

    /// The colour a new profile gets unless the producer picks one (asks no keychain).
    pub fn next_color(&self) -> Result<String> {
        let (profiles, _) = self.rows()?;
        Ok(profiles::unused_color(profiles.iter().map(|p| p.color.as_str())).into())
    }

    /// One profile with its key state.
    pub fn profile(&self, id: &str) -> Result<ProfileEntry> {
        let (profile, active) = self.row(id)?;
        Ok(self.entry(profile, active))
    }

    /// The profile a producer named: its id, its exact name, or a name that reads the same
    /// ([`name_key`]: case and full-width forms ignored), which must then be unique.
    pub fn find_profile(&self, wanted: &str) -> Result<Profile> {
        let all = lock(&self.store).profiles().list()?;
        if let Some(p) = all.iter().find(|p| p.id == wanted || p.name == wanted) {
            return Ok(p.clone());
        }
        let key = name_key(wanted);
        let mut matches = all.into_iter().filter(|p| name_key(&p.name) == key);
        match (matches.next(), matches.next()) {
            (Some(profile), None) => Ok(profile),
            (Some(a), Some(b)) => Err(Error::InvalidInput {
                path: "profile".into(),
                message: format!(
                    "{wanted:?} matches several profiles ({:?}, {:?}, …); give the exact name or \
                     the id",
                    a.name, b.name
                ),
            }),
            (None, _) => Err(Error::NotFound {
                what: "profile",
                id: wanted.into(),
            }),
        }
    }

    /// [`Desk::find_profile`] for a front door that cannot use the sandbox (it lives only inside the
    /// app): the sandbox is refused with where to find it instead.
    pub fn find_usable_profile(&self, wanted: &str) -> Result<Profile> {
        let profile = self.find_profile(wanted)?;
        if profile.is_sandbox && lock(&self.sandbox).is_none() {
            return Err(sandbox::only_in_the_app(&profile.name));
        }
        Ok(profile)
    }

    /// Saves a new profile, and its key when given (both or neither). The first profile becomes
    /// active. Sandbox profiles are made only by [`Desk::open_sandbox`].
    pub fn create_profile(
        &self,
        draft: &ProfileDraft,
        key: Option<&SecretKey>,
    ) -> Result<ProfileEntry> {
        let mut draft = draft.clone();
        draft.is_sandbox = false;
        // Before anything is saved: a key that cannot be a key refuses the whole profile.
        let key = key.map(connection::normalized_key).transpose()?;
        let profile = lock(&self.store).profiles().create(&draft)?;
        let mut warning = None;
        if let Some(key) = &key {
            // The row is written first and removed again if the keychain refuses the key, so a
            // failure leaves neither behind; if even that removal fails, what remains is a profile
            // with no key (the producer sees "no key saved"), never a stray secret.
            if let Err(e) = self.keychain.set(&profile.id, key) {
                if let Err(cleanup) = lock(&self.store).profiles().delete(&profile.id) {
                    tracing::warn!(profile = %profile.id, error = %cleanup, "could not remove profile after keychain failure");
                }
                return Err(e);
            }
            warning = connection::key_warning(key);
        }
        lock(&self.store).profiles().activate_if_none(&profile.id)?;
        let (profile, active) = self.row(&profile.id)?;
        let key = match (&key, profile.is_sandbox) {
            (_, true) => KeyState::BuiltIn,
            (Some(_), false) => self.stored(warning),
            (None, false) => self.missing(),
        };
        Ok(ProfileEntry {
            profile,
            key,
            active,
        })
    }

    /// Replaces a profile's fields. The sandbox's identity and target are fixed: an edit that would
    /// change them is refused, by field.
    pub fn update_profile(&self, id: &str, draft: &ProfileDraft) -> Result<ProfileEntry> {
        let (existing, _) = self.row(id)?;
        let mut draft = draft.clone();
        if existing.is_sandbox {
            sandbox::check_fixed_fields(&existing, &draft)?;
        } else {
            draft.is_sandbox = false;
        }
        let updated = lock(&self.store).profiles().update(id, &draft)?;
        self.forget_session(id);
        if updated.is_sandbox {
            self.sandbox_rate_follows(updated.edition);
        }
        self.profile(id)
    }

    /// A copy named "<name> copy" (or "copy 2", …), without the key: see
    /// [`crate::profiles::Profiles::duplicate`].
    pub fn duplicate_profile(&self, id: &str) -> Result<ProfileEntry> {
        let (original, _) = self.row(id)?;
        if original.is_sandbox {
            return Err(Error::InvalidInput {
                path: "id".into(),
                message: "the sandbox is built in and cannot be duplicated".into(),
            });
        }
        let profile = {
            let store = lock(&self.store);
            let name = free_name(
                &format!("{} copy", original.name),
                &store.profiles().list()?,
            );
            store.profiles().duplicate(id, &name)?
        };
        // A new id: nothing in the keychain yet, no need to ask.
        Ok(ProfileEntry {
            profile,
            key: self.missing(),
            active: false,
        })
    }

    /// Deletes a profile and its keychain entry.
    ///
    /// Order: the keychain entry first, then the row. If the keychain refuses, the row stays and the
    /// error is returned, so the producer can retry and the key is never left in the keychain with
    /// no profile pointing at it (a secret nobody can see or remove from the app). If the row delete
    /// then fails, what is left is a profile without a key — visible, harmless, deletable again.
    pub fn delete_profile(&self, id: &str) -> Result<()> {
        let (profile, _) = self.row(id)?;
        if !profile.is_sandbox {
            self.keychain.delete(id)?;
        }
        // Its queued broadcasts would go to an app the producer has just removed: cancelled (History
        // keeps them, not sent, cancelled). One already on its way cannot be called back and ends
        // as it will; a crash after this leaves it to recovery, which ends it unresumed.
        // Its scheduled items would go to the same removed app: cancelled, kept in the list.
        lock(&self.store).schedules().cancel_of_profile(id)?;
        let queued = lock(&self.store).outbox().queued_of(id)?;
        for queued in queued {
            match self.cancel(&queued) {
                Ok(()) | Err(Error::NotQueued { .. }) => {}
                Err(err) => return Err(err),
            }
        }
        lock(&self.store).profiles().delete(id)?;
        self.forget_session(id);
        Ok(())
    }

    /// What deleting a profile would touch besides the profile, for the delete dialog.
    pub fn profile_usage(&self, id: &str) -> Result<ProfileUsage> {
        self.row(id)?;
        let store = lock(&self.store);
        let (queued, sending) = store.outbox().pending_of(id)?;
        let scheduled = store.schedules().pending_of(id)?;
        Ok(ProfileUsage {
            queued,
            sending,
            scheduled,
        })
    }

    /// The id of the profile the header shows and sends go to, if any (asks no keychain).
    pub fn active_id(&self) -> Result<Option<String>> {
        Ok(lock(&self.store).profiles().active()?.map(|p| p.id))
    }

    /// Makes a profile the one the header shows and sends go to.
    pub fn activate(&self, id: &str) -> Result<()> {
        lock(&self.store).profiles().set_active(Some(id))
    }

    /// Whether a key is stored for the profile (asks the keychain; never reads the key out).
    pub fn key_status(&self, id: &str) -> Result<KeyState> {
        Ok(self.profile(id)?.key)
    }

    /// Saves (or replaces) a profile's key in the keychain. The key is never returned by anything;
    /// the answer says it is stored, with a warning if it does not look like Tencent's.
    pub fn set_key(&self, id: &str, key: &SecretKey) -> Result<KeyState> {
        let (profile, _) = self.row(id)?;
        if profile.is_sandbox {
            return Err(sandbox::has_no_key());
        }
        let key = connection::normalized_key(key)?;
        self.keychain.set(id, &key)?;
        self.forget_session(id);
        Ok(self.stored(connection::key_warning(&key)))
    }

    /// Removes a profile's key from the keychain (the profile stays). `Ok(false)` when there was none.
    pub fn delete_key(&self, id: &str) -> Result<(KeyState, bool)> {
        let (profile, _) = self.row(id)?;
        if profile.is_sandbox {
            return Err(sandbox::has_no_key());
        }
        let deleted = self.keychain.delete(id)?;
        self.forget_session(id);
        Ok((self.missing(), deleted))
    }

    /// The sandbox profile, if one was made (asks no keychain).
    pub fn sandbox_profile(&self) -> Result<Option<Profile>> {
        Ok(sandbox_in(&lock(&self.store).profiles().list()?))
    }

    /// The sandbox profile, made on first use, and made active. Fails if the shell attached no sandbox.
    pub fn open_sandbox(&self) -> Result<ProfileEntry> {
        if lock(&self.sandbox).is_none() {
            return Err(sandbox::not_running());
        }
        let profile = {
            let store = lock(&self.store);
            let profiles = store.profiles();
            let all = profiles.list()?;
            let profile = match sandbox_in(&all) {
                Some(p) => p,
                None => profiles.create(&sandbox::draft(free_name(sandbox::SANDBOX_NAME, &all)))?,
            };
            profiles.set_active(Some(&profile.id))?;
            profile
        };
        self.sandbox_rate_follows(profile.edition);
        Ok(ProfileEntry {
            profile,
            key: KeyState::BuiltIn,
            active: true,
        })
    }

    /// Checks a profile end to end with a harmless account_check of the admin, the default sender and
    /// `accounts`. Every failure comes back as a report with a class and a remedy; `Err` only when the
    /// profile itself cannot be used (unknown id, no key, keychain unusable).
    pub async fn test_connection(&self, id: &str, accounts: &[&str]) -> Result<ConnectionReport> {
        // A test checks what is stored now: the key may have been replaced outside the app (`bdesk
        // secret set`), which the cached session would not notice.
        self.forget_session(id);
        Ok(self.connection(id)?.test(accounts).await)
    }

    /// A UserSig for a profile's admin (`bdesk usersig`): see [`Connection::sign`].
    pub fn sign_usersig(
        &self,
        id: &str,
        expire: Option<u64>,
        time: Option<u64>,
    ) -> Result<SignedUserSig> {
        self.connection(id)?.sign(expire, time)
    }

    pub(crate) fn forget_session(&self, id: &str) {
        lock(&self.sessions).remove(id);
    }

    /// The profile's cached connection, or a new one (reading the key from the keychain once).
    pub(crate) fn connection(&self, id: &str) -> Result<Arc<Connection>> {
        Ok(self.profile_and_connection(id)?.1)
    }

    /// The profile as saved now and its connection, reading the row once.
    pub(crate) fn profile_and_connection(&self, id: &str) -> Result<(Profile, Arc<Connection>)> {
        let (profile, _) = self.row(id)?;
        if let Some(s) = lock(&self.sessions).get(id)
            && s.updated_at == profile.updated_at
        {
            let connection = s.connection.clone();
            return Ok((profile, connection));
        }
        let connection = if profile.is_sandbox {
            let sandbox = lock(&self.sandbox)
                .clone()
                .ok_or_else(|| sandbox::only_in_the_app(&profile.name))?;
            Connection::to_emulator(
                &sandbox.base_url,
                sandbox::SANDBOX_SDKAPPID,
                sandbox::SANDBOX_ADMIN,
                sandbox.key.clone(),
                profile.default_from_account.clone(),
            )?
        } else {
            let key = self.keychain.get(id)?.ok_or_else(|| Error::MissingSecret {
                profile: profile.name.clone(),
            })?;
            Connection::for_profile(&profile, key)?
        };
        let connection = Arc::new(connection);
        lock(&self.sessions).insert(
            id.to_owned(),
            Session {
                updated_at: profile.updated_at,
                connection: connection.clone(),
            },
        );
        Ok((profile, connection))
    }

    fn rows(&self) -> Result<(Vec<Profile>, Option<String>)> {
        let store = lock(&self.store);
        let profiles = store.profiles().list()?;
        let active = store.profiles().active()?.map(|p| p.id);
        Ok((profiles, active))
    }

    pub(crate) fn row(&self, id: &str) -> Result<(Profile, bool)> {
        let store = lock(&self.store);
        let profile = store.profiles().get(id)?;
        let active = store
            .profiles()
            .active()?
            .is_some_and(|a| a.id == profile.id);
        Ok((profile, active))
    }

    fn entry(&self, profile: Profile, active: bool) -> ProfileEntry {
        let key = self.key_state(&profile);
        ProfileEntry {
            profile,
            key,
            active,
        }
    }

    fn stored(&self, warning: Option<KeyWarning>) -> KeyState {
        KeyState::Stored {
            backend: self.keychain.backend_name().to_owned(),
            warning,
        }
    }

    fn missing(&self) -> KeyState {
        KeyState::Missing {
            backend: self.keychain.backend_name().to_owned(),
        }
    }

    fn key_state(&self, profile: &Profile) -> KeyState {
        if profile.is_sandbox {
            return KeyState::BuiltIn;
        }
        match self.keychain.contains(&profile.id) {
            Ok(true) => self.stored(None),
            Ok(false) => self.missing(),
            Err(Error::Keychain { problem, message }) => {
                let (message_id, params) = problem.catalogue();
                KeyState::Unavailable {
                    problem,
                    message,
                    message_id,
                    params,
                }
            }
            Err(other) => {
                let (message_id, params) = KeychainProblem::Platform.catalogue();
                KeyState::Unavailable {
                    problem: KeychainProblem::Platform,
                    message: other.to_string(),
                    message_id,
                    params,
                }
            }
        }
    }
}

fn sandbox_in(profiles: &[Profile]) -> Option<Profile> {
    profiles.iter().find(|p| p.is_sandbox).cloned()
}

/// `base`, or `base 2`, `base 3`, … — the first that reads differently from every profile's name
/// ([`name_key`], the store's uniqueness rule).
fn free_name(base: &str, existing: &[Profile]) -> String {
    let taken = |name: &str| existing.iter().any(|p| name_key(&p.name) == name_key(name));
    (1..)
        .map(|n| match n {
            1 => base.to_owned(),
            n => format!("{base} {n}"),
        })
        .find(|name| !taken(name))
        .expect("an unbounded range always has a free name")
}

#[cfg(test)]
mod tests;
