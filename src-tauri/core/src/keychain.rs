//! The OS keychain: where each profile's secret key lives, and the ONE module in desk-core that touches
//! the `keyring` crate.
//!
//! One entry per profile: service = the build's namespace (`broadcast-desk`, or `broadcast-desk-dev` for
//! debug builds, so a test build never overwrites a producer's real key), account = the profile's id (not
//! its name, so a rename never orphans a key). "No entry" is `Ok(None)` / `Ok(false)`, never an error;
//! every platform failure becomes [`Error::Keychain`] with a [`KeychainProblem`] the UI can branch on and
//! a message that tells the producer what to do.
//!
//! Why keyring 3.6 and not 4.x: keyring 4 is a sample/CLI crate over `keyring-core` (0.x) plus one 0.x
//! crate per platform store, wired through a process-global default store that must be set before use.
//! keyring 3 is the long-lived, widely deployed API; we build each credential from the platform's own
//! builder (`keyring::secret_service`, `keyring::macos`, `keyring::windows`) instead of keyring's global
//! default builder, so a missing platform feature is a compile error here rather than keyring 3's silent
//! in-memory mock. Moving to keyring 4 later touches only this file.
//!
//! Not here: what a secret is ([`crate::secret`]), which profiles exist ([`crate::profiles`]). There is
//! deliberately NO fallback to a file: if no keychain works, the producer is told so and nothing is saved.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde::Serialize;
use ts_rs::TS;

use crate::info::BuildKind;
use crate::secret::SecretKey;
use crate::{Error, Result};

/// Why the keychain could not be used. Serialized as `SCREAMING_SNAKE_CASE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum KeychainProblem {
    /// No keychain service is reachable (no Secret Service / no D-Bus session, no default keyring).
    Unavailable,
    /// The keychain exists but is locked.
    Locked,
    /// The user or the OS refused access (an unlock prompt was dismissed, access rules).
    Denied,
    /// Anything else the platform reported.
    Platform,
}

impl KeychainProblem {
    /// The catalogue message naming this problem and its remedy on this platform (the fixes differ).
    pub fn catalogue(self) -> (String, crate::text::Params) {
        let id = match self {
            KeychainProblem::Unavailable => "keychain-unavailable",
            KeychainProblem::Locked => "keychain-locked",
            KeychainProblem::Denied => "keychain-denied",
            KeychainProblem::Platform => "keychain-platform",
        };
        let platform = if cfg!(target_os = "linux") {
            "linux"
        } else if cfg!(target_os = "macos") {
            "macos"
        } else if cfg!(target_os = "windows") {
            "windows"
        } else {
            "other"
        };
        (id.into(), crate::params! { "platform" => platform })
    }
}

/// Which set of entries a [`Keychain`] reads and writes: the keyring "service" name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespace {
    service: String,
}

impl Namespace {
    pub fn service(&self) -> &str {
        &self.service
    }
}

/// Secrets per profile in the OS keychain. See the module docs.
pub struct Keychain {
    namespace: Namespace,
    store: Arc<dyn CredentialStore>,
}

impl std::fmt::Debug for Keychain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keychain")
            .field("service", &self.namespace.service)
            .field("backend", &self.store.name())
            .finish()
    }
}

/// Account name used by [`Keychain::probe`]; never written, only looked up.
const PROBE_ACCOUNT: &str = "broadcast-desk-probe";

impl Keychain {
    /// The OS keychain, namespaced for this kind of build.
    pub fn for_build(kind: BuildKind) -> Self {
        Self::with_service(match kind {
            BuildKind::Release => "broadcast-desk",
            BuildKind::Debug => "broadcast-desk-dev",
        })
    }

    /// The OS keychain under an explicit service name (tests use a unique one and clean it up).
    pub fn with_service(service: impl Into<String>) -> Self {
        Self {
            namespace: Namespace {
                service: service.into(),
            },
            store: Arc::new(NativeStore),
        }
    }

    /// A process-local store that forgets everything on drop, for tests of code that needs a
    /// `Keychain` (desk-core's, the shell's, the CLI's). Nothing in the app chooses it on its own:
    /// it is never a fallback.
    pub fn in_memory_for_tests() -> Self {
        Self {
            namespace: Namespace {
                service: "broadcast-desk-test".into(),
            },
            store: Arc::new(MemoryStore::default()),
        }
    }

