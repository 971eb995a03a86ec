//! Reads an untrusted JSON value into the typed model, reporting every shape problem by path (missing
//! fields, unknown names, wrong JSON types, numbers that do not fit), then runs the shared `rules` on each
//! element it could type.
//!
//! Why not serde's derived `Deserialize`: it stops at the first problem and its messages for tagged enums
//! ("unknown variant", "missing field" without a path) are useless to a producer. Here a field that cannot
//! be read gets a placeholder so the rest of its element is still checked; findings of the rules at (or
//! under) a path the reader already reported are dropped, since the reader said what is wrong there.
//!
//! Not here: the value rules themselves (`rules`), and JSON syntax (`json`).

use super::model::{
    CustomElem, Draft, FACE_INDEX_RANGE, FaceElem, FileElem, ImageElem, ImageInfo, LocationElem,
    MsgElement, SoundElem, TextElem, VideoFileElem,
};
use super::report::{Path, Problem, ProblemCode, Problems, ValidationReport};
use super::rules::{self, json_len};
use super::{Checked, RandomRule};
use serde_json::{Map, Value};

use crate::params;
use crate::text::Params;

pub(crate) fn check_value(
    value: &Value,
    repeated_keys: &[(String, String)],
    random_rule: RandomRule,
) -> Checked {
    let mut out = Problems::default();
    for (path, key) in repeated_keys {
        out.0.push(Problem::new(
            path.clone(),
            ProblemCode::Duplicate,
            "message-duplicate-key",
            params! { "key" => key.as_str() },
        ));
    }
    let root = Path::Root;
    let Some(map) = value.as_object() else {
        out.push(
            &root,
            ProblemCode::WrongType,
            "message-not-object",
            params! { "found" => kind(value) },
        );
        return Checked {
            draft: None,
            report: ValidationReport::new(0, out.0),
        };
    };
    let mut r = Reader { out };
    let mut obj = Obj::new(map);

    let from_account = r.opt_str(&mut obj, &root, "From_Account");
    if let Some(account) = &from_account {
        rules::from_account(account, &root, &mut r.out);
    }

    let random = r
        .field(
            &mut obj,
            &root,
            "Random",
            random_rule == RandomRule::Required,
        )
        .and_then(|v| r.whole(v, &root.key("Random"), "Random", 0, u32::MAX.into()))
        .map(|n| n as u32);

    let body_path = root.key("MsgBody");
    let mut body = Vec::new();
    let mut body_bytes = 0;
    if let Some(v) = r.field(&mut obj, &root, "MsgBody", true) {
        match v.as_array() {
            None => {
                r.wrong_type(
                    v,
                    &body_path,
                    "MsgBody",
                    "a list of elements like [{\"MsgType\": \"TIMTextElem\", ...}]",
                );
                body_bytes = json_len(v);
            }
            Some(items) => {
                rules::body_len(items.len(), &root, &mut r.out);
                let mut element_rules = rules::Elements::default();
                body_bytes = 2 + items.len().saturating_sub(1);
                for (i, item) in items.iter().enumerate() {
                    let at = body_path.index(i);
                    let reader_start = r.out.0.len();
                    let element = r.element(item, &at);
                    let clean = r.out.0.len() == reader_start;
                    if let Some(element) = &element {
                        let mut found = Problems::default();
                        element_rules.check(i, element, &at, &mut found);
                        let reported = &r.out.0[reader_start..];
                        let fresh: Vec<Problem> = found
                            .0
                            .into_iter()
                            .filter(|p| !reported.iter().any(|q| covers(&q.path, &p.path)))
                            .collect();
                        r.out.0.extend(fresh);
                    }
                    // What would be sent for a clean element is its typed form; for a broken one the
                    // best estimate for the meter is the JSON as written.
                    body_bytes += match (&element, clean) {
                        (Some(e), true) => json_len(e),
                        _ => json_len(item),
                    };
                    body.push(element);
                }
            }
        }
    }

    let cloud_custom_data = r.opt_str(&mut obj, &root, "CloudCustomData");
    let ccd_bytes = match map.get("CloudCustomData") {
        None | Some(Value::Null) => 0,
        Some(v) => json_len(v),
    };
    r.unknown_fields(&obj, &root);

    let bytes = body_bytes + ccd_bytes;
    rules::size(bytes, &mut r.out);

    let report = ValidationReport::new(bytes, r.out.0);
    let draft = report.valid.then(|| Draft {
        from_account,
        random,
        msg_body: body.into_iter().flatten().collect(),
        cloud_custom_data,
    });
    Checked { draft, report }
}

