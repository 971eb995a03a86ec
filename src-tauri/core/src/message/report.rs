//! What validation says about a body: every problem at once, each with the field's path, a stable code
//! and a sentence for a producer; plus the byte count the UI shows as a live meter.
//!
//! Not here: deciding what is a problem (see `read` and `rules`).

use serde::Serialize;

use crate::text::Params;
use std::fmt;
use ts_rs::TS;

/// Stable, machine-readable problem codes, serialized as `SCREAMING_SNAKE_CASE` strings. Consumers branch
/// on these, never on `Problem::message`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum ProblemCode {
    /// A required field is missing.
    Required,
    /// A field name the model does not know (often a case typo: `text` for `Text`).
    UnknownField,
    /// `MsgType` is not one of the eight element types.
    UnknownMsgType,
    /// The JSON type is wrong (a string where a number belongs, a fraction where a whole number belongs).
    WrongType,
    /// A whole number that must not be negative is.
    Negative,
    /// A number is outside its range (coordinates, or above what the field can hold).
    OutOfRange,
    /// A number is not one of the allowed values (download flags, image format, image entry type).
    NotAllowedValue,
    /// A value or key that may appear once appears again.
    Duplicate,
    /// More than one TIMCustomElem.
    TooManyCustom,
    /// `MsgBody` has no elements.
    EmptyBody,
    /// A text element with no visible text.
    EmptyText,
    /// A list that needs at least one entry has none.
    EmptyList,
    /// Over a byte limit (the 12,000-byte message, or 32 bytes for an account).
    TooLong,
    /// `From_Account` is not a usable account ID.
    BadAccount,
    /// A media URL is not an absolute http(s) URL.
    BadUrl,
}

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Problem {
    /// Where, e.g. `MsgBody[2].MsgContent.Download_Flag`; empty for the message as a whole.
    pub path: String,
    pub code: ProblemCode,
    /// The catalogue message (`ui/locales/<lang>/core.ftl`) the window shows, with `params`.
    pub message_id: String,
    pub params: Params,
    /// The same in English: a plain sentence naming the field and the rule (bdesk, logs).
    pub message: String,
}

/// The verdict on a body. `bytes` is filled even when there are errors, so the UI can show a meter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ValidationReport {
    pub valid: bool,
    /// Counted bytes: see `message::counted_bytes`.
    pub bytes: usize,
    pub limit: usize,
    /// The first [`MAX_REPORTED_PROBLEMS`] problems, in document order.
    pub errors: Vec<Problem>,
    /// How many more problems were found and left out: a pasted file of thousands of broken
    /// elements must not become thousands of lines (or megabytes of IPC).
    #[ts(type = "number")]
    pub omitted: usize,
}

/// At most this many problems are listed in a report; the rest are counted in `omitted`.
pub const MAX_REPORTED_PROBLEMS: usize = 100;

impl ValidationReport {
    pub(crate) fn new(bytes: usize, mut errors: Vec<Problem>) -> Self {
        let omitted = errors.len().saturating_sub(MAX_REPORTED_PROBLEMS);
        errors.truncate(MAX_REPORTED_PROBLEMS);
        ValidationReport {
            valid: errors.is_empty(),
            bytes,
            limit: super::BODY_LIMIT_BYTES,
            errors,
            omitted,
        }
    }
}

/// One line for logs and the CLI's error exit; the full list is in `errors`.
impl fmt::Display for ValidationReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.errors.as_slice() {
            [] => write!(
                f,
                "the message is valid ({} of {} bytes)",
                self.bytes, self.limit
            ),
            [only] => write!(f, "{only}"),
            [first, rest @ ..] => write!(
                f,
                "{first} (and {} more problems)",
                rest.len() + self.omitted
            ),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// A location in the body, built on the stack while walking and rendered only when a problem is found,
/// so a valid body costs no path strings.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub(crate) fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub(crate) fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(parent, key) => {
                parent.fmt(f)?;
                // Unknown keys can hold anything; quote the odd ones so a path stays unambiguous.
                let plain =
                    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                match (plain, matches!(parent, Path::Root)) {
                    (true, true) => f.write_str(key),
                    (true, false) => write!(f, ".{key}"),
                    (false, _) => write!(f, "[{}]", serde_json::Value::from(*key)),
                }
            }
            Path::Index(parent, i) => {
                parent.fmt(f)?;
                write!(f, "[{i}]")
            }
        }
    }
}

/// Collects problems; every rule and the reader report through this so wording stays in one place.
#[derive(Default)]
pub(crate) struct Problems(pub(crate) Vec<Problem>);

impl Problems {
    /// Reports a problem at `path`, worded by catalogue message `id` with `params`.
    pub(crate) fn push(&mut self, path: &Path<'_>, code: ProblemCode, id: &str, params: Params) {
        self.0
            .push(Problem::new(path.to_string(), code, id, params));
    }
}

impl Problem {
    pub(crate) fn new(path: String, code: ProblemCode, id: &str, params: Params) -> Self {
        Self {
            path,
            code,
            message: crate::text::english(id, &params),
            message_id: id.to_owned(),
            params,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_like_javascript_accessors() {
        let root = Path::Root;
        let body = root.key("MsgBody");
        let two = body.index(2);
        let content = two.key("MsgContent");
        assert_eq!(
            content.key("Download_Flag").to_string(),
            "MsgBody[2].MsgContent.Download_Flag"
        );
        assert_eq!(root.key("Random").to_string(), "Random");
        assert_eq!(
            content.key("a.b").to_string(),
            r#"MsgBody[2].MsgContent["a.b"]"#
        );
        assert_eq!(root.key("").to_string(), r#"[""]"#);
        assert_eq!(root.to_string(), "");
    }

    #[test]
    fn codes_serialize_as_screaming_snake() {
        let json =
            serde_json::to_string(&[ProblemCode::UnknownMsgType, ProblemCode::TooManyCustom])
                .unwrap();
        assert_eq!(json, r#"["UNKNOWN_MSG_TYPE","TOO_MANY_CUSTOM"]"#);
    }

    #[test]
    fn report_serializes_camel_case() {
        let report = ValidationReport::new(
            7,
            vec![Problem::new(
                "MsgBody".into(),
                ProblemCode::EmptyBody,
                "message-empty-body",
                Params::new(),
            )],
        );
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"valid": false, "bytes": 7, "limit": 12000,
                "errors": [{"path": "MsgBody", "code": "EMPTY_BODY", "messageId": "message-empty-body",
                    "params": {}, "message": "`MsgBody` has no elements; add at least one (usually a TIMTextElem)"}],
                "omitted": 0})
        );
    }
}