    pub fn namespace(&self) -> &Namespace {
        &self.namespace
    }

    /// Saves (or replaces) the secret key of a profile.
    pub fn set(&self, profile_id: &str, secret: &SecretKey) -> Result<()> {
        check_entry_name(profile_id)?;
        if secret.expose().trim().is_empty() {
            return Err(Error::InvalidInput {
                path: "secretKey".into(),
                message: "the secret key is empty; paste it from the Chat console".into(),
            });
        }
        self.store
            .set(&self.namespace.service, profile_id, secret.expose())
            .map_err(|e| self.keychain_error("save the secret key", e))
    }

    /// The secret key of a profile, or `None` if none was saved.
    pub fn get(&self, profile_id: &str) -> Result<Option<SecretKey>> {
        check_entry_name(profile_id)?;
        match self.store.get(&self.namespace.service, profile_id) {
            Ok(secret) => Ok(Some(SecretKey::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(self.keychain_error("read the secret key", e)),
        }
    }

    /// Whether a secret key is saved for this profile, asked without reading the key where the
    /// platform allows (see [`CredentialStore::exists`]): the overview lists every profile's key state,
    /// and reading each key would fetch and decrypt it, and on a locked keychain ask to unlock it.
    pub fn contains(&self, profile_id: &str) -> Result<bool> {
        check_entry_name(profile_id)?;
        match self.store.exists(&self.namespace.service, profile_id) {
            Ok(found) => Ok(found),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(self.keychain_error("look up the secret key", e)),
        }
    }

    /// Removes a profile's secret key; `Ok(false)` if there was none.
    pub fn delete(&self, profile_id: &str) -> Result<bool> {
        check_entry_name(profile_id)?;
        match self.store.delete(&self.namespace.service, profile_id) {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(e) => Err(self.keychain_error("delete the secret key", e)),
        }
    }

    /// What the UI shows as "stored in <name>".
    pub fn backend_name(&self) -> &'static str {
        self.store.name()
    }

    /// Whether a keychain is reachable at all, checked at start-up to warn early. Only looks up an
    /// account that is never written, so it changes nothing — and therefore cannot see a *locked*
    /// keyring (Secret Service answers "no such item" without unlocking); that shows up as
    /// `KeychainProblem::Locked` on the first `set`.
    pub fn probe(&self) -> Result<()> {
        match self.store.get(&self.namespace.service, PROBE_ACCOUNT) {
            Ok(_) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(self.keychain_error("reach the keychain", e)),
        }
    }

    /// What was being done, then the problem worded by the catalogue message the window shows too (in
    /// English here, for bdesk and logs), then the platform's own detail.
    fn keychain_error(&self, action: &str, err: keyring::Error) -> Error {
        let (problem, detail) = classify(&err);
        let (id, params) = problem.catalogue();
        let remedy = crate::text::english(&id, &params);
        let message = match detail {
            Some(detail) => format!("Could not {action}. {remedy} ({detail})"),
            None => format!("Could not {action}. {remedy}"),
        };
        Error::Keychain { problem, message }
    }
}

/// The entry's account is the profile id; an empty one would address no profile (or every one).
/// Not the account-identifier rule of `profiles`: that one is about Tencent accounts.
fn check_entry_name(profile_id: &str) -> Result<()> {
    if profile_id.is_empty() {
        return Err(Error::Internal(
            "keychain account (profile id) is empty".into(),
        ));
    }
    Ok(())
}

/// Sorts a keyring error into a [`KeychainProblem`] plus a platform detail that is safe to show.
/// Never formats `BadEncoding`'s payload: those bytes are the stored secret.
fn classify(err: &keyring::Error) -> (KeychainProblem, Option<String>) {
    use keyring::Error as K;
    match err {
        K::NoStorageAccess(inner) => (
            platform_refine(inner.as_ref()).unwrap_or(KeychainProblem::Locked),
            Some(inner.to_string()),
        ),
        K::PlatformFailure(inner) => (
            platform_refine(inner.as_ref()).unwrap_or(KeychainProblem::Platform),
            Some(inner.to_string()),
        ),
        K::BadEncoding(_) => (
            KeychainProblem::Platform,
            Some(
                "the stored entry is not text; delete the profile's key and enter it again".into(),
            ),
        ),
        K::Ambiguous(_) => (
            KeychainProblem::Platform,
            Some("several keychain entries match this profile; remove the duplicates".into()),
        ),
        K::TooLong(attr, limit) => (
            KeychainProblem::Platform,
            Some(format!(
                "{attr} is longer than the platform limit of {limit}"
            )),
        ),
        K::Invalid(attr, reason) => (KeychainProblem::Platform, Some(format!("{attr}: {reason}"))),
        other => (KeychainProblem::Platform, Some(other.to_string())),
    }
}

/// Secret Service errors arrive boxed inside keyring's; look at the concrete type (never the text).
#[cfg(target_os = "linux")]
fn platform_refine(
    inner: &(dyn std::error::Error + Send + Sync + 'static),
) -> Option<KeychainProblem> {
    use dbus_secret_service::Error as Ss;
    match inner.downcast_ref::<Ss>()? {
        Ss::Locked => Some(KeychainProblem::Locked),
        Ss::Prompt => Some(KeychainProblem::Denied),
        // No default collection (alias) to put items in, or no provider at all.
        Ss::NoResult | Ss::Unavailable => Some(KeychainProblem::Unavailable),
        Ss::Dbus(e) => Some(dbus_problem(e.name())),
        _ => None,
    }
}

#[cfg(not(target_os = "linux"))]
fn platform_refine(
    _inner: &(dyn std::error::Error + Send + Sync + 'static),
) -> Option<KeychainProblem> {
    // keyring 3 already sorts macOS / Windows codes into NoStorageAccess vs PlatformFailure; finer
    // mapping would need the platforms' own error types and has not been tested on those systems.
    None
}

/// D-Bus error names that mean "nobody is there to answer", as opposed to a failing answer.
#[cfg(any(target_os = "linux", test))]
fn dbus_problem(name: Option<&str>) -> KeychainProblem {
    match name {
        Some(
            "org.freedesktop.DBus.Error.ServiceUnknown"
            | "org.freedesktop.DBus.Error.NameHasNoOwner"
            | "org.freedesktop.DBus.Error.NoServer"
            | "org.freedesktop.DBus.Error.NotSupported"
            | "org.freedesktop.DBus.Error.FileNotFound"
            | "org.freedesktop.DBus.Error.NoReply"
            | "org.freedesktop.DBus.Error.Disconnected"
            | "org.freedesktop.DBus.Error.Spawn.ExecFailed"
            | "org.freedesktop.DBus.Error.Spawn.ChildExited",
        ) => KeychainProblem::Unavailable,
        Some(
            "org.freedesktop.DBus.Error.AccessDenied" | "org.freedesktop.DBus.Error.AuthFailed",
        ) => KeychainProblem::Denied,
        Some("org.freedesktop.Secret.Error.IsLocked") => KeychainProblem::Locked,
        _ => KeychainProblem::Platform,
    }
}

/// The seam between [`Keychain`]'s rules (namespacing, "no entry" handling, error mapping) and the
/// store that holds the bytes, so those rules are unit-tested without an OS keychain.
trait CredentialStore: Send + Sync {
    fn name(&self) -> &'static str;
    fn set(&self, service: &str, account: &str, secret: &str) -> keyring::Result<()>;
    fn get(&self, service: &str, account: &str) -> keyring::Result<String>;
    /// Whether an entry exists, without handing its secret to us; `NoEntry` counts as `false`.
    fn exists(&self, service: &str, account: &str) -> keyring::Result<bool>;
    fn delete(&self, service: &str, account: &str) -> keyring::Result<()>;
}

/// The platform's own credential store, chosen at compile time.
struct NativeStore;

impl NativeStore {
    fn entry(service: &str, account: &str) -> keyring::Result<keyring::Entry> {
        #[cfg(target_os = "linux")]
        let builder = keyring::secret_service::default_credential_builder();
        #[cfg(target_os = "macos")]
        let builder = keyring::macos::default_credential_builder();
        #[cfg(target_os = "windows")]
        let builder = keyring::windows::default_credential_builder();
        #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
        return Err(keyring::Error::NoStorageAccess(
            "Broadcast Desk has no keychain support for this operating system".into(),
        ));

        #[cfg(any(target_os = "linux", target_os = "macos", target_os = "windows"))]
        Ok(keyring::Entry::new_with_credential(
            builder.build(None, service, account)?,
        ))
    }
}

impl CredentialStore for NativeStore {
    fn name(&self) -> &'static str {
        if cfg!(target_os = "macos") {
            "macOS Keychain"
        } else if cfg!(target_os = "windows") {
            "Windows Credential Manager"
        } else if cfg!(target_os = "linux") {
            "Secret Service"
        } else {
            "system keychain"
        }
    }

    fn set(&self, service: &str, account: &str, secret: &str) -> keyring::Result<()> {
        Self::entry(service, account)?.set_password(secret)
    }

    fn get(&self, service: &str, account: &str) -> keyring::Result<String> {
        Self::entry(service, account)?.get_password()
    }

    #[cfg(target_os = "linux")]
    fn exists(&self, service: &str, account: &str) -> keyring::Result<bool> {
        secret_service_has_item(service, account)
    }

    // Windows: Credential Manager has no prompt, and CredReadW, behind keyring's get_attributes,
    // returns the credential blob along with the rest (there is no call that leaves it out), but
    // keyring never decodes it into a password for us. macOS: keyring 3's Keychain credential has no
    // attribute-only lookup (its get_attributes is the default that reads the secret), so this reads
    // the password like `get` does, and may ask for access the same way.
    #[cfg(not(target_os = "linux"))]
    fn exists(&self, service: &str, account: &str) -> keyring::Result<bool> {
        Self::entry(service, account)?
            .get_attributes()
            .map(|_| true)
    }

    fn delete(&self, service: &str, account: &str) -> keyring::Result<()> {
        Self::entry(service, account)?.delete_credential()
    }
}

/// Secret Service: a search by attributes answers from the items' attributes alone; it moves no
/// secret and unlocks nothing, so a locked keyring is not asked to unlock (keyring's `get_attributes`
/// would unlock a locked item first). The search is the one keyring itself makes to find the entry
/// (its controlled attributes `target`, `service`, `username`, taken from its own credential), with
/// its fallback for items stored without a `target` by older keyrings or other tools, so `contains`
/// and `get` agree on what exists.
#[cfg(target_os = "linux")]
fn secret_service_has_item(service: &str, account: &str) -> keyring::Result<bool> {
    use dbus_secret_service::{EncryptionType, SecretService};
    use keyring::secret_service::{SsCredential, decode_error};

    let credential = SsCredential::new_with_target(None, service, account)?;
    let mut attributes: HashMap<&str, &str> = credential
        .attributes
        .iter()
        .filter(|(k, _)| matches!(k.as_str(), "target" | "service" | "username"))
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    // Plain: no secret crosses this session, so no key exchange is needed.
    let ss = SecretService::connect(EncryptionType::Plain).map_err(decode_error)?;
    let found = ss.search_items(attributes.clone()).map_err(decode_error)?;
    if !found.unlocked.is_empty() || !found.locked.is_empty() {
        return Ok(true);
    }
    attributes.remove("target");
    let default = ss.get_default_collection().map_err(decode_error)?;
    let legacy = default.search_items(attributes).map_err(decode_error)?;
    Ok(!legacy.is_empty())
}

/// See [`Keychain::in_memory_for_tests`]: keyring's own mock credentials, kept in a map because a mock
/// credential lives only as long as its `Entry` (the mock has no store behind it). Using keyring's mock
/// rather than a hand-made map means the errors tests see are the ones keyring itself produces (its
/// `NoEntry` after a delete, its error injection). `fail_with` makes every later call fail, to test
/// callers' error paths; `secret_reads` counts `get`s, so tests see who read a secret.
#[derive(Default)]
struct MemoryStore {
    entries: Mutex<HashMap<(String, String), keyring::Entry>>,
    fail_with: Mutex<Option<fn() -> keyring::Error>>,
    secret_reads: std::sync::atomic::AtomicUsize,
}

impl MemoryStore {
    /// Runs `op` on the entry for (service, account), making the entry if `create`; injects the
    /// configured failure through the mock credential itself.
    fn with_entry<T>(
        &self,
        service: &str,
        account: &str,
        create: bool,
        op: impl FnOnce(&keyring::Entry) -> keyring::Result<T>,
    ) -> keyring::Result<T> {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        let key = (service.to_owned(), account.to_owned());
        if create && !entries.contains_key(&key) {
            let credential =
                keyring::mock::default_credential_builder().build(None, service, account)?;
            entries.insert(key.clone(), keyring::Entry::new_with_credential(credential));
        }
        let Some(entry) = entries.get(&key) else {
            return Err(keyring::Error::NoEntry);
        };
        if let Some(make) = *self.fail_with.lock().unwrap_or_else(|p| p.into_inner())
            && let Some(mock) = entry
                .get_credential()
                .downcast_ref::<keyring::mock::MockCredential>()
        {
            mock.set_error(make());
        }
        op(entry)
    }
}

impl CredentialStore for MemoryStore {
    fn name(&self) -> &'static str {
        "in-memory test store"
    }

    fn set(&self, service: &str, account: &str, secret: &str) -> keyring::Result<()> {
        self.with_entry(service, account, true, |e| e.set_password(secret))
    }

    fn get(&self, service: &str, account: &str) -> keyring::Result<String> {
        self.secret_reads
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        // A failing store fails even for accounts it never saw, like a locked keychain would.
        let create = self
            .fail_with
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_some();
        self.with_entry(service, account, create, keyring::Entry::get_password)
    }

    fn exists(&self, service: &str, account: &str) -> keyring::Result<bool> {
        let create = self
            .fail_with
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_some();
        // The mock keeps a deleted credential's entry, which then answers NoEntry.
        self.with_entry(service, account, create, |e| {
            e.get_attributes().map(|_| true)
        })
    }

    fn delete(&self, service: &str, account: &str) -> keyring::Result<()> {
        let create = self
            .fail_with
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .is_some();
        self.with_entry(service, account, create, keyring::Entry::delete_credential)
    }
}

/// An in-memory store whose `set` waits until the test lets it go, like a keychain waiting on an
/// unlock prompt, so tests can see what else still works meanwhile.
#[cfg(test)]
struct GatedStore {
    inner: MemoryStore,
    entered: Mutex<std::sync::mpsc::Sender<()>>,
    release: Mutex<std::sync::mpsc::Receiver<()>>,
}

#[cfg(test)]
impl CredentialStore for GatedStore {
    fn name(&self) -> &'static str {
        "gated test store"
    }

