//! Media without guesswork: the composer's Image, Sound, File and Video elements carry URLs that
//! viewers' apps download, plus facts about the file (size, dimensions, format, length, name) that
//! Tencent takes as given. This module fetches a pasted URL's first bytes and says what they are,
//! field by field, and what it could not find out.
//!
//! How: ranged GETs (see `fetch`) of at most [`ProbeLimits::max_bytes`], within
//! [`ProbeLimits::time`]; the bytes are read by crates that parse headers only (see `read`), and
//! when a parser looks past what was read (an MP4's `moov` at the end, a JPEG's frame header past
//! a large EXIF block) the bytes it wanted are fetched and it runs again (see `store`). The URL is
//! held to the app's URL policy (https:// with the operating system's certificate checks, http://
//! only to this computer), and so is every redirect before it is followed.
//!
//! What comes back is a [`MediaProbe`]: each value found as an `Option`, and a [`MediaProblem`] for
//! each field that could not be filled or is wrong, named by the element's own JSON field
//! (`ImageInfoArray[0].Width`, `Second`, `VideoSecond`, `FileName`…) so the window can put it beside
//! that field. A URL that could not be read at all (refused by policy, HTTP 404, unreachable, too
//! slow before the first answer) is one problem on the URL's field, not one per field.
//!
//! Into the element: [`MediaProbe::fill`] writes what was found into an existing element and leaves
//! every other field as it was; [`MediaProbe::to_element`] fills a blank one. A merge rather than
//! only a constructor, because a video element takes two URLs (the video and its thumbnail, each
//! probed on its own, [`MediaKind::Video`] and [`MediaKind::VideoThumb`]), and because a value the
//! producer typed where the probe found nothing (an AMR clip's length) must survive a re-probe.
//! An image's probe fills `ImageInfoArray[0]` (a Type 1, original, entry when the array is empty);
//! the large and thumbnail entries, when wanted, are the producer's. The URL written is the one
//! pasted (trimmed), not where redirects led: viewers' apps follow redirects themselves, and a
//! signed redirect target may expire.
//!
//! Deliberately NOT here: uploading anything (nothing leaves this computer but the GETs), decoding
//! or transcoding media (only headers are read; an image is never decoded, a video never played),
//! checking that viewers' apps can play the file, or message rules (`crate::message` checks the
//! element as a whole when it is sent).

mod fetch;
mod read;
mod store;

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use url::Url;

use crate::client::{TransportKind, UrlProblem, check_url_policy};
use crate::message::{
    DOWNLOAD_FLAG, FileElem, ImageElem, ImageInfo, MsgElement, SoundElem, VideoFileElem,
};
use crate::text::Params;
use crate::{Error, Result, params};
use fetch::{Fetcher, Fill, Trouble};
use read::{Found, Sound};
use store::{Store, Window};

/// A probe's time limit, from the paste to the answer. A producer waits at the form; a CDN answers a
/// ranged GET in well under a second, and a server that needs more than this would fail viewers too.
/// The REST client gives Tencent the same (`client::DEFAULT_TIMEOUT`).
pub const PROBE_TIME: Duration = Duration::from_secs(10);

/// The most bytes of a file a probe reads, over all its requests. Enough for every header we read:
/// a JPEG's frame header behind EXIF and colour profiles (rarely past 1 MiB), the `moov` of an
/// hour-long MP4 (one to three MiB), and small files whole; small enough to read in a few seconds on a
/// slow link (4 MiB at 10 Mbit/s is 3.4 s) and to hold in memory without a thought. A 2 GB video
/// costs at most this.
pub const PROBE_MAX_BYTES: u64 = 4 * 1024 * 1024;

/// The first request's size: an image's dimensions and an audio or video header are almost always
/// in the first few KiB, so most probes need this one request.
pub const PROBE_FIRST_BYTES: u64 = 64 * 1024;

/// Requests per probe, the redirects to the file included: no further piece is asked for once this
/// many were made. Each piece after the first is twice the previous, so a `moov` at the end of a
/// file, or a frame header behind a large EXIF block, is read in two to five.
pub const PROBE_MAX_REQUESTS: u32 = 8;

