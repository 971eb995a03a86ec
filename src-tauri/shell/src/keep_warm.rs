//! Keeps the active profile ready for an emergency while the app runs: every [`KEEP_WARM_EVERY`] a
//! background task runs one round of [`Desk::keep_warm`] for the active profile (its key read once
//! and its UserSig signed and cached, its pooled connection opened or kept open by a request that
//! cannot broadcast), so an emergency send starts with no keychain read, no signing and no TCP or
//! TLS handshake.
//!
//! It never blocks the main thread (a task on the async runtime; each round on a blocking worker,
//! since the key state asks the keychain and the profile is read from SQLite) and never bothers the
//! producer: no profile active or no key stored is a round skipped, and every failure is logged at
//! debug level only — the next send will say what is wrong, in the window, when it matters.
//!
//! Not here: what a round does (desk-core's `keep_warm`, which the composer's tests cover too).

use std::sync::Arc;
use std::time::{Duration, Instant};

use desk_core::ErrorCode;
use desk_core::client::{POOL_IDLE_TIMEOUT, Prewarmed};
use desk_core::desk::{Desk, KeyState};

/// How often the active profile is kept warm: under the time after which the client's pool drops an
/// idle connection ([`POOL_IDLE_TIMEOUT`], 50 s), with room for a round that is slow to run on a busy
/// machine, so the connection an emergency needs is never the one just dropped.
pub const KEEP_WARM_EVERY: Duration = Duration::from_secs(40);
const _: () = assert!(KEEP_WARM_EVERY.as_secs() + 5 <= POOL_IDLE_TIMEOUT.as_secs());

/// After the keychain refused (locked, access denied), how long before the same profile's key is
/// asked for again: each ask may put an unlock prompt in front of a producer mid-show, which the
/// next send (the producer's own action) may do, but a timer must not every 40 seconds.
pub const KEYCHAIN_PAUSE: Duration = Duration::from_secs(10 * 60);

/// How one round went, for the debug log and the tests.
#[derive(Debug)]
pub enum Round {
    NoActiveProfile,
    /// The active profile has no key stored, or the keychain cannot say.
    NoKey,
    /// Skipped: the keychain refused this profile's key less than [`KEYCHAIN_PAUSE`] ago.
    Paused,
    Warm(Prewarmed),
    Failed(desk_core::Error),
}

/// A profile whose key the keychain refused, and when.
#[derive(Debug, Clone)]
struct Pause {
    id: String,
    since: Instant,
}

/// The rounds' memory between one and the next.
#[derive(Debug, Default)]
pub struct Warmer {
    pause: Option<Pause>,
}

impl Warmer {
    /// One round for the profile active now.
    pub async fn round(&mut self, desk: &Desk, now: Instant) -> Round {
        let id = match desk.active_id() {
            Ok(Some(id)) => id,
            Ok(None) => return Round::NoActiveProfile,
            Err(e) => return Round::Failed(e),
        };
        if self
            .pause
            .as_ref()
            .is_some_and(|p| p.id == id && now.duration_since(p.since) < KEYCHAIN_PAUSE)
        {
            return Round::Paused;
        }
        // Whether a key is stored asks the keychain without reading (or unlocking) anything.
        match desk.key_status(&id) {
            Ok(KeyState::Stored { .. } | KeyState::BuiltIn) => {}
            Ok(KeyState::Missing { .. } | KeyState::Unavailable { .. }) => return Round::NoKey,
            Err(e) => return Round::Failed(e),
        }
        match desk.keep_warm(&id).await {
            Ok(warm) => {
                self.pause = None;
                Round::Warm(warm)
            }
            Err(e) => {
                if e.code() == ErrorCode::Keychain {
                    self.pause = Some(Pause { id, since: now });
                }
                Round::Failed(e)
            }
        }
    }
}

