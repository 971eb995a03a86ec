//! Profiles: the Tencent Cloud Chat apps a producer sends through (SDKAppID, admin account, where
//! requests go, edition), the colours that tell them apart, and which one is active.
//!
//! Three parts, one file each: this module is the model; [`validate`](mod@validate) holds every rule a
//! profile must follow (all problems at once, per field, so a form can mark them all); `table` keeps
//! profiles in the `profiles` table. Input that fails validation never changes what was saved.
//!
//! A profile's secret key is NOT part of the model: it lives in the OS keychain under the profile's id
//! (a UUID, so renaming never orphans a key), handled by [`crate::desk::Desk`].
//!
//! Not here: the request URL for a region (the REST client's job; regions here are validated names),
//! signing, or sending.

mod table;
#[cfg(test)]
mod tests;
pub mod validate;

use std::str::FromStr;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Result;
use crate::client::{Credentials, Endpoint, Region};
use crate::secret::SecretKey;

pub use table::Profiles;
pub use validate::{FieldProblem, FieldRule, check_name, name_key, validate};

/// A name's length limit in characters, for profiles and templates alike (it must fit the header,
/// the confirm step and lists).
pub const NAME_MAX_CHARS: usize = 64;
/// A new profile's UserSig lifetime.
pub const DEFAULT_USERSIG_LIFETIME_SECS: u32 = crate::client::DEFAULT_LIFETIME.as_secs() as u32;
/// The UI reads SDKAppIDs as JavaScript numbers; larger values would silently lose digits there.
pub const SDKAPPID_MAX: u64 = (1 << 53) - 1;
/// The custom rates Tencent's console offers, in broadcasts per second.
pub const CUSTOM_RATE_RANGE: std::ops::RangeInclusive<u8> = 1..=5;

/// A colour a profile can be recognised by, with its name for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Swatch {
    /// `#rrggbb`, lower case.
    pub hex: &'static str,
    pub name: &'static str,
}

/// Eight colours far enough apart to tell production from staging at a glance, in light and dark.
/// Violet is left out: it is [`SANDBOX_COLOR`], and only the sandbox may look like the sandbox.
pub const PALETTE: [Swatch; 8] = [
    Swatch {
        hex: "#e5484d",
        name: "Red",
    },
    Swatch {
        hex: "#f76b15",
        name: "Orange",
    },
    Swatch {
        hex: "#e2a336",
        name: "Amber",
    },
    Swatch {
        hex: "#30a46c",
        name: "Green",
    },
    Swatch {
        hex: "#12a594",
        name: "Teal",
    },
    Swatch {
        hex: "#0090ff",
        name: "Blue",
    },
    Swatch {
        hex: "#d6409f",
        name: "Pink",
    },
    Swatch {
        hex: "#687076",
        name: "Slate",
    },
];

/// The sandbox's colour, which no other profile may take.
pub const SANDBOX_COLOR: &str = "#7c5cff";

/// The first palette colour none of `taken` uses (ignoring case); the palette's first when all are.
pub fn unused_color<'a>(taken: impl IntoIterator<Item = &'a str>) -> &'static str {
    let taken: Vec<&str> = taken.into_iter().collect();
    PALETTE
        .iter()
        .map(|s| s.hex)
        .find(|hex| !taken.iter().any(|t| t.eq_ignore_ascii_case(hex)))
        .unwrap_or(PALETTE[0].hex)
}

/// Where a profile's requests go, as saved: one of Tencent's regions by name, or a custom base URL (a
/// proxy, or the emulator). The client's [`Endpoint`] is what it resolves to ([`Profile::endpoint`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub enum Target {
    /// A [`Region`] id (`singapore`, `silicon-valley`, …).
    Region { region: String },
    /// `https://…`, or `http://` to a loopback address only.
    Custom { url: String },
}

/// The Chat edition, which fixes the broadcast rate limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub enum Edition {
    /// 1 broadcast per second.
    Pro,
    /// 5 per second.
    ProPlus,
    /// 5 per second.
    Enterprise,
    /// The rate set in the console, 1 to 5 per second.
    Custom {
        #[serde(rename = "ratePerSec")]
        rate_per_sec: u8,
    },
}

impl Edition {
    /// Broadcast calls per second this edition allows.
    pub fn rate_per_sec(self) -> u8 {
        match self {
            Edition::Pro => 1,
            Edition::ProPlus | Edition::Enterprise => 5,
            Edition::Custom { rate_per_sec } => rate_per_sec,
        }
    }

    pub(crate) fn db_name(self) -> &'static str {
        match self {
            Edition::Pro => "pro",
            Edition::ProPlus => "proPlus",
            Edition::Enterprise => "enterprise",
            Edition::Custom { .. } => "custom",
        }
    }
}

/// A profile as the producer typed it (create / update input).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub struct ProfileDraft {
    pub name: String,
    /// `#rrggbb`.
    pub color: String,
    pub target: Target,
    #[ts(type = "number")]
    pub sdkappid: u64,
    pub admin_identifier: String,
    pub edition: Edition,
    /// Sender shown to viewers when a message names none; empty means "the admin".
    #[serde(default)]
    #[ts(optional)]
    pub default_from_account: Option<String>,
    /// Defaults to [`DEFAULT_USERSIG_LIFETIME_SECS`]; inside [`crate::client::LIFETIME_RANGE`].
    #[serde(default)]
    #[ts(optional)]
    pub usersig_lifetime_secs: Option<u32>,
    pub is_sandbox: bool,
}

/// A saved profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Profile {
    /// UUID v4; also the keychain account of this profile's secret key.
    pub id: String,
    pub name: String,
    pub color: String,
    pub target: Target,
    #[ts(type = "number")]
    pub sdkappid: u64,
    pub admin_identifier: String,
    pub edition: Edition,
    pub default_from_account: Option<String>,
    pub usersig_lifetime_secs: u32,
    pub is_sandbox: bool,
    /// Unix milliseconds, UTC.
    #[ts(type = "number")]
    pub created_at: i64,
    /// Unix milliseconds, UTC.
    #[ts(type = "number")]
    pub updated_at: i64,
}

impl Profile {
    /// Where this profile's requests go. Saved profiles were validated against the same policy, so an
    /// error here means the row was changed behind the app's back.
    pub fn endpoint(&self) -> Result<Endpoint> {
        match &self.target {
            Target::Region { region } => Region::from_str(region).map(Endpoint::from),
            Target::Custom { url } => Endpoint::custom(url, None),
        }
    }

    /// The admin credentials for this profile with its UserSig lifetime, given the key from the keychain.
    pub fn credentials(&self, key: SecretKey) -> Result<Credentials> {
        Credentials::new(self.sdkappid, self.admin_identifier.clone(), key)?
            .with_lifetime(Duration::from_secs(self.usersig_lifetime_secs.into()))
    }

    /// The editable part, e.g. to pre-fill the edit form.
    pub fn to_draft(&self) -> ProfileDraft {
        ProfileDraft {
            name: self.name.clone(),
            color: self.color.clone(),
            target: self.target.clone(),
            sdkappid: self.sdkappid,
            admin_identifier: self.admin_identifier.clone(),
            edition: self.edition,
            default_from_account: self.default_from_account.clone(),
            usersig_lifetime_secs: Some(self.usersig_lifetime_secs),
            is_sandbox: self.is_sandbox,
        }
    }
}
