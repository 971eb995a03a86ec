//! The built-in sandbox's identity: an app that exists only inside the running window, served by the
//! emulator the shell starts on 127.0.0.1 with a key made up per run.
//!
//! Not here: running the emulator (the shell owns that process-local server) or its profile's rows
//! (the desk makes and guards them).

use crate::params;
use crate::profiles::validate::field;
use crate::profiles::{
    Edition, FieldProblem, FieldRule, Profile, ProfileDraft, SANDBOX_COLOR, Target,
};
use crate::secret::SecretKey;
use crate::{Error, Result};

/// The sandbox's fixed identity. Obviously not a real app: Tencent's SDKAppIDs start at 1400000000.
pub const SANDBOX_SDKAPPID: u64 = 1_000_000_001;
/// The sandbox's admin account.
pub const SANDBOX_ADMIN: &str = "sandbox_admin";
/// Accounts that exist in the sandbox besides the admin, so a From_Account can be tried out.
pub const SANDBOX_ACCOUNTS: [&str; 2] = ["host", "moderator"];
pub(super) const SANDBOX_NAME: &str = "Sandbox";
/// Stored as the sandbox row's target; never used to send (the running emulator's address is).
const SANDBOX_PLACEHOLDER_URL: &str = "http://127.0.0.1/";

/// The emulator the shell started for the sandbox: where it listens, the key it was started with
/// (made up per run and never stored anywhere), and how to set the rate it allows.
pub struct SandboxTarget {
    pub base_url: String,
    pub key: SecretKey,
    /// Sets the emulator's broadcast rate (per second). The desk keeps it at the sandbox profile's
    /// edition, so a rehearsal meets the same 10023 "too fast" answers the real app would.
    pub set_rate: Box<dyn Fn(u8) + Send + Sync>,
}

pub(super) fn draft(name: String) -> ProfileDraft {
    ProfileDraft {
        name,
        color: SANDBOX_COLOR.into(),
        target: Target::Custom {
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

/// The sandbox's identity and target are the emulator's, not the producer's: an edit may keep them
/// as they are but not change them. Every changed fixed field is named, so a front door that sent
/// them (`bdesk profile edit Sandbox --endpoint …`) learns which ones.
pub(super) fn check_fixed_fields(existing: &Profile, draft: &ProfileDraft) -> Result<()> {
    let mut problems = Vec::new();
    let fixed =
        |field: &str| FieldProblem::new(field, FieldRule::Fixed, "field-sandbox-fixed", params! {});
    if draft.target != existing.target {
        let field = match draft.target {
            Target::Region { .. } => field::REGION,
            Target::Custom { .. } => field::URL,
        };
        problems.push(fixed(field));
    }
    if draft.sdkappid != existing.sdkappid {
        problems.push(fixed(field::SDKAPPID));
    }
    if draft.admin_identifier != existing.admin_identifier {
        problems.push(fixed(field::ADMIN));
    }
    if !draft.is_sandbox {
        problems.push(FieldProblem::new(
            "isSandbox",
            FieldRule::Fixed,
            "field-sandbox-stays",
            params! {},
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::InvalidProfile(problems))
    }
}

pub(super) fn has_no_key() -> Error {
    Error::InvalidInput {
        path: "profileId".into(),
        message:
            "the sandbox signs with a key made up for each run; it has no key to set or remove"
                .into(),
    }
}

pub(super) fn not_running() -> Error {
    Error::Internal("the sandbox emulator is not running in this process".into())
}

/// What a front door without the running app (bdesk) says when asked to use the sandbox.
pub(super) fn only_in_the_app(name: &str) -> Error {
    Error::InvalidInput {
        path: "profile".into(),
        message: format!(
            "{name:?} is the app's built-in sandbox, which runs only inside the app; use the \
             Sandbox view there, or run `tim-emulator` and a profile with --endpoint \
             http://127.0.0.1:PORT"
        ),
    }
}
