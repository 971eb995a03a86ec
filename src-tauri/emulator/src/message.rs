//! Body checks for send_broadcast_msg and account_check, field by field as docs/TENCENT-API.md
//! (Broadcast body, Message elements, Test connection) documents them.
//!
//! Where Tencent's docs are silent this is the stricter reading (a number sent as a string, an empty
//! `Text`, an unknown `MsgType`, an `ImageFormat` outside the documented list are all refused), because
//! the emulator exists so that passing here means passing at Tencent. It is NOT desk-core's validator
//! and shares no code with it. Fields Tencent doesn't document are ignored, as a JSON API does.

use serde_json::{Map, Value};

use crate::answer::{self, ApiError};

/// Most bytes of MsgBody plus CloudCustomData a broadcast may carry (docs/TENCENT-API.md, Size
/// limit).
pub(crate) const MAX_MESSAGE_BYTES: usize = 12_000;
/// Most accounts one account_check may ask about.
pub(crate) const MAX_CHECK_ITEMS: usize = 100;

/// A broadcast body that passed every field check.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Broadcast {
    pub(crate) random: u32,
    pub(crate) from_account: Option<String>,
    pub(crate) msg_body: Value,
    pub(crate) cloud_custom_data: Option<String>,
}

impl Broadcast {
    /// The bytes that count toward the 12,000-byte limit: the UTF-8 length of MsgBody serialized as
    /// compact JSON plus the UTF-8 length of the CloudCustomData string. Tencent doesn't say which
    /// bytes count; this is the reading in docs/TENCENT-API.md, Size limit, with CloudCustomData's raw
    /// length (desk-core also counts its quotes and escapes, so the client is the stricter of the two).
    /// Measured on a re-serialization, not on the request's raw bytes, so whitespace a client adds
    /// doesn't count but every escape it needs does.
    pub(crate) fn counted_bytes(&self) -> usize {
        canonical(&self.msg_body).len() + self.cloud_custom_data.as_deref().map_or(0, str::len)
    }
}

/// Parses the request body as a JSON object; empty or malformed → 60003.
pub(crate) fn json_object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(ApiError::new(
            answer::BAD_JSON,
            "request body must be a JSON object",
        )),
        Err(_) if body.iter().all(u8::is_ascii_whitespace) => Err(ApiError::new(
            answer::BAD_JSON,
            "request body is empty: a JSON object is required",
        )),
        Err(e) => Err(ApiError::new(
            answer::BAD_JSON,
            format!("request body is not valid JSON: {e}"),
        )),
    }
}

/// Checks a send_broadcast_msg body.
pub(crate) fn broadcast(body: &Map<String, Value>) -> Result<Broadcast, ApiError> {
    let random = match body.get("Random") {
        Some(v) => v
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| invalid("Random must be an integer from 0 to 4294967295"))?,
        None => return Err(invalid("Random is required")),
    };
    let from_account = match body.get("From_Account") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            return Err(ApiError::new(
                answer::ACCOUNT_NOT_STRING,
                "From_Account must be a string",
            ));
        }
    };
    let cloud_custom_data = match body.get("CloudCustomData") {
        None => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err(invalid("CloudCustomData must be a string")),
    };
    let elements = match body.get("MsgBody") {
        Some(Value::Array(a)) if !a.is_empty() => a,
        Some(Value::Array(_)) => return Err(invalid("MsgBody must hold at least one element")),
        Some(_) => return Err(invalid("MsgBody must be an array of elements")),
        None => return Err(invalid("MsgBody is required")),
    };
    let mut custom = 0;
    for (i, element) in elements.iter().enumerate() {
        if check_element(&format!("MsgBody[{i}]"), element)? == "TIMCustomElem" {
            custom += 1;
            if custom > 1 {
                return Err(invalid(format!(
                    "MsgBody[{i}]: a message may hold at most one TIMCustomElem"
                )));
            }
        }
    }
    Ok(Broadcast {
        random,
        from_account,
        msg_body: Value::Array(elements.clone()),
        cloud_custom_data,
    })
}

