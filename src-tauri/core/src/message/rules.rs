//! The rules a well-typed body must follow, written once over the typed model and used by both ways
//! in: `validate` on a [`SendBroadcastMsg`](super::SendBroadcastMsg) built in Rust, and `read` on JSON
//! (which first turns each element it can read into the typed model, then runs these same functions on
//! it).
//!
//! Not here: JSON shape (missing fields, unknown names, wrong JSON types, numbers that do not fit): a
//! typed value cannot have those problems, so they belong to `read`.

use super::model::{
    DOWNLOAD_FLAG, IMAGE_FORMATS, IMAGE_INFO_TYPES, ImageElem, MsgElement, VideoFileElem,
};
use super::report::{Path, ProblemCode, Problems};
use serde::Serialize;

use crate::params;

/// Tencent's limit for one broadcast's content.
pub const BODY_LIMIT_BYTES: usize = 12_000;

/// A location's `Latitude` lies within this many degrees either side of the equator, and its
/// `Longitude` within [`LONGITUDE_MAX`] either side of Greenwich.
pub const LATITUDE_MAX: u32 = 90;
pub const LONGITUDE_MAX: u32 = 180;

/// The bytes that count against [`BODY_LIMIT_BYTES`]: the compact JSON of `MsgBody` plus the JSON string
/// of `CloudCustomData` (quotes and escapes included), exactly as `to_wire_json` writes them.
///
/// Tencent does not say which bytes count ("12,000 bytes" for the MsgBody of this API, "12 KB per
/// message" product-wide). This reading is safe because it can only over-count: whatever Tencent
/// measures of the content (decoded strings, or its own binary form without our JSON punctuation, key
/// names and escapes) is no larger than this, and non-ASCII text is counted in its real UTF-8 length
/// (serde_json writes it unescaped). `From_Account` and `Random` are left out: they are addressing, not
/// content, and the safe reading in docs/TENCENT-API.md (Size limit) names only MsgBody and
/// CloudCustomData.
pub fn counted_bytes(msg_body: &[MsgElement], cloud_custom_data: Option<&str>) -> usize {
    json_len(msg_body) + cloud_custom_data.map_or(0, json_len)
}

/// Length of the compact JSON of `value`, without building the string.
pub(crate) fn json_len<T: Serialize + ?Sized>(value: &T) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    // Our model and serde_json::Value have only string keys, so serializing cannot fail, and the
    // writer never fails; a failure would leave a short count, which the round-trip tests would catch.
    let _ = serde_json::to_writer(&mut count, value);
    count.0
}

/// `From_Account`, when present: the one account rule ([`crate::account`]).
pub(crate) fn from_account(account: &str, parent: &Path<'_>, out: &mut Problems) {
    use crate::account::{ACCOUNT_MAX_BYTES, AccountProblem};
    for problem in crate::account::problems(account) {
        let (code, id, params) = match problem {
            AccountProblem::Empty => (ProblemCode::BadAccount, "message-from-empty", params! {}),
            AccountProblem::TooLong { bytes } => (
                ProblemCode::TooLong,
                "message-from-too-long",
                params! { "bytes" => bytes, "max" => ACCOUNT_MAX_BYTES },
            ),
            AccountProblem::Space { at } => (
                ProblemCode::BadAccount,
                "message-from-space",
                params! { "at" => at },
            ),
            AccountProblem::NotPrintableAscii { at, found } => (
                ProblemCode::BadAccount,
                "message-from-character",
                params! { "at" => at, "character" => crate::account::shown(found) },
            ),
        };
        out.push(&parent.key("From_Account"), code, id, params);
    }
}

/// `MsgBody` as a whole, before its elements.
pub(crate) fn body_len(len: usize, parent: &Path<'_>, out: &mut Problems) {
    if len == 0 {
        out.push(
            &parent.key("MsgBody"),
            ProblemCode::EmptyBody,
            "message-empty-body",
            params! {},
        );
    }
}

/// The size limit, after everything else.
pub(crate) fn size(bytes: usize, out: &mut Problems) {
    if bytes > BODY_LIMIT_BYTES {
        out.push(
&Path::Root,
ProblemCode::TooLong,
"message-too-long",
params! { "bytes" => bytes, "limit" => BODY_LIMIT_BYTES, "over" => bytes - BODY_LIMIT_BYTES },
);
    }
}

/// Rules that look at one element at a time, plus what they must remember across elements.
#[derive(Default)]
pub(crate) struct Elements {
    first_custom: Option<usize>,
}