/// Whether a problem at `reported` already explains one at `found`: same path, or `found` lies under it.
fn covers(reported: &str, found: &str) -> bool {
    found
        .strip_prefix(reported)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

/// A JSON object being read: remembers which names were asked for, so that every other key is an
/// unknown field. The model's field names live only in the reads below, never in a second list.
struct Obj<'v> {
    map: &'v Map<String, Value>,
    known: Vec<&'static str>,
}

impl<'v> Obj<'v> {
    fn new(map: &'v Map<String, Value>) -> Self {
        Obj {
            map,
            known: Vec::with_capacity(16),
        }
    }

    fn get(&mut self, name: &'static str) -> Option<&'v Value> {
        self.known.push(name);
        self.map.get(name)
    }
}

struct Reader {
    out: Problems,
}

impl Reader {
    /// Reports every key of `obj` that was not read. Call after all reads.
    fn unknown_fields(&mut self, obj: &Obj<'_>, at: &Path<'_>) {
        for key in obj.map.keys().filter(|k| !obj.known.contains(&k.as_str())) {
            let (id, params) = match obj.known.iter().find(|k| k.eq_ignore_ascii_case(key)) {
                Some(k) => (
                    "message-unknown-field-case",
                    params! { "key" => key.as_str(), "suggestion" => *k },
                ),
                None => (
                    "message-unknown-field",
                    params! { "key" => key.as_str(), "allowed" => obj.known.join(", ") },
                ),
            };
            self.out
                .push(&at.key(key), ProblemCode::UnknownField, id, params);
        }
    }