/// Redirects followed. A shortener to a CDN to a signed object store is three; browsers allow 20,
/// but a media link that needs more is broken for viewers' apps too.
pub const PROBE_MAX_REDIRECTS: u32 = 5;

/// A probe's limits: the defaults above; tests shorten them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeLimits {
    /// See [`PROBE_TIME`].
    pub time: Duration,
    /// See [`PROBE_MAX_BYTES`].
    pub max_bytes: u64,
    /// See [`PROBE_FIRST_BYTES`].
    pub first_bytes: u64,
    /// See [`PROBE_MAX_REQUESTS`].
    pub max_requests: u32,
    /// See [`PROBE_MAX_REDIRECTS`].
    pub max_redirects: u32,
}

impl Default for ProbeLimits {
    fn default() -> Self {
        Self {
            time: PROBE_TIME,
            max_bytes: PROBE_MAX_BYTES,
            first_bytes: PROBE_FIRST_BYTES,
            max_requests: PROBE_MAX_REQUESTS,
            max_redirects: PROBE_MAX_REDIRECTS,
        }
    }
}

/// What a URL is meant to be: which element (and, for a video, which of its two URLs) it is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum MediaKind {
    /// `TIMImageElem`: the original image (`ImageInfoArray[0]`).
    Image,
    /// `TIMSoundElem`.
    Sound,
    /// `TIMFileElem`.
    File,
    /// `TIMVideoFileElem`'s video.
    Video,
    /// `TIMVideoFileElem`'s thumbnail, an image URL of its own.
    VideoThumb,
}

/// The element's JSON field names (inside `MsgContent`) a kind's findings go to.
#[derive(Debug, Clone, Copy)]
struct Fields {
    url: &'static str,
    size: &'static str,
    width: Option<&'static str>,
    height: Option<&'static str>,
    seconds: Option<&'static str>,
    file_name: Option<&'static str>,
    /// Where [`MediaProbe::format`] goes (a video's container, a thumbnail's image type).
    format: Option<&'static str>,
    /// An image's `UUID` and `ImageFormat`.
    uuid: Option<&'static str>,
    image_format: Option<&'static str>,
}

impl MediaKind {
    fn fields(self) -> Fields {
        let none = Fields {
            url: "",
            size: "",
            width: None,
            height: None,
            seconds: None,
            file_name: None,
            format: None,
            uuid: None,
            image_format: None,
        };
        match self {
            Self::Image => Fields {
                url: "ImageInfoArray[0].URL",
                size: "ImageInfoArray[0].Size",
                width: Some("ImageInfoArray[0].Width"),
                height: Some("ImageInfoArray[0].Height"),
                uuid: Some("UUID"),
                image_format: Some("ImageFormat"),
                ..none
            },
            Self::Sound => Fields {
                url: "Url",
                size: "Size",
                seconds: Some("Second"),
                ..none
            },
            Self::File => Fields {
                url: "Url",
                size: "FileSize",
                file_name: Some("FileName"),
                ..none
            },
            Self::Video => Fields {
                url: "VideoUrl",
                size: "VideoSize",
                seconds: Some("VideoSecond"),
                format: Some("VideoFormat"),
                ..none
            },
            Self::VideoThumb => Fields {
                url: "ThumbUrl",
                size: "ThumbSize",
                width: Some("ThumbWidth"),
                height: Some("ThumbHeight"),
                format: Some("ThumbFormat"),
                ..none
            },
        }
    }

