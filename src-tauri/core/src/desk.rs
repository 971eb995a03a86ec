//! The producer's desk: profiles, their keys in the keychain, and a ready connection per profile, behind
//! one handle that both front ends (the Tauri shell and, where it helps, the CLI) drive.
//!
//! It exists so that the rules joining those parts live in one Tauri-free, testable place: a sandbox
//! profile is bound to the emulator the shell runs and needs no key; a profile's key is read from the
//! keychain once and kept (wiped on drop) with its UserSig cache until the profile or key changes;
//! "test connection" turns every failure into a class and a remedy instead of an error string.
//!
//! Not here: the window, events or anything Tauri (the shell), starting the sandbox emulator (the shell
//! owns that process-local server and hands us its address and key), message rules ([`crate::message`])
//! or the wire protocol ([`crate::client`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;
use ts_rs::TS;

use crate::client::{
    AccountCheckItem, AccountStatus, Client, Credentials, Endpoint as ClientEndpoint, ErrorClass,
    SendOutcome, WireBody, explain, explain_transport,
};
use crate::keychain::{Keychain, KeychainProblem};
use crate::message::Draft;
use crate::profiles::{Edition, Endpoint, Profile, ProfileDraft};
use crate::secret::SecretKey;
use crate::store::Store;
use crate::{Error, Result};

/// The sandbox's fixed identity. Obviously not a real app: Tencent's SDKAppIDs start at 1400000000.
pub const SANDBOX_SDKAPPID: u64 = 1_000_000_001;
/// The sandbox's admin account.
pub const SANDBOX_ADMIN: &str = "sandbox_admin";
/// Accounts that exist in the sandbox besides the admin, so a From_Account can be tried out.
pub const SANDBOX_ACCOUNTS: [&str; 2] = ["host", "moderator"];
const SANDBOX_NAME: &str = "Sandbox";
const SANDBOX_COLOR: &str = "#7c5cff";
/// Stored as the sandbox row's target; never used to send (the running emulator's address is).
const SANDBOX_PLACEHOLDER_URL: &str = "http://127.0.0.1/";

/// The emulator the shell started for the sandbox: where it listens and the key it was started with.
/// The key is made up per run and never stored anywhere.
pub struct SandboxTarget {
    pub base_url: String,
    pub key: SecretKey,
}

/// Whether a profile can sign requests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "camelCase")]
#[ts(export)]
pub enum KeyState {
    /// A key is saved in the keychain named `backend`.
    Stored { backend: String },
    /// No key saved yet.
    Missing { backend: String },
    /// The sandbox signs with a key made up for this run; there is nothing to store.
    BuiltIn,
    /// The keychain could not be asked; `message` says what to do.
    Unavailable {
        problem: KeychainProblem,
        message: String,
    },
}

/// A profile with what the list shows about its key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ProfileEntry {
    pub profile: Profile,
    pub key: KeyState,
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
}

/// What "test connection" found. `ok` means every check passed: the endpoint answered, the key,
/// SDKAppID and admin are right, and the default sender (if any) exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ConnectionReport {
    pub ok: bool,
    /// `host[:port]` that answered, when one did.
    pub host: Option<String>,
    /// Round trip of the request that answered.
    #[ts(type = "number | null")]
    pub round_trip_ms: Option<u64>,
    /// The default From_Account and whether it exists, when the profile names one and the check ran.
    pub default_from: Option<AccountCheckItem>,
    /// Why it is not ok, when it is not.
    pub problem: Option<ConnectionProblem>,
}

/// A failed check in words a producer can act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ConnectionProblem {
    pub class: ErrorClass,
    /// Tencent's ErrorCode, when Tencent answered.
    #[ts(type = "number | null")]
    pub tencent_code: Option<i64>,
    pub title: String,
    pub remedy: String,
    /// Tencent's ErrorInfo or the transport failure, for support; never holds a key or UserSig.
    pub detail: String,
}

/// A profile's ready connection: one pooled HTTP client and the credentials with their UserSig cache.
struct Session {
    /// The profile as it was when the session was made; a changed profile gets a new session.
    updated_at: i64,
    client: Client,
    credentials: Credentials,
    default_from: Option<String>,
}

