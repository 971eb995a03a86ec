//! The admin's secret key: reading it from standard input (never from arguments, which `ps` shows), and
//! `bdesk secret set|delete|status`, which keep a profile's key in the system keychain.
//!
//! Not here: any way to print a stored key. Like the app, bdesk can set, test (`bdesk check --profile`)
//! and delete a key, never read one back out.

use clap::{Args as ClapArgs, Subcommand};
use desk_core::profiles::Profile;
use desk_core::secret::SecretKey;
use desk_core::{Error, Result};
use serde::Serialize;
use std::io::{IsTerminal, Read};
use zeroize::Zeroize;

use crate::Outcome;
use crate::local::{Local, find_profile};
use crate::output::Output;

/// Reads the whole of stdin and trims surrounding whitespace (a trailing newline from `echo` or a file).
pub fn from_stdin() -> Result<SecretKey> {
    read_stdin("--secret-stdin")
}

/// As [`from_stdin`]; `source` names what asked for the key in the error for empty input.
fn read_stdin(source: &str) -> Result<SecretKey> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("Paste the secret key and press Enter, then Ctrl+D:");
    }
    let mut raw = String::new();
    stdin
        .lock()
        .read_to_string(&mut raw)
        .map_err(|e| Error::io("reading the secret key from standard input", e))?;
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
    let profile = match local
        .store()
        .and_then(|store| find_profile(&store, &which.profile))
    {
        Ok(profile) => profile,
        Err(err) => return out.error(&err),
    };
    let keychain = local.keychain();
    let printed = |key_stored, deleted| Printed {
        profile_id: &profile.id,
        profile_name: &profile.name,
        key_stored,
        deleted,
        backend: keychain.backend_name(),
    };
    match command {
        Command::Set(_) => {
            let saved = read_stdin("secret set").and_then(|key| keychain.set(&profile.id, &key));
            if let Err(err) = saved {
                return out.error(&err);
            }
            out.result(&printed(true, None), || {
                format!(
                    "stored in {} for profile {:?}; test it with `bdesk check --profile {:?}`",
                    keychain.backend_name(),
                    profile.name,
                    profile.name
                )
            });
            Outcome::Success
        }
        Command::Delete(_) => match keychain.delete(&profile.id) {
            Ok(deleted) => {
                out.result(&printed(false, Some(deleted)), || {
                    if deleted {
                        format!(
                            "deleted the secret key of profile {:?} from {}",
                            profile.name,
                            keychain.backend_name()
                        )
                    } else {
                        format!("profile {:?} had no secret key saved", profile.name)
                    }
                });
                Outcome::Success
            }
            Err(err) => out.error(&err),
        },
        Command::Status(_) => match keychain.contains(&profile.id) {
            Ok(stored) => {
                out.result(&printed(stored, None), || {
                    key_line(&profile, stored, &keychain)
                });
                if stored {
                    Outcome::Success
                } else {
                    Outcome::Rejected
                }
            }
            Err(err) => out.error(&err),
        },
    }
}

/// "stored in …" or how to store it; shared with `bdesk profile`.
pub fn key_line(
    profile: &Profile,
    stored: bool,
    keychain: &desk_core::keychain::Keychain,
) -> String {
    if stored {
        format!("stored in {}", keychain.backend_name())
    } else {
        format!(
            "not stored; save it with `bdesk secret set --profile {:?}`",
            profile.name
        )
    }
}
