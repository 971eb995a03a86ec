//! Profiles: the Tencent Cloud Chat apps a producer sends through (SDKAppID, admin account, endpoint,
//! edition), their validation, and their storage in the `profiles` table; plus which one is active.
//!
//! A profile's secret key is NOT part of the model: it lives in the OS keychain under the profile's id
//! (a UUID, so renaming never orphans a key) and is set, tested and deleted through
//! [`crate::keychain::Keychain`]. Validation reports every problem at once, per field, so the UI can
//! mark them all; input that fails validation never changes what was saved.
//!
//! Not here: the request URL for a region (the REST client's job; regions here are validated names),
//! signing, or sending.

use std::str::FromStr;
use std::time::Duration;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::client::{
    Credentials, Endpoint as ClientEndpoint, Region, UrlProblem, check_endpoint_url,
};
use crate::keychain::Keychain;
use crate::secret::SecretKey;
use crate::store::{Store, set_setting_on};
use crate::{Error, Result};

pub const NAME_MAX_CHARS: usize = 64;
/// Tencent's limit for account ids (`identifier`, `From_Account`).
pub const ACCOUNT_MAX_BYTES: usize = 32;
pub const DEFAULT_USERSIG_LIFETIME_SECS: u32 = 4 * 3600;
/// At least 30 minutes: the credentials re-sign 10 minutes before expiry and refuse lifetimes under
/// twice that margin, which would re-sign on nearly every send. At most 7 days: longer keeps a leaked
/// UserSig useful for too long (it lives in memory only, but still).
pub const USERSIG_LIFETIME_RANGE_SECS: std::ops::RangeInclusive<u32> = 1800..=7 * 24 * 3600;
/// The UI reads SDKAppIDs as JavaScript numbers; larger values would silently lose digits there.
pub const SDKAPPID_MAX: u64 = (1 << 53) - 1;
/// The setting holding the active profile's id.
const ACTIVE_PROFILE_KEY: &str = "activeProfileId";

/// Where requests go: one of Tencent's regions, or a custom base URL (a proxy, or the emulator).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
#[ts(export)]
pub enum Endpoint {
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

    fn db_name(self) -> &'static str {
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
    pub target: Endpoint,
    #[ts(type = "number")]
    pub sdkappid: u64,
    pub admin_identifier: String,
    pub edition: Edition,
    /// Sender shown to viewers when a message names none; empty means "the admin".
    #[serde(default)]
    #[ts(optional)]
    pub default_from_account: Option<String>,
    /// Defaults to [`DEFAULT_USERSIG_LIFETIME_SECS`].
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
    pub target: Endpoint,
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
    pub fn endpoint(&self) -> Result<ClientEndpoint> {
        match &self.target {
            Endpoint::Region { region } => Region::from_str(region).map(ClientEndpoint::from),
            Endpoint::Custom { url } => ClientEndpoint::custom(url, None),
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

/// Which rule a field broke. Serialized as `SCREAMING_SNAKE_CASE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum FieldRule {
    /// Required and missing (or only spaces).
    Empty,
    /// Longer than allowed.
    TooLong,
    /// Contains characters the field does not allow.
    BadCharacters,
    /// Not in the expected form (colour, URL).
    BadFormat,
    /// A number outside its allowed range.
    OutOfRange,
    /// Not one of the known regions.
    UnknownRegion,
    /// Plain `http://` to a host that is not loopback.
    InsecureUrl,
    /// Another profile already has this name.
    NameTaken,
}

/// One broken rule: `field` is the camelCase path in [`ProfileDraft`] (e.g. `target.url`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct FieldProblem {
    pub field: String,
    pub code: FieldRule,
    pub message: String,
}

impl FieldProblem {
    fn new(field: &str, code: FieldRule, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code,
            message: message.into(),
        }
    }

