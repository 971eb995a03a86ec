//! One test per rule, through the public functions. Each builds a valid body, breaks one thing, and
//! checks that exactly that problem is reported at exactly that path.

use super::*;
use crate::ErrorCode;
use serde_json::{Value, json};

const URL: &str = "https://cdn.example.com/media/a.bin";

fn text(s: &str) -> Value {
    json!({"MsgType": "TIMTextElem", "MsgContent": {"Text": s}})
}

/// One valid element of every type, each with all its optional fields.
fn samples() -> Vec<Value> {
    vec![
        text("Doors open at 8"),
        json!({"MsgType": "TIMLocationElem", "MsgContent": {"Desc": "Stage A", "Latitude": 22.5431, "Longitude": 114.0579}}),
        json!({"MsgType": "TIMFaceElem", "MsgContent": {"Index": 1, "Data": "wave"}}),
        json!({"MsgType": "TIMCustomElem", "MsgContent": {"Data": "{\"poll\":1}", "Desc": "New poll", "Ext": "e", "Sound": "ding.aiff"}}),
        json!({"MsgType": "TIMSoundElem", "MsgContent": {"Url": URL, "UUID": "s1", "Size": 62351, "Second": 3, "Download_Flag": 2}}),
        json!({"MsgType": "TIMImageElem", "MsgContent": {"UUID": "i1", "ImageFormat": 1, "ImageInfoArray": [
            {"Type": 1, "Size": 1000, "Width": 800, "Height": 600, "URL": URL},
            {"Type": 3, "Size": 100, "Width": 80, "Height": 60, "URL": URL}]}}),
        json!({"MsgType": "TIMFileElem", "MsgContent": {"Url": URL, "UUID": "f1", "FileSize": 1773552, "FileName": "plan.pdf", "Download_Flag": 2}}),
        json!({"MsgType": "TIMVideoFileElem", "MsgContent": {"VideoUrl": URL, "VideoUUID": "v1", "VideoSize": 1000, "VideoSecond": 10,
            "VideoFormat": "mp4", "VideoDownloadFlag": 2, "ThumbUrl": URL, "ThumbUUID": "t1", "ThumbSize": 100, "ThumbWidth": 320,
            "ThumbHeight": 180, "ThumbFormat": "JPG", "ThumbDownloadFlag": 2}}),
    ]
}

fn sample(msg_type: &str) -> Value {
    samples()
        .into_iter()
        .find(|e| e["MsgType"] == msg_type)
        .unwrap()
}

fn body(elements: Vec<Value>) -> Value {
    json!({"Random": 7, "MsgBody": elements})
}

fn one(element: Value) -> Value {
    body(vec![element])
}

fn check(v: &Value) -> ValidationReport {
    validate_json(&v.to_string(), RandomRule::Required).unwrap()
}

fn found(r: &ValidationReport) -> Vec<(&str, ProblemCode)> {
    r.errors.iter().map(|p| (p.path.as_str(), p.code)).collect()
}

#[track_caller]
fn assert_problems(v: &Value, expected: &[(&str, ProblemCode)]) -> ValidationReport {
    let r = check(v);
    assert_eq!(found(&r), expected, "for {v}\nreport: {r:#?}");
    assert_eq!(r.valid, expected.is_empty());
    r
}

#[track_caller]
fn assert_valid(v: &Value) {
    assert_problems(v, &[]);
}

/// `v` with the value at JSON pointer `pointer` replaced (or added to its object).
fn with(mut v: Value, pointer: &str, new: Value) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    match v.pointer_mut(parent).unwrap() {
        Value::Object(m) => {
            m.insert(key.to_owned(), new);
        }
        Value::Array(a) => a[key.parse::<usize>().unwrap()] = new,
        other => panic!("cannot set {key} in {other}"),
    }
    v
}

fn without(mut v: Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    v.pointer_mut(parent)
        .unwrap()
        .as_object_mut()
        .unwrap()
        .remove(key)
        .unwrap();
    v
}

use ProblemCode::*;

// ---- the happy path ----

#[test]
fn every_element_type_alone_and_together_is_valid() {
    for element in samples() {
        assert_valid(&one(element));
    }
    let mut all = body(samples());
    all["From_Account"] = json!("stage_bot-1");
    all["CloudCustomData"] = json!("{\"show\":42}");
    assert_valid(&all);
}

