//! Printing results: text for people, one JSON object for scripts, and the same error shape as the app
//! (`{"error": {"code", "message"}}`) so automation can branch on codes.

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
            ErrorCode::InvalidInput | ErrorCode::InvalidConfig | ErrorCode::Io => Outcome::Unusable,
            _ => Outcome::Rejected,
        };
        self.fail(err.code(), &err.to_string(), outcome)
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