    pub(crate) fn summary(problems: &[FieldProblem]) -> String {
        problems
            .iter()
            .map(|p| p.message.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// Checks every rule that needs no database and returns the normalized draft (trimmed name, lower-case
/// colour, parsed URL, default lifetime filled in, empty From_Account dropped), or every problem found.
/// Name uniqueness is checked on save.
pub fn validate(draft: &ProfileDraft) -> std::result::Result<ProfileDraft, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let mut out = draft.clone();

    out.name = draft.name.trim().to_owned();
    let name_chars = out.name.chars().count();
    if name_chars == 0 {
        problems.push(FieldProblem::new(
            "name",
            FieldRule::Empty,
            "name: is required",
        ));
    } else if name_chars > NAME_MAX_CHARS {
        problems.push(FieldProblem::new(
            "name",
            FieldRule::TooLong,
            format!("name: at most {NAME_MAX_CHARS} characters (this one has {name_chars})"),
        ));
    }
    if out.name.chars().any(char::is_control) {
        problems.push(FieldProblem::new(
            "name",
            FieldRule::BadCharacters,
            "name: must not contain control characters (tabs, line breaks)",
        ));
    }

    let color_ok = draft.color.len() == 7
        && draft.color.starts_with('#')
        && draft.color[1..].bytes().all(|b| b.is_ascii_hexdigit());
    if color_ok {
        out.color = draft.color.to_ascii_lowercase();
    } else {
        problems.push(FieldProblem::new(
            "color",
            FieldRule::BadFormat,
            format!("color: must be a #rrggbb hex colour, got {:?}", draft.color),
        ));
    }

    match &draft.target {
        Endpoint::Region { region } => {
            if Region::from_str(region).is_err() {
                problems.push(FieldProblem::new(
                    "target.region",
                    FieldRule::UnknownRegion,
                    format!(
                        "target.region: unknown region {region:?}; expected one of {}",
                        Region::ALL.map(Region::id).join(", ")
                    ),
                ));
            }
        }
        Endpoint::Custom { url } => match check_endpoint_url(url) {
            Ok(normalized) => {
                out.target = Endpoint::Custom {
                    url: normalized.into(),
                }
            }
            Err((problem, why)) => problems.push(FieldProblem::new(
                "target.url",
                match problem {
                    UrlProblem::Insecure => FieldRule::InsecureUrl,
                    UrlProblem::Credentials | UrlProblem::Malformed => FieldRule::BadFormat,
                },
                format!("target.url: {why}"),
            )),
        },
    }

    if draft.sdkappid == 0 || draft.sdkappid > SDKAPPID_MAX {
        problems.push(FieldProblem::new(
            "sdkappid",
            FieldRule::OutOfRange,
            format!(
                "sdkappid: must be between 1 and {SDKAPPID_MAX}; copy it from the Chat console"
            ),
        ));
    }

    check_account("adminIdentifier", &draft.admin_identifier, &mut problems);

    out.default_from_account = draft
        .default_from_account
        .as_deref()
        .filter(|s| !s.trim().is_empty())
        .map(str::to_owned);
    if let Some(from) = &out.default_from_account {
        check_account("defaultFromAccount", from, &mut problems);
    }

    let lifetime = draft
        .usersig_lifetime_secs
        .unwrap_or(DEFAULT_USERSIG_LIFETIME_SECS);
    if !USERSIG_LIFETIME_RANGE_SECS.contains(&lifetime) {
        problems.push(FieldProblem::new(
            "usersigLifetimeSecs",
            FieldRule::OutOfRange,
            format!(
                "usersigLifetimeSecs: must be between {} (30 minutes) and {} (7 days) seconds",
                USERSIG_LIFETIME_RANGE_SECS.start(),
                USERSIG_LIFETIME_RANGE_SECS.end()
            ),
        ));
    }
    out.usersig_lifetime_secs = Some(lifetime);

    if let Edition::Custom { rate_per_sec } = draft.edition
        && !(1..=5).contains(&rate_per_sec)
    {
        problems.push(FieldProblem::new(
            "edition.ratePerSec",
            FieldRule::OutOfRange,
            "edition.ratePerSec: must be 1 to 5 calls per second, as set in the console",
        ));
    }

    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// Tencent account ids: 1..=32 bytes of printable ASCII without spaces — the same safe reading the
/// message rules apply to `From_Account` (see `message::rules::from_account`), so a default sender a
/// profile accepts is one every send accepts too.
fn check_account(field: &str, value: &str, problems: &mut Vec<FieldProblem>) {
    if value.is_empty() {
        problems.push(FieldProblem::new(
            field,
            FieldRule::Empty,
            format!("{field}: is required"),
        ));
        return;
    }
    if value.len() > ACCOUNT_MAX_BYTES {
        problems.push(FieldProblem::new(
            field,
            FieldRule::TooLong,
            format!(
                "{field}: at most {ACCOUNT_MAX_BYTES} bytes (this one has {})",
                value.len()
            ),
        ));
    }
    if value.contains(' ') {
        problems.push(FieldProblem::new(
            field,
            FieldRule::BadCharacters,
            format!("{field}: must not contain spaces (a pasted space names a different account)"),
        ));
    } else if !value.bytes().all(|b| (0x21..=0x7e).contains(&b)) {
        problems.push(FieldProblem::new(
            field,
            FieldRule::BadCharacters,
            format!(
                "{field}: only printable ASCII is allowed (letters, digits, _ and - are safest)"
            ),
        ));
    }
}

/// A profile's values for `?1..?14`, in [`COLUMNS`] order.
fn row_values(p: &Profile) -> rusqlite::ParamsFromIter<[Value; 14]> {
    let (region, url) = match &p.target {
        Endpoint::Region { region } => (Some(region.clone()), None),
        Endpoint::Custom { url } => (None, Some(url.clone())),
    };
    let rate = match p.edition {
        Edition::Custom { rate_per_sec } => Some(i64::from(rate_per_sec)),
        _ => None,
    };
    let text = |s: Option<String>| s.map_or(Value::Null, Value::Text);
    rusqlite::params_from_iter([
        Value::Text(p.id.clone()),
        Value::Text(p.name.clone()),
        Value::Text(p.color.clone()),
        text(region),
        text(url),
        // At most SDKAPPID_MAX (validated), so it fits SQLite's i64.
        Value::Integer(i64::try_from(p.sdkappid).unwrap_or(i64::MAX)),
        Value::Text(p.admin_identifier.clone()),
        Value::Text(p.edition.db_name().into()),
        rate.map_or(Value::Null, Value::Integer),
        text(p.default_from_account.clone()),
        Value::Integer(p.usersig_lifetime_secs.into()),
        Value::Integer(p.is_sandbox.into()),
        Value::Integer(p.created_at),
        Value::Integer(p.updated_at),
    ])
}

impl Store {
    /// The profiles table.
    pub fn profiles(&self) -> Profiles<'_> {
        Profiles { store: self }
    }
}

/// Profile CRUD over a [`Store`]; get one with [`Store::profiles`].
#[derive(Debug, Clone, Copy)]
pub struct Profiles<'s> {
    store: &'s Store,
}

const COLUMNS: &str = "id, name, color, region, endpoint_url, sdkappid, admin_identifier, edition, \
     custom_rate_per_sec, default_from_account, usersig_lifetime_secs, is_sandbox, created_at, updated_at";

impl Profiles<'_> {
    /// Validates and saves a new profile. Set its secret key afterwards with [`Keychain::set`] (or use
    /// [`Profiles::create_with_secret`]).
    pub fn create(&self, draft: &ProfileDraft) -> Result<Profile> {
        let draft = self.checked(draft, None)?;
        let now = self.store.now_ms();
        let profile = from_draft(uuid::Uuid::new_v4().to_string(), draft, now, now);
        self.store
            .conn()
            .execute(
                &format!("INSERT INTO profiles ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
                row_values(&profile),
            )
            .map_err(|e| name_conflict(e, &profile.name).unwrap_or_else(|e| Error::db("saving profile", e)))?;
        Ok(profile)
    }

    /// Saves a new profile and its secret key. The row is written first and removed again if the
    /// keychain refuses the key, so a failure leaves neither behind; if even that removal fails, what
    /// remains is a profile with no key (the producer sees "no key saved"), never a stray secret.
    pub fn create_with_secret(
        &self,
        draft: &ProfileDraft,
        secret: &SecretKey,
        keychain: &Keychain,
    ) -> Result<Profile> {
        let profile = self.create(draft)?;
        if let Err(e) = keychain.set(&profile.id, secret) {
            if let Err(cleanup) = self.delete_row(&profile.id) {
                tracing::warn!(profile = %profile.id, error = %cleanup, "could not remove profile after keychain failure");
            }
            return Err(e);
        }
        Ok(profile)
    }

    /// The profile with this id, or `Error::NotFound`.
    pub fn get(&self, id: &str) -> Result<Profile> {
        self.find(id)?.ok_or_else(|| not_found(id))
    }

    /// The profile with this id, if it exists.
    pub fn find(&self, id: &str) -> Result<Option<Profile>> {
        self.store
            .conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM profiles WHERE id = ?1"),
                [id],
                read_row,
            )
            .optional()
            .map_err(|e| Error::db("reading profile", e))?
            .transpose()
    }

