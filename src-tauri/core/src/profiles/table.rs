//! The `profiles` table: saving, reading and deleting rows, and the active profile's setting.
//!
//! Writes that check before they write (a new name against every other name) run inside one
//! `BEGIN IMMEDIATE` transaction, so two processes on one data folder (the app and `bdesk`) cannot
//! both pass the check and then both write.
//!
//! Not here: the keychain. Nothing in this module waits on it, so no database lock is ever held while
//! the OS asks to unlock a keyring (the desk orders the two).

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, TransactionBehavior, params};

use super::validate;
use super::{DEFAULT_USERSIG_LIFETIME_SECS, Edition, Profile, ProfileDraft, Target, name_key};
use crate::store::{Store, database_error, set_setting_on};
use crate::{Error, Result};

/// The setting holding the active profile's id.
const ACTIVE_PROFILE_KEY: &str = "activeProfileId";

const COLUMNS: &str = "id, name, color, region, endpoint_url, sdkappid, admin_identifier, edition, \
     custom_rate_per_sec, default_from_account, usersig_lifetime_secs, is_sandbox, created_at, updated_at";

impl Store {
    /// The profiles table.
    pub fn profiles(&self) -> Profiles<'_> {
        Profiles { store: self }
    }
}

/// Profile rows over a [`Store`]; get one with [`Store::profiles`].
#[derive(Debug, Clone, Copy)]
pub struct Profiles<'s> {
    store: &'s Store,
}

impl Profiles<'_> {
    /// Validates and saves a new profile.
    pub fn create(&self, draft: &ProfileDraft) -> Result<Profile> {
        let tx = self.immediate("saving profile")?;
        let draft = checked(&tx, draft, None)?;
        let now = self.store.now_ms();
        let profile = from_draft(uuid::Uuid::new_v4().to_string(), draft, now, now);
        tx.execute(
            &format!(
                "INSERT INTO profiles ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
            ),
            row_values(&profile),
        )
        .map_err(|e| database_error(&tx, "saving profile", e))?;
        tx.commit()
            .map_err(|e| database_error(self.store.conn(), "saving profile", e))?;
        Ok(profile)
    }

    /// The profile with this id, or `Error::NotFound`.
    pub fn get(&self, id: &str) -> Result<Profile> {
        self.find(id)?.ok_or_else(|| not_found(id))
    }

    /// The profile with this id, if it exists.
    pub fn find(&self, id: &str) -> Result<Option<Profile>> {
        find_on(self.store.conn(), id)
    }

    /// Every profile, by name (case-insensitive).
    pub fn list(&self) -> Result<Vec<Profile>> {
        list_on(self.store.conn())
    }

    /// Replaces a profile's editable fields. On any problem nothing is changed.
    pub fn update(&self, id: &str, draft: &ProfileDraft) -> Result<Profile> {
        let tx = self.immediate("updating profile")?;
        let existing = find_on(&tx, id)?.ok_or_else(|| not_found(id))?;
        let draft = checked(&tx, draft, Some(id))?;
        let profile = from_draft(existing.id, draft, existing.created_at, self.store.now_ms());
        tx.execute(
            "UPDATE profiles SET name = ?2, color = ?3, region = ?4, endpoint_url = ?5, sdkappid = ?6,
                 admin_identifier = ?7, edition = ?8, custom_rate_per_sec = ?9, default_from_account = ?10,
                 usersig_lifetime_secs = ?11, is_sandbox = ?12, created_at = ?13, updated_at = ?14
             WHERE id = ?1",
            row_values(&profile),
        )
        .map_err(|e| database_error(&tx, "updating profile", e))?;
        tx.commit()
            .map_err(|e| database_error(self.store.conn(), "updating profile", e))?;
        Ok(profile)
    }

    /// A copy of a profile under a new name and id. The secret key is NOT copied: the keychain holds one
    /// entry per profile and copying a secret is a decision the producer makes by entering it again.
    pub fn duplicate(&self, id: &str, new_name: &str) -> Result<Profile> {
        let mut draft = self.get(id)?.to_draft();
        draft.name = new_name.to_owned();
        self.create(&draft)
    }

    /// Deletes a profile's row (and the active setting if it pointed there). The desk removes the
    /// keychain entry first; see [`crate::desk::Desk::delete_profile`].
    pub fn delete(&self, id: &str) -> Result<()> {
        let tx = self.immediate("deleting profile")?;
        let removed = tx
            .execute("DELETE FROM profiles WHERE id = ?1", [id])
            .map_err(|e| database_error(&tx, "deleting profile", e))?;
        if removed == 0 {
            return Err(not_found(id));
        }
        tx.execute(
            "DELETE FROM settings WHERE key = ?1 AND value = ?2",
            params![ACTIVE_PROFILE_KEY, id],
        )
        .map_err(|e| database_error(&tx, "clearing active profile", e))?;
        tx.commit()
            .map_err(|e| database_error(self.store.conn(), "deleting profile", e))
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
        let tx = self.immediate("choosing the active profile")?;
        if let Some(id) = id {
            find_on(&tx, id)?.ok_or_else(|| not_found(id))?;
        }
        set_setting_on(&tx, ACTIVE_PROFILE_KEY, id)?;
        tx.commit()
            .map_err(|e| database_error(self.store.conn(), "choosing the active profile", e))
    }

    /// Makes `id` active if no profile is: the first profile saved becomes the one the app shows,
    /// whichever front door saved it. Checked and written in one transaction, so two first profiles
    /// saved at once cannot both think they were first.
    pub fn activate_if_none(&self, id: &str) -> Result<()> {
        let tx = self.immediate("choosing the active profile")?;
        let current: Option<String> = tx
            .query_row(
                "SELECT p.id FROM settings s JOIN profiles p ON p.id = s.value WHERE s.key = ?1",
                [ACTIVE_PROFILE_KEY],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| database_error(&tx, "reading the active profile", e))?;
        if current.is_none() {
            set_setting_on(&tx, ACTIVE_PROFILE_KEY, Some(id))?;
        }
        tx.commit()
            .map_err(|e| database_error(self.store.conn(), "choosing the active profile", e))
    }

    /// A write transaction that holds SQLite's write lock from its first statement, so what it reads
    /// is still true when it writes, even with another process on the same file.
    fn immediate(&self, context: &str) -> Result<Transaction<'_>> {
        Transaction::new_unchecked(self.store.conn(), TransactionBehavior::Immediate)
            .map_err(|e| database_error(self.store.conn(), context, e))
    }
}

