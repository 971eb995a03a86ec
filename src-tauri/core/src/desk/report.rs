//! "Test connection" as a report a producer can act on: what answered, which accounts exist, and for
//! every failure a class, Tencent's code, a title and a remedy instead of an error string.
//!
//! Not here: making the requests (the desk, through a [`super::Connection`]).

use serde::Serialize;
use ts_rs::TS;

use crate::Error;
use crate::client::{
    AccountCheck, AccountCheckItem, AccountStatus, ClockSkew, ErrorClass, explain,
    explain_transport,
};
use crate::text::{Param, Params, english_with};

/// What "test connection" found. `ok` means every check passed: the endpoint answered, the key,
/// SDKAppID and admin are right, and every account asked about (the default sender, if any) exists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ConnectionReport {
    pub ok: bool,
    /// `host[:port]` that answered, when one did.
    pub host: Option<String>,
    /// Round trip of the request that answered.
    #[ts(type = "number | null")]
    pub round_trip_ms: Option<u64>,
    /// Every account checked (the admin first), when the check ran.
    pub accounts: Vec<AccountCheckItem>,
    /// The default From_Account and whether it exists, when the profile names one and the check ran.
    pub default_from: Option<AccountCheckItem>,
    /// Why it is not ok, when it is not.
    pub problem: Option<ConnectionProblem>,
}

/// A failed check in words a producer can act on.
///
/// `message_id` names the catalogue message whose `.title` and `.remedy` (with `params`) the window
/// shows in the producer's language; `title` and `remedy` are the same in English, for bdesk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ConnectionProblem {
    pub class: ErrorClass,
    /// Tencent's ErrorCode, when Tencent answered.
    #[ts(type = "number | null")]
    pub tencent_code: Option<i64>,
    pub message_id: String,
    pub params: Params,
    pub title: String,
    pub remedy: String,
    /// Tencent's ErrorInfo or the transport failure, for support; never holds a key or UserSig.
    pub detail: String,
}

impl ConnectionReport {
    /// The report for a check that got Tencent's answer: ok unless an account asked about is missing.
    /// A clock over a minute off (`skew`) is a problem even when Tencent said yes: it will refuse
    /// UserSigs (70001) before long, and schedules would fire off time. A missing account fails sends
    /// now, so it is named first.
    pub(crate) fn answered(
        check: AccountCheck,
        default_from: Option<&str>,
        skew: Option<ClockSkew>,
    ) -> Self {
        let round_trip_ms = Some(u64::try_from(check.round_trip.as_millis()).unwrap_or(u64::MAX));
        let default_from = default_from
            .and_then(|from| check.accounts.iter().find(|a| a.user_id == from).cloned());
        let missing = check
            .accounts
            .iter()
            .find(|a| a.status != AccountStatus::Imported);
        let problem = missing.map(|item| {
            let is_default = default_from
                .as_ref()
                .is_some_and(|d| d.user_id == item.user_id);
            let id = if is_default {
                "connection-default-sender-missing"
            } else {
                "connection-account-missing"
            };
            ConnectionProblem::from_catalogue(
                ErrorClass::Config,
                None,
                id,
                Params::from([("account".to_owned(), Param::from(item.user_id.as_str()))]),
                format!("account_check: {:?}", item.status),
            )
        });
        let problem = problem.or_else(|| {
            skew.map(|s| {
                clock_problem(
                    s,
                    None,
                    format!(
                        "the answer from {} is dated {:+} s from this computer's clock",
                        check.host, s.offset_secs
                    ),
                )
            })
        });
        Self {
            ok: problem.is_none(),
            host: Some(check.host),
            round_trip_ms,
            accounts: check.accounts,
            default_from,
            problem,
        }
    }

    /// A failed account_check as a report. 70001 after the client already re-signed once means a
    /// freshly made UserSig was called expired: the computer's clock is behind, which no key or
    /// region change fixes.
    pub(crate) fn failed(err: Error, skew: Option<ClockSkew>) -> Self {
        let problem = match (err, skew) {
            (
                Error::Api {
                    code: 70001, info, ..
                },
                Some(skew),
            ) => clock_problem(skew, Some(70001), info),
            // No readable Date header: the cause is as sure, only its size unknown.
            (
                Error::Api {
                    code: 70001, info, ..
                },
                None,
            ) => ConnectionProblem::from_catalogue(
                ErrorClass::Config,
                Some(70001),
                "connection-clock-unknown",
                Params::new(),
                info,
            ),
            (Error::Api { code, info, class }, _) => ConnectionProblem::from_catalogue(
                class,
                Some(code),
                &explain(code).id,
                Params::new(),
                info,
            ),
            (Error::Transport { kind, message }, _) => ConnectionProblem::from_catalogue(
                ErrorClass::Transport,
                None,
                &explain_transport(kind).id,
                Params::new(),
                message,
            ),
            (other, _) => ConnectionProblem::from_catalogue(
                ErrorClass::Config,
                None,
                "connection-untested",
                Params::new(),
                other.to_string(),
            ),
        };
        Self {
            ok: false,
            host: None,
            round_trip_ms: None,
            accounts: Vec::new(),
            default_from: None,
            problem: Some(problem),
        }
    }
}

/// A clock over a minute off Tencent's, named with its size and direction.
fn clock_problem(skew: ClockSkew, tencent_code: Option<i64>, detail: String) -> ConnectionProblem {
    let (amount, unit) = skew.rounded();
    let id = if skew.offset_secs > 0 {
        "connection-clock-behind"
    } else {
        "connection-clock-ahead"
    };
    ConnectionProblem::from_catalogue(
        ErrorClass::Config,
        tencent_code,
        id,
        Params::from([
            ("amount".to_owned(), Param::from(amount)),
            ("unit".to_owned(), Param::from(unit)),
        ]),
        detail,
    )
}

impl ConnectionProblem {
    /// A problem worded by catalogue message `id` (its `.title` and `.remedy`, with `params`).
    fn from_catalogue(
        class: ErrorClass,
        tencent_code: Option<i64>,
        id: &str,
        params: Params,
        detail: String,
    ) -> Self {
        Self {
            class,
            tencent_code,
            title: english_with(id, Some("title"), &params),
            remedy: english_with(id, Some("remedy"), &params),
            message_id: id.to_owned(),
            params,
            detail,
        }
    }
}
