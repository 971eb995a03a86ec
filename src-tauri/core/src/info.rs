//! Facts about this build that both front doors report (About panel, `bdesk --version`).

use serde::Serialize;
use ts_rs::TS;

/// The version every crate of the workspace shares (`[workspace.package] version`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The commit this binary was built from (short hash), or "unknown" outside a git checkout;
/// `BDESK_COMMIT` at build time overrides it (see `build.rs`).
pub const COMMIT: &str = env!("BDESK_COMMIT");

/// The version with its commit, as `bdesk --version` prints it: `0.1.0 (1a2b3c4d5)`.
pub const VERSION_WITH_COMMIT: &str =
    concat!(env!("CARGO_PKG_VERSION"), " (", env!("BDESK_COMMIT"), ")");

/// Whether this binary is a development build (debug assertions on: `cargo run`, the tests) or a
/// producer's (the package, `--release`, and `bash .ci/run-app`'s `app` profile). The two keep separate
/// keychain entries and data, so a development build can never overwrite a producer's real setup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum BuildKind {
    Debug,
    Release,
}

impl BuildKind {
    pub const fn current() -> Self {
        if cfg!(debug_assertions) {
            BuildKind::Debug
        } else {
            BuildKind::Release
        }
    }
}

/// The limits and lists a form shows or enforces as the producer types, read from here so the UI
/// never retypes them (each is defined once, in the module that enforces it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Limits {
    /// A profile name's length, in characters.
    #[ts(type = "number")]
    pub profile_name_max_chars: usize,
    /// An account ID's length (admin, From_Account), in bytes.
    #[ts(type = "number")]
    pub account_max_bytes: usize,
    #[ts(type = "number")]
    pub sdkappid_max: u64,
    /// The UserSig lifetimes a profile may choose, in seconds.
    pub usersig_lifetime_min_secs: u32,
    pub usersig_lifetime_max_secs: u32,
    pub usersig_lifetime_default_secs: u32,
    /// The custom broadcast rates the console offers, per second.
    pub custom_rate_min: u8,
    pub custom_rate_max: u8,
    /// The colours offered for profiles, and the sandbox's own (which no other profile may take).
    pub palette: Vec<crate::profiles::Swatch>,
    pub sandbox_color: String,
    /// A broadcast's counted bytes (MsgBody plus CloudCustomData).
    #[ts(type = "number")]
    pub message_max_bytes: usize,
    /// How many problems a validation report lists before it only counts the rest.
    #[ts(type = "number")]
    pub reported_problems_max: usize,
    /// Tencent's `ImageFormat` numbers, each with the format it stands for.
    pub image_formats: Vec<ImageFormatOption>,
    /// `ImageInfoArray[].Type` numbers, each with the size of the image it describes.
    pub image_sizes: Vec<ImageSizeOption>,
    /// What every `Download_Flag`, `VideoDownloadFlag` and `ThumbDownloadFlag` must be.
    pub download_flag: u32,
    /// A face's `Index`, inclusive.
    pub face_index_min: i32,
    pub face_index_max: i32,
    /// A location's `Latitude` and `Longitude`, in degrees either side of 0.
    pub latitude_max: u32,
    pub longitude_max: u32,
    /// How long a media probe ("Fill from URL") may take, in seconds.
    pub media_probe_secs: u32,
    /// The oldest native (Enhanced edition) and Web Chat SDK versions that receive a broadcast.
    pub receiving_sdk_native: String,
    pub receiving_sdk_web: String,
    /// A scheduled item's missed-send policy: the lateness a new item allows by default, and the range
    /// a producer may choose from, in seconds.
    pub schedule_late_default_secs: u32,
    pub schedule_late_min_secs: u32,
    pub schedule_late_max_secs: u32,
    /// A scheduled item's label, in characters.
    pub schedule_label_max_chars: usize,
}

/// One `ImageFormat` value and the format it stands for (`name` is `null` for "any other").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImageFormatOption {
    pub value: u32,
    pub name: Option<String>,
}

/// One `ImageInfoArray[].Type` value and the image size it describes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct ImageSizeOption {
    pub value: u32,
    pub size: crate::message::ImageSize,
}

impl Limits {
    pub fn current() -> Self {
        use crate::client::LIFETIME_RANGE;
        use crate::{message, profiles};
        let secs = |d: std::time::Duration| u32::try_from(d.as_secs()).unwrap_or(u32::MAX);
        Self {
            profile_name_max_chars: profiles::NAME_MAX_CHARS,
            account_max_bytes: crate::account::ACCOUNT_MAX_BYTES,
            sdkappid_max: profiles::SDKAPPID_MAX,
            usersig_lifetime_min_secs: secs(*LIFETIME_RANGE.start()),
            usersig_lifetime_max_secs: secs(*LIFETIME_RANGE.end()),
            usersig_lifetime_default_secs: profiles::DEFAULT_USERSIG_LIFETIME_SECS,
            custom_rate_min: *profiles::CUSTOM_RATE_RANGE.start(),
            custom_rate_max: *profiles::CUSTOM_RATE_RANGE.end(),
            palette: profiles::PALETTE.to_vec(),
            sandbox_color: profiles::SANDBOX_COLOR.into(),
            message_max_bytes: crate::message::BODY_LIMIT_BYTES,
            reported_problems_max: crate::message::MAX_REPORTED_PROBLEMS,
            image_formats: message::IMAGE_FORMATS
                .iter()
                .map(|(value, name)| ImageFormatOption {
                    value: *value,
                    name: name.map(str::to_owned),
                })
                .collect(),
            image_sizes: message::IMAGE_INFO_TYPES
                .iter()
                .map(|(value, size)| ImageSizeOption {
                    value: *value,
                    size: *size,
                })
                .collect(),
            download_flag: message::DOWNLOAD_FLAG,
            face_index_min: *message::FACE_INDEX_RANGE.start(),
            face_index_max: *message::FACE_INDEX_RANGE.end(),
            latitude_max: message::LATITUDE_MAX,
            longitude_max: message::LONGITUDE_MAX,
            media_probe_secs: secs(crate::media::PROBE_TIME),
            receiving_sdk_native: crate::client::RECEIVING_SDK_NATIVE.into(),
            receiving_sdk_web: crate::client::RECEIVING_SDK_WEB.into(),
            schedule_late_default_secs: crate::schedule::DEFAULT_LATE_SECS,
            schedule_late_min_secs: *crate::schedule::LATE_SECS_RANGE.start(),
            schedule_late_max_secs: *crate::schedule::LATE_SECS_RANGE.end(),
            schedule_label_max_chars: crate::schedule::LABEL_MAX_CHARS,
        }
    }
}
