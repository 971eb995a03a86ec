//! The arguments every networked command shares: where to send and as whom — either a saved profile
//! (`--profile`, key from the keychain) or everything spelled out (key on standard input).
//!
//! Not here: which profile is "active" in the app. A script names its profile every time, so a producer
//! switching profiles in the window can never redirect a scheduled script's broadcast.

use clap::Args as ClapArgs;
use desk_core::client::{Client, Credentials, Endpoint, Region};
use desk_core::profiles::Profile;
use desk_core::secret::SecretKey;
use desk_core::{Error, Result};

use crate::local::{self, Local};

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
pub enum Resolved<'a> {
    Explicit(&'a Target),
    Saved { profile: Profile, local: Local },
}

impl Target {
    /// Loads the profile, if one was named. Reads no secret.
    pub fn resolve(&self, local: &Local) -> Result<Resolved<'_>> {
        match &self.profile {
            None => Ok(Resolved::Explicit(self)),
            Some(wanted) => {
                let profile = local::find_profile(&local.store()?, wanted)?;
                if profile.is_sandbox {
                    // Its emulator and made-up key live inside the running app, not on disk.
                    return Err(Error::InvalidInput {
                        path: "--profile".into(),
                        message: format!(
                            "{:?} is the app's built-in sandbox, which runs only inside the app; \
                             use the Sandbox view there, or run `tim-emulator` and a profile with \
                             --endpoint http://127.0.0.1:PORT",
                            profile.name
                        ),
                    });
                }
                Ok(Resolved::Saved {
                    profile,
                    local: local.clone(),
                })
            }
        }
    }
}

impl Resolved<'_> {
    pub fn profile(&self) -> Option<&Profile> {
        match self {
            Resolved::Explicit(_) => None,
            Resolved::Saved { profile, .. } => Some(profile),
        }
    }

    /// The client and credentials; reads the secret from stdin or the keychain.
    pub fn connect(&self) -> Result<(Client, Credentials)> {
        match self {
            Resolved::Explicit(target) => {
                let endpoint = match (&target.region, &target.endpoint) {
                    (Some(region), _) => Endpoint::from(*region),
                    (None, Some(url)) => Endpoint::custom(url, None)?,
                    (None, None) => unreachable!("clap requires --region or --endpoint"),
                };
                let client = Client::new(endpoint)?;
                let key = super::secret::from_stdin()?;
                let (Some(sdkappid), Some(identifier)) = (target.sdkappid, &target.identifier)
                else {
                    unreachable!("clap requires --sdkappid and --identifier without --profile")
                };
                let credentials = Credentials::new(sdkappid, identifier.clone(), key)?;
                Ok((client, credentials))
            }
            Resolved::Saved { profile, local } => {
                let client = Client::new(profile.endpoint()?)?;
                let key = saved_key(local, profile)?;
                Ok((client, profile.credentials(key)?))
            }
        }
    }
}

/// A profile's secret key from the keychain; none saved is unusable input, with the command that fixes it.
pub fn saved_key(local: &Local, profile: &Profile) -> Result<SecretKey> {
    local
        .keychain()
        .get(&profile.id)?
        .ok_or_else(|| Error::MissingSecret {
            profile: profile.name.clone(),
        })
}

/// A small runtime for one command: bdesk makes one or two requests and exits.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime starts")
}