/// See the module docs.
pub struct Desk {
    store: Mutex<Store>,
    keychain: Keychain,
    data_dir: PathBuf,
    sandbox: Mutex<Option<Arc<SandboxTarget>>>,
    sessions: Mutex<HashMap<String, Arc<Session>>>,
}

impl std::fmt::Debug for Desk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Desk")
            .field("data_dir", &self.data_dir)
            .field("keychain", &self.keychain)
            .finish_non_exhaustive()
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding one of these locks leaves plain data behind, never a half-written row
    // (SQLite rolls back), so the value is still usable.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Desk {
    /// Opens (creating and migrating if needed) the database in `data_dir`.
    pub fn open(data_dir: &Path, database_file: &str, keychain: Keychain) -> Result<Self> {
        std::fs::create_dir_all(data_dir)
            .map_err(|e| Error::io(format!("creating {}", data_dir.display()), e))?;
        let store = Store::open(data_dir.join(database_file))?;
        Ok(Self::with_store(store, keychain, data_dir.to_owned()))
    }

    /// A desk over an already open store (tests use an in-memory one).
    pub fn with_store(store: Store, keychain: Keychain, data_dir: PathBuf) -> Self {
        Self {
            store: Mutex::new(store),
            keychain,
            data_dir,
            sandbox: Mutex::new(None),
            sessions: Mutex::new(HashMap::new()),
        }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn keychain(&self) -> &Keychain {
        &self.keychain
    }

    /// Binds sandbox profiles to the emulator the shell started.
    pub fn attach_sandbox(&self, target: SandboxTarget) {
        *lock(&self.sandbox) = Some(Arc::new(target));
        lock(&self.sessions).clear();
    }

    /// Every profile with its key state, the active one and the keychain's name.
    pub fn overview(&self) -> Result<ProfilesOverview> {
        let (profiles, active_id) = {
            let store = lock(&self.store);
            let profiles = store.profiles().list()?;
            let active = store.profiles().active()?.map(|p| p.id);
            (profiles, active)
        };
        Ok(ProfilesOverview {
            profiles: profiles.into_iter().map(|p| self.entry(p)).collect(),
            active_id,
            keychain: self.keychain.backend_name().to_owned(),
        })
    }

    /// One profile with its key state.
    pub fn profile(&self, id: &str) -> Result<ProfileEntry> {
        let profile = lock(&self.store).profiles().get(id)?;
        Ok(self.entry(profile))
    }

    fn entry(&self, profile: Profile) -> ProfileEntry {
        let key = self.key_state(&profile);
        ProfileEntry { profile, key }
    }

    /// An entry whose key state is already known from what was just done, sparing a keychain call.
    fn entry_with(&self, profile: Profile, stored: bool) -> ProfileEntry {
        let key = self.known_key_state(&profile, stored);
        ProfileEntry { profile, key }
    }

    fn known_key_state(&self, profile: &Profile, stored: bool) -> KeyState {
        let backend = self.keychain.backend_name().to_owned();
        match (profile.is_sandbox, stored) {
            (true, _) => KeyState::BuiltIn,
            (false, true) => KeyState::Stored { backend },
            (false, false) => KeyState::Missing { backend },
        }
    }

    fn key_state(&self, profile: &Profile) -> KeyState {
        if profile.is_sandbox {
            return KeyState::BuiltIn;
        }
        match self.keychain.contains(&profile.id) {
            Ok(stored) => self.known_key_state(profile, stored),
            Err(Error::Keychain { problem, message }) => KeyState::Unavailable { problem, message },
            Err(other) => KeyState::Unavailable {
                problem: KeychainProblem::Platform,
                message: other.to_string(),
            },
        }
    }

    /// Saves a new profile, and its key when given (both or neither). The first profile becomes active.
    /// Sandbox profiles are made only by [`Desk::open_sandbox`].
    pub fn create_profile(
        &self,
        draft: &ProfileDraft,
        key: Option<&SecretKey>,
    ) -> Result<ProfileEntry> {
        let mut draft = draft.clone();
        draft.is_sandbox = false;
        let key = key.map(normalized_key).transpose()?;
        let profile = {
            let store = lock(&self.store);
            let profiles = store.profiles();
            let profile = match &key {
                Some(key) => profiles.create_with_secret(&draft, key, &self.keychain)?,
                None => profiles.create(&draft)?,
            };
            if profiles.active()?.is_none() {
                profiles.set_active(Some(&profile.id))?;
            }
            profile
        };
        Ok(self.entry_with(profile, key.is_some()))
    }

    /// Replaces a profile's fields. A sandbox profile keeps its fixed identity and target: only its
    /// name, colour, edition and default sender are the producer's to change.
    pub fn update_profile(&self, id: &str, draft: &ProfileDraft) -> Result<ProfileEntry> {
        let profile = {
            let store = lock(&self.store);
            let existing = store.profiles().get(id)?;
            let mut draft = draft.clone();
            draft.is_sandbox = existing.is_sandbox;
            if existing.is_sandbox {
                draft.target = existing.target.clone();
                draft.sdkappid = existing.sdkappid;
                draft.admin_identifier = existing.admin_identifier.clone();
            }
            store.profiles().update(id, &draft)?
        };
        self.forget_session(id);
        Ok(self.entry(profile))
    }

    /// A copy named "<name> copy" (or "copy 2", …), without the key: see [`crate::profiles::Profiles::duplicate`].
    pub fn duplicate_profile(&self, id: &str) -> Result<ProfileEntry> {
        let profile = {
            let store = lock(&self.store);
            let profiles = store.profiles();
            let original = profiles.get(id)?;
            if original.is_sandbox {
                return Err(Error::InvalidInput {
                    path: "id".into(),
                    message: "the sandbox is built in and cannot be duplicated".into(),
                });
            }
            let name = free_name(&format!("{} copy", original.name), &profiles.list()?);
            profiles.duplicate(id, &name)?
        };
        // A new id: nothing in the keychain yet, no need to ask.
        Ok(self.entry_with(profile, false))
    }

    /// Deletes a profile and its keychain entry (keychain first; see [`crate::profiles::Profiles::delete`]).
    pub fn delete_profile(&self, id: &str) -> Result<()> {
        lock(&self.store).profiles().delete(id, &self.keychain)?;
        self.forget_session(id);
        Ok(())
    }

    /// Makes a profile the one the header shows and sends go to.
    pub fn activate(&self, id: &str) -> Result<()> {
        lock(&self.store).profiles().set_active(Some(id))
    }

    /// Whether a key is stored for the profile (asks the keychain; never reads the key out).
    pub fn key_status(&self, id: &str) -> Result<KeyState> {
        Ok(self.profile(id)?.key)
    }

    /// Saves (or replaces) a profile's key in the keychain. The key is never returned by anything.
    pub fn set_key(&self, id: &str, key: &SecretKey) -> Result<KeyState> {
        let profile = lock(&self.store).profiles().get(id)?;
        if profile.is_sandbox {
            return Err(sandbox_has_no_key());
        }
        self.keychain.set(id, &normalized_key(key)?)?;
        self.forget_session(id);
        Ok(self.known_key_state(&profile, true))
    }

    /// Removes a profile's key from the keychain (the profile stays).
    pub fn delete_key(&self, id: &str) -> Result<KeyState> {
        let profile = lock(&self.store).profiles().get(id)?;
        if profile.is_sandbox {
            return Err(sandbox_has_no_key());
        }
        self.keychain.delete(id)?;
        self.forget_session(id);
        Ok(self.known_key_state(&profile, false))
    }

    /// The sandbox profile, if one was made (asks no keychain).
    pub fn sandbox_profile(&self) -> Result<Option<Profile>> {
        Ok(sandbox_in(&lock(&self.store).profiles().list()?))
    }

    /// The sandbox profile, made on first use, and made active. Fails if the shell attached no sandbox.
    pub fn open_sandbox(&self) -> Result<ProfileEntry> {
        if lock(&self.sandbox).is_none() {
            return Err(sandbox_not_running());
        }
        let profile = {
            let store = lock(&self.store);
            let profiles = store.profiles();
            let all = profiles.list()?;
            let profile = match sandbox_in(&all) {
                Some(p) => p,
                None => profiles.create(&sandbox_draft(&all))?,
            };
            profiles.set_active(Some(&profile.id))?;
            profile
        };
        Ok(self.entry(profile))
    }

    /// Checks a profile end to end with a harmless account_check of the admin and the default sender.
    /// Every failure comes back as a report with a class and a remedy; `Err` only when the profile
    /// itself cannot be used (unknown id, no key, keychain unusable).
    pub async fn test_connection(&self, id: &str) -> Result<ConnectionReport> {
        // A test checks what is stored now: the key may have been replaced outside the app (`bdesk
        // secret set`), which the cached session would not notice.
        self.forget_session(id);
        let session = self.session(id)?;
        let admin = session.credentials.identifier();
        let mut ids = vec![admin];
        if let Some(from) = session.default_from.as_deref().filter(|f| *f != admin) {
            ids.push(from);
        }
        let check = match session
            .client
            .account_check(&session.credentials, &ids)
            .await
        {
            Ok(check) => check,
            Err(err) => return Ok(failed_check(err)),
        };
        let round_trip_ms = Some(u64::try_from(check.round_trip.as_millis()).unwrap_or(u64::MAX));
        let status_of = |account: &str| {
            check
                .accounts
                .iter()
                .find(|a| a.user_id == account)
                .cloned()
        };
        let default_from = session.default_from.as_deref().and_then(status_of);
        let problem = match &default_from {
            Some(item) if item.status != AccountStatus::Imported => Some(ConnectionProblem {
                class: ErrorClass::Config,
                tencent_code: None,
                title: format!(
                    "The default sender {:?} does not exist in this app.",
                    item.user_id
                ),
                remedy:
                    "Import that account in the Chat console (or with the account_import API), \
                         or change the profile's default sender. Until then every send that uses \
                         it is refused."
                        .into(),
                detail: format!("account_check: {:?}", item.status),
            }),
            _ => None,
        };
        Ok(ConnectionReport {
            ok: problem.is_none(),
            host: Some(check.host),
            round_trip_ms,
            default_from,
            problem,
        })
    }

    /// Validates and sends one broadcast through a profile. The draft gets a fresh `Random` unless it
    /// has one, and the profile's default sender unless it names one.
    pub async fn send(&self, id: &str, draft: Draft) -> Result<SendOutcome> {
        let session = self.session(id)?;
        let mut draft = draft;
        if draft.from_account.is_none() {
            draft.from_account = session.default_from.clone();
        }
        let report = crate::message::validate_draft(&draft);
        if !report.valid {
            return Err(Error::InvalidMessage(report));
        }
        let body = WireBody::new(crate::message::to_wire_json(&draft.fill_random()))?;
        let outcome = session
            .client
            .send_broadcast(&session.credentials, &body)
            .await?;
        if outcome.class == ErrorClass::Config {
            // Wrong key, app or region: the next try re-reads the profile and the keychain, in case
            // they were fixed elsewhere (the CLI, another window).
            self.forget_session(id);
        }
        Ok(outcome)
    }

    fn forget_session(&self, id: &str) {
        lock(&self.sessions).remove(id);
    }

    /// The profile's cached session, or a new one (reading the key from the keychain once).
    fn session(&self, id: &str) -> Result<Arc<Session>> {
        let profile = lock(&self.store).profiles().get(id)?;
        if let Some(s) = lock(&self.sessions).get(id)
            && s.updated_at == profile.updated_at
        {
            return Ok(s.clone());
        }
        let (endpoint, credentials) = if profile.is_sandbox {
            let sandbox = lock(&self.sandbox)
                .clone()
                .ok_or_else(sandbox_not_running)?;
            let endpoint = ClientEndpoint::custom(&sandbox.base_url, None)?;
            let credentials =
                Credentials::new(SANDBOX_SDKAPPID, SANDBOX_ADMIN, sandbox.key.clone())?;
            (endpoint, credentials)
        } else {
            let key = self.keychain.get(id)?.ok_or_else(|| Error::MissingSecret {
                profile: profile.name.clone(),
            })?;
            (profile.endpoint()?, profile.credentials(key)?)
        };
        let session = Arc::new(Session {
            updated_at: profile.updated_at,
            client: Client::new(endpoint)?,
            credentials,
            default_from: profile.default_from_account.clone(),
        });
        lock(&self.sessions).insert(id.to_owned(), session.clone());
        Ok(session)
    }
}