/// Starts the rounds, the first at once (the first emergency after a launch finds it warm), for as
/// long as the app runs.
pub fn start(desk: Arc<Desk>) {
    tauri::async_runtime::spawn(async move {
        let mut every = tokio::time::interval(KEEP_WARM_EVERY);
        // A round that ran late (a suspended laptop) is not made up for with a burst.
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut warmer = Warmer::default();
        loop {
            every.tick().await;
            let desk = desk.clone();
            let mut this = std::mem::take(&mut warmer);
            let ran = tauri::async_runtime::spawn_blocking(move || {
                let round = tauri::async_runtime::block_on(this.round(&desk, Instant::now()));
                (this, round)
            })
            .await;
            match ran {
                Ok((kept, round)) => {
                    warmer = kept;
                    match round {
                        Round::Warm(warm) => {
                            tracing::debug!(host = %warm.host, elapsed = ?warm.elapsed, "kept warm");
                        }
                        Round::Failed(e) => {
                            tracing::debug!(code = ?e.code(), error = %e, "keep warm failed");
                        }
                        skipped => tracing::debug!(?skipped, "keep warm skipped"),
                    }
                }
                Err(e) => tracing::debug!(error = %e, "keep warm: the round did not finish"),
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use desk_core::keychain::Keychain;
    use desk_core::profiles::{Edition, ProfileDraft, Target};
    use desk_core::secret::SecretKey;
    use tim_emulator::{Config, Emulator};

    use super::*;

    const KEY: &str = "obviously-fake-key-for-tests";

    fn draft(name: &str, url: &str) -> ProfileDraft {
        ProfileDraft {
            name: name.into(),
            color: "#0090ff".into(),
            target: Target::Custom { url: url.into() },
            sdkappid: 1_400_000_000,
            admin_identifier: "admin".into(),
            edition: Edition::Pro,
            default_from_account: None,
            usersig_lifetime_secs: None,
            is_sandbox: false,
        }
    }

    #[test]
    fn a_round_warms_the_active_profile_and_skips_when_there_is_none_or_no_key() {
        tauri::async_runtime::block_on(async {
            let mut config = Config::new(1_400_000_000, KEY);
            config.admins = vec!["admin".into()];
            let emu = Emulator::start(config).await.unwrap();
            let dir = tempfile::tempdir().unwrap();
            let desk =
                Desk::open(dir.path(), "warm.sqlite3", Keychain::in_memory_for_tests()).unwrap();
            let mut warmer = Warmer::default();
            let now = Instant::now();
            assert!(matches!(
                warmer.round(&desk, now).await,
                Round::NoActiveProfile
            ));

            // The first profile saved is active; without a key there is nothing to warm.
            let id = desk
                .create_profile(&draft("Main show", &emu.base_url()), None)
                .unwrap()
                .profile
                .id;
            assert!(matches!(warmer.round(&desk, now).await, Round::NoKey));
            assert_eq!(emu.requests_seen(), 0);

            desk.set_key(&id, &SecretKey::from(KEY)).unwrap();
            match warmer.round(&desk, now).await {
                Round::Warm(warm) => assert!(warm.host.starts_with("127.0.0.1:"), "{warm:?}"),
                other => panic!("{other:?}"),
            }
            assert!(emu.requests_seen() >= 1, "it reached the endpoint");
            assert!(emu.delivered().is_empty(), "and broadcast nothing");

            // Unreachable is a failure of this round only: the next one tries again.
            emu.shutdown().await;
            for _ in 0..2 {
                match warmer.round(&desk, now).await {
                    Round::Failed(e) => assert_eq!(e.code(), ErrorCode::Transport),
                    other => panic!("{other:?}"),
                }
            }
        });
    }

    #[test]
    fn a_keychain_refusal_pauses_that_profile_only_and_only_for_a_while() {
        let dir = tempfile::tempdir().unwrap();
        let desk = Desk::open(dir.path(), "warm.sqlite3", Keychain::in_memory_for_tests()).unwrap();
        let id = desk
            .create_profile(&draft("Main show", "http://127.0.0.1:9/"), None)
            .unwrap()
            .profile
            .id;
        let now = Instant::now();
        let mut warmer = Warmer {
            pause: Some(Pause {
                id: id.clone(),
                since: now,
            }),
        };
        tauri::async_runtime::block_on(async {
            assert!(matches!(
                warmer.round(&desk, now + KEYCHAIN_PAUSE / 2).await,
                Round::Paused
            ));
            // Past the pause the keychain is asked again (here: no key stored).
            assert!(matches!(
                warmer.round(&desk, now + KEYCHAIN_PAUSE).await,
                Round::NoKey
            ));
            // Another profile made active is not held by this one's pause.
            let other = desk
                .create_profile(&draft("Rehearsal", "http://127.0.0.1:9/"), None)
                .unwrap()
                .profile
                .id;
            desk.activate(&other).unwrap();
            assert!(matches!(warmer.round(&desk, now).await, Round::NoKey));
        });
    }
}
