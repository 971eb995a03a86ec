//! The arguments every networked command shares: where to send and as whom — either a saved profile
//! (`--profile`, key from the keychain) or everything spelled out (key on standard input).
//!
//! Not here: which profile is "active" in the app. A script names its profile every time, so a producer
//! switching profiles in the window can never redirect a scheduled script's broadcast.

use clap::Args as ClapArgs;
use desk_core::client::Region;
use desk_core::desk::{Connection, Desk, ExplicitTarget};
use desk_core::profiles::{Profile, Target as ProfileTarget};
use desk_core::{Error, Result};

use crate::local::Local;

#[derive(Debug, ClapArgs)]
pub struct Target {
    /// A saved profile (name or id): its region or endpoint, SDKAppID and admin, with the secret key
    /// from the system keychain. Use this instead of --region/--endpoint, --sdkappid, --identifier and
    /// --secret-stdin.
    #[arg(
        long,
        value_name = "PROFILE",
        conflicts_with_all = ["region", "endpoint", "sdkappid", "identifier", "secret_stdin"]
    )]
    profile: Option<String>,
    /// The region the SDKAppID was created in (china, singapore, seoul, tokyo, frankfurt, mumbai,
    /// silicon-valley, jakarta).
    #[arg(
        long,
        conflicts_with = "endpoint",
        required_unless_present_any = ["endpoint", "profile"]
    )]
    region: Option<Region>,
    /// A custom endpoint instead of a region: https://…, or http:// to a loopback address only.
    #[arg(long)]
    endpoint: Option<String>,
    /// The app's SDKAppID.
    #[arg(long, required_unless_present = "profile")]
    sdkappid: Option<u64>,
    /// An App admin account of that app.
    #[arg(long, required_unless_present = "profile")]
    identifier: Option<String>,
    /// Read the secret key from standard input (keys never go on the command line).
    #[arg(long, required_unless_present = "profile")]
    secret_stdin: bool,
}

/// A target with its profile loaded but its secret not yet read, so a command can refuse bad input
/// before touching standard input or the keychain.
pub enum Resolved {
    Explicit(ExplicitTarget),
    Saved { profile: Profile, desk: Box<Desk> },
}

impl Target {
    /// Loads the profile, if one was named (the app's sandbox is refused: it runs only inside the
    /// app). Reads no secret.
    pub fn resolve(&self, local: &Local) -> Result<Resolved> {
        match &self.profile {
            None => {
                let target = match (&self.region, &self.endpoint) {
                    (Some(region), _) => ProfileTarget::Region {
                        region: region.id().to_owned(),
                    },
                    (None, Some(url)) => ProfileTarget::Custom { url: url.clone() },
                    (None, None) => unreachable!("clap requires --region or --endpoint"),
                };
                let (Some(sdkappid), Some(identifier)) = (self.sdkappid, &self.identifier) else {
                    unreachable!("clap requires --sdkappid and --identifier without --profile")
                };
                Ok(Resolved::Explicit(ExplicitTarget {
                    target,
                    sdkappid,
                    identifier: identifier.clone(),
                }))
            }
            Some(wanted) => {
                let desk = local.desk()?;
                let profile = desk.find_usable_profile(wanted)?;
                Ok(Resolved::Saved {
                    profile,
                    desk: Box::new(desk),
                })
            }
        }
    }
}

impl Resolved {
    pub fn profile(&self) -> Option<&Profile> {
        match self {
            Resolved::Explicit(_) => None,
            Resolved::Saved { profile, .. } => Some(profile),
        }
    }
}

/// An explicit target's connection, with the key read from standard input. Its settings pass the
/// profile rules first, so bad input is refused before the key is read.
pub fn explicit_connection(target: &ExplicitTarget) -> Result<Connection> {
    Connection::check_explicit(target).map_err(as_config_error)?;
    Connection::explicit(target, super::secret::from_stdin()?).map_err(as_config_error)
}

/// Explicit options that break a profile rule are unusable settings (exit 2, `INVALID_CONFIG`, as a
/// bad endpoint always was), each problem named by the option that sets it.
fn as_config_error(err: Error) -> Error {
    match err {
        Error::InvalidProfile(problems) => Error::InvalidConfig {
            field: "options",
            message: problems
                .iter()
                .map(|p| match crate::output::flag_for(&p.field) {
                    Some(flag) => format!("{flag} {}", p.message),
                    None => p.to_string(),
                })
                .collect::<Vec<_>>()
                .join("; "),
        },
        other => other,
    }
}

/// A small runtime for one command: bdesk makes one or two requests and exits.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime starts")
}