/// A failed account_check as a report. 70001 after the client already re-signed once means a freshly
/// made UserSig was called expired: the computer's clock is behind, which no key or region change fixes.
fn failed_check(err: Error) -> ConnectionReport {
    let problem = match err {
        Error::Api {
            code: 70001, info, ..
        } => ConnectionProblem {
            class: ErrorClass::Config,
            tencent_code: Some(70001),
            title: "Tencent says a UserSig made just now has already expired: this computer's \
                    clock is wrong."
                .into(),
            remedy: "Turn on automatic date and time in the system settings (or sync the clock), \
                     then test again."
                .into(),
            detail: info,
        },
        Error::Api { code, info, class } => {
            let e = explain(code);
            ConnectionProblem {
                class,
                tencent_code: Some(code),
                title: e.title.into(),
                remedy: e.remedy.into(),
                detail: info,
            }
        }
        Error::Transport { kind, message } => {
            let e = explain_transport(kind);
            ConnectionProblem {
                class: ErrorClass::Transport,
                tencent_code: None,
                title: e.title.into(),
                remedy: e.remedy.into(),
                detail: message,
            }
        }
        other => ConnectionProblem {
            class: ErrorClass::Config,
            tencent_code: None,
            title: "The connection could not be tested.".into(),
            remedy: "See the detail below.".into(),
            detail: other.to_string(),
        },
    };
    ConnectionReport {
        ok: false,
        host: None,
        round_trip_ms: None,
        default_from: None,
        problem: Some(problem),
    }
}

