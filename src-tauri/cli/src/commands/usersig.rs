//! `bdesk usersig`: sign a UserSig locally, as the app does before each call.

use clap::Args as ClapArgs;
use desk_core::Result;
use desk_core::secret::SecretKey;
use desk_core::usersig::{self, SigInput};
use serde::Serialize;

use super::target::saved_key;
use crate::Outcome;
use crate::local::{Local, find_profile};
use crate::output::Output;

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// A saved profile (name or id): its SDKAppID and admin, the key from the system keychain, and its
    /// UserSig lifetime as the default --expire. Instead of --sdkappid, --identifier and --secret-stdin.
    #[arg(
        long,
        value_name = "PROFILE",
        conflicts_with_all = ["sdkappid", "identifier", "secret_stdin"]
    )]
    profile: Option<String>,
    /// The app's SDKAppID.
    #[arg(long, required_unless_present = "profile")]
    sdkappid: Option<u64>,
    /// The account the UserSig is for (an App admin for REST calls).
    #[arg(long, required_unless_present = "profile")]
    identifier: Option<String>,
    /// Seconds of validity (default: 86400, or the profile's UserSig lifetime).
    #[arg(long)]
    expire: Option<u64>,
    /// Signing time as Unix seconds (default: now). For reproducing a UserSig.
    #[arg(long)]
    time: Option<u64>,
    /// Read the secret key from standard input (keys never go on the command line).
    #[arg(long, required_unless_present = "profile")]
    secret_stdin: bool,
}

/// Who signs: the app, the account and the key, from the arguments or a saved profile.
fn signer(args: &Args, local: &Local) -> Result<(u64, String, u64, SecretKey)> {
    match &args.profile {
        Some(wanted) => {
            let profile = find_profile(&local.store()?, wanted)?;
            let key = saved_key(local, &profile)?;
            let expire = args.expire.unwrap_or(profile.usersig_lifetime_secs.into());
            Ok((profile.sdkappid, profile.admin_identifier, expire, key))
        }
        None => {
            let (Some(sdkappid), Some(identifier)) = (args.sdkappid, &args.identifier) else {
                unreachable!("clap requires --sdkappid and --identifier without --profile")
            };
            let key = super::secret::from_stdin()?;
            Ok((
                sdkappid,
                identifier.clone(),
                args.expire.unwrap_or(86_400),
                key,
            ))
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Printed<'a> {
    usersig: &'a str,
    sdkappid: u64,
    identifier: &'a str,
    time: u64,
    expire: u64,
    expires_at: u64,
}

pub fn run(args: Args, out: &Output, local: &Local) -> Outcome {
    let (sdkappid, identifier, expire, key) = match signer(&args, local) {
        Ok(signer) => signer,
        Err(err) => return out.error(&err),
    };
    let time = args.time.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
    });
    let input = SigInput {
        sdkappid,
        identifier: &identifier,
        time,
        expire,
        userbuf: None,
    };
    let sig = usersig::sign(&key, &input);
    let printed = Printed {
        // Printing the UserSig is this command's whole purpose: the caller asked for it explicitly.
        usersig: sig.expose(),
        sdkappid,
        identifier: &identifier,
        time,
        expire,
        expires_at: time.saturating_add(expire),
    };
    out.result(&printed, || sig.expose().clone());
    Outcome::Success
}
