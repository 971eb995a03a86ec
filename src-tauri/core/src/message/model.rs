//! The typed model of `send_broadcast_msg`'s JSON body, with Tencent's exact field names on the wire.
//!
//! The Rust names are snake_case; serde renames give the wire names (note `Download_Flag` vs
//! `VideoDownloadFlag`, and upper-case `URL` in image entries: Tencent is not consistent, so every name is
//! spelled out rather than derived by a `rename_all`). The same types are exported to TypeScript so the UI
//! builds exactly what Rust sends.
//!
//! Not here: the rules a body must follow (see `rules`) and reading untrusted JSON with error paths
//! (see `read`). Serde's derived `Deserialize` works but stops at the first problem with a poor message;
//! front doors should use `message::parse` / `message::check_json` instead.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The value every `Download_Flag`, `VideoDownloadFlag` and `ThumbDownloadFlag` must have: 2 means
/// "download from the given URL", the only mode a REST sender can use.
pub const DOWNLOAD_FLAG: u32 = 2;

/// `ImageFormat` values Tencent documents, each with the format it stands for: JPG 1, GIF 2, PNG 3,
/// BMP 4, and 255 for any other format (`None`).
pub const IMAGE_FORMATS: [(u32, Option<&str>); 5] = [
    (1, Some("JPG")),
    (2, Some("GIF")),
    (3, Some("PNG")),
    (4, Some("BMP")),
    (255, None),
];

/// `ImageInfoArray[].Type` values, each with the size of the image it describes: 1 original, 2 large,
/// 3 thumbnail.
pub const IMAGE_INFO_TYPES: [(u32, ImageSize); 3] = [
    (1, ImageSize::Original),
    (2, ImageSize::Large),
    (3, ImageSize::Thumbnail),
];

/// Which of an image's sizes an `ImageInfoArray` entry is (Tencent numbers them: see
/// [`IMAGE_INFO_TYPES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ImageSize {
    Original,
    Large,
    Thumbnail,
}

/// A face's `Index`: the SDKs' `int`, with no documented range, so only the i32 bound holds.
pub const FACE_INDEX_RANGE: std::ops::RangeInclusive<i32> = i32::MIN..=i32::MAX;

/// A body ready to send: `Random` is set.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, optional_fields)]
pub struct SendBroadcastMsg {
    /// Sender shown to viewers; absent means the admin named in the URL.
    #[serde(
        rename = "From_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub from_account: Option<String>,
    /// Dedupe key: same content and same Random within 5 minutes is dropped by the server.
    #[serde(rename = "Random")]
    pub random: u32,
    #[serde(rename = "MsgBody")]
    pub msg_body: Vec<MsgElement>,
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: Option<String>,
}

/// A body as composed, before it is given its `Random`. The pipeline assigns `Random` when it writes the
/// outbox row (a new message needs a new Random, a retry must reuse the old one), so the UI and the CLI
/// work with drafts and only the sender turns one into a [`SendBroadcastMsg`].
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, optional_fields)]
pub struct Draft {
    #[serde(
        rename = "From_Account",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub from_account: Option<String>,
    #[serde(rename = "Random", default, skip_serializing_if = "Option::is_none")]
    pub random: Option<u32>,
    #[serde(rename = "MsgBody")]
    pub msg_body: Vec<MsgElement>,
    #[serde(
        rename = "CloudCustomData",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_custom_data: Option<String>,
}

impl Draft {
    /// The body with this `Random`, replacing any the draft had.
    pub fn with_random(self, random: u32) -> SendBroadcastMsg {
        SendBroadcastMsg {
            from_account: self.from_account,
            random,
            msg_body: self.msg_body,
            cloud_custom_data: self.cloud_custom_data,
        }
    }

    /// The body with the draft's own `Random`, or a fresh random one when it has none.
    pub fn fill_random(self) -> SendBroadcastMsg {
        let random = self.random.unwrap_or_else(rand::random);
        self.with_random(random)
    }
}

impl From<SendBroadcastMsg> for Draft {
    fn from(msg: SendBroadcastMsg) -> Self {
        Draft {
            from_account: msg.from_account,
            random: Some(msg.random),
            msg_body: msg.msg_body,
            cloud_custom_data: msg.cloud_custom_data,
        }
    }
}

/// One element of `MsgBody`: `{"MsgType": "...", "MsgContent": {...}}`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(tag = "MsgType", content = "MsgContent", deny_unknown_fields)]
#[ts(export)]
pub enum MsgElement {
    #[serde(rename = "TIMTextElem")]
    Text(TextElem),
    #[serde(rename = "TIMLocationElem")]
    Location(LocationElem),
    #[serde(rename = "TIMFaceElem")]
    Face(FaceElem),
    #[serde(rename = "TIMCustomElem")]
    Custom(CustomElem),
    #[serde(rename = "TIMSoundElem")]
    Sound(SoundElem),
    #[serde(rename = "TIMImageElem")]
    Image(ImageElem),
    #[serde(rename = "TIMFileElem")]
    File(FileElem),
    #[serde(rename = "TIMVideoFileElem")]
    VideoFile(VideoFileElem),
}