/// The key without the spaces and line breaks a paste from the console brings along (keys are hex, so
/// nothing real is lost); empty is refused by field name.
fn normalized_key(key: &SecretKey) -> Result<SecretKey> {
    let trimmed = key.expose().trim();
    if trimmed.is_empty() {
        return Err(Error::InvalidInput {
            path: "key".into(),
            message: "the secret key is empty; copy it from the Chat console".into(),
        });
    }
    Ok(SecretKey::from(trimmed))
}

fn sandbox_in(profiles: &[Profile]) -> Option<Profile> {
    profiles.iter().find(|p| p.is_sandbox).cloned()
}

/// `base`, or `base 2`, `base 3`, … — the first no profile is called, ignoring ASCII case as the store's
/// uniqueness rule does.
fn free_name(base: &str, existing: &[Profile]) -> String {
    let taken = |name: &str| existing.iter().any(|p| p.name.eq_ignore_ascii_case(name));
    (1..)
        .map(|n| match n {
            1 => base.to_owned(),
            n => format!("{base} {n}"),
        })
        .find(|name| !taken(name))
        .expect("an unbounded range always has a free name")
}

fn sandbox_draft(existing: &[Profile]) -> ProfileDraft {
    ProfileDraft {
        name: free_name(SANDBOX_NAME, existing),
        color: SANDBOX_COLOR.into(),
        target: Endpoint::Custom {
            url: SANDBOX_PLACEHOLDER_URL.into(),
        },
        sdkappid: SANDBOX_SDKAPPID,
        admin_identifier: SANDBOX_ADMIN.into(),
        edition: Edition::ProPlus,
        default_from_account: None,
        usersig_lifetime_secs: None,
        is_sandbox: true,
    }
}

fn sandbox_has_no_key() -> Error {
    Error::InvalidInput {
        path: "profileId".into(),
        message:
            "the sandbox signs with a key made up for each run; it has no key to set or remove"
                .into(),
    }
}

fn sandbox_not_running() -> Error {
    Error::Internal("the sandbox emulator is not running in this process".into())
}