/// Checks an account_check body; returns the UserIDs asked about, in order.
pub(crate) fn check_items(body: &Map<String, Value>) -> Result<Vec<String>, ApiError> {
    let items = match body.get("CheckItem") {
        Some(Value::Array(a)) => a,
        Some(_) => return Err(login_invalid("CheckItem must be an array")),
        None => return Err(login_invalid("CheckItem is required")),
    };
    if items.is_empty() || items.len() > MAX_CHECK_ITEMS {
        return Err(login_invalid(format!(
            "CheckItem must hold 1 to {MAX_CHECK_ITEMS} accounts, got {}",
            items.len()
        )));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match item.get("UserID") {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(_) => Err(ApiError::new(
                answer::ACCOUNT_NOT_STRING,
                format!("CheckItem[{i}].UserID must be a string"),
            )),
            None => Err(login_invalid(format!("CheckItem[{i}].UserID is required"))),
        })
        .collect()
}

/// Compact JSON with object keys sorted, so that two bodies equal as JSON compare equal as text (the
/// dedupe key) whatever key order a client's serializer used.
pub(crate) fn canonical(v: &Value) -> String {
    let mut out = String::new();
    write_canonical(v, &mut out);
    out
}

fn write_canonical(v: &Value, out: &mut String) {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (n, k) in keys.into_iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                write_canonical(&map[k], out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

fn invalid(info: impl Into<String>) -> ApiError {
    ApiError::new(answer::INVALID_PARAMETER, info)
}

fn login_invalid(info: impl Into<String>) -> ApiError {
    ApiError::new(answer::LOGIN_INVALID_PARAMETER, info)
}

/// What a field of MsgContent must be.
#[derive(Clone, Copy)]
enum Kind {
    /// A JSON string; `true` when it may not be empty.
    Str(bool),
    /// A non-negative integer.
    Uint,
    /// Any integer.
    Int,
    /// Any JSON number.
    Number,
    /// The integer 2: the only download flag Tencent documents for REST (download from the URL).
    DownloadFlag,
    /// An integer from the given list.
    OneOf(&'static [u64]),
}

/// MsgContent fields and what each must be.
type Fields = &'static [(&'static str, Kind)];

fn check_element(path: &str, element: &Value) -> Result<&'static str, ApiError> {
    let Some(element) = element.as_object() else {
        return Err(invalid(format!(
            "{path} must be an object with MsgType and MsgContent"
        )));
    };
    let msg_type = match element.get("MsgType") {
        Some(Value::String(s)) => s.as_str(),
        Some(_) => return Err(invalid(format!("{path}.MsgType must be a string"))),
        None => return Err(invalid(format!("{path}.MsgType is required"))),
    };
    let content_path = format!("{path}.MsgContent");
    let content = match element.get("MsgContent") {
        Some(Value::Object(c)) => c,
        Some(_) => return Err(invalid(format!("{content_path} must be an object"))),
        None => return Err(invalid(format!("{content_path} is required"))),
    };
    use Kind::*;
    let (name, required, optional): (&'static str, Fields, Fields) = match msg_type {
        "TIMTextElem" => ("TIMTextElem", &[("Text", Str(true))], &[]),
        "TIMLocationElem" => (
            "TIMLocationElem",
            &[
                ("Desc", Str(false)),
                ("Latitude", Number),
                ("Longitude", Number),
            ],
            &[],
        ),
        "TIMFaceElem" => ("TIMFaceElem", &[("Index", Int)], &[("Data", Str(false))]),
        "TIMCustomElem" => (
            "TIMCustomElem",
            &[("Data", Str(false))],
            &[
                ("Desc", Str(false)),
                ("Ext", Str(false)),
                ("Sound", Str(false)),
            ],
        ),
        "TIMSoundElem" => (
            "TIMSoundElem",
            &[
                ("Url", Str(true)),
                ("Size", Uint),
                ("Second", Uint),
                ("Download_Flag", DownloadFlag),
            ],
            &[("UUID", Str(false))],
        ),
        "TIMImageElem" => (
            "TIMImageElem",
            &[
                ("UUID", Str(true)),
                ("ImageFormat", OneOf(&[1, 2, 3, 4, 255])),
            ],
            &[],
        ),
        "TIMFileElem" => (
            "TIMFileElem",
            &[
                ("Url", Str(true)),
                ("FileSize", Uint),
                ("FileName", Str(true)),
                ("Download_Flag", DownloadFlag),
            ],
            &[("UUID", Str(false))],
        ),
        "TIMVideoFileElem" => (
            "TIMVideoFileElem",
            &[
                ("VideoUrl", Str(true)),
                ("VideoSize", Uint),
                ("VideoSecond", Uint),
                ("VideoFormat", Str(true)),
                ("VideoDownloadFlag", DownloadFlag),
                ("ThumbUrl", Str(true)),
                ("ThumbSize", Uint),
                ("ThumbWidth", Uint),
                ("ThumbHeight", Uint),
                ("ThumbFormat", Str(true)),
                ("ThumbDownloadFlag", DownloadFlag),
            ],
            &[("VideoUUID", Str(false)), ("ThumbUUID", Str(false))],
        ),
        other => {
            return Err(invalid(format!(
                "{path}.MsgType {other:?} is not a message element type this API accepts"
            )));
        }
    };
    for (field, kind) in required {
        match content.get(*field) {
            Some(v) => check_field(&format!("{content_path}.{field}"), v, *kind)?,
            None => return Err(invalid(format!("{content_path}.{field} is required"))),
        }
    }
    for (field, kind) in optional {
        if let Some(v) = content.get(*field) {
            check_field(&format!("{content_path}.{field}"), v, *kind)?;
        }
    }
    if name == "TIMImageElem" {
        check_image_infos(&content_path, content)?;
    }
    Ok(name)
}