    /// Every profile, by name (case-insensitive).
    pub fn list(&self) -> Result<Vec<Profile>> {
        let conn = self.store.conn();
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM profiles ORDER BY name COLLATE NOCASE, id"
            ))
            .map_err(|e| Error::db("listing profiles", e))?;
        let rows = stmt
            .query_map([], read_row)
            .map_err(|e| Error::db("listing profiles", e))?;
        rows.map(|r| r.map_err(|e| Error::db("listing profiles", e))?)
            .collect()
    }

    /// Replaces a profile's editable fields. On any problem nothing is changed.
    pub fn update(&self, id: &str, draft: &ProfileDraft) -> Result<Profile> {
        let existing = self.get(id)?;
        let draft = self.checked(draft, Some(id))?;
        let profile = from_draft(existing.id, draft, existing.created_at, self.store.now_ms());
        let changed = self
            .store
            .conn()
            .execute(
                "UPDATE profiles SET name = ?2, color = ?3, region = ?4, endpoint_url = ?5, sdkappid = ?6,
                     admin_identifier = ?7, edition = ?8, custom_rate_per_sec = ?9, default_from_account = ?10,
                     usersig_lifetime_secs = ?11, is_sandbox = ?12, created_at = ?13, updated_at = ?14
                 WHERE id = ?1",
                row_values(&profile),
            )
            .map_err(|e| name_conflict(e, &profile.name).unwrap_or_else(|e| Error::db("updating profile", e)))?;
        if changed == 0 {
            return Err(not_found(id));
        }
        Ok(profile)
    }

    /// A copy of a profile under a new name and id. The secret key is NOT copied: the keychain holds one
    /// entry per profile and copying a secret is a decision the producer makes by entering it again.
    pub fn duplicate(&self, id: &str, new_name: &str) -> Result<Profile> {
        let mut draft = self.get(id)?.to_draft();
        draft.name = new_name.to_owned();
        self.create(&draft)
    }

    /// Deletes a profile and its secret key.
    ///
    /// Order: the keychain entry first, then the row. If the keychain refuses, the row stays and the
    /// error is returned, so the producer can retry and the key is never left in the keychain with
    /// no profile pointing at it (a secret nobody can see or remove from the app). If the row delete
    /// then fails, what is left is a profile without a key — visible, harmless, deletable again. The
    /// keychain call runs outside any database transaction because it may wait on an unlock prompt.
    pub fn delete(&self, id: &str, keychain: &Keychain) -> Result<()> {
        self.get(id)?;
        keychain.delete(id)?;
        self.delete_row(id)
    }

    fn delete_row(&self, id: &str) -> Result<()> {
        let tx = self
            .store
            .conn()
            .unchecked_transaction()
            .map_err(|e| Error::db("deleting profile", e))?;
        tx.execute("DELETE FROM profiles WHERE id = ?1", [id])
            .map_err(|e| Error::db("deleting profile", e))?;
        tx.execute(
            "DELETE FROM settings WHERE key = ?1 AND value = ?2",
            params![ACTIVE_PROFILE_KEY, id],
        )
        .map_err(|e| Error::db("clearing active profile", e))?;
        tx.commit().map_err(|e| Error::db("deleting profile", e))
    }

    /// The active profile, if one is chosen and still exists.
    pub fn active(&self) -> Result<Option<Profile>> {
        match self.store.setting(ACTIVE_PROFILE_KEY)? {
            Some(id) => self.find(&id),
            None => Ok(None),
        }
    }

    /// Chooses (or with `None` clears) the active profile; an unknown id is `Error::NotFound`.
    pub fn set_active(&self, id: Option<&str>) -> Result<()> {
        if let Some(id) = id {
            self.get(id)?;
        }
        set_setting_on(self.store.conn(), ACTIVE_PROFILE_KEY, id)
    }

    /// Validation plus the name-uniqueness check (ignoring the profile being updated), all problems
    /// together.
    fn checked(&self, draft: &ProfileDraft, except_id: Option<&str>) -> Result<ProfileDraft> {
        let (normalized, mut problems) = match validate(draft) {
            Ok(d) => (Some(d), Vec::new()),
            Err(p) => (None, p),
        };
        let name = draft.name.trim();
        if !name.is_empty() && self.name_taken(name, except_id)? {
            problems.push(name_taken_problem(name));
        }
        match normalized {
            Some(d) if problems.is_empty() => Ok(d),
            _ => Err(Error::InvalidProfile(problems)),
        }
    }

    fn name_taken(&self, name: &str, except_id: Option<&str>) -> Result<bool> {
        self.store
            .conn()
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM profiles WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2)",
                params![name, except_id],
                |r| r.get(0),
            )
            .map_err(|e| Error::db("checking profile name", e))
    }
}

