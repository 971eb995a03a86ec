//! A ready connection to one Chat app: a pooled HTTP client and the admin credentials with their
//! UserSig cache. Every request either front door makes (send, test connection, sign a UserSig) goes
//! through one of these, whether it came from a saved profile or from `bdesk`'s explicit options.
//!
//! Not here: where the key came from (the desk reads it from the keychain, `bdesk` from standard
//! input), or which profile this is.

use std::time::{SystemTime, UNIX_EPOCH};

use serde::Serialize;
use ts_rs::TS;

use super::ConnectionReport;
use crate::client::{
    AccountCheck, Client, Credentials, Endpoint, SendOutcome, WireBody, lifetime_from_secs,
};
use crate::message::{self, Draft, SendBroadcastMsg};
use crate::profiles::{self, Edition, PALETTE, Profile, ProfileDraft, Target};
use crate::secret::SecretKey;
use crate::usersig::{self, SigInput, UserSig};
use crate::{Error, Result};

/// A UserSig made on request (`bdesk usersig`), with what it was made from.
#[derive(Debug)]
pub struct SignedUserSig {
    pub usersig: UserSig,
    pub sdkappid: u64,
    pub identifier: String,
    /// Unix seconds of signing.
    pub time: u64,
    /// Seconds of validity after `time`.
    pub expire: u64,
}

/// Where to send and as whom, given explicitly rather than from a saved profile (`bdesk --region …
/// --sdkappid … --identifier …`). Checked by exactly the rules a saved profile follows.
#[derive(Debug, Clone)]
pub struct ExplicitTarget {
    pub target: Target,
    pub sdkappid: u64,
    pub identifier: String,
}

/// See the module docs.
#[derive(Debug)]
pub struct Connection {
    client: Client,
    credentials: Credentials,
    default_from: Option<String>,
}

impl Connection {
    /// A connection for a saved profile, given its key.
    pub fn for_profile(profile: &Profile, key: SecretKey) -> Result<Self> {
        Ok(Self {
            client: Client::new(profile.endpoint()?)?,
            credentials: profile.credentials(key)?,
            default_from: profile.default_from_account.clone(),
        })
    }

    /// A connection from explicit settings: see [`Connection::check_explicit`] for their rules.
    pub fn explicit(target: &ExplicitTarget, key: SecretKey) -> Result<Self> {
        Self::for_profile(&Self::check_explicit(target)?, normalized_key(&key)?)
    }

    /// Checks explicit settings by exactly the rules a profile's fields follow (account, SDKAppID
    /// range, endpoint policy), reported the same way: `Error::InvalidProfile`, per field. Needs no
    /// key, so a front door can refuse bad settings before it reads one.
    pub fn check_explicit(target: &ExplicitTarget) -> Result<Profile> {
        let draft = ProfileDraft {
            // Name and colour are a profile's, not a connection's; any valid values do.
            name: "explicit".into(),
            color: PALETTE[0].hex.into(),
            target: target.target.clone(),
            sdkappid: target.sdkappid,
            admin_identifier: target.identifier.clone(),
            edition: Edition::Pro,
            default_from_account: None,
            usersig_lifetime_secs: None,
            is_sandbox: false,
        };
        let checked = profiles::validate(&draft).map_err(Error::InvalidProfile)?;
        Ok(Profile {
            id: String::new(),
            name: checked.name,
            color: checked.color,
            target: checked.target,
            sdkappid: checked.sdkappid,
            admin_identifier: checked.admin_identifier,
            edition: checked.edition,
            default_from_account: None,
            usersig_lifetime_secs: checked
                .usersig_lifetime_secs
                .unwrap_or(profiles::DEFAULT_USERSIG_LIFETIME_SECS),
            is_sandbox: false,
            created_at: 0,
            updated_at: 0,
        })
    }