#[test]
fn reader_names_match_serde_names() {
    // Read with our reader, write with serde: a field spelt differently in the two would be lost or
    // renamed on the way through.
    let mut input = body(samples());
    input["From_Account"] = json!("admin");
    input["CloudCustomData"] = json!("x");
    let msg = parse(&input.to_string()).unwrap();
    let written: Value = serde_json::from_str(&to_wire_json(&msg)).unwrap();
    assert_eq!(written, input);
    for (element, json) in msg.msg_body.iter().zip(samples()) {
        assert_eq!(element.msg_type(), json["MsgType"]);
    }
}

#[test]
fn derived_deserialize_agrees_with_the_reader_on_valid_input() {
    let wire = body(samples()).to_string();
    let ours = parse(&wire).unwrap();
    let serdes: SendBroadcastMsg = serde_json::from_str(&wire).unwrap();
    assert_eq!(ours, serdes);
}

#[test]
fn wire_json_is_compact_with_exact_names_and_no_absent_options() {
    let msg = SendBroadcastMsg {
        from_account: None,
        random: 42,
        msg_body: vec![MsgElement::Text(TextElem {
            text: "Hi \"all\"".into(),
        })],
        cloud_custom_data: None,
    };
    assert_eq!(
        to_wire_json(&msg),
        r#"{"Random":42,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Hi \"all\""}}]}"#
    );
}

// ---- input that is not usable at all ----

#[test]
fn text_that_is_not_json_is_invalid_input() {
    for bad in ["", "{", "MsgBody: []", "{\"Random\": 1,}"] {
        let err = check_json(bad, RandomRule::Required).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidInput, "{bad:?}");
        assert!(err.to_string().contains("not valid JSON"), "{err}");
        assert!(parse(bad).is_err());
    }
}

#[test]
fn root_must_be_an_object() {
    for v in [json!([]), json!("text"), json!(null), json!(3)] {
        let r = assert_problems(&v, &[("", WrongType)]);
        assert_eq!(r.bytes, 0);
    }
}

// ---- top level ----

#[test]
fn msg_body_is_required_and_must_be_a_list() {
    assert_problems(&json!({"Random": 1}), &[("MsgBody", Required)]);
    assert_problems(
        &json!({"Random": 1, "MsgBody": text("x")}),
        &[("MsgBody", WrongType)],
    );
}

#[test]
fn msg_body_must_not_be_empty() {
    assert_problems(&body(vec![]), &[("MsgBody", EmptyBody)]);
}

#[test]
fn random_is_required_for_a_send_but_not_for_a_draft() {
    let v = without(one(text("x")), "/Random");
    assert_problems(&v, &[("Random", Required)]);
    let draft = check_json(&v.to_string(), RandomRule::Optional).unwrap();
    assert!(draft.report.valid);
    assert_eq!(draft.draft.unwrap().random, None);
}