fn from_draft(id: String, d: ProfileDraft, created_at: i64, updated_at: i64) -> Profile {
    Profile {
        id,
        name: d.name,
        color: d.color,
        target: d.target,
        sdkappid: d.sdkappid,
        admin_identifier: d.admin_identifier,
        edition: d.edition,
        default_from_account: d.default_from_account,
        usersig_lifetime_secs: d
            .usersig_lifetime_secs
            .unwrap_or(DEFAULT_USERSIG_LIFETIME_SECS),
        is_sandbox: d.is_sandbox,
        created_at,
        updated_at,
    }
}

/// Reads a row; a row the model cannot represent (edited by hand, or a bug) is `Error::Internal`
/// rather than a panic or a silently altered profile.
fn read_row(r: &Row<'_>) -> rusqlite::Result<Result<Profile>> {
    let id: String = r.get(0)?;
    let region: Option<String> = r.get(3)?;
    let url: Option<String> = r.get(4)?;
    let edition: String = r.get(7)?;
    let rate: Option<u8> = r.get(8)?;
    let sdkappid: i64 = r.get(5)?;
    let corrupt = |what: &str| Error::Internal(format!("profile {id}: stored {what} is not valid"));
    let target = match (region, url) {
        (Some(region), None) => Endpoint::Region { region },
        (None, Some(url)) => Endpoint::Custom { url },
        _ => return Ok(Err(corrupt("target"))),
    };
    let edition = match (edition.as_str(), rate) {
        ("pro", None) => Edition::Pro,
        ("proPlus", None) => Edition::ProPlus,
        ("enterprise", None) => Edition::Enterprise,
        ("custom", Some(rate_per_sec)) => Edition::Custom { rate_per_sec },
        _ => return Ok(Err(corrupt("edition"))),
    };
    let Ok(sdkappid) = u64::try_from(sdkappid) else {
        return Ok(Err(corrupt("sdkappid")));
    };
    Ok(Ok(Profile {
        name: r.get(1)?,
        color: r.get(2)?,
        target,
        sdkappid,
        admin_identifier: r.get(6)?,
        edition,
        default_from_account: r.get(9)?,
        usersig_lifetime_secs: r.get(10)?,
        is_sandbox: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
        id,
    }))
}

fn not_found(id: &str) -> Error {
    Error::NotFound {
        what: "profile",
        id: id.into(),
    }
}

fn name_taken_problem(name: &str) -> FieldProblem {
    FieldProblem::new(
        "name",
        FieldRule::NameTaken,
        format!("name: another profile is already called {name:?} (names ignore upper/lower case)"),
    )
}

