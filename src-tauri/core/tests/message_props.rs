//! Property tests for the message model: whatever valid message is generated passes validation, fits
//! the limit, is counted exactly and survives a round trip through its wire JSON; and a single
//! mutation of a valid message (a required field dropped, a field name's case changed, a download flag
//! made wrong) is reported at exactly that path and nowhere else.
//!
//! The lists of required fields and flags below are written out from docs/TENCENT-API.md (Message elements), not taken from the
//! code under test, so a field the code forgets to require fails here.

use desk_core::message::{
    self, BODY_LIMIT_BYTES, CustomElem, FaceElem, FileElem, ImageElem, ImageInfo, LocationElem,
    MsgElement, ProblemCode, RandomRule, SendBroadcastMsg, SoundElem, TextElem, ValidationReport,
    VideoFileElem,
};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;

// ---- generators of valid messages ----

/// Any Unicode text, control characters and quotes included (they cost escapes on the wire).
fn any_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..max).prop_map(String::from_iter)
}

/// Text with something visible in it.
fn visible_text() -> impl Strategy<Value = String> {
    (
        "[A-Za-z0-9\u{4e00}-\u{4e80}\u{1F600}-\u{1F64F}!?]",
        any_text(80),
    )
        .prop_map(|(first, rest)| first + &rest)
}

fn url() -> impl Strategy<Value = String> {
    "(https|http|HTTPS)://[a-z0-9]{1,12}(\\.[a-z]{2,5}){1,2}(:[1-9][0-9]{1,3})?(/[A-Za-z0-9._~-]{0,12}){0,4}(\\?[a-z]{1,5}=[A-Za-z0-9%]{0,8})?"
}

fn element() -> impl Strategy<Value = MsgElement> {
    let short = || any_text(24);
    prop_oneof![
        visible_text().prop_map(|text| MsgElement::Text(TextElem { text })),
        (short(), -90.0..=90.0f64, -180.0..=180.0f64).prop_map(|(desc, latitude, longitude)| {
            MsgElement::Location(LocationElem {
                desc,
                latitude,
                longitude,
            })
        }),
        (any::<i32>(), prop::option::of(short()))
            .prop_map(|(index, data)| MsgElement::Face(FaceElem { index, data })),
        (url(), prop::option::of(short()), any::<u32>(), any::<u32>()).prop_map(
            |(url, uuid, size, second)| MsgElement::Sound(SoundElem {
                url,
                uuid,
                size,
                second,
                download_flag: 2,
            })
        ),
        (
            short(),
            prop::sample::select(vec![1u32, 2, 3, 4, 255]),
            prop::sample::subsequence(vec![1u32, 2, 3], 1..=3).prop_shuffle(),
            prop::collection::vec((any::<u32>(), any::<u32>(), any::<u32>(), url()), 3),
        )
            .prop_map(|(uuid, image_format, kinds, infos)| {
                let image_info_array = kinds
                    .into_iter()
                    .zip(infos)
                    .map(|(kind, (size, width, height, url))| ImageInfo {
                        kind,
                        size,
                        width,
                        height,
                        url,
                    })
                    .collect();
                MsgElement::Image(ImageElem {
                    uuid,
                    image_format,
                    image_info_array,
                })
            }),
        (url(), prop::option::of(short()), any::<u32>(), short()).prop_map(
            |(url, uuid, file_size, file_name)| MsgElement::File(FileElem {
                url,
                uuid,
                file_size,
                file_name,
                download_flag: 2,
            })
        ),
        (
            (
                url(),
                prop::option::of(short()),
                any::<u32>(),
                any::<u32>(),
                "[a-z0-9]{1,4}"
            ),
            (
                url(),
                prop::option::of(short()),
                any::<u32>(),
                any::<u32>(),
                any::<u32>(),
                "[A-Z]{3,4}"
            ),
        )
            .prop_map(|(v, t)| MsgElement::VideoFile(VideoFileElem {
                video_url: v.0,
                video_uuid: v.1,
                video_size: v.2,
                video_second: v.3,
                video_format: v.4,
                video_download_flag: 2,
                thumb_url: t.0,
                thumb_uuid: t.1,
                thumb_size: t.2,
                thumb_width: t.3,
                thumb_height: t.4,
                thumb_format: t.5,
                thumb_download_flag: 2,
            })),
    ]
}

fn custom() -> impl Strategy<Value = MsgElement> {
    let opt = || prop::option::of(any_text(24));
    (any_text(120), opt(), opt(), opt()).prop_map(|(data, desc, ext, sound)| {
        MsgElement::Custom(CustomElem {
            data,
            desc,
            ext,
            sound,
        })
    })
}

