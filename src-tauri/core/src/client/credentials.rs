//! One profile's signing material and its in-memory UserSig cache.
//!
//! The app signs locally, on demand, so the UserSig can be short-lived: [`DEFAULT_LIFETIME`] is a few
//! hours rather than the official server SDKs' 180 days. A UserSig is a bearer token for the admin
//! account; if one leaks (a proxy log, a screenshot of a URL) it should die soon. It is re-signed a
//! margin before it expires, and on demand when Tencent says it expired (70001/70052).
//!
//! Deliberately NOT here: where the secret key comes from (the keychain module) and the signing
//! algorithm itself (`crate::usersig`).

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::clock::{Clock, SystemClock};
use crate::secret::SecretKey;
use crate::usersig::{self, SigInput, UserSig};
use crate::{Error, Result};

/// How long a fresh UserSig is valid. Hours, not days: see the module docs. Long enough that a
/// producer's session rarely signs more than a few times, short enough that a leaked one is soon
/// useless. (Tencent's "at least 24 h" advice is for client SDK logins that cannot re-sign themselves.)
pub const DEFAULT_LIFETIME: Duration = Duration::from_secs(4 * 3600);

/// Re-sign this long before expiry, so a UserSig never expires between signing and Tencent checking
/// it, even with a few minutes of clock skew between this computer and Tencent.
pub const REFRESH_MARGIN: Duration = Duration::from_secs(10 * 60);

/// The lifetimes a producer may choose. At least 30 minutes: the credentials re-sign
/// [`REFRESH_MARGIN`] before expiry, and a lifetime under twice that would re-sign on nearly every
/// send. At most 7 days: longer keeps a leaked UserSig useful for too long. One range for profiles,
/// `bdesk usersig` and the credentials themselves.
pub const LIFETIME_RANGE: std::ops::RangeInclusive<Duration> =
    Duration::from_secs(30 * 60)..=Duration::from_secs(7 * 24 * 3600);

/// `secs` as a lifetime, if it is inside [`LIFETIME_RANGE`]; the error says the range in words.
pub fn lifetime_from_secs(secs: u64) -> std::result::Result<Duration, String> {
    let lifetime = Duration::from_secs(secs);
    if LIFETIME_RANGE.contains(&lifetime) {
        Ok(lifetime)
    } else {
        Err(format!(
            "must be between {} (30 minutes) and {} (7 days) seconds",
            LIFETIME_RANGE.start().as_secs(),
            LIFETIME_RANGE.end().as_secs()
        ))
    }
}

struct Cached {
    usersig: UserSig,
    time: u64,
    expire: u64,
}

/// SDKAppID, admin identifier and secret key, plus the cached UserSig made from them.
pub struct Credentials {
    sdkappid: u64,
    identifier: String,
    key: SecretKey,
    lifetime: Duration,
    clock: Arc<dyn Clock>,
    // std Mutex: held only to read or replace the cache, never across an await.
    cached: Mutex<Option<Cached>>,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("sdkappid", &self.sdkappid)
            .field("identifier", &self.identifier)
            .field("key", &self.key)
            .field("lifetime", &self.lifetime)
            .finish_non_exhaustive()
    }
}

impl Credentials {
    /// Checks the parts that can be checked offline: a non-zero SDKAppID, an identifier that follows
    /// the account rule ([`crate::account`]) and a non-empty key.
    pub fn new(sdkappid: u64, identifier: impl Into<String>, key: SecretKey) -> Result<Self> {
        let identifier = identifier.into();
        if sdkappid == 0 {
            return Err(Error::InvalidConfig {
                field: "sdkappid",
                message: "the SDKAppID is missing; copy it from the Chat console".into(),
            });
        }
        if let Some(problem) = crate::account::problems(&identifier).first() {
            return Err(Error::InvalidConfig {
                field: "identifier",
                message: format!("the admin account {problem}"),
            });
        }
        if key.expose().trim().is_empty() {
            return Err(Error::InvalidConfig {
                field: "key",
                message: "the secret key is empty; copy it from the Chat console".into(),
            });
        }
        Ok(Self {
            sdkappid,
            identifier,
            key,
            lifetime: DEFAULT_LIFETIME,
            clock: Arc::new(SystemClock),
            cached: Mutex::new(None),
        })
    }

