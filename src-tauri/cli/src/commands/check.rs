//! `bdesk check`: prove the region, SDKAppID, admin and key are right with a harmless account_check,
//! and optionally that some accounts (e.g. a From_Account) exist. With `--profile` it also checks the
//! profile's default sender, because a broadcast naming a missing sender fails at the worst moment.

use clap::Args as ClapArgs;
use desk_core::client::AccountStatus;
use serde::Serialize;

use super::target::{Target, runtime};
use crate::Outcome;
use crate::local::Local;
use crate::output::Output;

#[derive(Debug, ClapArgs)]
pub struct Args {
    #[command(flatten)]
    target: Target,
    /// An account to look up (repeatable); the admin itself is always checked, and with --profile the
    /// profile's default sender too.
    #[arg(long = "account")]
    accounts: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Printed<'a> {
    ok: bool,
    round_trip_ms: u128,
    host: &'a str,
    accounts: &'a [desk_core::client::AccountCheckItem],
    /// The profile's name, when checked through one.
    #[serde(skip_serializing_if = "Option::is_none")]
    profile: Option<&'a str>,
    /// The profile's default sender and whether it exists (`null` without one).
    #[serde(skip_serializing_if = "Option::is_none")]
    default_from_account: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    default_from_account_exists: Option<bool>,
}

pub fn run(args: Args, out: &Output, local: &Local) -> Outcome {
    let target = match args.target.resolve(local) {
        Ok(target) => target,
        Err(err) => return out.error(&err),
    };
    let (client, credentials) = match target.connect() {
        Ok(pair) => pair,
        Err(err) => return out.error(&err),
    };
    let profile = target.profile();
    let default_from = profile.and_then(|p| p.default_from_account.as_deref());
    let mut ids: Vec<&str> = vec![credentials.identifier()];
    for id in args.accounts.iter().map(String::as_str).chain(default_from) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let check = match runtime().block_on(client.account_check(&credentials, &ids)) {
        Ok(check) => check,
        Err(err) => return out.error(&err),
    };
    let all_exist = check
        .accounts
        .iter()
        .all(|a| a.status == AccountStatus::Imported);
    let default_from_exists = default_from.map(|from| {
        check
            .accounts
            .iter()
            .any(|a| a.user_id == from && a.status == AccountStatus::Imported)
    });
    let printed = Printed {
        ok: all_exist,
        round_trip_ms: check.round_trip.as_millis(),
        host: &check.host,
        accounts: &check.accounts,
        profile: profile.map(|p| p.name.as_str()),
        default_from_account: default_from,
        default_from_account_exists: default_from_exists,
    };
    out.result(&printed, || {
        let mut text = format!(
            "connection OK: {} answered in {} ms; the key, SDKAppID and admin are right",
            check.host, printed.round_trip_ms
        );
        for account in &check.accounts {
            let status = match account.status {
                AccountStatus::Imported => "exists",
                AccountStatus::NotImported => "does NOT exist",
                AccountStatus::Unknown => "unknown",
            };
            text.push_str(&format!("\n  {}: {status}", account.user_id));
        }
        if let (Some(profile), Some(from), Some(false)) = (profile, default_from, default_from_exists)
        {
            text.push_str(&format!(
                "\nThe default sender {from:?} of profile {:?} does not exist in this app: broadcasts \
                 without --from would fail. Create the account in the console, or change the default \
                 with `bdesk profile edit {:?} --from ACCOUNT` (`--from \"\"` sends as the admin).",
                profile.name, profile.name
            ));
        }
        text
    });
    if all_exist {
        Outcome::Success
    } else {
        Outcome::Rejected
    }
}