/// A valid message of up to seven elements of any type (at most one custom), comfortably under the
/// limit by construction: the largest element is well under 1,500 bytes even with every char escaped.
fn valid_message() -> impl Strategy<Value = SendBroadcastMsg> {
    (
        prop::option::of("[\\x21-\\x7e]{1,32}"),
        any::<u32>(),
        prop::collection::vec(element(), 1..=6),
        prop::option::of((custom(), any::<Index>())),
        prop::option::of(any_text(200)),
    )
        .prop_map(
            |(from_account, random, mut msg_body, custom, cloud_custom_data)| {
                if let Some((custom, at)) = custom {
                    msg_body.insert(at.index(msg_body.len() + 1), custom);
                }
                SendBroadcastMsg {
                    from_account,
                    random,
                    msg_body,
                    cloud_custom_data,
                }
            },
        )
}

// ---- what docs/TENCENT-API.md says, written out independently of the code ----

fn required_fields(msg_type: &str) -> &'static [&'static str] {
    match msg_type {
        "TIMTextElem" => &["Text"],
        "TIMLocationElem" => &["Desc", "Latitude", "Longitude"],
        "TIMFaceElem" => &["Index"],
        "TIMCustomElem" => &["Data"],
        "TIMSoundElem" => &["Url", "Size", "Second", "Download_Flag"],
        "TIMImageElem" => &["UUID", "ImageFormat", "ImageInfoArray"],
        "TIMFileElem" => &["Url", "FileSize", "FileName", "Download_Flag"],
        "TIMVideoFileElem" => &[
            "VideoUrl",
            "VideoSize",
            "VideoSecond",
            "VideoFormat",
            "VideoDownloadFlag",
            "ThumbUrl",
            "ThumbSize",
            "ThumbWidth",
            "ThumbHeight",
            "ThumbFormat",
            "ThumbDownloadFlag",
        ],
        other => panic!("unexpected MsgType {other}"),
    }
}

const IMAGE_INFO_FIELDS: [&str; 5] = ["Type", "Size", "Width", "Height", "URL"];
const FLAGS: [&str; 3] = ["Download_Flag", "VideoDownloadFlag", "ThumbDownloadFlag"];

/// A field of the body: where it is as a JSON pointer, its report path, its name, whether required.
struct Leaf {
    pointer: String,
    path: String,
    name: String,
    required: bool,
}

/// Every field inside every element (image entries included).
fn leaves(body: &Value) -> Vec<Leaf> {
    let mut out = Vec::new();
    for (i, element) in body["MsgBody"].as_array().unwrap().iter().enumerate() {
        let required = required_fields(element["MsgType"].as_str().unwrap());
        for (name, value) in element["MsgContent"].as_object().unwrap() {
            out.push(Leaf {
                pointer: format!("/MsgBody/{i}/MsgContent/{name}"),
                path: format!("MsgBody[{i}].MsgContent.{name}"),
                name: name.clone(),
                required: required.contains(&name.as_str()),
            });
            if name == "ImageInfoArray" {
                for j in 0..value.as_array().unwrap().len() {
                    for field in IMAGE_INFO_FIELDS {
                        out.push(Leaf {
                            pointer: format!("/MsgBody/{i}/MsgContent/ImageInfoArray/{j}/{field}"),
                            path: format!("MsgBody[{i}].MsgContent.ImageInfoArray[{j}].{field}"),
                            name: field.to_owned(),
                            required: true,
                        });
                    }
                }
            }
        }
    }
    out
}

fn parent_object<'a>(
    v: &'a mut Value,
    pointer: &str,
) -> (&'a mut serde_json::Map<String, Value>, String) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    (
        v.pointer_mut(parent).unwrap().as_object_mut().unwrap(),
        key.to_owned(),
    )
}