    /// The field (inside `MsgContent`) this kind's URL goes to.
    pub fn url_field(self) -> &'static str {
        self.fields().url
    }

    /// A new element of the type this kind belongs to, with nothing known yet: empty URLs and
    /// strings, zeros, `ImageFormat` 0 (which validation refuses until it is set), download flags 2.
    pub fn blank_element(self) -> MsgElement {
        match self {
            Self::Image => MsgElement::Image(ImageElem {
                uuid: String::new(),
                image_format: 0,
                image_info_array: vec![blank_image_info()],
            }),
            Self::Sound => MsgElement::Sound(SoundElem {
                url: String::new(),
                uuid: None,
                size: 0,
                second: 0,
                download_flag: DOWNLOAD_FLAG,
            }),
            Self::File => MsgElement::File(FileElem {
                url: String::new(),
                uuid: None,
                file_size: 0,
                file_name: String::new(),
                download_flag: DOWNLOAD_FLAG,
            }),
            Self::Video | Self::VideoThumb => MsgElement::VideoFile(VideoFileElem {
                video_url: String::new(),
                video_uuid: None,
                video_size: 0,
                video_second: 0,
                video_format: String::new(),
                video_download_flag: DOWNLOAD_FLAG,
                thumb_url: String::new(),
                thumb_uuid: None,
                thumb_size: 0,
                thumb_width: 0,
                thumb_height: 0,
                thumb_format: String::new(),
                thumb_download_flag: DOWNLOAD_FLAG,
            }),
        }
    }
}

fn blank_image_info() -> ImageInfo {
    ImageInfo {
        kind: 1,
        size: 0,
        width: 0,
        height: 0,
        url: String::new(),
    }
}

/// Something a probe could not find out, or found wrong, about one field.
///
/// `field` is the element's JSON field inside `MsgContent` (`Second`, `ImageInfoArray[0].Width`);
/// `message_id` and `params` name the catalogue message (`ui/locales/<lang>/core.ftl`) the window
/// shows beside it, and `message` is the same in English (bdesk, logs), without the field's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MediaProblem {
    pub field: String,
    pub message_id: String,
    pub params: Params,
    pub message: String,
}

impl MediaProblem {
    fn new(field: &str, id: &str, params: Params) -> Self {
        Self {
            field: field.into(),
            message: crate::text::english(id, &params),
            message_id: id.into(),
            params,
        }
    }
}

impl std::fmt::Display for MediaProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// One field a probe fills: the element's JSON field inside `MsgContent` (named as [`MediaProblem`]
/// names them) and the value found for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct FoundField {
    pub field: String,
    pub value: FoundValue,
}

/// A found value, as the element's field holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(untagged)]
#[ts(export)]
pub enum FoundValue {
    Text(String),
    Number(u32),
}

/// What a probe found out about one URL; see the module docs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct MediaProbe {
    pub kind: MediaKind,
    /// The URL probed (the one pasted, trimmed): what goes into the element.
    pub url: String,
    /// The file's length in bytes: the server's `Content-Range` total or `Content-Length`, or every
    /// byte counted when the whole file was read.
    #[ts(type = "number | null")]
    pub size: Option<u64>,
    /// The server's `Content-Type`, without parameters.
    pub content_type: Option<String>,
    /// From the bytes, never the URL: an image's `JPG`, `PNG`, `GIF`, `BMP`, `WEBP`, `HEIF` or
    /// `TIFF` (a thumbnail's `ThumbFormat`); a video's container, `mp4`, `mov`, `webm`…
    /// (`VideoFormat`); a sound's `mp3`, `m4a`, `wav`, `ogg`… (shown only: the element has no field).
    pub format: Option<String>,
    /// Tencent's `ImageFormat` number for an image: JPG 1, GIF 2, PNG 3, BMP 4, other 255.
    pub image_format: Option<u32>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// A sound's or a video's length in whole seconds (see `read::whole_seconds`).
    pub seconds: Option<u32>,
    pub file_name: Option<String>,
    /// An image's `UUID`, derived from its URL (see `read::image_uuid`).
    pub uuid: Option<String>,
    pub problems: Vec<MediaProblem>,
    /// What [`fill`](Self::fill) would write, field by field ([`Self::found_fields`]): for a
    /// caller that holds the element as JSON, such as the window's form, which may hold a field as
    /// typed rather than as the model's type.
    pub found: Vec<FoundField>,
    /// Bytes of the file read, over every request.
    #[ts(type = "number")]
    pub bytes_read: u64,
    /// HTTP requests made (redirects included); 0 when the URL was refused before any.
    pub requests: u32,
    #[ts(type = "number")]
    pub elapsed_ms: u64,
}

