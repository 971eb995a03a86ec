//! Printing results: text for people, one JSON object for scripts, and the same error shape as the app
//! (`{"error": {"code", "message"}}`) so automation can branch on codes. A rejected profile or
//! template adds `problems`: every broken field as `{field, code, message}`.
//!
//! Text for people is made safe for a terminal first: a server's `ErrorInfo` or a body's unknown
//! field name could carry escape sequences that recolour, retitle or rewrite the terminal, so control
//! and direction-changing characters are printed as `\u{..}` escapes. JSON escapes them by itself.

use desk_core::profiles::FieldProblem;
use desk_core::profiles::validate::field;
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
            println!("{}", terminal_safe(&text()));
        }
    }

    /// A warning for people, on stderr, in text and JSON mode alike (JSON goes to stdout only).
    pub fn warn(&self, message: &str) {
        eprintln!("bdesk: warning: {}", terminal_safe(message));
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
            Error::InvalidProfile(problems) => {
                self.field_problems(err.code(), "profile", problems, flag_for, outcome)
            }
            // A template's one field, its name, is an argument, not an option: no flag to name.
            Error::InvalidTemplate(problems) => {
                self.field_problems(err.code(), "template", problems, |_| None, outcome)
            }
            Error::NotFound {
                what: what @ ("profile" | "template"),
                id,
            } => self.fail(
                err.code(),
                &format!(
                    "no {what} is called {id:?} or has that id; `bdesk {what} list` shows them"
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

    /// Every broken field of a `what` at once, each with its field name (and the option that sets
    /// it, from `flag`), so one fix-up round is enough.
    fn field_problems(
        &self,
        code: ErrorCode,
        what: &str,
        problems: &[FieldProblem],
        flag_for: impl Fn(&str) -> Option<&'static str>,
        outcome: Outcome,
    ) -> Outcome {
        let message = format!("the {what} was not saved: {} problem(s)", problems.len());
        if self.json {
            println!(
                "{}",
                json!({ "error": {
                    "code": code,
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
                let line = match flag_for(&problem.field) {
                    Some(flag) => format!("  {problem} (set with {flag})"),
                    None => format!("  {problem}"),
                };
                eprintln!("{}", terminal_safe(&line));
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
            eprintln!("bdesk: {}", terminal_safe(message));
        }
        outcome
    }
}

/// The bdesk option that sets a profile field, so a producer knows what to retype.
pub fn flag_for(name: &str) -> Option<&'static str> {
    Some(match name {
        field::NAME => "--name",
        field::COLOR => "--color",
        field::REGION => "--region",
        field::URL => "--endpoint",
        field::SDKAPPID => "--sdkappid",
        field::ADMIN => "--identifier",
        field::DEFAULT_FROM => "--from",
        field::USERSIG_LIFETIME => "--usersig-lifetime",
        field::RATE => "--rate",
        _ => return None,
    })
}

/// `text` with every character that could take over a terminal escaped: C0/C1 controls other than
/// line breaks and tabs (ESC starts every escape sequence; CR rewrites a line) and the characters
/// that change the direction text is drawn in.
pub fn terminal_safe(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_direction_overrides_are_shown_not_obeyed() {
        assert_eq!(
            terminal_safe("plain\nlines\tand tabs"),
            "plain\nlines\tand tabs"
        );
        assert_eq!(
            terminal_safe("\u{1b}]0;pwned\u{7}red\u{1b}[31m"),
            "\\u{1b}]0;pwned\\u{7}red\\u{1b}[31m"
        );
        assert_eq!(terminal_safe("a\rb"), "a\\u{d}b");
        assert_eq!(terminal_safe("\u{202e}DORP"), "\\u{202e}DORP");
        assert_eq!(terminal_safe("本番 ✓"), "本番 ✓");
    }
}