    /// Sets the UserSig lifetime; it must be inside [`LIFETIME_RANGE`].
    pub fn with_lifetime(mut self, lifetime: Duration) -> Result<Self> {
        lifetime_from_secs(lifetime.as_secs()).map_err(|why| Error::InvalidConfig {
            field: "usersigLifetimeSecs",
            message: format!("the UserSig lifetime {why}"),
        })?;
        self.lifetime = lifetime;
        *self.lock() = None;
        Ok(self)
    }

    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        *self.lock() = None;
        self
    }

    pub fn sdkappid(&self) -> u64 {
        self.sdkappid
    }

    pub fn identifier(&self) -> &str {
        &self.identifier
    }

    pub fn lifetime(&self) -> Duration {
        self.lifetime
    }

    pub(crate) fn key(&self) -> &SecretKey {
        &self.key
    }

    /// The signing clock's time (whole seconds): what a UserSig made now is stamped with, and so the
    /// clock whose skew from Tencent's matters.
    pub(crate) fn now(&self) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(self.clock.now_unix())
    }

    /// The cached UserSig, or a new one if there is none, it is within [`REFRESH_MARGIN`] of expiry,
    /// or the clock went back before it was signed (a UserSig "from the future" is suspect).
    pub fn usersig(&self) -> UserSig {
        let now = self.clock.now_unix();
        let mut cached = self.lock();
        if let Some(c) = cached.as_ref()
            && now >= c.time
            && now.saturating_add(REFRESH_MARGIN.as_secs()) < c.time.saturating_add(c.expire)
        {
            return c.usersig.clone();
        }
        self.sign_into(&mut cached, now)
    }

    /// A new UserSig regardless of the cache: after Tencent answered 70001/70052.
    pub fn resign(&self) -> UserSig {
        let now = self.clock.now_unix();
        self.sign_into(&mut self.lock(), now)
    }

    /// Drops the cached UserSig (e.g. when the profile's key changes or the app locks).
    pub fn forget_usersig(&self) {
        *self.lock() = None;
    }

    fn sign_into(&self, slot: &mut Option<Cached>, now: u64) -> UserSig {
        let expire = self.lifetime.as_secs();
        let usersig = usersig::sign(
            &self.key,
            &SigInput {
                sdkappid: self.sdkappid,
                identifier: &self.identifier,
                time: now,
                expire,
                userbuf: None,
            },
        );
        *slot = Some(Cached {
            usersig: usersig.clone(),
            time: now,
            expire,
        });
        usersig
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Cached>> {
        // A panic while holding this lock can only leave a stale cache entry; recover it.
        self.cached.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::ManualClock;

    const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";

    fn creds(clock: &Arc<ManualClock>) -> Credentials {
        Credentials::new(1400000000, "admin", SecretKey::from(KEY))
            .unwrap()
            .with_clock(clock.clone())
    }

    #[test]
    fn reuses_until_the_margin_then_resigns() {
        let clock = Arc::new(ManualClock::new(1_700_000_000));
        let c = creds(&clock);
        let first = c.usersig();
        clock.advance(DEFAULT_LIFETIME - REFRESH_MARGIN - Duration::from_secs(1));
        assert_eq!(c.usersig(), first, "still outside the margin");
        clock.advance(Duration::from_secs(1));
        let second = c.usersig();
        assert_ne!(second, first, "inside the margin: re-signed");
        assert_eq!(c.usersig(), second, "and the new one is cached");
    }

    #[test]
    fn resign_is_forced_and_a_backwards_clock_resigns() {
        let clock = Arc::new(ManualClock::new(1_700_000_000));
        let c = creds(&clock);
        let first = c.usersig();
        clock.advance(Duration::from_secs(5));
        let forced = c.resign();
        assert_ne!(forced, first);
        assert_eq!(c.usersig(), forced);
        clock.set(1_699_999_000);
        assert_ne!(c.usersig(), forced);
    }

    #[test]
    fn the_usersig_verifies_with_the_configured_lifetime() {
        let clock = Arc::new(ManualClock::new(1_700_000_000));
        let c = creds(&clock)
            .with_lifetime(Duration::from_secs(3600))
            .unwrap();
        let sig = c.usersig();
        let key = SecretKey::from(KEY);
        assert!(usersig::verify(&key, sig.expose(), 1400000000, "admin", 1_700_003_600).is_ok());
        assert!(usersig::verify(&key, sig.expose(), 1400000000, "admin", 1_700_003_601).is_err());
    }

    #[test]
    fn rejects_unusable_settings() {
        let key = || SecretKey::from(KEY);
        assert!(Credentials::new(0, "admin", key()).is_err());
        assert!(Credentials::new(1, "", key()).is_err());
        assert!(Credentials::new(1, "x".repeat(33), key()).is_err());
        assert!(Credentials::new(1, "adm\u{e9}n", key()).is_err());
        // The space is what the old rule let through (and the request then reached the server).
        assert!(Credentials::new(1, "ad min", key()).is_err());
        assert!(Credentials::new(1, "admin", SecretKey::from(" ")).is_err());
        let c = Credentials::new(1, "admin", key()).unwrap();
        assert!(c.with_lifetime(REFRESH_MARGIN).is_err());
        let c = Credentials::new(1, "admin", key()).unwrap();
        assert!(c.with_lifetime(Duration::from_secs(8 * 24 * 3600)).is_err());
    }

    #[test]
    fn debug_redacts_the_key_and_never_shows_a_usersig() {
        let clock = Arc::new(ManualClock::new(1_700_000_000));
        let c = creds(&clock);
        let sig = c.usersig();
        let dbg = format!("{c:?}");
        assert!(
            !dbg.contains(KEY) && !dbg.contains(sig.expose().as_str()),
            "{dbg}"
        );
        assert!(dbg.contains("admin") && dbg.contains("<redacted>"));
    }
}