impl MsgElement {
    /// Every `MsgType` string, in the order of the enum.
    pub const MSG_TYPES: [&'static str; 8] = [
        "TIMTextElem",
        "TIMLocationElem",
        "TIMFaceElem",
        "TIMCustomElem",
        "TIMSoundElem",
        "TIMImageElem",
        "TIMFileElem",
        "TIMVideoFileElem",
    ];

    /// This element's `MsgType` string as sent.
    pub fn msg_type(&self) -> &'static str {
        let i = match self {
            MsgElement::Text(_) => 0,
            MsgElement::Location(_) => 1,
            MsgElement::Face(_) => 2,
            MsgElement::Custom(_) => 3,
            MsgElement::Sound(_) => 4,
            MsgElement::Image(_) => 5,
            MsgElement::File(_) => 6,
            MsgElement::VideoFile(_) => 7,
        };
        Self::MSG_TYPES[i]
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct TextElem {
    #[serde(rename = "Text")]
    pub text: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct LocationElem {
    #[serde(rename = "Desc")]
    pub desc: String,
    #[serde(rename = "Latitude")]
    pub latitude: f64,
    #[serde(rename = "Longitude")]
    pub longitude: f64,
}

/// `Index` is within [`FACE_INDEX_RANGE`].
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, optional_fields)]
pub struct FaceElem {
    #[serde(rename = "Index")]
    pub index: i32,
    #[serde(rename = "Data", default, skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
}

/// At most one per message. `Desc` doubles as the offline push text.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, optional_fields)]
pub struct CustomElem {
    #[serde(rename = "Data")]
    pub data: String,
    #[serde(rename = "Desc", default, skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    #[serde(rename = "Ext", default, skip_serializing_if = "Option::is_none")]
    pub ext: Option<String>,
    #[serde(rename = "Sound", default, skip_serializing_if = "Option::is_none")]
    pub sound: Option<String>,
}

// Sizes, seconds and dimensions are u32: Tencent documents them only as "number", the SDKs use `int`,
// and a 32-bit unsigned field is the narrowest reading that every sane value fits. It also keeps the
// TypeScript type a plain `number` (ts-rs turns u64 into `bigint`).
//
// `UUID` (sound, file) and `VideoUUID`/`ThumbUUID` (video) are accepted but optional: docs/TENCENT-API.md lists
// them only as the sound element's older format, while Tencent's Message Formats page and its generated
// SDK models carry them as the clients' cache key. Refusing them would reject bodies copied from
// Tencent's own examples.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, optional_fields)]
pub struct SoundElem {
    #[serde(rename = "Url")]
    pub url: String,
    #[serde(rename = "UUID", default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Bytes.
    #[serde(rename = "Size")]
    pub size: u32,
    #[serde(rename = "Second")]
    pub second: u32,
    /// Must be [`DOWNLOAD_FLAG`].
    #[serde(rename = "Download_Flag")]
    pub download_flag: u32,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ImageElem {
    #[serde(rename = "UUID")]
    pub uuid: String,
    /// One of [`IMAGE_FORMATS`].
    #[serde(rename = "ImageFormat")]
    pub image_format: u32,
    #[serde(rename = "ImageInfoArray")]
    pub image_info_array: Vec<ImageInfo>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ImageInfo {
    /// One of [`IMAGE_INFO_TYPES`], each at most once per image.
    #[serde(rename = "Type")]
    pub kind: u32,
    #[serde(rename = "Size")]
    pub size: u32,
    #[serde(rename = "Width")]
    pub width: u32,
    #[serde(rename = "Height")]
    pub height: u32,
    #[serde(rename = "URL")]
    pub url: String,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, optional_fields)]
pub struct FileElem {
    #[serde(rename = "Url")]
    pub url: String,
    #[serde(rename = "UUID", default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    #[serde(rename = "FileSize")]
    pub file_size: u32,
    #[serde(rename = "FileName")]
    pub file_name: String,
    #[serde(rename = "Download_Flag")]
    pub download_flag: u32,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, TS)]
#[serde(deny_unknown_fields)]
#[ts(export, optional_fields)]
pub struct VideoFileElem {
    #[serde(rename = "VideoUrl")]
    pub video_url: String,
    #[serde(rename = "VideoUUID", default, skip_serializing_if = "Option::is_none")]
    pub video_uuid: Option<String>,
    #[serde(rename = "VideoSize")]
    pub video_size: u32,
    #[serde(rename = "VideoSecond")]
    pub video_second: u32,
    /// e.g. "mp4".
    #[serde(rename = "VideoFormat")]
    pub video_format: String,
    #[serde(rename = "VideoDownloadFlag")]
    pub video_download_flag: u32,
    #[serde(rename = "ThumbUrl")]
    pub thumb_url: String,
    #[serde(rename = "ThumbUUID", default, skip_serializing_if = "Option::is_none")]
    pub thumb_uuid: Option<String>,
    #[serde(rename = "ThumbSize")]
    pub thumb_size: u32,
    #[serde(rename = "ThumbWidth")]
    pub thumb_width: u32,
    #[serde(rename = "ThumbHeight")]
    pub thumb_height: u32,
    /// e.g. "JPG".
    #[serde(rename = "ThumbFormat")]
    pub thumb_format: String,
    #[serde(rename = "ThumbDownloadFlag")]
    pub thumb_download_flag: u32,
}