impl Elements {
    /// `element` is `MsgBody[index]`; `at` is its path.
    pub(crate) fn check(
        &mut self,
        index: usize,
        element: &MsgElement,
        at: &Path<'_>,
        out: &mut Problems,
    ) {
        let content = at.key("MsgContent");
        let c = &content;
        match element {
            MsgElement::Text(e) => {
                if e.text.trim().is_empty() {
                    let id = if e.text.is_empty() {
                        "message-text-empty"
                    } else {
                        "message-text-blank"
                    };
                    out.push(&c.key("Text"), ProblemCode::EmptyText, id, params! {});
                }
            }
            MsgElement::Location(e) => {
                coordinate("Latitude", e.latitude, LATITUDE_MAX, c, out);
                coordinate("Longitude", e.longitude, LONGITUDE_MAX, c, out);
            }
            MsgElement::Face(_) => {}
            MsgElement::Custom(_) => match self.first_custom {
                None => self.first_custom = Some(index),
                Some(first) => out.push(
                    &at.key("MsgType"),
                    ProblemCode::TooManyCustom,
                    "message-custom-twice",
                    params! { "first" => first },
                ),
            },
            MsgElement::Sound(e) => {
                media_url("Url", &e.url, c, out);
                download_flag("Download_Flag", e.download_flag, c, out);
            }
            MsgElement::Image(e) => image(e, c, out),
            MsgElement::File(e) => {
                media_url("Url", &e.url, c, out);
                download_flag("Download_Flag", e.download_flag, c, out);
            }
            MsgElement::VideoFile(e) => video(e, c, out),
        }
    }
}

fn image(e: &ImageElem, c: &Path<'_>, out: &mut Problems) {
    if !IMAGE_FORMATS.iter().any(|(n, _)| *n == e.image_format) {
        out.push(
            &c.key("ImageFormat"),
            ProblemCode::NotAllowedValue,
            "message-image-format",
            params! { "got" => e.image_format },
        );
    }
    let array = c.key("ImageInfoArray");
    if e.image_info_array.is_empty() {
        out.push(
            &array,
            ProblemCode::EmptyList,
            "message-image-sizes-empty",
            params! {},
        );
    }
    // Index of the entry that first used each allowed Type.
    let mut seen: [Option<usize>; IMAGE_INFO_TYPES.len()] = [None; IMAGE_INFO_TYPES.len()];
    for (i, info) in e.image_info_array.iter().enumerate() {
        let entry = array.index(i);
        match IMAGE_INFO_TYPES.iter().position(|(t, _)| *t == info.kind) {
            None => out.push(
                &entry.key("Type"),
                ProblemCode::NotAllowedValue,
                "message-image-size-type",
                params! { "got" => info.kind },
            ),
            Some(slot) => match seen[slot] {
                None => seen[slot] = Some(i),
                Some(first) => out.push(
                    &entry.key("Type"),
                    ProblemCode::Duplicate,
                    "message-image-size-twice",
                    params! { "type" => info.kind, "first" => first },
                ),
            },
        }
        media_url("URL", &info.url, &entry, out);
    }
}

fn video(e: &VideoFileElem, c: &Path<'_>, out: &mut Problems) {
    media_url("VideoUrl", &e.video_url, c, out);
    download_flag("VideoDownloadFlag", e.video_download_flag, c, out);
    media_url("ThumbUrl", &e.thumb_url, c, out);
    download_flag("ThumbDownloadFlag", e.thumb_download_flag, c, out);
}

fn download_flag(name: &str, value: u32, parent: &Path<'_>, out: &mut Problems) {
    if value != DOWNLOAD_FLAG {
        out.push(
            &parent.key(name),
            ProblemCode::NotAllowedValue,
            "message-download-flag",
            params! { "name" => name, "flag" => DOWNLOAD_FLAG, "got" => value },
        );
    }
}

fn coordinate(name: &str, value: f64, bound: u32, parent: &Path<'_>, out: &mut Problems) {
    let bound = f64::from(bound);
    // Written so that NaN (possible in a typed value, never in JSON) fails too.
    if !(-bound..=bound).contains(&value) {
        out.push(
            &parent.key(name),
            ProblemCode::OutOfRange,
            "message-coordinate",
            params! { "name" => name, "bound" => bound.to_string(), "got" => value.to_string() },
        );
    }
}

/// Media the viewers' apps download: the URL is sent as written, so it must be usable as written.
fn media_url(name: &str, url: &str, parent: &Path<'_>, out: &mut Problems) {
    let problem = if url.is_empty() {
        Some(("message-url-empty", params! { "name" => name }))
    } else if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '\\')
    {
        // The url crate would quietly trim or rewrite these, but we send the text unchanged and the
        // viewers' apps may not be as forgiving.
        Some(("message-url-characters", params! { "name" => name }))
    } else {
        let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            Some(("message-url-not-absolute", params! { "name" => name }))
        } else {
            match url::Url::parse(url) {
                Err(e) => Some((
                    "message-url-invalid",
                    params! { "name" => name, "detail" => e.to_string() },
                )),
                Ok(u) if u.host_str().is_none_or(str::is_empty) => {
                    Some(("message-url-no-host", params! { "name" => name }))
                }
                Ok(_) => None,
            }
        }
    };
    if let Some((id, params)) = problem {
        out.push(&parent.key(name), ProblemCode::BadUrl, id, params);
    }
}