fn sorted_problems(r: &ValidationReport) -> Vec<(String, ProblemCode)> {
    let mut v: Vec<_> = r.errors.iter().map(|p| (p.path.clone(), p.code)).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn check(v: &Value) -> ValidationReport {
    message::validate_json(&v.to_string(), RandomRule::Required).unwrap()
}

/// The name with the case of its first cased letter flipped: `Text` → `text`, `UUID` → `uUID`.
fn flip_case(name: &str) -> String {
    let at = name.find(|c: char| c.is_ascii_alphabetic()).unwrap();
    let mut s = name.to_owned();
    s[at..].get_mut(..1).unwrap().make_ascii_lowercase();
    if s == name {
        s[at..].get_mut(..1).unwrap().make_ascii_uppercase();
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn valid_messages_pass_fit_and_round_trip(msg in valid_message()) {
        let report = message::validate(&msg);
        prop_assert!(report.valid, "{report:#?}\n{msg:#?}");
        prop_assert!(report.bytes <= BODY_LIMIT_BYTES);

        // What was counted is what is sent: MsgBody and CloudCustomData as they appear on the wire.
        let wire = message::to_wire_json(&msg);
        let sent: Value = serde_json::from_str(&wire).unwrap();
        let ccd = sent.get("CloudCustomData").map_or(0, |c| c.to_string().len());
        prop_assert_eq!(report.bytes, sent["MsgBody"].to_string().len() + ccd);

        let back = message::parse(&wire).unwrap();
        prop_assert_eq!(&back, &msg);
        // serde's derived reader agrees with ours on every valid message.
        prop_assert_eq!(&serde_json::from_str::<SendBroadcastMsg>(&wire).unwrap(), &msg);
        // Both ways in give the same report.
        prop_assert_eq!(message::validate_json(&wire, RandomRule::Required).unwrap(), report);
    }

    #[test]
    fn over_the_limit_is_reported_with_the_exact_count(msg in valid_message(), extra in 0usize..3000) {
        let mut big = msg.clone();
        let room = BODY_LIMIT_BYTES - message::validate(&msg).bytes;
        let padding = "x".repeat(room + 1 + extra);
        big.cloud_custom_data = Some(big.cloud_custom_data.unwrap_or_default() + &padding);
        let report = message::validate(&big);
        let problems = sorted_problems(&report);
        prop_assert_eq!(problems, vec![(String::new(), ProblemCode::TooLong)]);
        prop_assert_eq!(report.bytes, message::counted_bytes(&big.msg_body, big.cloud_custom_data.as_deref()));
        prop_assert!(report.bytes > BODY_LIMIT_BYTES);
        let wire = message::to_wire_json(&big);
        prop_assert_eq!(message::validate_json(&wire, RandomRule::Required).unwrap(), report);
    }

    #[test]
    fn dropping_a_required_field_is_reported_there(msg in valid_message(), pick in any::<Index>()) {
        let mut v: Value = serde_json::from_str(&message::to_wire_json(&msg)).unwrap();
        let required: Vec<Leaf> = leaves(&v).into_iter().filter(|l| l.required).collect();
        let leaf = pick.get(&required);
        let (obj, key) = parent_object(&mut v, &leaf.pointer);
        obj.remove(&key).unwrap();
        let report = check(&v);
        prop_assert_eq!(sorted_problems(&report), vec![(leaf.path.clone(), ProblemCode::Required)]);
        prop_assert!(message::parse(&v.to_string()).is_err());
    }

    #[test]
    fn changing_a_field_names_case_is_reported_there(msg in valid_message(), pick in any::<Index>()) {
        let mut v: Value = serde_json::from_str(&message::to_wire_json(&msg)).unwrap();
        let all = leaves(&v);
        let leaf = pick.get(&all);
        let renamed = flip_case(&leaf.name);
        let (obj, key) = parent_object(&mut v, &leaf.pointer);
        let value = obj.remove(&key).unwrap();
        obj.insert(renamed.clone(), value);
        let parent_path = leaf.path.strip_suffix(leaf.name.as_str()).unwrap();
        let mut expected = vec![(format!("{parent_path}{renamed}"), ProblemCode::UnknownField)];
        if leaf.required {
            expected.push((leaf.path.clone(), ProblemCode::Required));
        }
        expected.sort_by(|a, b| a.0.cmp(&b.0));
        let report = check(&v);
        prop_assert_eq!(sorted_problems(&report), expected);
        prop_assert!(!report.valid);
    }

    #[test]
    fn a_wrong_download_flag_is_reported_there(
        msg in valid_message(),
        pick in any::<Index>(),
        flag in any::<u32>().prop_filter("not 2", |f| *f != 2),
    ) {
        let mut v: Value = serde_json::from_str(&message::to_wire_json(&msg)).unwrap();
        let flags: Vec<Leaf> = leaves(&v).into_iter().filter(|l| FLAGS.contains(&l.name.as_str())).collect();
        prop_assume!(!flags.is_empty());
        let leaf = pick.get(&flags);
        *v.pointer_mut(&leaf.pointer).unwrap() = Value::from(flag);
        let report = check(&v);
        prop_assert_eq!(sorted_problems(&report), vec![(leaf.path.clone(), ProblemCode::NotAllowedValue)]);
    }

    #[test]
    fn a_string_where_a_number_belongs_is_a_wrong_type_there(msg in valid_message(), pick in any::<Index>()) {
        let mut v: Value = serde_json::from_str(&message::to_wire_json(&msg)).unwrap();
        let numbers: Vec<Leaf> = leaves(&v)
            .into_iter()
            .filter(|l| v.pointer(&l.pointer).is_some_and(Value::is_number))
            .collect();
        prop_assume!(!numbers.is_empty());
        let leaf = pick.get(&numbers);
        let target = v.pointer_mut(&leaf.pointer).unwrap();
        *target = Value::String(target.to_string());
        let report = check(&v);
        prop_assert_eq!(sorted_problems(&report), vec![(leaf.path.clone(), ProblemCode::WrongType)]);
    }
}