    /// A connection to an emulator the caller runs (the app's sandbox).
    pub(crate) fn to_emulator(
        base_url: &str,
        sdkappid: u64,
        admin: &str,
        key: SecretKey,
        default_from: Option<String>,
    ) -> Result<Self> {
        Ok(Self {
            client: Client::new(Endpoint::custom(base_url, None)?)?,
            credentials: Credentials::new(sdkappid, admin, key)?,
            default_from,
        })
    }

    pub fn admin(&self) -> &str {
        self.credentials.identifier()
    }

    pub fn default_from(&self) -> Option<&str> {
        self.default_from.as_deref()
    }

    /// Validates a draft for sending: the default sender filled in unless it names one, a fresh
    /// `Random` unless it has one, checked by the message rules. Returns the message as it will go out
    /// and its exact body. `Err` (an invalid message) means nothing may be sent.
    pub fn prepare(&self, mut draft: Draft) -> Result<(SendBroadcastMsg, WireBody)> {
        if draft.from_account.is_none() {
            draft.from_account.clone_from(&self.default_from);
        }
        let report = message::validate_draft(&draft);
        if !report.valid {
            return Err(Error::InvalidMessage(report));
        }
        let msg = draft.fill_random();
        let body = WireBody::new(message::to_wire_json(&msg))?;
        Ok((msg, body))
    }

    /// The request a send of `body` would make, without making it (no UserSig in it).
    pub fn preview(&self, body: &WireBody) -> crate::client::RequestPreview {
        self.client.preview_broadcast(&self.credentials, body)
    }

    /// One attempt of an already prepared body: every answer and transport failure is an outcome.
    pub async fn send_body(&self, body: &WireBody) -> Result<SendOutcome> {
        self.client.send_broadcast(&self.credentials, body).await
    }

    /// The SDKAppID these credentials sign for.
    pub fn sdkappid(&self) -> u64 {
        self.credentials.sdkappid()
    }

    /// `host[:port]` of the primary endpoint, as History shows where a broadcast went.
    pub fn target(&self) -> String {
        let url = &self.client.hosts().primary;
        match (url.host_str(), url.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_owned(),
            _ => url.to_string(),
        }
    }

    /// "Test connection": account_check of the admin, the default sender and `accounts`, as a report
    /// with a class and a remedy for every failure.
    pub async fn test(&self, accounts: &[&str]) -> ConnectionReport {
        let mut ids = vec![self.admin()];
        for id in self
            .default_from()
            .into_iter()
            .chain(accounts.iter().copied())
        {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let clocked = self
            .client
            .account_check_clocked(&self.credentials, &ids)
            .await;
        // Read from the answer's Date header, failures included: a clock over a minute off is named
        // whether or not Tencent has refused a UserSig for it yet.
        let skew = clocked.clock_skew.filter(|s| s.worth_telling());
        match clocked.result {
            Ok(check) => ConnectionReport::answered(check, self.default_from(), skew),
            Err(err) => ConnectionReport::failed(err, skew),
        }
    }

    /// Signs (or reuses) the admin's UserSig and opens or refreshes a pooled connection: see
    /// [`crate::client::Client::prewarm`].
    pub async fn prewarm(&self) -> Result<crate::client::Prewarmed> {
        drop(self.credentials.usersig());
        self.client.prewarm().await
    }

    /// account_check of the admin and then `accounts` (each once, in order).
    pub async fn check_accounts(&self, accounts: &[&str]) -> Result<AccountCheck> {
        let mut ids = vec![self.admin()];
        for id in accounts {
            if !ids.contains(id) {
                ids.push(id);
            }
        }
        self.client.account_check(&self.credentials, &ids).await
    }

    /// A UserSig for the admin, signed now (or at `time`), valid for `expire` seconds (default: the
    /// connection's lifetime); `expire` must be inside [`crate::client::LIFETIME_RANGE`].
    pub fn sign(&self, expire: Option<u64>, time: Option<u64>) -> Result<SignedUserSig> {
        let expire = match expire {
            Some(secs) => lifetime_from_secs(secs)
                .map_err(|why| Error::InvalidInput {
                    path: "expire".into(),
                    message: why,
                })?
                .as_secs(),
            None => self.credentials.lifetime().as_secs(),
        };
        let time = time.unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
        let identifier = self.admin().to_owned();
        let usersig = usersig::sign(
            self.credentials.key(),
            &SigInput {
                sdkappid: self.credentials.sdkappid(),
                identifier: &identifier,
                time,
                expire,
                userbuf: None,
            },
        );
        Ok(SignedUserSig {
            usersig,
            sdkappid: self.credentials.sdkappid(),
            identifier,
            time,
            expire,
        })
    }
}

/// The longest key accepted. Tencent's keys are 64 hex characters; anything near this long is not a
/// key but a paste of something else (a whole page, a file), refused before it reaches the keychain.
pub const KEY_MAX_CHARS: usize = 256;

/// Something odd about a key that was still saved, worth telling the producer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase")]
#[ts(export)]
pub enum KeyWarning {
    /// Tencent's keys are 64 hexadecimal characters; this one is not (`length` characters).
    NotHex64 {
        #[ts(type = "number")]
        length: usize,
    },
}

impl std::fmt::Display for KeyWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeyWarning::NotHex64 { length } => write!(
                f,
                "keys from the Chat console are 64 hexadecimal characters; this one has {length} \
                 characters{}: check it was copied whole (test connection will tell)",
                if *length == 64 {
                    " but not all hex"
                } else {
                    ""
                }
            ),
        }
    }
}