/// A UNIQUE violation can only come from the name (ids are fresh UUIDs): another writer saved the same
/// name between our check and our insert. Report it like the check would have.
fn name_conflict(e: rusqlite::Error, name: &str) -> std::result::Result<Error, rusqlite::Error> {
    match &e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE =>
        {
            Ok(Error::InvalidProfile(vec![name_taken_problem(name)]))
        }
        _ => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    const FAKE_KEY: &str = "obviously-fake-secret-key-for-tests";

    fn draft(name: &str) -> ProfileDraft {
        ProfileDraft {
            name: name.into(),
            color: "#FF8800".into(),
            target: Endpoint::Region {
                region: "singapore".into(),
            },
            sdkappid: 1_400_000_000,
            admin_identifier: "administrator".into(),
            edition: Edition::ProPlus,
            default_from_account: None,
            usersig_lifetime_secs: None,
            is_sandbox: false,
        }
    }

    /// A real SQLite file in a temp folder (kept alive by the returned guard).
    fn file_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("profiles.sqlite3")).unwrap();
        (dir, store)
    }

    fn problems(err: Error) -> Vec<FieldProblem> {
        match err {
            Error::InvalidProfile(p) => p,
            other => panic!("expected InvalidProfile, got {other:?}"),
        }
    }

    fn rules_of(d: &ProfileDraft) -> Vec<(String, FieldRule)> {
        match validate(d) {
            Ok(_) => Vec::new(),
            Err(p) => p.into_iter().map(|p| (p.field, p.code)).collect(),
        }
    }

    fn one(field: &str, rule: FieldRule) -> Vec<(String, FieldRule)> {
        vec![(field.to_owned(), rule)]
    }

    // ---- validation ----

    #[test]
    fn a_good_draft_is_normalized() {
        let mut d = draft("  Main show  ");
        d.default_from_account = Some("   ".into());
        let v = validate(&d).unwrap();
        assert_eq!(v.name, "Main show");
        assert_eq!(v.color, "#ff8800");
        assert_eq!(
            v.default_from_account, None,
            "blank From_Account means the admin"
        );
        assert_eq!(v.usersig_lifetime_secs, Some(DEFAULT_USERSIG_LIFETIME_SECS));
    }

    #[test]
    fn name_rules() {
        assert_eq!(rules_of(&draft("")), one("name", FieldRule::Empty));
        assert_eq!(rules_of(&draft("   ")), one("name", FieldRule::Empty));
        assert!(
            rules_of(&draft(&"é".repeat(64))).is_empty(),
            "64 characters (not bytes) is fine"
        );
        assert_eq!(
            rules_of(&draft(&"a".repeat(65))),
            one("name", FieldRule::TooLong)
        );
        assert_eq!(
            rules_of(&draft("a\tb")),
            one("name", FieldRule::BadCharacters)
        );
    }

    #[test]
    fn color_rules() {
        for ok in ["#000000", "#abcdef", "#ABCDEF"] {
            let mut d = draft("x");
            d.color = ok.into();
            assert!(rules_of(&d).is_empty(), "{ok}");
        }
        for bad in [
            "", "#fff", "ff8800", "#ff880", "#ff88000", "#gg8800", "red", "#ff 800",
        ] {
            let mut d = draft("x");
            d.color = bad.into();
            assert_eq!(rules_of(&d), one("color", FieldRule::BadFormat), "{bad:?}");
        }
    }

    #[test]
    fn region_rules() {
        for r in Region::ALL.map(Region::id) {
            let mut d = draft("x");
            d.target = Endpoint::Region { region: r.into() };
            assert!(rules_of(&d).is_empty(), "{r}");
        }
        for bad in ["", "Singapore", "us-east", "silicon valley"] {
            let mut d = draft("x");
            d.target = Endpoint::Region { region: bad.into() };
            assert_eq!(
                rules_of(&d),
                one("target.region", FieldRule::UnknownRegion),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn custom_url_rules() {
        let check = |url: &str| {
            let mut d = draft("x");
            d.target = Endpoint::Custom { url: url.into() };
            validate(&d).map(|v| v.target)
        };
        assert_eq!(
            check("https://proxy.example.com").unwrap(),
            Endpoint::Custom {
                url: "https://proxy.example.com/".into()
            }
        );
        for ok in [
            "https://proxy.example.com:8443/tim",
            "http://127.0.0.1:8080",
            "http://127.8.9.10/",
            "http://[::1]:9000",
            "http://localhost:3000",
        ] {
            assert!(check(ok).is_ok(), "{ok}");
        }
        let rule = |url: &str| check(url).unwrap_err()[0].code;
        assert_eq!(rule("http://proxy.example.com"), FieldRule::InsecureUrl);
        assert_eq!(rule("http://10.0.0.1:8080"), FieldRule::InsecureUrl);
        assert_eq!(
            rule("http://localhost.evil.example"),
            FieldRule::InsecureUrl
        );
        for bad in [
            "",
            "proxy.example.com",
            "ftp://example.com",
            "https://user:pw@example.com",
            "https://example.com/?sdkappid=1",
            "https://example.com/#x",
            "file:///etc/passwd",
        ] {
            let p = check(bad).unwrap_err();
            assert_eq!(
                (p[0].field.as_str(), p[0].code),
                ("target.url", FieldRule::BadFormat),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn sdkappid_rules() {
        for (id, ok) in [
            (0, false),
            (1, true),
            (1_400_000_000, true),
            (SDKAPPID_MAX, true),
            (SDKAPPID_MAX + 1, false),
            (u64::MAX, false),
        ] {
            let mut d = draft("x");
            d.sdkappid = id;
            assert_eq!(rules_of(&d).is_empty(), ok, "{id}");
            if !ok {
                assert_eq!(rules_of(&d), one("sdkappid", FieldRule::OutOfRange));
            }
        }
    }

    /// The profile form and the message rules must agree on From_Account, or a saved default sender
    /// could make every send fail.
    #[test]
    fn default_from_account_rule_matches_the_message_rule() {
        for value in [
            "admin",
            "host anna",
            "x\u{7f}",
            "a!~",
            "",
            &"b".repeat(33),
            "é",
        ] {
            let mut d = draft("x");
            d.default_from_account = Some(value.into());
            let profile_ok = validate(&d).is_ok();
            let body = serde_json::json!({
                "From_Account": value,
                "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}],
            });
            let message_ok =
                crate::message::check_value(&body, crate::message::RandomRule::Optional)
                    .report
                    .valid;
            // An empty default means "none" in the profile, so only non-empty values must agree.
            if !value.is_empty() {
                assert_eq!(profile_ok, message_ok, "{value:?}");
            }
        }
    }

    #[test]
    fn a_saved_profile_gives_its_endpoint_and_credentials() {
        let (_dir, store) = file_store();
        let mut d = draft("Region");
        d.usersig_lifetime_secs = Some(3600);
        let p = store.profiles().create(&d).unwrap();
        assert_eq!(
            p.endpoint().unwrap(),
            crate::client::Endpoint::from(Region::Singapore)
        );
        let creds = p.credentials(SecretKey::from(FAKE_KEY)).unwrap();
        assert_eq!(creds.sdkappid(), 1_400_000_000);
        assert_eq!(creds.identifier(), "administrator");
        assert_eq!(creds.lifetime(), Duration::from_secs(3600));

        d.name = "Custom".into();
        d.target = Endpoint::Custom {
            url: "http://127.0.0.1:9/".into(),
        };
        let p = store.profiles().create(&d).unwrap();
        let hosts = p.endpoint().unwrap().hosts();
        assert_eq!(hosts.primary.as_str(), "http://127.0.0.1:9/");
    }

    #[test]
    fn account_rules_apply_to_admin_and_from_account() {
        let cases: [(&str, Option<FieldRule>); 10] = [
            ("admin", None),
            ("host_anna-01", None),
            (&"a".repeat(32), None),
            ("", Some(FieldRule::Empty)),
            (&"a".repeat(33), Some(FieldRule::TooLong)),
            ("anna\u{e9}", Some(FieldRule::BadCharacters)),
            (" admin", Some(FieldRule::BadCharacters)),
            ("ad\nmin", Some(FieldRule::BadCharacters)),
            ("host anna", Some(FieldRule::BadCharacters)),
            ("!~", None),
        ];
        for (value, want) in cases {
            let mut d = draft("x");
            d.admin_identifier = value.into();
            assert_eq!(
                rules_of(&d),
                want.map(|r| one("adminIdentifier", r)).unwrap_or_default(),
                "admin {value:?}"
            );
            if !value.is_empty() {
                let mut d = draft("x");
                d.default_from_account = Some(value.into());
                assert_eq!(
                    rules_of(&d),
                    want.map(|r| one("defaultFromAccount", r))
                        .unwrap_or_default(),
                    "from {value:?}"
                );
            }
        }
    }

    #[test]
    fn lifetime_and_custom_rate_rules() {
        for (secs, ok) in [
            (1799, false),
            (1800, true),
            (14_400, true),
            (604_800, true),
            (604_801, false),
        ] {
            let mut d = draft("x");
            d.usersig_lifetime_secs = Some(secs);
            assert_eq!(rules_of(&d).is_empty(), ok, "{secs}");
        }
        for (rate, ok) in [(0, false), (1, true), (5, true), (6, false)] {
            let mut d = draft("x");
            d.edition = Edition::Custom { rate_per_sec: rate };
            let got = rules_of(&d);
            assert_eq!(got.is_empty(), ok, "{rate}");
            if !ok {
                assert_eq!(got, one("edition.ratePerSec", FieldRule::OutOfRange));
            }
        }
        assert_eq!(Edition::Pro.rate_per_sec(), 1);
        assert_eq!(Edition::ProPlus.rate_per_sec(), 5);
        assert_eq!(Edition::Enterprise.rate_per_sec(), 5);
        assert_eq!(Edition::Custom { rate_per_sec: 3 }.rate_per_sec(), 3);
    }

    #[test]
    fn every_problem_is_reported_at_once_with_field_and_rule_in_the_message() {
        let d = ProfileDraft {
            name: "".into(),
            color: "blue".into(),
            target: Endpoint::Custom {
                url: "http://example.com".into(),
            },
            sdkappid: 0,
            admin_identifier: "".into(),
            edition: Edition::Custom { rate_per_sec: 9 },
            default_from_account: Some("x".repeat(40)),
            usersig_lifetime_secs: Some(1),
            is_sandbox: true,
        };
        let p = validate(&d).unwrap_err();
        let fields: Vec<&str> = p.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "name",
                "color",
                "target.url",
                "sdkappid",
                "adminIdentifier",
                "defaultFromAccount",
                "usersigLifetimeSecs",
                "edition.ratePerSec"
            ]
        );
        for problem in &p {
            assert!(
                problem.message.starts_with(&format!("{}: ", problem.field)),
                "{problem:?}"
            );
        }
    }

    // ---- wire format ----

    #[test]
    fn draft_json_is_camel_case_and_strict() {
        let json = r##"{"name":"Main","color":"#112233","target":{"kind":"custom","url":"http://127.0.0.1:9"},
            "sdkappid":1400000000,"adminIdentifier":"admin","edition":{"kind":"custom","ratePerSec":2},
            "isSandbox":true}"##;
        let d: ProfileDraft = serde_json::from_str(json).unwrap();
        assert_eq!(d.edition, Edition::Custom { rate_per_sec: 2 });
        assert_eq!(d.usersig_lifetime_secs, None);
        let unknown = json.replace("\"isSandbox\"", "\"secretKey\":\"x\",\"isSandbox\"");
        assert!(
            serde_json::from_str::<ProfileDraft>(&unknown).is_err(),
            "unknown fields are refused"
        );
        let edition: Edition = serde_json::from_str(r#"{"kind":"proPlus"}"#).unwrap();
        assert_eq!(edition, Edition::ProPlus);
        assert!(
            serde_json::from_str::<Edition>(r#"{"kind":"custom","ratePerSec":3,"x":1}"#).is_err()
        );
        // serde ignores `deny_unknown_fields` on unit variants of tagged enums: `{"kind":"pro",
        // "ratePerSec":3}` reads as Pro. Harmless (the rate is implied by the edition), so accepted.
    }

    #[test]
    fn profile_json_shape() {
        let store = Store::open_in_memory()
            .unwrap()
            .with_clock(|| 1_700_000_000_000);
        let p = store.profiles().create(&draft("Main")).unwrap();
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(
            v["target"],
            serde_json::json!({"kind": "region", "region": "singapore"})
        );
        assert_eq!(v["edition"], serde_json::json!({"kind": "proPlus"}));
        assert_eq!(v["adminIdentifier"], "administrator");
        assert_eq!(v["usersigLifetimeSecs"], 14_400);
        assert_eq!(v["createdAt"], 1_700_000_000_000i64);
        let back: Profile = serde_json::from_value(v).unwrap();
        assert_eq!(back, p);
    }

    // ---- CRUD on real files ----

    #[test]
    fn create_get_list_on_a_file() {
        let (_dir, store) = file_store();
        let profiles = store.profiles();
        let b = profiles.create(&draft("beta")).unwrap();
        let mut d = draft("Alpha");
        d.target = Endpoint::Custom {
            url: "http://127.0.0.1:8080".into(),
        };
        d.edition = Edition::Custom { rate_per_sec: 3 };
        d.default_from_account = Some("host_anna".into());
        d.is_sandbox = true;
        d.usersig_lifetime_secs = Some(1800);
        let a = profiles.create(&d).unwrap();
        assert_ne!(a.id, b.id);
        assert_eq!(uuid::Uuid::parse_str(&a.id).unwrap().get_version_num(), 4);
        assert_eq!(profiles.get(&a.id).unwrap(), a);
        assert_eq!(a.default_from_account.as_deref(), Some("host_anna"));
        let names: Vec<String> = profiles
            .list()
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["Alpha", "beta"], "sorted ignoring case");
        assert_eq!(
            profiles.get("nope").unwrap_err().code(),
            ErrorCode::NotFound
        );
    }

    #[test]
    fn names_are_unique_ignoring_case() {
        let (_dir, store) = file_store();
        store.profiles().create(&draft("Main")).unwrap();
        let mut d = draft(" main ");
        d.color = "nope".into();
        let p = problems(store.profiles().create(&d).unwrap_err());
        let rules: Vec<FieldRule> = p.iter().map(|p| p.code).collect();
        assert_eq!(
            rules,
            [FieldRule::BadFormat, FieldRule::NameTaken],
            "both problems reported"
        );
        assert_eq!(store.profiles().list().unwrap().len(), 1);
    }

    #[test]
    fn update_replaces_fields_and_keeps_id_and_created_at() {
        let (_dir, store) = file_store();
        let clock = std::sync::Arc::new(std::sync::atomic::AtomicI64::new(1000));
        let c = clock.clone();
        let store = store.with_clock(move || c.load(std::sync::atomic::Ordering::SeqCst));
        let p = store.profiles().create(&draft("Main")).unwrap();
        clock.store(2000, std::sync::atomic::Ordering::SeqCst);
        let mut d = p.to_draft();
        d.name = "Main (renamed)".into();
        d.edition = Edition::Pro;
        let u = store.profiles().update(&p.id, &d).unwrap();
        assert_eq!(
            (u.id.as_str(), u.created_at, u.updated_at),
            (p.id.as_str(), 1000, 2000)
        );
        assert_eq!(store.profiles().get(&p.id).unwrap(), u);
        // Keeping its own name (in another case) is not a conflict.
        d.name = "MAIN (RENAMED)".into();
        store.profiles().update(&p.id, &d).unwrap();
        assert_eq!(
            store.profiles().update("missing", &d).unwrap_err().code(),
            ErrorCode::NotFound
        );
    }

    #[test]
    fn a_failed_update_leaves_the_row_untouched() {
        let (dir, store) = file_store();
        let p = store.profiles().create(&draft("Main")).unwrap();
        store.profiles().create(&draft("Other")).unwrap();
        let mut bad = p.to_draft();
        bad.sdkappid = 0;
        bad.admin_identifier = "changed".into();
        assert_eq!(
            store.profiles().update(&p.id, &bad).unwrap_err().code(),
            ErrorCode::InvalidProfile
        );
        let mut taken = p.to_draft();
        taken.name = "other".into();
        taken.color = "#000000".into();
        assert_eq!(
            problems(store.profiles().update(&p.id, &taken).unwrap_err())[0].code,
            FieldRule::NameTaken
        );
        drop(store);
        let reopened = Store::open(dir.path().join("profiles.sqlite3")).unwrap();
        assert_eq!(reopened.profiles().get(&p.id).unwrap(), p);
    }

    #[test]
    fn duplicate_copies_everything_but_id_name_and_secret() {
        let (_dir, store) = file_store();
        let kc = Keychain::in_memory_for_tests();
        let mut d = draft("Main");
        d.default_from_account = Some("host".into());
        let p = store
            .profiles()
            .create_with_secret(&d, &SecretKey::from(FAKE_KEY), &kc)
            .unwrap();
        let copy = store.profiles().duplicate(&p.id, "Main copy").unwrap();
        assert_ne!(copy.id, p.id);
        assert_eq!(copy.name, "Main copy");
        let (mut a, mut b) = (p.to_draft(), copy.to_draft());
        a.name.clear();
        b.name.clear();
        assert_eq!(a, b);
        assert!(!kc.contains(&copy.id).unwrap());
        assert_eq!(
            problems(store.profiles().duplicate(&p.id, "MAIN").unwrap_err())[0].code,
            FieldRule::NameTaken
        );
        assert_eq!(
            store
                .profiles()
                .duplicate("missing", "x")
                .unwrap_err()
                .code(),
            ErrorCode::NotFound
        );
    }

    #[test]
    fn delete_removes_row_and_secret_and_clears_active() {
        let (_dir, store) = file_store();
        let kc = Keychain::in_memory_for_tests();
        let p = store
            .profiles()
            .create_with_secret(&draft("Main"), &SecretKey::from(FAKE_KEY), &kc)
            .unwrap();
        let other = store.profiles().create(&draft("Other")).unwrap();
        store.profiles().set_active(Some(&p.id)).unwrap();
        store.profiles().delete(&p.id, &kc).unwrap();
        assert_eq!(store.profiles().find(&p.id).unwrap(), None);
        assert!(!kc.contains(&p.id).unwrap());
        assert_eq!(store.profiles().active().unwrap(), None);
        // A profile whose key was never set deletes fine too.
        store.profiles().delete(&other.id, &kc).unwrap();
        assert_eq!(
            store.profiles().delete(&other.id, &kc).unwrap_err().code(),
            ErrorCode::NotFound
        );
    }

    #[test]
    fn keychain_failure_on_delete_keeps_the_row() {
        let (_dir, store) = file_store();
        let p = store.profiles().create(&draft("Main")).unwrap();
        store.profiles().set_active(Some(&p.id)).unwrap();
        let broken =
            Keychain::failing_for_tests(|| keyring::Error::NoStorageAccess("locked".into()));
        let err = store.profiles().delete(&p.id, &broken).unwrap_err();
        assert_eq!(err.code(), ErrorCode::Keychain);
        assert_eq!(store.profiles().get(&p.id).unwrap(), p);
        assert_eq!(store.profiles().active().unwrap(), Some(p));
    }

    #[test]
    fn create_with_secret_leaves_nothing_when_the_keychain_fails() {
        let (_dir, store) = file_store();
        let broken = Keychain::failing_for_tests(|| keyring::Error::PlatformFailure("no".into()));
        let err = store
            .profiles()
            .create_with_secret(&draft("Main"), &SecretKey::from(FAKE_KEY), &broken)
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::Keychain);
        assert!(store.profiles().list().unwrap().is_empty());
        // Invalid drafts never reach the keychain.
        let kc = Keychain::in_memory_for_tests();
        let err = store
            .profiles()
            .create_with_secret(&draft(""), &SecretKey::from(FAKE_KEY), &kc)
            .unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidProfile);
        let ok = store
            .profiles()
            .create_with_secret(&draft("Main"), &SecretKey::from(FAKE_KEY), &kc)
            .unwrap();
        assert_eq!(kc.get(&ok.id).unwrap().unwrap().expose(), FAKE_KEY);
    }

    #[test]
    fn active_profile_setting() {
        let (dir, store) = file_store();
        assert_eq!(store.profiles().active().unwrap(), None);
        let p = store.profiles().create(&draft("Main")).unwrap();
        assert_eq!(
            store
                .profiles()
                .set_active(Some("missing"))
                .unwrap_err()
                .code(),
            ErrorCode::NotFound
        );
        store.profiles().set_active(Some(&p.id)).unwrap();
        drop(store);
        let store = Store::open(dir.path().join("profiles.sqlite3")).unwrap();
        assert_eq!(store.profiles().active().unwrap(), Some(p));
        store.profiles().set_active(None).unwrap();
        assert_eq!(store.profiles().active().unwrap(), None);
    }

    #[test]
    fn a_hand_edited_row_is_an_internal_error_not_a_panic() {
        let store = Store::open_in_memory().unwrap();
        let p = store.profiles().create(&draft("Main")).unwrap();
        store
            .conn()
            .execute("UPDATE profiles SET sdkappid = -5 WHERE id = ?1", [&p.id])
            .unwrap_err(); // the CHECK constraint refuses it outright
        store
            .conn()
            .execute_batch("PRAGMA ignore_check_constraints = ON")
            .unwrap();
        store
            .conn()
            .execute("UPDATE profiles SET sdkappid = -5 WHERE id = ?1", [&p.id])
            .unwrap();
        assert_eq!(
            store.profiles().get(&p.id).unwrap_err().code(),
            ErrorCode::Internal
        );
        assert_eq!(
            store.profiles().list().unwrap_err().code(),
            ErrorCode::Internal
        );
    }

    #[test]
    fn invalid_profile_error_lists_every_message() {
        let store = Store::open_in_memory().unwrap();
        let mut d = draft("");
        d.sdkappid = 0;
        let err = store.profiles().create(&d).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("name: is required") && text.contains("sdkappid: must be"),
            "{text}"
        );
    }
}
