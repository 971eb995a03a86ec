//! The admin's secret key: reading it from standard input (never from arguments, which `ps` shows), and
//! `bdesk secret set|delete|status`, which keep a profile's key in the system keychain.
//!
//! Not here: any way to print a stored key. Like the app, bdesk can set, test (`bdesk check --profile`)
//! and delete a key, never read one back out.

use clap::{Args as ClapArgs, Subcommand};
use desk_core::desk::KeyState;
use desk_core::profiles::Profile;
use desk_core::secret::SecretKey;
use desk_core::{Error, Result};
use serde::Serialize;
use std::io::IsTerminal;
use zeroize::Zeroize;

use crate::Outcome;
use crate::local::Local;
use crate::output::Output;

/// Reads the key from stdin (a trailing newline from `echo` or a file is trimmed by the core).
pub fn from_stdin() -> Result<SecretKey> {
    read_stdin("--secret-stdin")
}

/// As [`from_stdin`]; `source` names what asked for the key in the error for empty input.
fn read_stdin(source: &str) -> Result<SecretKey> {
    if std::io::stdin().is_terminal() {
        eprintln!("Paste the secret key and press Enter, then Ctrl+D:");
    }
    let Some(mut raw) = super::input::read_key_text()? else {
        return Err(Error::InvalidInput {
            path: source.into(),
            message: "standard input holds far more than a secret key; pipe in only the key from \
                      the Chat console"
                .into(),
        });
    };
    let key = SecretKey::from(raw.trim());
    // Wipe the untrimmed copy too; `SecretKey` wipes its own on drop.
    raw.zeroize();
    if key.expose().is_empty() {
        return Err(Error::InvalidInput {
            path: source.into(),
            message:
                "standard input was empty; pipe the secret key from the Chat console into bdesk"
                    .into(),
        });
    }
    Ok(key)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Save a profile's secret key in the system keychain. The key is read from standard input
    /// (pipe it in, or paste it and press Ctrl+D) and is never printed or written to the data folder.
    /// Replaces a key saved before.
    Set(Which),
    /// Remove a profile's secret key from the system keychain (the profile itself stays).
    Delete(Which),
    /// Say whether a profile has a secret key saved (exit 0) or not (exit 1), without showing it.
    Status(Which),
}

#[derive(Debug, ClapArgs)]
pub struct Which {
    /// The profile (name or id).
    #[arg(long, value_name = "PROFILE")]
    profile: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Printed<'a> {
    profile_id: &'a str,
    profile_name: &'a str,
    key_stored: bool,
    /// Only for `delete`: whether there was a key to remove.
    #[serde(skip_serializing_if = "Option::is_none")]
    deleted: Option<bool>,
    backend: &'a str,
}

pub fn run(command: Command, out: &Output, local: &Local) -> Outcome {
    let which = match &command {
        Command::Set(w) | Command::Delete(w) | Command::Status(w) => w,
    };
    // The profile first: a mistyped name is refused before the key is read from stdin.
    let found = local.desk().and_then(|desk| {
        let profile = desk.find_profile(&which.profile)?;
        Ok((desk, profile))
    });
    let (desk, profile) = match found {
        Ok(found) => found,
        Err(err) => return out.error(&err),
    };
    let backend = desk.keychain().backend_name();
    let printed = |key_stored, deleted| Printed {
        profile_id: &profile.id,
        profile_name: &profile.name,
        key_stored,
        deleted,
        backend,
    };
    let result = match command {
        Command::Set(_) => read_stdin("secret set")
            .and_then(|key| desk.set_key(&profile.id, &key))
            .map(|state| {
                if let KeyState::Stored {
                    warning: Some(warning),
                    ..
                } = &state
                {
                    out.warn(&warning.to_string());
                }
                out.result(&printed(true, None), || {
                    format!(
                        "stored in {backend} for profile {:?}; test it with `bdesk check --profile {:?}`",
                        profile.name, profile.name
                    )
                });
                Outcome::Success
            }),
        Command::Delete(_) => desk.delete_key(&profile.id).map(|(_, deleted)| {
            out.result(&printed(false, Some(deleted)), || {
                if deleted {
                    format!(
                        "deleted the secret key of profile {:?} from {backend}",
                        profile.name
                    )
                } else {
                    format!("profile {:?} had no secret key saved", profile.name)
                }
            });
            Outcome::Success
        }),
        Command::Status(_) => desk.key_status(&profile.id).and_then(|state| {
            let stored = match state {
                KeyState::Stored { .. } => true,
                KeyState::Missing { .. } => false,
                KeyState::BuiltIn => {
                    return Err(Error::InvalidInput {
                        path: "profile".into(),
                        message: format!(
                            "{:?} is the app's built-in sandbox; it signs with a key made up for \
                             each run and has none to store",
                            profile.name
                        ),
                    });
                }
                KeyState::Unavailable {
                    problem, message, ..
                } => {
                    return Err(Error::Keychain { problem, message });
                }
            };
            out.result(&printed(stored, None), || key_line(&profile, stored, backend));
            Ok(if stored {
                Outcome::Success
            } else {
                Outcome::Rejected
            })
        }),
    };
    result.unwrap_or_else(|err| out.error(&err))
}

/// "stored in …" or how to store it; shared with `bdesk profile`.
pub fn key_line(profile: &Profile, stored: bool, backend: &str) -> String {
    if stored {
        format!("stored in {backend}")
    } else {
        format!(
            "not stored; save it with `bdesk secret set --profile {:?}`",
            profile.name
        )
    }
}