fn check_field(path: &str, v: &Value, kind: Kind) -> Result<(), ApiError> {
    let ok = match kind {
        Kind::Str(non_empty) => v.as_str().is_some_and(|s| !non_empty || !s.is_empty()),
        Kind::Uint => v.is_u64(),
        Kind::Int => v.is_i64() || v.is_u64(),
        Kind::Number => v.is_number(),
        Kind::DownloadFlag => v.as_u64() == Some(2),
        Kind::OneOf(allowed) => v.as_u64().is_some_and(|n| allowed.contains(&n)),
    };
    if ok {
        return Ok(());
    }
    let want = match kind {
        Kind::Str(true) => "a non-empty string".to_owned(),
        Kind::Str(false) => "a string".to_owned(),
        Kind::Uint => "a non-negative integer".to_owned(),
        Kind::Int => "an integer".to_owned(),
        Kind::Number => "a number".to_owned(),
        Kind::DownloadFlag => "2 (download from the URL)".to_owned(),
        Kind::OneOf(allowed) => format!("one of {allowed:?}"),
    };
    Err(invalid(format!("{path} must be {want}")))
}

fn check_image_infos(content_path: &str, content: &Map<String, Value>) -> Result<(), ApiError> {
    let path = format!("{content_path}.ImageInfoArray");
    let infos = match content.get("ImageInfoArray") {
        Some(Value::Array(a)) if !a.is_empty() => a,
        Some(_) => return Err(invalid(format!("{path} must be a non-empty array"))),
        None => return Err(invalid(format!("{path} is required"))),
    };
    for (i, info) in infos.iter().enumerate() {
        let info_path = format!("{path}[{i}]");
        let Some(info) = info.as_object() else {
            return Err(invalid(format!("{info_path} must be an object")));
        };
        // Upper-case URL here, unlike Url elsewhere: Tencent's own spelling.
        for (field, kind) in [
            ("Type", Kind::OneOf(&[1, 2, 3])),
            ("Size", Kind::Uint),
            ("Width", Kind::Uint),
            ("Height", Kind::Uint),
            ("URL", Kind::Str(true)),
        ] {
            match info.get(field) {
                Some(v) => check_field(&format!("{info_path}.{field}"), v, kind)?,
                None => return Err(invalid(format!("{info_path}.{field} is required"))),
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn text(s: &str) -> Value {
        json!({"MsgType": "TIMTextElem", "MsgContent": {"Text": s}})
    }

    fn err_of(v: Value) -> ApiError {
        broadcast(&obj(v)).unwrap_err()
    }

    #[test]
    fn a_plain_text_broadcast_passes() {
        let b = broadcast(&obj(json!({"Random": 7, "MsgBody": [text("hi")]}))).unwrap();
        assert_eq!(b.random, 7);
        assert_eq!(b.from_account, None);
        assert_eq!(b.counted_bytes(), canonical(&json!([text("hi")])).len());
    }

    #[test]
    fn every_documented_element_type_passes() {
        let body = json!({"Random": 1, "From_Account": "host", "CloudCustomData": "x", "MsgBody": [
            text("a"),
            {"MsgType": "TIMLocationElem", "MsgContent": {"Desc": "here", "Latitude": 22.5, "Longitude": 113}},
            {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 1, "Data": "smile"}},
            {"MsgType": "TIMCustomElem", "MsgContent": {"Data": "{}", "Desc": "push", "Ext": "", "Sound": ""}},
            {"MsgType": "TIMSoundElem", "MsgContent": {"Url": "https://a/s.m4a", "Size": 10, "Second": 2, "Download_Flag": 2}},
            {"MsgType": "TIMImageElem", "MsgContent": {"UUID": "u", "ImageFormat": 3, "ImageInfoArray": [
                {"Type": 1, "Size": 10, "Width": 2, "Height": 2, "URL": "https://a/i.png"}]}},
            {"MsgType": "TIMFileElem", "MsgContent": {"Url": "https://a/f", "FileSize": 3, "FileName": "f.txt", "Download_Flag": 2}},
            {"MsgType": "TIMVideoFileElem", "MsgContent": {"VideoUrl": "https://a/v.mp4", "VideoSize": 1, "VideoSecond": 1,
                "VideoFormat": "mp4", "VideoDownloadFlag": 2, "ThumbUrl": "https://a/t.jpg", "ThumbSize": 1,
                "ThumbWidth": 1, "ThumbHeight": 1, "ThumbFormat": "JPG", "ThumbDownloadFlag": 2}},
        ]});
        let b = broadcast(&obj(body)).unwrap();
        assert_eq!(b.from_account.as_deref(), Some("host"));
        assert_eq!(b.cloud_custom_data.as_deref(), Some("x"));
    }

    #[test]
    fn random_is_required_and_a_u32() {
        for random in [
            json!(null),
            json!(-1),
            json!(4_294_967_296u64),
            json!("5"),
            json!(1.5),
        ] {
            let e = err_of(json!({"Random": random, "MsgBody": [text("a")]}));
            assert_eq!(e.code, 10004);
            assert!(e.info.contains("Random"), "{}", e.info);
        }
        let e = err_of(json!({"MsgBody": [text("a")]}));
        assert!(e.info.contains("Random"));
        assert!(
            broadcast(&obj(
                json!({"Random": 4_294_967_295u64, "MsgBody": [text("a")]})
            ))
            .is_ok()
        );
    }

    #[test]
    fn msg_body_must_be_a_non_empty_array() {
        for body in [
            json!({"Random": 1}),
            json!({"Random": 1, "MsgBody": []}),
            json!({"Random": 1, "MsgBody": {}}),
        ] {
            let e = err_of(body);
            assert_eq!(e.code, 10004);
            assert!(e.info.starts_with("MsgBody"), "{}", e.info);
        }
    }

    #[test]
    fn field_errors_name_the_field() {
        let cases = [
            (
                json!({"MsgType": "TIMTextElem", "MsgContent": {}}),
                "MsgBody[0].MsgContent.Text",
            ),
            (
                json!({"MsgType": "TIMTextElem", "MsgContent": {"Text": ""}}),
                "MsgBody[0].MsgContent.Text",
            ),
            (
                json!({"MsgType": "TIMTextElem", "MsgContent": {"Text": 5}}),
                "MsgBody[0].MsgContent.Text",
            ),
            (
                json!({"MsgType": "TIMPollElem", "MsgContent": {}}),
                "MsgBody[0].MsgType",
            ),
            (json!({"MsgContent": {"Text": "a"}}), "MsgBody[0].MsgType"),
            (json!({"MsgType": "TIMTextElem"}), "MsgBody[0].MsgContent"),
            (
                json!({"MsgType": "TIMLocationElem", "MsgContent": {"Desc": "d", "Latitude": "1", "Longitude": 1}}),
                "MsgBody[0].MsgContent.Latitude",
            ),
            (
                json!({"MsgType": "TIMSoundElem", "MsgContent": {"Url": "u", "Size": 1, "Second": 1, "Download_Flag": 1}}),
                "MsgBody[0].MsgContent.Download_Flag",
            ),
            (
                json!({"MsgType": "TIMFileElem", "MsgContent": {"Url": "u", "FileSize": 1, "FileName": "f", "Download_Flag": "2"}}),
                "MsgBody[0].MsgContent.Download_Flag",
            ),
            (
                json!({"MsgType": "TIMImageElem", "MsgContent": {"UUID": "u", "ImageFormat": 9, "ImageInfoArray": []}}),
                "MsgBody[0].MsgContent.ImageFormat",
            ),
            (
                json!({"MsgType": "TIMImageElem", "MsgContent": {"UUID": "u", "ImageFormat": 1, "ImageInfoArray": [
                {"Type": 1, "Size": 1, "Width": 1, "Height": 1, "Url": "lower-case is wrong"}]}}),
                "MsgBody[0].MsgContent.ImageInfoArray[0].URL",
            ),
            (json!("just text"), "MsgBody[0]"),
        ];
        for (element, field) in cases {
            let e = err_of(json!({"Random": 1, "MsgBody": [element]}));
            assert_eq!(e.code, 10004, "{field}");
            assert!(e.info.starts_with(field), "{field}: {}", e.info);
        }
    }

    #[test]
    fn video_download_flags_must_be_two() {
        let mut content = json!({"VideoUrl": "v", "VideoSize": 1, "VideoSecond": 1, "VideoFormat": "mp4",
            "VideoDownloadFlag": 2, "ThumbUrl": "t", "ThumbSize": 1, "ThumbWidth": 1, "ThumbHeight": 1,
            "ThumbFormat": "JPG", "ThumbDownloadFlag": 2});
        let body = |c: &Value| json!({"Random": 1, "MsgBody": [{"MsgType": "TIMVideoFileElem", "MsgContent": c}]});
        assert!(broadcast(&obj(body(&content))).is_ok());
        content["ThumbDownloadFlag"] = json!(0);
        assert!(err_of(body(&content)).info.contains("ThumbDownloadFlag"));
    }

    #[test]
    fn at_most_one_custom_element() {
        let custom = json!({"MsgType": "TIMCustomElem", "MsgContent": {"Data": "d"}});
        assert!(broadcast(&obj(json!({"Random": 1, "MsgBody": [custom, text("a")]}))).is_ok());
        let e = err_of(json!({"Random": 1, "MsgBody": [custom, text("a"), custom]}));
        assert_eq!(e.code, 10004);
        assert!(e.info.contains("TIMCustomElem"));
    }

    #[test]
    fn from_account_must_be_a_string_and_cloud_data_too() {
        let e = err_of(json!({"Random": 1, "From_Account": 5, "MsgBody": [text("a")]}));
        assert_eq!(e.code, 60015);
        let e = err_of(json!({"Random": 1, "CloudCustomData": {}, "MsgBody": [text("a")]}));
        assert_eq!(
            (e.code, e.info.starts_with("CloudCustomData")),
            (10004, true)
        );
    }

    #[test]
    fn counted_bytes_are_utf8_of_compact_msg_body_plus_cloud_data() {
        let b = broadcast(&obj(
            json!({"Random": 1, "CloudCustomData": "é", "MsgBody": [text("€")]}),
        ))
        .unwrap();
        // [{"MsgContent":{"Text":"€"},"MsgType":"TIMTextElem"}] is 53 characters, 55 bytes with the
        // 3-byte euro sign; "é" adds 2 bytes.
        assert_eq!(b.counted_bytes(), 57);
    }

    #[test]
    fn canonical_sorts_keys_at_every_level() {
        let a: Value = serde_json::from_str(r#"{"b":[{"y":1,"x":"\""}],"a":null}"#).unwrap();
        assert_eq!(canonical(&a), r#"{"a":null,"b":[{"x":"\"","y":1}]}"#);
    }

    #[test]
    fn json_object_refuses_empty_malformed_and_non_objects() {
        for body in [&b""[..], b"  ", b"{", b"[1]", b"\"s\""] {
            assert_eq!(json_object(body).unwrap_err().code, 60003);
        }
        assert!(json_object(b"{}").is_ok());
    }

    #[test]
    fn check_items_bounds_and_types() {
        assert_eq!(
            check_items(&obj(
                json!({"CheckItem": [{"UserID": "a"}, {"UserID": "b"}]})
            ))
            .unwrap(),
            ["a", "b"]
        );
        assert_eq!(
            check_items(&obj(json!({"CheckItem": []})))
                .unwrap_err()
                .code,
            70402
        );
        assert_eq!(check_items(&obj(json!({}))).unwrap_err().code, 70402);
        let many: Vec<Value> = (0..101)
            .map(|i| json!({"UserID": format!("u{i}")}))
            .collect();
        assert_eq!(
            check_items(&obj(json!({"CheckItem": many[..100]})))
                .unwrap()
                .len(),
            100
        );
        assert_eq!(
            check_items(&obj(json!({"CheckItem": many})))
                .unwrap_err()
                .code,
            70402
        );
        assert_eq!(
            check_items(&obj(json!({"CheckItem": [{"UserID": 1}]})))
                .unwrap_err()
                .code,
            60015
        );
        assert_eq!(
            check_items(&obj(json!({"CheckItem": [{}]})))
                .unwrap_err()
                .code,
            70402
        );
    }
}
