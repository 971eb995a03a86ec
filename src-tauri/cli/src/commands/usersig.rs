//! `bdesk usersig`: sign a UserSig locally, as the app does before each call.

use clap::Args as ClapArgs;
use desk_core::Result;
use desk_core::client::Region;
use desk_core::desk::{ExplicitTarget, SignedUserSig};
use desk_core::profiles::Target;
use serde::Serialize;

use super::target::explicit_connection;
use crate::Outcome;
use crate::local::Local;
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
    /// Seconds of validity, 1800 (30 minutes) to 604800 (7 days); default: the profile's UserSig
    /// lifetime, else 14400 (4 hours), as the app signs.
    #[arg(long)]
    expire: Option<u64>,
    /// Signing time as Unix seconds (default: now). For reproducing a UserSig.
    #[arg(long)]
    time: Option<u64>,
    /// Read the secret key from standard input (keys never go on the command line).
    #[arg(long, required_unless_present = "profile")]
    secret_stdin: bool,
}

/// Signs through the same connection a send would use: a saved profile's, or one from the explicit
/// options (whose admin account and SDKAppID pass the profile rules first).
fn sign(args: &Args, local: &Local) -> Result<SignedUserSig> {
    match &args.profile {
        Some(wanted) => {
            let desk = local.desk()?;
            let profile = desk.find_usable_profile(wanted)?;
            desk.sign_usersig(&profile.id, args.expire, args.time)
        }
        None => {
            let (Some(sdkappid), Some(identifier)) = (args.sdkappid, &args.identifier) else {
                unreachable!("clap requires --sdkappid and --identifier without --profile")
            };
            // A UserSig does not depend on where requests go; any valid target will do.
            let explicit = ExplicitTarget {
                target: Target::Region {
                    region: Region::Singapore.id().to_owned(),
                },
                sdkappid,
                identifier: identifier.clone(),
            };
            explicit_connection(&explicit)?.sign(args.expire, args.time)
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
    let signed = match sign(&args, local) {
        Ok(signed) => signed,
        Err(err) => return out.error(&err),
    };
    let printed = Printed {
        // Printing the UserSig is this command's whole purpose: the caller asked for it explicitly.
        usersig: signed.usersig.expose(),
        sdkappid: signed.sdkappid,
        identifier: &signed.identifier,
        time: signed.time,
        expire: signed.expire,
        expires_at: signed.time.saturating_add(signed.expire),
    };
    out.result(&printed, || signed.usersig.expose().clone());
    Outcome::Success
}