/// The key without the spaces and line breaks a paste from the console brings along (keys are hex,
/// so nothing real is lost); empty or implausibly long is refused, by field.
pub(crate) fn normalized_key(key: &SecretKey) -> Result<SecretKey> {
    let trimmed = key.expose().trim();
    if trimmed.is_empty() {
        return Err(Error::InvalidInput {
            path: "key".into(),
            message: "the secret key is empty; copy it from the Chat console".into(),
        });
    }
    let chars = trimmed.chars().count();
    if chars > KEY_MAX_CHARS {
        return Err(Error::InvalidInput {
            path: "key".into(),
            message: format!(
                "this is {chars} characters, not a secret key (those are 64); copy only the key \
                 from the Chat console"
            ),
        });
    }
    Ok(SecretKey::from(trimmed))
}

/// A warning for a (normalized) key that does not look like Tencent's.
pub(crate) fn key_warning(key: &SecretKey) -> Option<KeyWarning> {
    let k = key.expose();
    let plausible = k.len() == 64 && k.bytes().all(|b| b.is_ascii_hexdigit());
    (!plausible).then(|| KeyWarning::NotHex64 {
        length: k.chars().count(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_settings_follow_the_profile_rules_by_field() {
        let bad = ExplicitTarget {
            target: Target::Region {
                region: "atlantis".into(),
            },
            sdkappid: 0,
            identifier: "ad min".into(),
        };
        let err = Connection::explicit(&bad, SecretKey::from("k")).unwrap_err();
        let Error::InvalidProfile(problems) = err else {
            panic!("{err:?}")
        };
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["target.region", "sdkappid", "adminIdentifier"]);
    }

    #[test]
    fn keys_are_trimmed_capped_and_checked_for_shape() {
        let hex = "a".repeat(64);
        let k = normalized_key(&SecretKey::from(format!("  {hex}\n"))).unwrap();
        assert_eq!(k.expose(), &hex);
        assert_eq!(key_warning(&k), None);
        assert_eq!(
            normalized_key(&SecretKey::from(" \n")).unwrap_err().code(),
            crate::ErrorCode::InvalidInput
        );
        let long = SecretKey::from("a".repeat(KEY_MAX_CHARS + 1));
        assert_eq!(
            normalized_key(&long).unwrap_err().code(),
            crate::ErrorCode::InvalidInput
        );
        assert_eq!(
            key_warning(&SecretKey::from("abc")),
            Some(KeyWarning::NotHex64 { length: 3 })
        );
        assert_eq!(
            key_warning(&SecretKey::from("g".repeat(64))),
            Some(KeyWarning::NotHex64 { length: 64 })
        );
    }
}