    fn set(&self, service: &str, account: &str, secret: &str) -> keyring::Result<()> {
        // Only the gate's own locks are held while waiting, never the entries'.
        let _ = self
            .entered
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .send(());
        let _ = self
            .release
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .recv();
        self.inner.set(service, account, secret)
    }

    fn get(&self, service: &str, account: &str) -> keyring::Result<String> {
        self.inner.get(service, account)
    }

    fn exists(&self, service: &str, account: &str) -> keyring::Result<bool> {
        self.inner.exists(service, account)
    }

    fn delete(&self, service: &str, account: &str) -> keyring::Result<()> {
        self.inner.delete(service, account)
    }
}

/// The test's side of [`Keychain::gated_for_tests`].
#[cfg(test)]
pub(crate) struct KeychainGate {
    /// Receives one message each time a `set` starts waiting.
    pub entered: std::sync::mpsc::Receiver<()>,
    /// Send one message to let one waiting `set` finish.
    pub release: std::sync::mpsc::Sender<()>,
}

#[cfg(test)]
impl Keychain {
    /// An in-memory keychain whose `set` waits on the returned gate.
    pub(crate) fn gated_for_tests() -> (Self, KeychainGate) {
        let (entered_tx, entered_rx) = std::sync::mpsc::channel();
        let (release_tx, release_rx) = std::sync::mpsc::channel();
        let store = GatedStore {
            inner: MemoryStore::default(),
            entered: Mutex::new(entered_tx),
            release: Mutex::new(release_rx),
        };
        let keychain = Self {
            namespace: Namespace {
                service: "broadcast-desk-test".into(),
            },
            store: Arc::new(store),
        };
        let gate = KeychainGate {
            entered: entered_rx,
            release: release_tx,
        };
        (keychain, gate)
    }

