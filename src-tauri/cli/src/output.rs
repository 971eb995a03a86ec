//! Printing results: text for people, one JSON object for scripts, and the same error shape as the app
//! (`{"error": {"code", "message"}}`) so automation can branch on codes. A rejected profile adds
//! `problems`: every broken field as `{field, code, message}`.

use desk_core::profiles::FieldProblem;
use desk_core::{Error, ErrorCode};
use serde::Serialize;
use serde_json::json;

use crate::Outcome;

pub struct Output {
    json: bool,
}

impl Output {
    pub fn new(json: bool) -> Self {
        Self { json }
    }

    pub fn is_json(&self) -> bool {
        self.json
    }

    /// Prints `value` as JSON, or `text` for people.
    pub fn result<T: Serialize>(&self, value: &T, text: impl FnOnce() -> String) {
        if self.json {
            println!(
                "{}",
                serde_json::to_string(value).expect("output serializes")
            );
        } else {
            println!("{}", text());
        }
    }

    /// Prints an error and says which exit code it deserves.
    pub fn error(&self, err: &Error) -> Outcome {
        let outcome = match err.code() {
            // An unknown profile is a name the producer mistyped: unusable input, like a bad argument.
            ErrorCode::InvalidInput
            | ErrorCode::InvalidConfig
            | ErrorCode::Io
            | ErrorCode::NotFound
            | ErrorCode::MissingSecret => Outcome::Unusable,
            _ => Outcome::Rejected,
        };
        match err {
            Error::InvalidProfile(problems) => self.profile_problems(problems, outcome),
            Error::NotFound {
                what: "profile",
                id,
            } => self.fail(
                err.code(),
                &format!(
                    "no profile is called {id:?} or has that id; `bdesk profile list` shows them"
                ),
                outcome,
            ),
            Error::MissingSecret { profile } => self.fail(
                err.code(),
                &format!(
                    "no secret key is saved for profile {profile:?}; store it with \
                     `bdesk secret set --profile {profile:?}` (the key is read from standard input)"
                ),
                outcome,
            ),
            _ => self.fail(err.code(), &err.to_string(), outcome),
        }
    }

    /// Every broken field at once, each with its field name, so one fix-up round is enough.
    fn profile_problems(&self, problems: &[FieldProblem], outcome: Outcome) -> Outcome {
        let message = format!("the profile was not saved: {} problem(s)", problems.len());
        if self.json {
            println!(
                "{}",
                json!({ "error": {
                    "code": ErrorCode::InvalidProfile,
                    "message": message,
                    "problems": problems.iter().map(|p| json!({
                        "field": p.field,
                        "code": p.code,
                        "message": p.message,
                        "flag": flag_for(&p.field),
                    })).collect::<Vec<_>>(),
                } })
            );
        } else {
            eprintln!("bdesk: {message}");
            for problem in problems {
                // The core's messages already start with the field (`name: is required`).
                match flag_for(&problem.field) {
                    Some(flag) => eprintln!("  {} (set with {flag})", problem.message),
                    None => eprintln!("  {}", problem.message),
                }
            }
        }
        outcome
    }

    pub fn fail(&self, code: ErrorCode, message: &str, outcome: Outcome) -> Outcome {
        if self.json {
            println!(
                "{}",
                json!({ "error": { "code": code, "message": message } })
            );
        } else {
            eprintln!("bdesk: {message}");
        }
        outcome
    }
}

/// The bdesk option that sets a profile field, so a producer knows what to retype.
fn flag_for(field: &str) -> Option<&'static str> {
    Some(match field {
        "name" => "--name",
        "color" => "--color",
        "target.region" => "--region",
        "target.url" => "--endpoint",
        "sdkappid" => "--sdkappid",
        "adminIdentifier" => "--identifier",
        "defaultFromAccount" => "--from",
        "usersigLifetimeSecs" => "--usersig-lifetime",
        "edition.ratePerSec" => "--rate",
        _ => return None,
    })
}
