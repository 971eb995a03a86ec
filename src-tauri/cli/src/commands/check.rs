//! `bdesk check`: prove the region, SDKAppID, admin and key are right with a harmless account_check,
//! and optionally that some accounts (e.g. a From_Account) exist.

use clap::Args as ClapArgs;
use desk_core::client::AccountStatus;
use serde::Serialize;

use super::target::{Target, runtime};
use crate::Outcome;
use crate::output::Output;

#[derive(Debug, ClapArgs)]
pub struct Args {
    #[command(flatten)]
    target: Target,
    /// An account to look up (repeatable); the admin itself is always checked.
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
}

pub fn run(args: Args, out: &Output) -> Outcome {
    let (client, credentials) = match args.target.connect() {
        Ok(pair) => pair,
        Err(err) => return out.error(&err),
    };
    let mut ids: Vec<&str> = vec![credentials.identifier()];
    ids.extend(
        args.accounts
            .iter()
            .map(String::as_str)
            .filter(|a| *a != credentials.identifier()),
    );
    let check = match runtime().block_on(client.account_check(&credentials, &ids)) {
        Ok(check) => check,
        Err(err) => return out.error(&err),
    };
    let all_exist = check
        .accounts
        .iter()
        .all(|a| a.status == AccountStatus::Imported);
    let printed = Printed {
        ok: all_exist,
        round_trip_ms: check.round_trip.as_millis(),
        host: &check.host,
        accounts: &check.accounts,
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
        text
    });
    if all_exist {
        Outcome::Success
    } else {
        Outcome::Rejected
    }
}