    /// An in-memory keychain whose every call fails with the given keyring error.
    pub(crate) fn failing_for_tests(make: fn() -> keyring::Error) -> Self {
        let store = MemoryStore::default();
        *store.fail_with.lock().unwrap() = Some(make);
        Self {
            namespace: Namespace {
                service: "broadcast-desk-test".into(),
            },
            store: Arc::new(store),
        }
    }

    /// A keychain over a shared in-memory store, to check namespacing.
    fn sharing(service: &str, other: &Keychain) -> Self {
        Self {
            namespace: Namespace {
                service: service.into(),
            },
            store: other.store.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAKE: &str = "obviously-fake-secret-key-0123456789";

    fn problem_of(err: Error) -> (KeychainProblem, String) {
        match err {
            Error::Keychain { problem, message } => (problem, message),
            other => panic!("expected a keychain error, got {other:?}"),
        }
    }

    #[test]
    fn namespaces_per_build_kind() {
        assert_eq!(
            Keychain::for_build(BuildKind::Release)
                .namespace()
                .service(),
            "broadcast-desk"
        );
        assert_eq!(
            Keychain::for_build(BuildKind::Debug).namespace().service(),
            "broadcast-desk-dev"
        );
        assert_eq!(
            Keychain::with_service("x-test").namespace().service(),
            "x-test"
        );
    }

    #[test]
    fn native_backend_names_the_platform_store() {
        let name = Keychain::with_service("x").backend_name();
        if cfg!(target_os = "linux") {
            assert_eq!(name, "Secret Service");
        }
        assert_ne!(name, Keychain::in_memory_for_tests().backend_name());
    }

    #[test]
    fn set_get_contains_delete_round_trip() {
        let kc = Keychain::in_memory_for_tests();
        assert!(kc.get("p1").unwrap().is_none());
        assert!(!kc.contains("p1").unwrap());
        kc.set("p1", &SecretKey::from(FAKE)).unwrap();
        assert_eq!(kc.get("p1").unwrap().unwrap().expose(), FAKE);
        assert!(kc.contains("p1").unwrap());
        assert!(!kc.contains("p2").unwrap());
        kc.set("p1", &SecretKey::from("replaced-fake")).unwrap();
        assert_eq!(kc.get("p1").unwrap().unwrap().expose(), "replaced-fake");
        assert!(kc.delete("p1").unwrap());
        assert!(kc.get("p1").unwrap().is_none());
        assert!(
            !kc.delete("p1").unwrap(),
            "deleting a missing entry is Ok(false)"
        );
        kc.probe().unwrap();
    }

    #[test]
    fn contains_asks_the_store_without_reading_the_secret() {
        let store = Arc::new(MemoryStore::default());
        let kc = Keychain {
            namespace: Namespace {
                service: "broadcast-desk-test".into(),
            },
            store: store.clone(),
        };
        let reads = || store.secret_reads.load(std::sync::atomic::Ordering::SeqCst);
        assert!(!kc.contains("p1").unwrap());
        kc.set("p1", &SecretKey::from(FAKE)).unwrap();
        assert!(kc.contains("p1").unwrap());
        kc.delete("p1").unwrap();
        assert!(!kc.contains("p1").unwrap());
        assert_eq!(reads(), 0, "contains never reads a secret");
        // The counter does count: `get` reads.
        kc.get("p1").unwrap();
        assert_eq!(reads(), 1);
    }

    #[test]
    fn contains_reports_a_failing_store_with_the_remedy() {
        let kc = Keychain::failing_for_tests(|| {
            keyring::Error::NoStorageAccess("store is locked".into())
        });
        let (problem, message) = problem_of(kc.contains("p1").unwrap_err());
        assert_eq!(problem, KeychainProblem::Locked);
        assert!(
            message.starts_with("Could not look up the secret key"),
            "{message}"
        );
    }

    #[test]
    fn services_do_not_see_each_other() {
        let release = Keychain::in_memory_for_tests();
        let dev = Keychain::sharing("broadcast-desk-dev", &release);
        release.set("p1", &SecretKey::from(FAKE)).unwrap();
        assert!(dev.get("p1").unwrap().is_none());
        assert!(!dev.delete("p1").unwrap());
        assert!(release.contains("p1").unwrap());
    }

    #[test]
    fn empty_secret_or_account_is_refused() {
        let kc = Keychain::in_memory_for_tests();
        assert_eq!(
            kc.set("p1", &SecretKey::from("  ")).unwrap_err().code(),
            crate::ErrorCode::InvalidInput
        );
        assert_eq!(kc.get("").unwrap_err().code(), crate::ErrorCode::Internal);
        assert_eq!(
            kc.contains("").unwrap_err().code(),
            crate::ErrorCode::Internal
        );
        assert!(!kc.contains("p1").unwrap());
    }

    #[test]
    fn storage_access_failures_map_to_locked_with_remedy() {
        let kc = Keychain::failing_for_tests(|| {
            keyring::Error::NoStorageAccess("store is locked".into())
        });
        let err = kc.get("p1").unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::Keychain);
        let (problem, message) = problem_of(err);
        assert_eq!(problem, KeychainProblem::Locked);
        assert!(message.contains("unlock it"), "{message}");
        assert!(
            message.starts_with("Could not read the secret key"),
            "{message}"
        );
        assert_eq!(
            problem_of(kc.probe().unwrap_err()).0,
            KeychainProblem::Locked
        );
    }

    #[test]
    fn platform_failures_map_to_platform() {
        let kc = Keychain::failing_for_tests(|| keyring::Error::PlatformFailure("boom".into()));
        let (problem, message) = problem_of(kc.delete("p1").unwrap_err());
        assert_eq!(problem, KeychainProblem::Platform);
        assert!(
            message.contains("boom") && message.contains("delete"),
            "{message}"
        );
    }

    #[test]
    fn bad_encoding_never_shows_the_stored_bytes() {
        let kc =
            Keychain::failing_for_tests(|| keyring::Error::BadEncoding(FAKE.as_bytes().to_vec()));
        let err = kc.get("p1").unwrap_err();
        let shown = format!("{err} {err:?}");
        assert!(!shown.contains(FAKE), "{shown}");
        assert!(!shown.contains("111, 98, 118"), "raw bytes leaked: {shown}");
        assert_eq!(problem_of(err).0, KeychainProblem::Platform);
    }

    #[test]
    fn set_failure_never_shows_the_secret() {
        let kc = Keychain::failing_for_tests(|| keyring::Error::PlatformFailure("denied".into()));
        let err = kc.set("p1", &SecretKey::from(FAKE)).unwrap_err();
        let shown = format!("{err} {err:?} {kc:?}");
        assert!(!shown.contains(FAKE), "{shown}");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn secret_service_errors_are_refined_by_type() {
        use dbus_secret_service::Error as Ss;
        let cases: [(fn() -> keyring::Error, KeychainProblem); 5] = [
            (
                || keyring::Error::NoStorageAccess(Box::new(Ss::Locked)),
                KeychainProblem::Locked,
            ),
            (
                || keyring::Error::NoStorageAccess(Box::new(Ss::Prompt)),
                KeychainProblem::Denied,
            ),
            (
                || keyring::Error::NoStorageAccess(Box::new(Ss::NoResult)),
                KeychainProblem::Unavailable,
            ),
            (
                || keyring::Error::PlatformFailure(Box::new(Ss::Unavailable)),
                KeychainProblem::Unavailable,
            ),
            (
                || keyring::Error::PlatformFailure(Box::new(Ss::Parse)),
                KeychainProblem::Platform,
            ),
        ];
        for (make, want) in cases {
            let kc = Keychain::failing_for_tests(make);
            let (problem, message) = problem_of(kc.set("p1", &SecretKey::from(FAKE)).unwrap_err());
            assert_eq!(problem, want, "{message}");
        }
        let kc = Keychain::failing_for_tests(|| {
            keyring::Error::PlatformFailure(Box::new(Ss::Unavailable))
        });
        let (_, message) = problem_of(kc.probe().unwrap_err());
        assert!(message.contains("gnome-keyring or KWallet"), "{message}");
    }

    #[test]
    fn dbus_error_names_sort_into_problems() {
        assert_eq!(
            dbus_problem(Some("org.freedesktop.DBus.Error.ServiceUnknown")),
            KeychainProblem::Unavailable
        );
        assert_eq!(
            dbus_problem(Some("org.freedesktop.DBus.Error.NotSupported")),
            KeychainProblem::Unavailable
        );
        assert_eq!(
            dbus_problem(Some("org.freedesktop.DBus.Error.AccessDenied")),
            KeychainProblem::Denied
        );
        assert_eq!(
            dbus_problem(Some("org.freedesktop.Secret.Error.IsLocked")),
            KeychainProblem::Locked
        );
        assert_eq!(
            dbus_problem(Some("org.example.Other")),
            KeychainProblem::Platform
        );
        assert_eq!(dbus_problem(None), KeychainProblem::Platform);
    }

    #[test]
    fn problems_serialize_screaming_snake() {
        assert_eq!(
            serde_json::to_string(&KeychainProblem::Unavailable).unwrap(),
            "\"UNAVAILABLE\""
        );
        assert_eq!(
            serde_json::to_string(&KeychainProblem::Platform).unwrap(),
            "\"PLATFORM\""
        );
    }
}