    /// The value of `name`, if present and not null. A required field that is absent is reported;
    /// null is left to the type check (it is never the right type for a required field).
    fn field<'v>(
        &mut self,
        obj: &mut Obj<'v>,
        at: &Path<'_>,
        name: &'static str,
        required: bool,
    ) -> Option<&'v Value> {
        match obj.get(name) {
            Some(Value::Null) if !required => None,
            Some(v) => Some(v),
            None => {
                if required {
                    self.out.push(
                        &at.key(name),
                        ProblemCode::Required,
                        "message-required",
                        params! { "name" => name },
                    );
                }
                None
            }
        }
    }

    /// `expected` is what the catalogue's `message-wrong-type` calls the right type (`string`,
    /// `whole-number`, `number`, `msg-type`, `content`, `image-sizes`).
    fn wrong_type(&mut self, v: &Value, path: &Path<'_>, name: &str, expected: &str) {
        self.out.push(
            path,
            ProblemCode::WrongType,
            "message-wrong-type",
            params! { "name" => name, "expected" => expected, "found" => kind(v) },
        );
    }

    fn string(&mut self, v: &Value, path: &Path<'_>, name: &str) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            _ => {
                self.wrong_type(v, path, name, "string");
                None
            }
        }
    }

    fn opt_str(&mut self, obj: &mut Obj<'_>, at: &Path<'_>, name: &'static str) -> Option<String> {
        let v = self.field(obj, at, name, false)?;
        self.string(v, &at.key(name), name)
    }

    fn req_str(&mut self, obj: &mut Obj<'_>, at: &Path<'_>, name: &'static str) -> String {
        self.field(obj, at, name, true)
            .and_then(|v| self.string(v, &at.key(name), name))
            .unwrap_or_default()
    }

    /// A whole number in `min..=max`, written as an integer (no fraction, no exponent).
    fn whole(&mut self, v: &Value, path: &Path<'_>, name: &str, min: i64, max: i64) -> Option<i64> {
        let Value::Number(n) = v else {
            self.wrong_type(v, path, name, "whole-number");
            return None;
        };
        let (code, id, params) = if let Some(i) = n.as_i64() {
            if (min..=max).contains(&i) {
                return Some(i);
            }
            out_of_range(name, n, i < 0 && min == 0, min, max)
        } else if n.is_u64() {
            out_of_range(name, n, false, min, max)
        } else {
            let f = n.as_f64().unwrap_or(f64::NAN);
            if f.fract() != 0.0 {
                (
                    ProblemCode::WrongType,
                    "message-fraction",
                    params! { "name" => name, "got" => n.to_string() },
                )
            } else if f < min as f64 || f > max as f64 {
                out_of_range(name, n, f < 0.0 && min == 0, min, max)
            } else {
                (
                    ProblemCode::WrongType,
                    "message-plain-number",
                    params! { "name" => name, "plain" => (f as i64).to_string(), "got" => n.to_string() },
                )
            }
        };
        self.out.push(path, code, id, params);
        None
    }

    fn req_u32(&mut self, obj: &mut Obj<'_>, at: &Path<'_>, name: &'static str) -> u32 {
        self.field(obj, at, name, true)
            .and_then(|v| self.whole(v, &at.key(name), name, 0, u32::MAX.into()))
            .map_or(0, |n| n as u32)
    }

    fn face_index(&mut self, obj: &mut Obj<'_>, at: &Path<'_>, name: &'static str) -> i32 {
        let (min, max) = (*FACE_INDEX_RANGE.start(), *FACE_INDEX_RANGE.end());
        self.field(obj, at, name, true)
            .and_then(|v| self.whole(v, &at.key(name), name, min.into(), max.into()))
            .map_or(0, |n| n as i32)
    }

    fn req_f64(&mut self, obj: &mut Obj<'_>, at: &Path<'_>, name: &'static str) -> f64 {
        match self.field(obj, at, name, true) {
            Some(Value::Number(n)) => n.as_f64().unwrap_or(0.0),
            Some(v) => {
                self.wrong_type(v, &at.key(name), name, "number");
                0.0
            }
            None => 0.0,
        }
    }

    /// `MsgBody[i]`; `None` when it is not an element at all (not an object, no or unknown MsgType, no
    /// MsgContent object): then nothing inside it can be checked.
    fn element(&mut self, v: &Value, at: &Path<'_>) -> Option<MsgElement> {
        let Some(map) = v.as_object() else {
            self.out.push(
                at,
                ProblemCode::WrongType,
                "message-element-not-object",
                params! { "found" => kind(v) },
            );
            return None;
        };
        let mut obj = Obj::new(map);
        let type_path = at.key("MsgType");
        let msg_type = match self.field(&mut obj, at, "MsgType", true) {
            None => None,
            Some(Value::String(s)) => match MsgElement::MSG_TYPES.iter().position(|t| t == s) {
                Some(i) => Some(i),
                None => {
                    let (id, params) = match MsgElement::MSG_TYPES
                        .iter()
                        .find(|t| t.eq_ignore_ascii_case(s))
                    {
                        Some(t) => (
                            "message-unknown-type-case",
                            params! { "type" => s.as_str(), "suggestion" => *t },
                        ),
                        None => (
                            "message-unknown-type",
                            params! { "type" => s.as_str(), "types" => MsgElement::MSG_TYPES.join(", ") },
                        ),
                    };
                    self.out
                        .push(&type_path, ProblemCode::UnknownMsgType, id, params);
                    None
                }
            },
            Some(other) => {
                self.wrong_type(other, &type_path, "MsgType", "msg-type");
                None
            }
        };
        let content_path = at.key("MsgContent");
        let content = match self.field(&mut obj, at, "MsgContent", true) {
            None => None,
            Some(Value::Object(m)) => Some(m),
            Some(other) => {
                self.wrong_type(other, &content_path, "MsgContent", "content");
                None
            }
        };
        self.unknown_fields(&obj, at);
        let (Some(msg_type), Some(content)) = (msg_type, content) else {
            return None;
        };
        let mut c = Obj::new(content);
        let p = &content_path;
        let element = match msg_type {
            0 => MsgElement::Text(TextElem {
                text: self.req_str(&mut c, p, "Text"),
            }),
            1 => MsgElement::Location(LocationElem {
                desc: self.req_str(&mut c, p, "Desc"),
                latitude: self.req_f64(&mut c, p, "Latitude"),
                longitude: self.req_f64(&mut c, p, "Longitude"),
            }),
            2 => MsgElement::Face(FaceElem {
                index: self.face_index(&mut c, p, "Index"),
                data: self.opt_str(&mut c, p, "Data"),
            }),
            3 => MsgElement::Custom(CustomElem {
                data: self.req_str(&mut c, p, "Data"),
                desc: self.opt_str(&mut c, p, "Desc"),
                ext: self.opt_str(&mut c, p, "Ext"),
                sound: self.opt_str(&mut c, p, "Sound"),
            }),
            4 => MsgElement::Sound(SoundElem {
                url: self.req_str(&mut c, p, "Url"),
                uuid: self.opt_str(&mut c, p, "UUID"),
                size: self.req_u32(&mut c, p, "Size"),
                second: self.req_u32(&mut c, p, "Second"),
                download_flag: self.req_u32(&mut c, p, "Download_Flag"),
            }),
            5 => MsgElement::Image(ImageElem {
                uuid: self.req_str(&mut c, p, "UUID"),
                image_format: self.req_u32(&mut c, p, "ImageFormat"),
                image_info_array: self.image_infos(&mut c, p),
            }),
            6 => MsgElement::File(FileElem {
                url: self.req_str(&mut c, p, "Url"),
                uuid: self.opt_str(&mut c, p, "UUID"),
                file_size: self.req_u32(&mut c, p, "FileSize"),
                file_name: self.req_str(&mut c, p, "FileName"),
                download_flag: self.req_u32(&mut c, p, "Download_Flag"),
            }),
            _ => MsgElement::VideoFile(VideoFileElem {
                video_url: self.req_str(&mut c, p, "VideoUrl"),
                video_uuid: self.opt_str(&mut c, p, "VideoUUID"),
                video_size: self.req_u32(&mut c, p, "VideoSize"),
                video_second: self.req_u32(&mut c, p, "VideoSecond"),
                video_format: self.req_str(&mut c, p, "VideoFormat"),
                video_download_flag: self.req_u32(&mut c, p, "VideoDownloadFlag"),
                thumb_url: self.req_str(&mut c, p, "ThumbUrl"),
                thumb_uuid: self.opt_str(&mut c, p, "ThumbUUID"),
                thumb_size: self.req_u32(&mut c, p, "ThumbSize"),
                thumb_width: self.req_u32(&mut c, p, "ThumbWidth"),
                thumb_height: self.req_u32(&mut c, p, "ThumbHeight"),
                thumb_format: self.req_str(&mut c, p, "ThumbFormat"),
                thumb_download_flag: self.req_u32(&mut c, p, "ThumbDownloadFlag"),
            }),
        };
        self.unknown_fields(&c, p);
        Some(element)
    }

    fn image_infos(&mut self, c: &mut Obj<'_>, p: &Path<'_>) -> Vec<ImageInfo> {
        let path = p.key("ImageInfoArray");
        let Some(v) = self.field(c, p, "ImageInfoArray", true) else {
            return Vec::new();
        };
        let Some(items) = v.as_array() else {
            self.wrong_type(v, &path, "ImageInfoArray", "image-sizes");
            return Vec::new();
        };
        let mut infos = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let at = path.index(i);
            // A placeholder keeps later entries at their own index; its findings are dropped (see above).
            let info = match item.as_object() {
                None => {
                    self.out.push(
                        &at,
                        ProblemCode::WrongType,
                        "message-image-size-not-object",
                        params! { "found" => kind(item) },
                    );
                    ImageInfo {
                        kind: 0,
                        size: 0,
                        width: 0,
                        height: 0,
                        url: String::new(),
                    }
                }
                Some(map) => {
                    let mut e = Obj::new(map);
                    let info = ImageInfo {
                        kind: self.req_u32(&mut e, &at, "Type"),
                        size: self.req_u32(&mut e, &at, "Size"),
                        width: self.req_u32(&mut e, &at, "Width"),
                        height: self.req_u32(&mut e, &at, "Height"),
                        url: self.req_str(&mut e, &at, "URL"),
                    };
                    self.unknown_fields(&e, &at);
                    info
                }
            };
            infos.push(info);
        }
        infos
    }
}

fn out_of_range(
    name: &str,
    got: &serde_json::Number,
    negative: bool,
    min: i64,
    max: i64,
) -> (ProblemCode, &'static str, Params) {
    if negative {
        (
            ProblemCode::Negative,
            "message-negative",
            params! { "name" => name, "got" => got.to_string() },
        )
    } else {
        (
            ProblemCode::OutOfRange,
            "message-number-range",
            params! { "name" => name, "min" => min, "max" => max, "got" => got.to_string() },
        )
    }
}

/// What kind of JSON value `v` is, as the catalogue's `$found` names it.
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "object",
    }
}
