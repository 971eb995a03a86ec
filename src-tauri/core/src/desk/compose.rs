//! What the composer needs from the desk besides sending: the draft that survives a restart, a
//! sender checked with Tencent as the producer leaves the field, and a connection kept warm so an
//! emergency click reaches the wire without a handshake.
//!
//! Not here: the message rules (`message`), sending (`send`), or how often to keep warm (the shell's
//! timer: this only does one round).

use serde::Serialize;
use ts_rs::TS;

use super::report::{ConnectionProblem, ConnectionReport};
use super::{Desk, lock};
use crate::client::{AccountStatus, Prewarmed};
use crate::{Error, Result};

/// The settings key the composer's draft is kept under.
const DRAFT_KEY: &str = "composer.draft";

/// The largest draft kept. A message is at most 12,000 bytes on the wire; the composer's state around
/// it (a raw JSON tab mid-edit, element forms) stays well under this. Anything bigger is not a draft
/// a producer typed, and is refused rather than written to the database on every keystroke.
pub const DRAFT_MAX_BYTES: usize = 256 * 1024;

/// What Tencent said about a sender the composer names (`From_Account`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "camelCase")]
#[ts(export)]
pub enum SenderCheck {
    /// The account exists: viewers see the broadcast as coming from it.
    Exists,
    /// The account does not exist in the app: a broadcast from it would be refused.
    Missing,
    /// Tencent could not be asked (offline, key wrong, …): the problem, in words a producer can act
    /// on. The send may still work; nothing is concluded about the account.
    Unchecked { problem: ConnectionProblem },
}

impl Desk {
    /// The composer's draft as it last saved it, if any: opaque JSON the window owns (it can hold
    /// what is not a valid message yet).
    pub fn composer_draft(&self) -> Result<Option<String>> {
        lock(&self.store).setting(DRAFT_KEY)
    }

    /// Keeps (`Some`) or clears (`None`, after a send) the composer's draft. It must be JSON and at
    /// most [`DRAFT_MAX_BYTES`].
    pub fn save_composer_draft(&self, draft: Option<&str>) -> Result<()> {
        if let Some(text) = draft {
            if text.len() > DRAFT_MAX_BYTES {
                return Err(Error::InvalidInput {
                    path: "draft".into(),
                    message: format!(
                        "the draft is {} bytes; at most {DRAFT_MAX_BYTES} are kept",
                        text.len()
                    ),
                });
            }
            serde_json::from_str::<serde_json::Value>(text).map_err(|e| Error::InvalidInput {
                path: "draft".into(),
                message: format!("the draft is not JSON: {e}"),
            })?;
        }
        lock(&self.store).set_setting(DRAFT_KEY, draft)
    }

    /// Asks Tencent whether `account` exists in the profile's app (account_check), for the composer's
    /// From_Account as the producer leaves the field. An account that breaks the account rule is
    /// refused here without asking (the message check names the rule).
    pub async fn check_sender(&self, id: &str, account: &str) -> Result<SenderCheck> {
        if let Some(problem) = crate::account::problems(account).first() {
            return Err(Error::InvalidInput {
                path: "From_Account".into(),
                message: format!("{account:?} {problem}"),
            });
        }
        let connection = self.connection(id)?;
        Ok(match connection.check_accounts(&[account]).await {
            Ok(check) => match check.accounts.iter().find(|a| a.user_id == account) {
                Some(item) if item.status == AccountStatus::Imported => SenderCheck::Exists,
                _ => SenderCheck::Missing,
            },
            Err(err) => SenderCheck::Unchecked {
                problem: ConnectionReport::failed(err, None)
                    .problem
                    .ok_or_else(|| Error::Internal("a failed check without a problem".into()))?,
            },
        })
    }

    /// One round of keeping a profile ready for an emergency: its key read and its UserSig signed
    /// (cached, re-signed before it expires), and a pooled connection opened or refreshed with a `HEAD`
    /// that cannot broadcast (see `Client::prewarm`). The caller repeats it more often than the pool
    /// drops idle connections (50 s).
    pub async fn keep_warm(&self, id: &str) -> Result<Prewarmed> {
        let connection = self.connection(id)?;
        connection.prewarm().await
    }
}
