//! `bdesk check`: prove the region, SDKAppID, admin and key are right with a harmless account_check,
//! and optionally that some accounts (e.g. a From_Account) exist. With `--profile` it also checks the
//! profile's default sender, because a broadcast naming a missing sender fails at the worst moment.

use clap::Args as ClapArgs;
use desk_core::ErrorCode;
use desk_core::client::{AccountStatus, ErrorClass};
use desk_core::desk::ConnectionReport;
use serde::Serialize;

use super::target::{Resolved, Target, explicit_connection, runtime};
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
    round_trip_ms: u64,
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
    let accounts: Vec<&str> = args.accounts.iter().map(String::as_str).collect();
    let report = match &target {
        Resolved::Saved { profile, desk } => {
            runtime().block_on(desk.test_connection(&profile.id, &accounts))
        }
        Resolved::Explicit(explicit) => explicit_connection(explicit)
            .map(|connection| runtime().block_on(connection.test(&accounts))),
    };
    let report = match report {
        Ok(report) => report,
        Err(err) => return out.error(&err),
    };
    let profile = target.profile();
    print_report(&report, profile.map(|p| p.name.as_str()), out)
}

fn print_report(report: &ConnectionReport, profile: Option<&str>, out: &Output) -> Outcome {
    let Some(host) = report.host.as_deref() else {
        // No answer from Tencent at all: the request failed, said as the error it was.
        let problem = report
            .problem
            .as_ref()
            .expect("a report without an answer says why");
        let code = match (problem.class, problem.tencent_code) {
            (_, Some(_)) => ErrorCode::Api,
            (ErrorClass::Transport, None) => ErrorCode::Transport,
            _ => ErrorCode::InvalidConfig,
        };
        let tencent = problem
            .tencent_code
            .map(|c| format!(" (Tencent error {c})"))
            .unwrap_or_default();
        let message = format!(
            "{}{tencent}\n  {}\n  detail: {}",
            problem.title, problem.remedy, problem.detail
        );
        return out.fail(code, &message, Outcome::Rejected);
    };
    let default_from = report.default_from.as_ref();
    let printed = Printed {
        ok: report.ok,
        round_trip_ms: report.round_trip_ms.unwrap_or_default(),
        host,
        accounts: &report.accounts,
        profile,
        default_from_account: default_from.map(|d| d.user_id.as_str()),
        default_from_account_exists: default_from.map(|d| d.status == AccountStatus::Imported),
    };
    out.result(&printed, || {
        let mut text = format!(
            "connection OK: {host} answered in {} ms; the key, SDKAppID and admin are right",
            printed.round_trip_ms
        );
        for account in &report.accounts {
            let status = match account.status {
                AccountStatus::Imported => "exists",
                AccountStatus::NotImported => "does NOT exist",
                AccountStatus::Unknown => "unknown",
            };
            text.push_str(&format!("\n  {}: {status}", account.user_id));
        }
        if let Some(problem) = &report.problem {
            text.push_str(&format!("\n{} {}", problem.title, problem.remedy));
            if let (Some(profile), Some(_)) = (profile, default_from) {
                text.push_str(&format!(
                    " (`bdesk profile edit {profile:?} --from ACCOUNT` changes the default; \
                     `--from \"\"` sends as the admin.)"
                ));
            }
        }
        text
    });
    if report.ok {
        Outcome::Success
    } else {
        Outcome::Rejected
    }
}