impl MediaProbe {
    fn new(kind: MediaKind, url: &str) -> Self {
        Self {
            kind,
            url: url.into(),
            size: None,
            content_type: None,
            format: None,
            image_format: None,
            width: None,
            height: None,
            seconds: None,
            file_name: None,
            uuid: None,
            problems: Vec::new(),
            found: Vec::new(),
            bytes_read: 0,
            requests: 0,
            elapsed_ms: 0,
        }
    }

    fn problem(&mut self, field: &str, id: &str, params: Params) {
        self.problems.push(MediaProblem::new(field, id, params));
    }

    /// What was found, as the element's fields: the URL always, then each value found, under the
    /// field names problems use. The same values [`fill`](Self::fill) writes (a test holds the two
    /// together); a size over the element's 32-bit field is left out.
    pub fn found_fields(&self) -> Vec<FoundField> {
        let f = self.kind.fields();
        let mut out = vec![FoundField {
            field: f.url.into(),
            value: FoundValue::Text(self.url.clone()),
        }];
        let mut put = |field: Option<&str>, value: Option<FoundValue>| {
            if let (Some(field), Some(value)) = (field, value) {
                out.push(FoundField {
                    field: field.into(),
                    value,
                });
            }
        };
        let number = |v: Option<u32>| v.map(FoundValue::Number);
        let text = |v: &Option<String>| v.clone().map(FoundValue::Text);
        put(f.uuid, text(&self.uuid));
        put(f.image_format, number(self.image_format));
        let size = self.size.and_then(|s| u32::try_from(s).ok());
        put(Some(f.size), number(size));
        put(f.width, number(self.width));
        put(f.height, number(self.height));
        put(f.seconds, number(self.seconds));
        put(f.format, text(&self.format));
        put(f.file_name, text(&self.file_name));
        out
    }

    /// Writes what was found into `element`, which must be of this kind's type (an Image probe into
    /// a `TIMImageElem`, a Video or VideoThumb probe into a `TIMVideoFileElem`…); every field the
    /// probe did not find keeps its value. The URL is always written. A size over the element's
    /// 32-bit field is left out (the probe names it as a problem).
    pub fn fill(&self, element: &mut MsgElement) -> Result<()> {
        let size = self.size.and_then(|s| u32::try_from(s).ok());
        let text = |value: &Option<String>, into: &mut String| {
            if let Some(v) = value {
                into.clone_from(v);
            }
        };
        let number = |value: Option<u32>, into: &mut u32| {
            if let Some(v) = value {
                *into = v;
            }
        };
        match (self.kind, element) {
            (MediaKind::Image, MsgElement::Image(e)) => {
                text(&self.uuid, &mut e.uuid);
                number(self.image_format, &mut e.image_format);
                if e.image_info_array.is_empty() {
                    e.image_info_array.push(blank_image_info());
                }
                let info = &mut e.image_info_array[0];
                info.url.clone_from(&self.url);
                number(size, &mut info.size);
                number(self.width, &mut info.width);
                number(self.height, &mut info.height);
            }
            (MediaKind::Sound, MsgElement::Sound(e)) => {
                e.url.clone_from(&self.url);
                number(size, &mut e.size);
                number(self.seconds, &mut e.second);
            }
            (MediaKind::File, MsgElement::File(e)) => {
                e.url.clone_from(&self.url);
                number(size, &mut e.file_size);
                text(&self.file_name, &mut e.file_name);
            }
            (MediaKind::Video, MsgElement::VideoFile(e)) => {
                e.video_url.clone_from(&self.url);
                number(size, &mut e.video_size);
                number(self.seconds, &mut e.video_second);
                text(&self.format, &mut e.video_format);
            }
            (MediaKind::VideoThumb, MsgElement::VideoFile(e)) => {
                e.thumb_url.clone_from(&self.url);
                number(size, &mut e.thumb_size);
                number(self.width, &mut e.thumb_width);
                number(self.height, &mut e.thumb_height);
                text(&self.format, &mut e.thumb_format);
            }
            (kind, element) => {
                return Err(Error::InvalidInput {
                    path: "MsgType".into(),
                    message: format!(
                        "a {kind:?} probe fills a {}, not a {}",
                        kind.blank_element().msg_type(),
                        element.msg_type()
                    ),
                });
            }
        }
        Ok(())
    }