/// Validation plus the name check against every other profile (ignoring the one being updated), all
/// problems together.
fn checked(
    conn: &Connection,
    draft: &ProfileDraft,
    except_id: Option<&str>,
) -> Result<ProfileDraft> {
    let (normalized, mut problems) = match validate::validate(draft) {
        Ok(d) => (Some(d), Vec::new()),
        Err(p) => (None, p),
    };
    let name = draft.name.trim();
    if !name.is_empty() {
        let key = name_key(name);
        if let Some(other) = list_on(conn)?
            .into_iter()
            .find(|p| Some(p.id.as_str()) != except_id && name_key(&p.name) == key)
        {
            problems.push(validate::name_taken(name, &other.name));
        }
    }
    match normalized {
        Some(d) if problems.is_empty() => Ok(d),
        _ => Err(Error::InvalidProfile(problems)),
    }
}

fn find_on(conn: &Connection, id: &str) -> Result<Option<Profile>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM profiles WHERE id = ?1"),
        [id],
        read_row,
    )
    .optional()
    .map_err(|e| database_error(conn, "reading profile", e))?
    .transpose()
}

fn list_on(conn: &Connection) -> Result<Vec<Profile>> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {COLUMNS} FROM profiles ORDER BY name COLLATE NOCASE, id"
        ))
        .map_err(|e| database_error(conn, "listing profiles", e))?;
    let rows = stmt
        .query_map([], read_row)
        .map_err(|e| database_error(conn, "listing profiles", e))?;
    rows.map(|r| r.map_err(|e| database_error(conn, "listing profiles", e))?)
        .collect()
}

/// A profile's values for `?1..?14`, in [`COLUMNS`] order.
fn row_values(p: &Profile) -> rusqlite::ParamsFromIter<[Value; 14]> {
    let (region, url) = match &p.target {
        Target::Region { region } => (Some(region.clone()), None),
        Target::Custom { url } => (None, Some(url.clone())),
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
        (Some(region), None) => Target::Region { region },
        (None, Some(url)) => Target::Custom { url },
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
