//! The arguments every networked command shares: where to send and as whom.

use clap::Args as ClapArgs;
use desk_core::Result;
use desk_core::client::{Client, Credentials, Endpoint, Region};

#[derive(Debug, ClapArgs)]
pub struct Target {
    /// The region the SDKAppID was created in (china, singapore, seoul, tokyo, frankfurt, mumbai,
    /// silicon-valley, jakarta).
    #[arg(
        long,
        conflicts_with = "endpoint",
        required_unless_present = "endpoint"
    )]
    region: Option<Region>,
    /// A custom endpoint instead of a region: https://…, or http:// to a loopback address only.
    #[arg(long)]
    endpoint: Option<String>,
    /// The app's SDKAppID.
    #[arg(long)]
    sdkappid: u64,
    /// An App admin account of that app.
    #[arg(long)]
    identifier: String,
    /// Read the secret key from standard input (required: keys never go on the command line).
    #[arg(long, required = true)]
    secret_stdin: bool,
}

impl Target {
    /// The client and credentials for this target; reads the secret from stdin.
    pub fn connect(&self) -> Result<(Client, Credentials)> {
        let endpoint = match (&self.region, &self.endpoint) {
            (Some(region), _) => Endpoint::from(*region),
            (None, Some(url)) => Endpoint::custom(url, None)?,
            (None, None) => unreachable!("clap requires --region or --endpoint"),
        };
        let client = Client::new(endpoint)?;
        let key = super::secret::from_stdin()?;
        let credentials = Credentials::new(self.sdkappid, self.identifier.clone(), key)?;
        Ok((client, credentials))
    }
}

/// A small runtime for one command: bdesk makes one or two requests and exits.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime starts")
}