    /// A new element with what was found filled in and the rest blank (see
    /// [`MediaKind::blank_element`]), for the producer to complete.
    pub fn to_element(&self) -> MsgElement {
        let mut element = self.kind.blank_element();
        // The blank element is of this kind's own type, which `fill` always takes.
        let _ = self.fill(&mut element);
        element
    }
}

/// Probes `url` as `kind` within `limits`; see the module docs.
///
/// Every finding about the URL, failures included, is in the [`MediaProbe`]; `Err` only when this
/// computer could not make a request at all (its trusted certificates are unusable, an HTTP client
/// could not be set up).
pub async fn probe(url: &str, kind: MediaKind, limits: &ProbeLimits) -> Result<MediaProbe> {
    let started = Instant::now();
    let url = url.trim();
    let mut probe = Probe {
        kind,
        time: limits.time,
        fields: kind.fields(),
        found: MediaProbe::new(kind, url),
        fetcher: Fetcher::new(limits),
        store: Store::default(),
    };
    if let Some(target) = probe.checked_url(url) {
        let timed = tokio::time::timeout(limits.time, probe.run(&target)).await;
        match timed {
            Ok(result) => result?,
            Err(_) => {
                let params = params! { "seconds" => probe.limit_seconds() };
                probe
                    .found
                    .problem(probe.fields.url, "media-timeout", params);
            }
        }
        probe.sized();
    }
    let mut found = probe.found;
    found.found = found.found_fields();
    found.bytes_read = probe.fetcher.bytes_read;
    found.requests = probe.fetcher.requests;
    found.elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    Ok(found)
}

/// One probe under way.
struct Probe<'a> {
    kind: MediaKind,
    time: Duration,
    fields: Fields,
    found: MediaProbe,
    fetcher: Fetcher<'a>,
    store: Store,
}

/// What a parser came to over the bytes the limits allowed.
enum Parsed<T> {
    /// Its answer, from bytes that were all read.
    Done(T),
    /// It wanted bytes beyond what could be read.
    OutOfBytes,
}