#[test]
fn random_must_be_a_u32() {
    for ok in ["0", "4294967295"] {
        let v: Value = serde_json::from_str(&format!(
            r#"{{"Random": {ok}, "MsgBody": [{}]}}"#,
            text("x")
        ))
        .unwrap();
        assert_valid(&v);
    }
    let cases = [
        ("-1", Negative),
        ("-1e20", Negative),
        ("4294967296", OutOfRange),
        ("18446744073709551616", OutOfRange),
        ("1e20", OutOfRange),
        ("1.5", WrongType),
        ("2.0", WrongType),
        ("\"12\"", WrongType),
        ("true", WrongType),
    ];
    for (raw, code) in cases {
        let json = format!(r#"{{"Random": {raw}, "MsgBody": [{}]}}"#, text("x"));
        for rule in [RandomRule::Required, RandomRule::Optional] {
            let r = validate_json(&json, rule).unwrap();
            assert_eq!(found(&r), [("Random", code)], "Random {raw}");
        }
    }
}

#[test]
fn random_null_is_absent_only_for_drafts() {
    let v = with(one(text("x")), "/Random", Value::Null);
    assert_problems(&v, &[("Random", WrongType)]);
    let r = check_json(&v.to_string(), RandomRule::Optional).unwrap();
    assert!(r.report.valid, "{:?}", r.report);
}

#[test]
fn unknown_top_level_field_names_the_likely_intent() {
    let v = json!({"Random": 1, "msgBody": [text("x")]});
    let r = assert_problems(&v, &[("MsgBody", Required), ("msgBody", UnknownField)]);
    assert!(
        r.errors[1].message.contains("did you mean `MsgBody`"),
        "{}",
        r.errors[1].message
    );
    let r = assert_problems(
        &with(one(text("x")), "/Priority", json!("High")),
        &[("Priority", UnknownField)],
    );
    assert!(
        r.errors[0].message.contains("allowed here"),
        "{}",
        r.errors[0].message
    );
}

#[test]
fn cloud_custom_data_must_be_a_string() {
    assert_valid(&with(
        one(text("x")),
        "/CloudCustomData",
        json!("{\"a\":1}"),
    ));
    assert_valid(&with(one(text("x")), "/CloudCustomData", Value::Null));
    assert_problems(
        &with(one(text("x")), "/CloudCustomData", json!({"a": 1})),
        &[("CloudCustomData", WrongType)],
    );
}

// ---- From_Account ----

#[test]
fn from_account_at_most_32_bytes() {
    assert_valid(&with(
        one(text("x")),
        "/From_Account",
        json!("a".repeat(32)),
    ));
    assert_problems(
        &with(one(text("x")), "/From_Account", json!("a".repeat(33))),
        &[("From_Account", TooLong)],
    );
}

#[test]
fn from_account_printable_ascii_without_space() {
    let printable: String = ('\x21'..='\x7e').collect();
    for chunk in printable.as_bytes().chunks(32) {
        let account = std::str::from_utf8(chunk).unwrap();
        assert_valid(&with(one(text("x")), "/From_Account", json!(account)));
    }
    for bad in ["", "stage bot", " admin", "admin\t", "caf\u{e9}", "a\u{7f}"] {
        assert_problems(
            &with(one(text("x")), "/From_Account", json!(bad)),
            &[("From_Account", BadAccount)],
        );
    }
    assert_problems(
        &with(one(text("x")), "/From_Account", json!(12)),
        &[("From_Account", WrongType)],
    );
    // Absent and null both mean "the admin in the URL".
    assert_valid(&with(one(text("x")), "/From_Account", Value::Null));
}

#[test]
fn from_account_reports_length_and_characters_together() {
    let v = with(one(text("x")), "/From_Account", json!(" ".repeat(40)));
    assert_problems(
        &v,
        &[("From_Account", TooLong), ("From_Account", BadAccount)],
    );
}

// ---- elements: shape ----

#[test]
fn text_field_typo_is_reported_never_sent_empty() {
    let v = one(json!({"MsgType": "TIMTextElem", "MsgContent": {"text": "Doors open"}}));
    let r = assert_problems(
        &v,
        &[
            ("MsgBody[0].MsgContent.Text", Required),
            ("MsgBody[0].MsgContent.text", UnknownField),
        ],
    );
    assert!(
        r.errors[1].message.contains("did you mean `Text`"),
        "{}",
        r.errors[1].message
    );
    let err = parse(&v.to_string()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidMessage);
}

#[test]
fn unknown_msg_type_is_reported_with_a_hint() {
    let r = assert_problems(
        &one(json!({"MsgType": "timtextelem", "MsgContent": {"Text": "x"}})),
        &[("MsgBody[0].MsgType", UnknownMsgType)],
    );
    assert!(
        r.errors[0].message.contains("`TIMTextElem`"),
        "{}",
        r.errors[0].message
    );
    assert_problems(
        &one(json!({"MsgType": "TIMRelayElem", "MsgContent": {}})),
        &[("MsgBody[0].MsgType", UnknownMsgType)],
    );
}

#[test]
fn element_needs_msg_type_and_msg_content_of_the_right_types() {
    assert_problems(
        &one(json!({"MsgContent": {"Text": "x"}})),
        &[("MsgBody[0].MsgType", Required)],
    );
    assert_problems(
        &one(json!({"MsgType": 1, "MsgContent": {"Text": "x"}})),
        &[("MsgBody[0].MsgType", WrongType)],
    );
    assert_problems(
        &one(json!({"MsgType": "TIMTextElem"})),
        &[("MsgBody[0].MsgContent", Required)],
    );
    assert_problems(
        &one(json!({"MsgType": "TIMTextElem", "MsgContent": "x"})),
        &[("MsgBody[0].MsgContent", WrongType)],
    );
    assert_problems(&one(json!("x")), &[("MsgBody[0]", WrongType)]);
    assert_problems(
        &one(json!({"MsgType": "TIMTextElem", "MsgContent": {"Text": "x"}, "msgContent": {}})),
        &[("MsgBody[0].msgContent", UnknownField)],
    );
}

#[test]
fn every_required_field_of_every_element_is_required() {
    // Written out from docs/TENCENT-API.md (Message elements) (plus the UUIDs, see model.rs), not taken from the code.
    let optional = [
        "TIMFaceElem.Data",
        "TIMCustomElem.Desc",
        "TIMCustomElem.Ext",
        "TIMCustomElem.Sound",
        "TIMSoundElem.UUID",
        "TIMFileElem.UUID",
        "TIMVideoFileElem.VideoUUID",
        "TIMVideoFileElem.ThumbUUID",
    ];
    for element in samples() {
        let t = element["MsgType"].as_str().unwrap().to_owned();
        let fields: Vec<String> = element["MsgContent"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        for field in fields {
            let v = without(
                one(element.clone()),
                &format!("/MsgBody/0/MsgContent/{field}"),
            );
            if optional.contains(&format!("{t}.{field}").as_str()) {
                assert_valid(&v);
            } else {
                let path = format!("MsgBody[0].MsgContent.{field}");
                assert_problems(&v, &[(&path, Required)]);
            }
        }
    }
}

#[test]
fn unknown_field_in_every_element_is_reported() {
    for element in samples() {
        let v = with(one(element), "/MsgBody/0/MsgContent/Extra", json!(1));
        assert_problems(&v, &[("MsgBody[0].MsgContent.Extra", UnknownField)]);
    }
}

#[test]
fn strings_must_be_strings_and_required_ones_not_null() {
    let t = "/MsgBody/0/MsgContent/Text";
    assert_problems(
        &with(one(text("x")), t, json!(5)),
        &[("MsgBody[0].MsgContent.Text", WrongType)],
    );
    assert_problems(
        &with(one(text("x")), t, Value::Null),
        &[("MsgBody[0].MsgContent.Text", WrongType)],
    );
    let face = "/MsgBody/0/MsgContent/Data";
    assert_valid(&with(one(sample("TIMFaceElem")), face, Value::Null));
    assert_problems(
        &with(one(sample("TIMFaceElem")), face, json!(["x"])),
        &[("MsgBody[0].MsgContent.Data", WrongType)],
    );
}

#[test]
fn sizes_seconds_and_dimensions_are_non_negative_whole_numbers() {
    let fields = [
        ("TIMSoundElem", "Size"),
        ("TIMSoundElem", "Second"),
        ("TIMFileElem", "FileSize"),
        ("TIMVideoFileElem", "VideoSize"),
        ("TIMVideoFileElem", "VideoSecond"),
        ("TIMVideoFileElem", "ThumbSize"),
        ("TIMVideoFileElem", "ThumbWidth"),
        ("TIMVideoFileElem", "ThumbHeight"),
    ];
    for (t, field) in fields {
        let pointer = format!("/MsgBody/0/MsgContent/{field}");
        let path = format!("MsgBody[0].MsgContent.{field}");
        for (value, code) in [
            (json!(-1), Negative),
            (json!(1.5), WrongType),
            (json!(4294967296u64), OutOfRange),
            (json!("12"), WrongType),
        ] {
            assert_problems(&with(one(sample(t)), &pointer, value), &[(&path, code)]);
        }
        assert_valid(&with(one(sample(t)), &pointer, json!(0)));
    }
    for field in ["Size", "Width", "Height"] {
        let pointer = format!("/MsgBody/0/MsgContent/ImageInfoArray/1/{field}");
        let path = format!("MsgBody[0].MsgContent.ImageInfoArray[1].{field}");
        assert_problems(
            &with(one(sample("TIMImageElem")), &pointer, json!(-3)),
            &[(&path, Negative)],
        );
    }
}

#[test]
fn face_index_is_a_signed_32_bit_whole_number() {
    let p = "/MsgBody/0/MsgContent/Index";
    assert_valid(&with(one(sample("TIMFaceElem")), p, json!(-1)));
    assert_problems(
        &with(one(sample("TIMFaceElem")), p, json!(2147483648u64)),
        &[("MsgBody[0].MsgContent.Index", OutOfRange)],
    );
    assert_problems(
        &with(one(sample("TIMFaceElem")), p, json!(0.5)),
        &[("MsgBody[0].MsgContent.Index", WrongType)],
    );
}

#[test]
fn image_info_entries_must_be_objects_and_a_list() {
    let arr = "/MsgBody/0/MsgContent/ImageInfoArray";
    // A broken entry is reported once, and the entries after it keep their own index.
    let v = with(one(sample("TIMImageElem")), &format!("{arr}/0"), json!(7));
    let v = with(v, &format!("{arr}/1/Type"), json!(9));
    assert_problems(
        &v,
        &[
            ("MsgBody[0].MsgContent.ImageInfoArray[0]", WrongType),
            (
                "MsgBody[0].MsgContent.ImageInfoArray[1].Type",
                NotAllowedValue,
            ),
        ],
    );
    assert_problems(
        &with(one(sample("TIMImageElem")), arr, json!({})),
        &[("MsgBody[0].MsgContent.ImageInfoArray", WrongType)],
    );
    assert_problems(
        &with(
            one(sample("TIMImageElem")),
            &format!("{arr}/0/url"),
            json!(URL),
        ),
        &[("MsgBody[0].MsgContent.ImageInfoArray[0].url", UnknownField)],
    );
}

#[test]
fn repeated_keys_are_duplicates() {
    let json = r#"{"Random": 1, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello", "Text": "bye"}}]}"#;
    let r = validate_json(json, RandomRule::Required).unwrap();
    assert_eq!(found(&r), [("MsgBody[0].MsgContent.Text", Duplicate)]);
    assert!(r.errors[0].message.contains("`Text`"));
}

// ---- elements: values ----

#[test]
fn text_must_not_be_empty_or_blank() {
    for blank in ["", " ", "\n\t "] {
        assert_problems(
            &one(text(blank)),
            &[("MsgBody[0].MsgContent.Text", EmptyText)],
        );
    }
    assert_valid(&one(text(" . ")));
}

#[test]
fn download_flags_must_be_2() {
    let flags = [
        ("TIMSoundElem", "Download_Flag"),
        ("TIMFileElem", "Download_Flag"),
        ("TIMVideoFileElem", "VideoDownloadFlag"),
        ("TIMVideoFileElem", "ThumbDownloadFlag"),
    ];
    for (t, flag) in flags {
        let pointer = format!("/MsgBody/1/MsgContent/{flag}");
        let path = format!("MsgBody[1].MsgContent.{flag}");
        for bad in [0, 1, 3] {
            let v = with(body(vec![text("x"), sample(t)]), &pointer, json!(bad));
            assert_problems(&v, &[(&path, NotAllowedValue)]);
        }
    }
}

#[test]
fn image_format_is_one_of_the_documented_values() {
    let p = "/MsgBody/0/MsgContent/ImageFormat";
    for ok in [1, 2, 3, 4, 255] {
        assert_valid(&with(one(sample("TIMImageElem")), p, json!(ok)));
    }
    for bad in [0, 5, 254, 256] {
        assert_problems(
            &with(one(sample("TIMImageElem")), p, json!(bad)),
            &[("MsgBody[0].MsgContent.ImageFormat", NotAllowedValue)],
        );
    }
}

#[test]
fn image_info_array_non_empty_known_types_no_repeats() {
    let arr = "/MsgBody/0/MsgContent/ImageInfoArray";
    assert_problems(
        &with(one(sample("TIMImageElem")), arr, json!([])),
        &[("MsgBody[0].MsgContent.ImageInfoArray", EmptyList)],
    );
    for bad in [0, 4] {
        assert_problems(
            &with(
                one(sample("TIMImageElem")),
                &format!("{arr}/1/Type"),
                json!(bad),
            ),
            &[(
                "MsgBody[0].MsgContent.ImageInfoArray[1].Type",
                NotAllowedValue,
            )],
        );
    }
    let r = assert_problems(
        &with(
            one(sample("TIMImageElem")),
            &format!("{arr}/1/Type"),
            json!(1),
        ),
        &[("MsgBody[0].MsgContent.ImageInfoArray[1].Type", Duplicate)],
    );
    assert!(
        r.errors[0].message.contains("ImageInfoArray[0]"),
        "{}",
        r.errors[0].message
    );
    let mut all_three = sample("TIMImageElem");
    let entry = all_three["MsgContent"]["ImageInfoArray"][0].clone();
    all_three["MsgContent"]["ImageInfoArray"] = json!([
        with(entry.clone(), "/Type", json!(3)),
        with(entry.clone(), "/Type", json!(2)),
        entry
    ]);
    assert_valid(&one(all_three));
}

#[test]
fn coordinates_in_range() {
    let loc = || one(sample("TIMLocationElem"));
    let lat = "/MsgBody/0/MsgContent/Latitude";
    let lon = "/MsgBody/0/MsgContent/Longitude";
    for ok in [-90.0, 0.0, 90.0] {
        assert_valid(&with(loc(), lat, json!(ok)));
    }
    for ok in [-180.0, 180.0] {
        assert_valid(&with(loc(), lon, json!(ok)));
    }
    assert_valid(&with(loc(), lat, json!(45)));
    for bad in [90.0001, -91.0] {
        assert_problems(
            &with(loc(), lat, json!(bad)),
            &[("MsgBody[0].MsgContent.Latitude", OutOfRange)],
        );
    }
    for bad in [180.5, -1000.0] {
        assert_problems(
            &with(loc(), lon, json!(bad)),
            &[("MsgBody[0].MsgContent.Longitude", OutOfRange)],
        );
    }
    assert_problems(
        &with(loc(), lat, json!("22.5")),
        &[("MsgBody[0].MsgContent.Latitude", WrongType)],
    );
}

#[test]
fn at_most_one_custom_element() {
    let custom = sample("TIMCustomElem");
    assert_valid(&body(vec![text("x"), custom.clone()]));
    let r = assert_problems(
        &body(vec![custom.clone(), text("x"), custom.clone(), custom]),
        &[
            ("MsgBody[2].MsgType", TooManyCustom),
            ("MsgBody[3].MsgType", TooManyCustom),
        ],
    );
    assert!(
        r.errors[0].message.contains("MsgBody[0]"),
        "{}",
        r.errors[0].message
    );
}

#[test]
fn media_urls_are_absolute_http_urls() {
    let places = [
        (
            "TIMSoundElem",
            "/MsgBody/0/MsgContent/Url",
            "MsgBody[0].MsgContent.Url",
        ),
        (
            "TIMFileElem",
            "/MsgBody/0/MsgContent/Url",
            "MsgBody[0].MsgContent.Url",
        ),
        (
            "TIMImageElem",
            "/MsgBody/0/MsgContent/ImageInfoArray/1/URL",
            "MsgBody[0].MsgContent.ImageInfoArray[1].URL",
        ),
        (
            "TIMVideoFileElem",
            "/MsgBody/0/MsgContent/VideoUrl",
            "MsgBody[0].MsgContent.VideoUrl",
        ),
        (
            "TIMVideoFileElem",
            "/MsgBody/0/MsgContent/ThumbUrl",
            "MsgBody[0].MsgContent.ThumbUrl",
        ),
    ];
    let bad = [
        "",
        "cdn.example.com/a.mp3",
        "/media/a.mp3",
        "ftp://cdn.example.com/a.mp3",
        "file:///tmp/a.mp3",
        "https://",
        "https:cdn.example.com/a.mp3",
        " https://cdn.example.com/a.mp3",
        "https://cdn.example.com/a b.mp3",
        "https://cdn.example.com/a.mp3\n",
        "https://cdn.example.com\\a.mp3",
        "https://exa mple.com/",
        "https://[::1/",
    ];
    let good = [
        "http://cdn.example.com/a.mp3",
        "HTTPS://CDN.example.com/a%20b.mp3?x=1#t",
        "https://127.0.0.1:8443/a",
    ];
    for (t, pointer, path) in places {
        for url in bad {
            assert_problems(
                &with(one(sample(t)), pointer, json!(url)),
                &[(path, BadUrl)],
            );
        }
        for url in good {
            assert_valid(&with(one(sample(t)), pointer, json!(url)));
        }
    }
}

// ---- size ----

/// A one-text body whose counted bytes are exactly `bytes` (ASCII text).
fn text_of_bytes(bytes: usize) -> Value {
    let overhead = counted_bytes(
        &[MsgElement::Text(TextElem {
            text: String::new(),
        })],
        None,
    );
    one(text(&"a".repeat(bytes - overhead)))
}

#[test]
fn twelve_thousand_bytes_pass_one_more_fails() {
    let r = assert_problems(&text_of_bytes(12_000), &[]);
    assert_eq!((r.bytes, r.limit), (12_000, 12_000));
    let r = assert_problems(&text_of_bytes(12_001), &[("", TooLong)]);
    assert_eq!(r.bytes, 12_001);
    assert!(
        r.errors[0].message.contains("12001"),
        "{}",
        r.errors[0].message
    );
}

#[test]
fn byte_count_is_utf8_of_the_serialized_body_plus_cloud_custom_data() {
    // 3 bytes per CJK character, 2 for an escaped quote, quotes around CloudCustomData included.
    let v = with(one(text("开门\"")), "/CloudCustomData", json!("é"));
    let r = check(&v);
    let expected =
        r#"[{"MsgType":"TIMTextElem","MsgContent":{"Text":"开门\""}}]"#.len() + "\"é\"".len();
    assert_eq!(r.bytes, expected);
    // CloudCustomData alone can push a message over the limit.
    let v = with(
        text_of_bytes(11_990),
        "/CloudCustomData",
        json!("0123456789"),
    );
    assert_problems(&v, &[("", TooLong)]);
}

#[test]
fn bytes_are_counted_even_when_other_rules_fail() {
    let good = one(text("hello"));
    let good_bytes = check(&good).bytes;
    let v = with(good, "/MsgBody/0/MsgContent/text", json!("hello"));
    let r = check(&v);
    assert!(!r.valid);
    // The broken element is counted as written: the good one plus `,"text":"hello"`.
    assert_eq!(r.bytes, good_bytes + r#","text":"hello""#.len());
    let r = check(&with(
        body(vec![text(""), json!(5)]),
        "/CloudCustomData",
        json!("ab"),
    ));
    assert_eq!(
        r.bytes,
        r#"[{"MsgType":"TIMTextElem","MsgContent":{"Text":""}},5]"#.len() + 4
    );
}

#[test]
fn counted_bytes_equal_the_wire_body_and_custom_data() {
    let mut v = body(samples());
    v["CloudCustomData"] = json!("{\"k\":\"v\"}");
    let msg = parse(&v.to_string()).unwrap();
    let wire: Value = serde_json::from_str(&to_wire_json(&msg)).unwrap();
    let expected = wire["MsgBody"].to_string().len() + wire["CloudCustomData"].to_string().len();
    assert_eq!(validate(&msg).bytes, expected);
    assert_eq!(check(&v).bytes, expected);
}

// ---- every problem at once ----

#[test]
fn all_problems_are_reported_together_in_order() {
    let v = json!({
        "From_Account": "stage bot",
        "Random": -1,
        "MsgBody": [
            text(""),
            {"MsgType": "TIMSoundElem", "MsgContent": {"Url": "ftp://x/a.mp3", "Size": 1, "Second": 1}},
            {"MsgType": "TIMImgElem", "MsgContent": {}},
            sample("TIMCustomElem"),
            sample("TIMCustomElem"),
        ],
        "CloudCustomData": 5,
        "Extra": true,
    });
    assert_problems(
        &v,
        &[
            ("From_Account", BadAccount),
            ("Random", Negative),
            ("MsgBody[0].MsgContent.Text", EmptyText),
            ("MsgBody[1].MsgContent.Download_Flag", Required),
            ("MsgBody[1].MsgContent.Url", BadUrl),
            ("MsgBody[2].MsgType", UnknownMsgType),
            ("MsgBody[4].MsgType", TooManyCustom),
            ("CloudCustomData", WrongType),
            ("Extra", UnknownField),
        ],
    );
}

// ---- the typed way in ----

#[test]
fn typed_validation_applies_the_same_rules() {
    let mut msg = parse(&body(samples()).to_string()).unwrap();
    assert!(validate(&msg).valid);
    if let MsgElement::Sound(s) = &mut msg.msg_body[4] {
        s.download_flag = 1;
    }
    if let MsgElement::Location(l) = &mut msg.msg_body[1] {
        l.latitude = f64::NAN;
    }
    msg.from_account = Some(String::new());
    msg.msg_body.push(msg.msg_body[3].clone());
    let r = validate(&msg);
    assert_eq!(
        found(&r),
        [
            ("From_Account", BadAccount),
            ("MsgBody[1].MsgContent.Latitude", OutOfRange),
            ("MsgBody[4].MsgContent.Download_Flag", NotAllowedValue),
            ("MsgBody[8].MsgType", TooManyCustom),
        ]
    );
    // Apart from NaN (which JSON cannot carry), the JSON way in says exactly the same.
    if let MsgElement::Location(l) = &mut msg.msg_body[1] {
        l.latitude = 95.0;
    }
    let typed = validate(&msg);
    assert_eq!(check(&serde_json::to_value(&msg).unwrap()), typed);
    let draft = Draft::from(msg);
    assert_eq!(validate_draft(&draft), typed);
}

#[test]
fn typed_validation_checks_empty_body_and_size() {
    let mut msg = SendBroadcastMsg {
        from_account: None,
        random: 1,
        msg_body: vec![],
        cloud_custom_data: None,
    };
    assert_eq!(found(&validate(&msg)), [("MsgBody", EmptyBody)]);
    msg.msg_body
        .push(MsgElement::Text(TextElem { text: "x".into() }));
    msg.cloud_custom_data = Some("y".repeat(BODY_LIMIT_BYTES));
    assert_eq!(found(&validate(&msg)), [("", TooLong)]);
}

// ---- drafts and Random ----

#[test]
fn drafts_get_their_random_once() {
    let draft = parse_draft(&without(one(text("x")), "/Random").to_string()).unwrap();
    assert_eq!(draft.random, None);
    assert_eq!(draft.clone().with_random(9).random, 9);
    let with_own = Draft {
        random: Some(5),
        ..draft.clone()
    };
    assert_eq!(with_own.fill_random().random, 5);
    // Two fills of a Random-less draft drawing the same u32 twice in a row would be a broken generator.
    let a = draft.clone().fill_random().random;
    let b = (0..4)
        .map(|_| draft.clone().fill_random().random)
        .find(|b| *b != a);
    assert!(b.is_some(), "fill_random returned {a} five times");
    assert!(parse(&without(one(text("x")), "/Random").to_string()).is_err());
}

#[test]
fn invalid_message_error_carries_the_report() {
    let err = parse(&one(text("")).to_string()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidMessage);
    match &err {
        Error::InvalidMessage(report) => {
            assert_eq!(found(report), [("MsgBody[0].MsgContent.Text", EmptyText)])
        }
        other => panic!("expected InvalidMessage, got {other:?}"),
    }
    assert!(
        err.to_string()
            .starts_with("invalid message: MsgBody[0].MsgContent.Text: `Text` is empty"),
        "{err}"
    );
}

/// A pasted file of thousands of broken elements is reported as the first problems and a count, not
/// as thousands of lines.
#[test]
fn a_flood_of_problems_is_capped_and_counted() {
    let body: Vec<Value> = (0..1000).map(|_| json!({})).collect();
    let report = check(&json!({ "MsgBody": body, "Random": 1 }));
    assert!(!report.valid);
    assert_eq!(report.errors.len(), crate::message::MAX_REPORTED_PROBLEMS);
    assert!(report.omitted >= 900, "{}", report.omitted);
    let line = report.to_string();
    assert!(
        line.contains(&format!(
            "and {} more problems",
            report.omitted + report.errors.len() - 1
        )),
        "{line}"
    );
}
