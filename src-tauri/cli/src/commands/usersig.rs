//! `bdesk usersig`: sign a UserSig locally, as the app does before each call.

use clap::Args as ClapArgs;
use desk_core::usersig::{self, SigInput};
use serde::Serialize;

use crate::Outcome;
use crate::output::Output;

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// The app's SDKAppID.
    #[arg(long)]
    sdkappid: u64,
    /// The account the UserSig is for (an App admin for REST calls).
    #[arg(long)]
    identifier: String,
    /// Seconds of validity.
    #[arg(long, default_value_t = 86_400)]
    expire: u64,
    /// Signing time as Unix seconds (default: now). For reproducing a UserSig.
    #[arg(long)]
    time: Option<u64>,
    /// Read the secret key from standard input (required: keys never go on the command line).
    #[arg(long, required = true)]
    secret_stdin: bool,
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

pub fn run(args: Args, out: &Output) -> Outcome {
    let key = match super::secret::from_stdin() {
        Ok(key) => key,
        Err(err) => return out.error(&err),
    };
    let time = args.time.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0)
    });
    let input = SigInput {
        sdkappid: args.sdkappid,
        identifier: &args.identifier,
        time,
        expire: args.expire,
        userbuf: None,
    };
    let sig = usersig::sign(&key, &input);
    let printed = Printed {
        // Printing the UserSig is this command's whole purpose: the caller asked for it explicitly.
        usersig: sig.expose(),
        sdkappid: args.sdkappid,
        identifier: &args.identifier,
        time,
        expire: args.expire,
        expires_at: time.saturating_add(args.expire),
    };
    out.result(&printed, || sig.expose().clone());
    Outcome::Success
}
