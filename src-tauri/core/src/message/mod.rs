//! The broadcast message: Tencent's wire model of `send_broadcast_msg`'s body, reading it from JSON,
//! the rules it must follow, and the one canonical serialization that is both counted and sent.
//!
//! Two ways in share one set of rules:
//! - JSON from a producer, a file or the UI ([`check_json`], [`check_value`], [`parse`], [`parse_draft`]):
//!   every problem is reported at once with its path (`MsgBody[2].MsgContent.Download_Flag`), including
//!   unknown fields, so a typo such as `text` for `Text` can never send an empty message;
//! - a body built in Rust ([`validate`], [`validate_draft`]): the same value rules, without the shape
//!   checks a typed value cannot fail.
//!
//! Text that is not JSON at all is an [`Error::InvalidInput`]; a body that breaks rules is a
//! [`ValidationReport`] (or, from `parse`, an [`Error::InvalidMessage`] carrying one).
//!
//! Not here: sending, `Random` bookkeeping for retries (the outbox's job), and presentation.

mod json;
mod model;
mod read;
mod report;
mod rules;

#[cfg(test)]
mod tests;

pub use model::{
    CustomElem, DOWNLOAD_FLAG, Draft, FACE_INDEX_RANGE, FaceElem, FileElem, IMAGE_FORMATS,
    IMAGE_INFO_TYPES, ImageElem, ImageInfo, ImageSize, LocationElem, MsgElement, SendBroadcastMsg,
    SoundElem, TextElem, VideoFileElem,
};
pub use report::{MAX_REPORTED_PROBLEMS, Problem, ProblemCode, ValidationReport};
pub use rules::{BODY_LIMIT_BYTES, LATITUDE_MAX, LONGITUDE_MAX, counted_bytes};

use crate::{Error, Result};
use report::{Path, Problems};

/// Whether a JSON body must carry `Random`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RandomRule {
    /// A body about to be sent (or replayed from the outbox): `Random` must be there.
    Required,
    /// A draft: `Random` may be absent and is given later ([`Draft::fill_random`]); if present it must
    /// still be a valid u32.
    Optional,
}

/// The outcome of reading a JSON body: the report always, the draft only when the report is valid.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub draft: Option<Draft>,
    pub report: ValidationReport,
}

/// Reads and checks JSON text. `Err` only when the text is not JSON at all.
pub fn check_json(json: &str, random: RandomRule) -> Result<Checked> {
    let (value, repeated_keys) = json::from_str(json).map_err(|e| Error::InvalidInput {
        path: String::new(),
        message: format!("not valid JSON: {e}"),
    })?;
    Ok(read::check_value(&value, &repeated_keys, random))
}

/// Checks an already-parsed JSON value (e.g. an IPC argument). Repeated keys cannot be detected here:
/// the value has already kept only one of them.
pub fn check_value(value: &serde_json::Value, random: RandomRule) -> Checked {
    read::check_value(value, &[], random)
}

/// [`check_json`]'s report alone: what the UI's live check and `bdesk validate` show.
pub fn validate_json(json: &str, random: RandomRule) -> Result<ValidationReport> {
    check_json(json, random).map(|checked| checked.report)
}

/// A body ready to send, read from JSON that must include `Random`.
pub fn parse(json: &str) -> Result<SendBroadcastMsg> {
    let draft = parse_with(json, RandomRule::Required)?;
    match draft.random {
        Some(random) => Ok(draft.with_random(random)),
        None => Err(Error::Internal(
            "a valid body was read without its Random".into(),
        )),
    }
}

/// A draft read from JSON where `Random` may be absent.
pub fn parse_draft(json: &str) -> Result<Draft> {
    parse_with(json, RandomRule::Optional)
}

fn parse_with(json: &str, random: RandomRule) -> Result<Draft> {
    let Checked { draft, report } = check_json(json, random)?;
    draft.ok_or(Error::InvalidMessage(report))
}

/// Checks a body built in Rust against the same rules as JSON input.
pub fn validate(msg: &SendBroadcastMsg) -> ValidationReport {
    validate_parts(
        msg.from_account.as_deref(),
        &msg.msg_body,
        msg.cloud_custom_data.as_deref(),
    )
}

/// [`validate`] for a draft; an absent `Random` is not a problem.
pub fn validate_draft(draft: &Draft) -> ValidationReport {
    validate_parts(
        draft.from_account.as_deref(),
        &draft.msg_body,
        draft.cloud_custom_data.as_deref(),
    )
}

// Same order as `read::check_value`, so both ways in list the same problems in the same order
// (a property test holds them to it).
fn validate_parts(
    from_account: Option<&str>,
    msg_body: &[MsgElement],
    cloud_custom_data: Option<&str>,
) -> ValidationReport {
    let mut out = Problems::default();
    let root = Path::Root;
    if let Some(account) = from_account {
        rules::from_account(account, &root, &mut out);
    }
    rules::body_len(msg_body.len(), &root, &mut out);
    let body = root.key("MsgBody");
    let mut elements = rules::Elements::default();
    for (i, element) in msg_body.iter().enumerate() {
        elements.check(i, element, &body.index(i), &mut out);
    }
    let bytes = counted_bytes(msg_body, cloud_custom_data);
    rules::size(bytes, &mut out);
    ValidationReport::new(bytes, out.0)
}

/// The exact text sent as the request body: compact JSON of the typed model. [`counted_bytes`] measures
/// the same serializer's output, so what was counted is what is sent.
pub fn to_wire_json(msg: &SendBroadcastMsg) -> String {
    // Only string keys and no custom Serialize impls: serde_json cannot fail on this model, and if it
    // ever did, sending an empty or partial body would be worse than stopping.
    serde_json::to_string(msg).expect("the message model always serializes")
}