impl Probe<'_> {
    /// The URL to fetch, or `None` with the problem noted: nothing is sent to a URL the policy refuses.
    fn checked_url(&mut self, url: &str) -> Option<Url> {
        let field = self.fields.url;
        let parsed = match Url::parse(url) {
            Ok(parsed) => parsed,
            Err(e) => {
                let params = params! { "detail" => e.to_string() };
                self.found.problem(field, "media-url-invalid", params);
                return None;
            }
        };
        match check_url_policy(&parsed) {
            Ok(()) => Some(parsed),
            Err((problem, _)) => {
                let (id, params) = match problem {
                    UrlProblem::Insecure => ("media-url-insecure", params! {}),
                    UrlProblem::Credentials => ("media-url-credentials", params! {}),
                    UrlProblem::Malformed => {
                        ("media-url-scheme", params! { "scheme" => parsed.scheme() })
                    }
                };
                self.found.problem(field, id, params);
                None
            }
        }
    }

    async fn run(&mut self, url: &Url) -> Result<()> {
        let answer = match self.fetcher.open(url, &mut self.store).await {
            Ok(answer) => answer,
            Err(trouble) => return self.trouble(trouble),
        };
        self.found.content_type = answer.content_type;
        match self.kind {
            MediaKind::Image | MediaKind::VideoThumb => self.image().await,
            MediaKind::Sound => self.sound().await,
            MediaKind::Video => self.video().await,
            MediaKind::File => {
                let name = read::file_name(answer.content_disposition.as_deref(), url);
                if name.is_none() {
                    self.lacks(self.fields.file_name, "media-file-name-unknown", params! {});
                }
                self.found.file_name = name;
                Ok(())
            }
        }
    }

    /// The size, once the first answer is in: it is known then or never.
    fn sized(&mut self) {
        if self.fetcher.requests == 0 || !self.answered() {
            return;
        }
        let field = self.fields.size;
        match self.store.len() {
            Some(len) => {
                self.found.size = Some(len);
                if u32::try_from(len).is_err() {
                    let params = params! { "bytes" => len };
                    self.found.problem(field, "media-size-too-big", params);
                }
            }
            None => {
                let mib = self.fetcher.bytes_read.div_ceil(1024 * 1024);
                let params = params! { "mib" => mib };
                self.found.problem(field, "media-size-unknown", params);
            }
        }
    }

    /// The time limit in whole seconds, as the producer is told it.
    fn limit_seconds(&self) -> u64 {
        self.time.as_secs() + u64::from(self.time.subsec_nanos() > 0)
    }

    /// Whether a first answer with the file came back (as opposed to a refusal or a failure).
    fn answered(&self) -> bool {
        self.store.len().is_some() || self.store.bytes() > 0
    }

    fn lacks(&mut self, field: Option<&str>, id: &str, params: Params) {
        if let Some(field) = field {
            self.found.problem(field, id, params);
        }
    }

    /// The URL's one problem when it could not be read (further).
    fn trouble(&mut self, trouble: Trouble) -> Result<()> {
        let (id, params) = match trouble {
            Trouble::Setup(e) => return Err(e),
            Trouble::RedirectInsecure { host } => {
                ("media-redirect-insecure", params! { "host" => host })
            }
            Trouble::RedirectInvalid { detail } => {
                ("media-redirect-invalid", params! { "detail" => detail })
            }
            Trouble::TooManyRedirects { max } => {
                ("media-redirect-too-many", params! { "max" => max })
            }
            Trouble::Status(status) => ("media-http-status", params! { "status" => status }),
            // reqwest's own backstop (see `fetch`): the same limit, long passed.
            Trouble::Transport(TransportKind::Timeout) => (
                "media-timeout",
                params! { "seconds" => self.limit_seconds() },
            ),
            Trouble::Transport(kind) => (
                "media-fetch-failed",
                params! { "kind" => kind.catalogue_name() },
            ),
            Trouble::Changed => (
                "media-fetch-failed",
                params! { "kind" => TransportKind::BadResponse.catalogue_name() },
            ),
        };
        self.found.problem(self.fields.url, id, params);
        Ok(())
    }

    /// Runs `parse` over the bytes read, fetching what it wanted and running it again until it
    /// wanted nothing more or no more may be read.
    async fn parse<T>(&mut self, parse: impl Fn(&mut Window<'_>) -> T) -> Result<Parsed<T>> {
        loop {
            let (result, missing) = {
                let mut window = self.store.window();
                let result = parse(&mut window);
                (result, window.missing())
            };
            let Some(missing) = missing else {
                return Ok(Parsed::Done(result));
            };
            match self.fetcher.fill(&mut self.store, missing).await {
                Fill::Read => {}
                Fill::Exhausted => return Ok(Parsed::OutOfBytes),
                Fill::Failed(trouble) => {
                    self.trouble(trouble)?;
                    return Ok(Parsed::OutOfBytes);
                }
            }
        }
    }

    fn kib_read(&self) -> u64 {
        self.fetcher.bytes_read.div_ceil(1024)
    }

    /// The wrong kind of file: one problem on the URL, since no field of the element can be right.
    fn not_the_kind(&mut self, id: &str) {
        let found = read::found(self.store.head(), self.found.content_type.as_deref());
        let found = if found == Found::Page {
            "page"
        } else {
            "other"
        };
        self.found
            .problem(self.fields.url, id, params! { "found" => found });
    }

    /// A content type of another kind of media, for a file whose bytes are the right kind: viewers'
    /// apps that trust the label over the bytes may refuse it.
    fn check_content_type(&mut self, expected: &str, also: &[&str]) {
        let Some(content_type) = self.found.content_type.clone() else {
            return;
        };
        let top = content_type.split('/').next().unwrap_or_default();
        let contradicts = ["image", "audio", "video", "text", "font", "model"].contains(&top)
            && top != expected
            && !also.contains(&top);
        if contradicts {
            let params = params! { "type" => content_type, "expected" => expected };
            self.found
                .problem(self.fields.url, "media-content-type", params);
        }
    }

    async fn image(&mut self) -> Result<()> {
        let Some(image) = read::image_kind(self.store.head()) else {
            self.not_the_kind("media-not-image");
            return Ok(());
        };
        self.check_content_type("image", &[]);
        self.found.format = Some(image.name.to_owned());
        self.found.image_format = Some(image.number);
        if self.kind == MediaKind::Image {
            self.found.uuid = Some(read::image_uuid(&self.found.url));
        }
        let size = |window: &mut Window<'_>| read::image_size(window, image);
        let (id, params) = match self.parse(size).await? {
            Parsed::Done(Some((width, height))) => {
                self.found.width = Some(width);
                self.found.height = Some(height);
                return Ok(());
            }
            Parsed::Done(None) => ("media-dimensions-unreadable", params! {}),
            Parsed::OutOfBytes => (
                "media-dimensions-not-found",
                params! { "kib" => self.kib_read() },
            ),
        };
        self.lacks(self.fields.width, id, params.clone());
        self.lacks(self.fields.height, id, params);
        Ok(())
    }

    async fn sound(&mut self) -> Result<()> {
        let field = self.fields.seconds;
        let (id, params) = match self.parse(read::sound).await? {
            Parsed::Done(Sound::Unknown) => {
                match read::found(self.store.head(), self.found.content_type.as_deref()) {
                    Found::OtherAudio(format) => (
                        "media-duration-unsupported",
                        params! { "format" => format.to_ascii_uppercase() },
                    ),
                    _ => {
                        self.not_the_kind("media-not-sound");
                        return Ok(());
                    }
                }
            }
            Parsed::Done(Sound::Unreadable { format }) => {
                self.sound_format(format);
                ("media-duration-unreadable", params! {})
            }
            Parsed::Done(Sound::Read { format, length }) => {
                self.sound_format(format);
                match read::whole_seconds(length) {
                    Some(seconds) => {
                        self.found.seconds = Some(seconds);
                        return Ok(());
                    }
                    None => ("media-duration-zero", params! {}),
                }
            }
            Parsed::OutOfBytes => (
                "media-duration-not-found",
                params! { "kib" => self.kib_read() },
            ),
        };
        self.lacks(field, id, params);
        Ok(())
    }

    fn sound_format(&mut self, format: &str) {
        self.found.format = Some(format.to_owned());
        // An audio-only MP4 is often labelled video/mp4, an Ogg application/ogg.
        self.check_content_type("audio", &["video"]);
    }

    async fn video(&mut self) -> Result<()> {
        let Some((format, iso)) = read::video_container(self.store.head()) else {
            self.not_the_kind("media-not-video");
            return Ok(());
        };
        self.check_content_type("video", &[]);
        self.found.format = Some(format.to_owned());
        let field = self.fields.seconds;
        if !iso {
            let params = params! { "format" => format.to_ascii_uppercase() };
            self.lacks(field, "media-duration-unsupported", params);
            return Ok(());
        }
        let (id, params) = match self.parse(read::video_length).await? {
            Parsed::Done(Some(length)) => {
                match length.as_duration().and_then(read::whole_seconds) {
                    Some(seconds) => {
                        self.found.seconds = Some(seconds);
                        return Ok(());
                    }
                    None => ("media-duration-zero", params! {}),
                }
            }
            Parsed::Done(None) => ("media-duration-unreadable", params! {}),
            Parsed::OutOfBytes => (
                "media-duration-not-found",
                params! { "kib" => self.kib_read() },
            ),
        };
        self.lacks(field, id, params);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn probe_with(kind: MediaKind, f: impl FnOnce(&mut MediaProbe)) -> MediaProbe {
        let mut p = MediaProbe::new(kind, "https://cdn.example/x");
        f(&mut p);
        p
    }

    #[test]
    fn fill_writes_what_was_found_and_keeps_the_rest() {
        let thumb = probe_with(MediaKind::VideoThumb, |p| {
            p.size = Some(1234);
            p.width = Some(320);
            p.height = Some(180);
            p.format = Some("JPG".into());
        });
        let video = probe_with(MediaKind::Video, |p| {
            p.url = "https://cdn.example/v.mp4".into();
            p.size = Some(u64::from(u32::MAX) + 1);
            p.format = Some("mp4".into());
        });
        let mut element = video.to_element();
        if let MsgElement::VideoFile(e) = &mut element {
            e.video_second = 42; // typed by the producer: the probe found no length
        }
        thumb.fill(&mut element).unwrap();
        let MsgElement::VideoFile(e) = &element else {
            panic!("{element:?}")
        };
        assert_eq!(e.video_url, "https://cdn.example/v.mp4");
        assert_eq!(
            e.video_size, 0,
            "too big for the field: left for the producer"
        );
        assert_eq!(e.video_second, 42);
        assert_eq!(e.video_format, "mp4");
        assert_eq!(e.thumb_url, "https://cdn.example/x");
        assert_eq!(
            (e.thumb_size, e.thumb_width, e.thumb_height),
            (1234, 320, 180)
        );
        assert_eq!(e.thumb_format, "JPG");
        assert_eq!(e.video_download_flag, DOWNLOAD_FLAG);

        let err = thumb
            .fill(&mut MediaKind::Sound.blank_element())
            .unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
    }

    #[test]
    fn an_image_fills_its_first_entry() {
        let image = probe_with(MediaKind::Image, |p| {
            p.uuid = Some("u".into());
            p.image_format = Some(3);
            p.width = Some(2);
        });
        let mut element = MsgElement::Image(ImageElem {
            uuid: "old".into(),
            image_format: 1,
            image_info_array: vec![],
        });
        image.fill(&mut element).unwrap();
        let MsgElement::Image(e) = element else {
            panic!()
        };
        assert_eq!((e.uuid.as_str(), e.image_format), ("u", 3));
        assert_eq!(e.image_info_array.len(), 1);
        let info = &e.image_info_array[0];
        assert_eq!((info.kind, info.width, info.height), (1, 2, 0));
        assert_eq!(info.url, "https://cdn.example/x");
    }

    #[test]
    fn every_kind_names_fields_its_element_has() {
        for kind in [
            MediaKind::Image,
            MediaKind::Sound,
            MediaKind::File,
            MediaKind::Video,
            MediaKind::VideoThumb,
        ] {
            let f = kind.fields();
            let json = serde_json::to_value(kind.blank_element()).unwrap();
            let content = &json["MsgContent"];
            let fields = [
                Some(f.url),
                Some(f.size),
                f.width,
                f.height,
                f.seconds,
                f.file_name,
            ]
            .into_iter()
            .flatten();
            for field in fields {
                let value = match field.strip_prefix("ImageInfoArray[0].") {
                    Some(inner) => &content["ImageInfoArray"][0][inner],
                    None => &content[field],
                };
                assert!(!value.is_null(), "{kind:?}: {field} is not in {content}");
            }
        }
    }

    #[test]
    fn found_fields_are_what_fill_writes() {
        for kind in [
            MediaKind::Image,
            MediaKind::Sound,
            MediaKind::File,
            MediaKind::Video,
            MediaKind::VideoThumb,
        ] {
            let probe = probe_with(kind, |p| {
                p.size = Some(1234);
                p.format = Some("JPG".into());
                p.image_format = Some(1);
                p.width = Some(320);
                p.height = Some(180);
                p.seconds = Some(42);
                p.file_name = Some("a.pdf".into());
                p.uuid = Some("u".into());
            });
            let mut json = serde_json::to_value(kind.blank_element()).unwrap();
            for found in probe.found_fields() {
                let content = &mut json["MsgContent"];
                let slot = match found.field.strip_prefix("ImageInfoArray[0].") {
                    Some(inner) => &mut content["ImageInfoArray"][0][inner],
                    None => &mut content[found.field.as_str()],
                };
                *slot = serde_json::to_value(&found.value).unwrap();
            }
            let filled = serde_json::to_value(probe.to_element()).unwrap();
            assert_eq!(json, filled, "{kind:?}");
        }
    }
}
