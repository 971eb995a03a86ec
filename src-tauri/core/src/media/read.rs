//! What the bytes say, each through a crate that reads headers without decoding: an image's type
//! and dimensions (imagesize), a sound's format and length (lofty), a video's container (infer) and
//! length (mp4-atom's boxes), and a file's name (the `Content-Disposition` header, else the URL).
//!
//! Every reader here is pure: it gets a [`Window`] over the bytes read so far and answers from them;
//! whether it wanted bytes that were not read is the window's to say (see `store`).
//!
//! Not here: fetching, limits, or the wording of what was not found.

use std::io::{Seek, SeekFrom};
use std::time::Duration;

use lofty::config::ParseOptions;
use lofty::file::{AudioFile, FileType};
use mp4_atom::{Atom, Header, Moov, Mvhd, ReadAtom, ReadFrom};
use percent_encoding::percent_decode_str;
use url::Url;

use super::store::Window;

/// An image type the app can read, as Tencent numbers it and as a thumbnail's format string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ImageKind {
    /// `ImageFormat`: JPG 1, GIF 2, PNG 3, BMP 4, other 255 (docs/TENCENT-API.md, Message formats).
    pub(super) number: u32,
    /// `ThumbFormat`, in the capitals of Tencent's examples (`JPG`).
    pub(super) name: &'static str,
}

/// The image type told by the first bytes (magic numbers, never the URL's extension), or `None`
/// when they are not an image of a type the app reads.
pub(super) fn image_kind(head: &[u8]) -> Option<ImageKind> {
    use imagesize::ImageType as T;
    let (number, name) = match imagesize::image_type(head).ok()? {
        T::Jpeg => (1, "JPG"),
        T::Gif => (2, "GIF"),
        T::Png => (3, "PNG"),
        T::Bmp => (4, "BMP"),
        T::Webp => (255, "WEBP"),
        T::Heif(_) => (255, "HEIF"),
        T::Tiff => (255, "TIFF"),
        // Only the formats enabled in Cargo.toml can be detected; any other is not an image to us.
        #[allow(unreachable_patterns)]
        _ => return None,
    };
    Some(ImageKind { number, name })
}

/// Width and height from the image's header; `None` when it cannot be read.
pub(super) fn image_size(window: &mut Window<'_>, kind: ImageKind) -> Option<(u32, u32)> {
    let size = imagesize::reader_size(window).ok()?;
    let (width, height) = (
        u32::try_from(size.width).ok()?,
        u32::try_from(size.height).ok()?,
    );
    if kind.number == 4 {
        // A BMP stored top-down gives a negative height, which imagesize reads as unsigned.
        return Some((width, height.cast_signed().unsigned_abs()));
    }
    Some((width, height))
}

/// What a sound file turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Sound {
    /// Not a format lofty reads.
    Unknown,
    /// A format lofty reads whose header it could not read.
    Unreadable { format: &'static str },
    Read {
        format: &'static str,
        length: Duration,
    },
}

pub(super) fn sound(window: &mut Window<'_>) -> Sound {
    // Tags (and cover art, often the largest part of an MP3's start) are skipped, not read.
    let options = ParseOptions::new()
        .read_properties(true)
        .read_tags(false)
        .read_cover_art(false);
    let probe = match lofty::probe::Probe::new(window)
        .options(options)
        .guess_file_type()
    {
        Ok(probe) => probe,
        Err(_) => return Sound::Unknown,
    };
    let Some(file_type) = probe.file_type() else {
        return Sound::Unknown;
    };
    let format = sound_format(file_type);
    match probe.read() {
        Ok(file) => Sound::Read {
            format,
            length: file.properties().duration(),
        },
        Err(_) => Sound::Unreadable { format },
    }
}

/// The short name a producer knows each format by.
fn sound_format(file_type: FileType) -> &'static str {
    match file_type {
        FileType::Aac => "aac",
        FileType::Aiff => "aiff",
        FileType::Ape => "ape",
        FileType::Flac => "flac",
        FileType::Mpeg => "mp3",
        FileType::Mp4 => "m4a",
        FileType::Mpc => "mpc",
        FileType::Opus => "opus",
        FileType::Vorbis | FileType::Speex => "ogg",
        FileType::Wav => "wav",
        FileType::WavPack => "wv",
        _ => "audio",
    }
}

/// What the first bytes are, as far as telling the producer they linked the wrong thing goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Found {
    /// An HTML page (a link to the page showing the file, not to the file).
    Page,
    /// Any other audio format, by its usual extension (`amr`, `mid`…): a sound whose length the
    /// app cannot read.
    OtherAudio(&'static str),
    Other,
}

pub(super) fn found(head: &[u8], content_type: Option<&str>) -> Found {
    let page = content_type.is_some_and(|t| t == "text/html" || t == "application/xhtml+xml");
    match infer::get(head) {
        _ if page => Found::Page,
        Some(t) if t.mime_type() == "text/html" => Found::Page,
        Some(t) if t.matcher_type() == infer::MatcherType::Audio => {
            Found::OtherAudio(t.extension())
        }
        _ => Found::Other,
    }
}

/// A video's container, as `VideoFormat` (`mp4`, `mov`, `webm`…), and whether it is an ISO base
/// media file (MP4, QuickTime), whose length [`video_length`] reads. `None`: not a video.
pub(super) fn video_container(head: &[u8]) -> Option<(&'static str, bool)> {
    match infer::get(head) {
        Some(t) if t.matcher_type() == infer::MatcherType::Video => {
            let format = t.extension();
            Some((format, matches!(format, "mp4" | "m4v" | "mov")))
        }
        // An audio-only MP4 (M4A) is a sound, not a video.
        Some(t) if t.matcher_type() == infer::MatcherType::Audio => None,
        // Other brands of the same family (3GP, CMAF…): an `ftyp` box comes first.
        _ if head.get(4..8) == Some(b"ftyp") => Some(("mp4", true)),
        _ => None,
    }
}

/// A video's length from its `mvhd` box, or `None` when there is none to read.
///
/// The top-level boxes are walked by their headers and skipped by seeking, so a `moov` after the
/// media (no "fast start") costs one read near the end, not the file. mp4-atom reads each header and
/// the `mvhd`; nothing else of the file is decoded.
pub(super) fn video_length(window: &mut Window<'_>) -> Option<VideoLength> {
    loop {
        let header = <Option<Header>>::read_from(window).ok()??;
        if header.kind == Moov::KIND {
            let end = window.stream_position().ok()? + header.size? as u64;
            while window.stream_position().ok()? < end {
                let child = Header::read_from(window).ok()?;
                if child.kind == Mvhd::KIND {
                    let mvhd = Mvhd::read_atom(&child, window).ok()?;
                    return Some(VideoLength {
                        timescale: mvhd.timescale,
                        duration: mvhd.duration,
                    });
                }
                window.seek(SeekFrom::Current(child.size? as i64)).ok()?;
            }
            return None;
        }
        // A box with no size runs to the end of the file: there is nothing after it.
        window
            .seek(SeekFrom::Current(i64::try_from(header.size?).ok()?))
            .ok()?;
    }
}

/// `mvhd`'s duration in its own time units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct VideoLength {
    pub(super) timescale: u32,
    pub(super) duration: u64,
}

impl VideoLength {
    pub(super) fn as_duration(self) -> Option<Duration> {
        if self.timescale == 0 {
            return None;
        }
        let millis = u128::from(self.duration) * 1000 / u128::from(self.timescale);
        Some(Duration::from_millis(u64::try_from(millis).ok()?))
    }
}

/// Whole seconds as Tencent's `Second` / `VideoSecond` take them: rounded to the nearest second,
/// but never 0 for a sound that has any length (a 0.3-second clip shown as "0''" reads as broken).
pub(super) fn whole_seconds(length: Duration) -> Option<u32> {
    let millis = length.as_millis();
    if millis == 0 {
        return None;
    }
    Some(u32::try_from(((millis + 500) / 1000).max(1)).unwrap_or(u32::MAX))
}

/// The file's name: `Content-Disposition`'s (RFC 6266), else the URL path's last segment,
/// percent-decoded. Only the last path component of either is kept, without control characters: it
/// is a name the viewers' apps show and may save under, never a path.
pub(super) fn file_name(content_disposition: Option<&str>, url: &Url) -> Option<String> {
    content_disposition
        .and_then(disposition_file_name)
        .and_then(|name| clean_name(&name))
        .or_else(|| {
            let last = url.path_segments()?.next_back()?;
            clean_name(&percent_decode_str(last).decode_utf8_lossy())
        })
}

fn clean_name(name: &str) -> Option<String> {
    let last = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let clean: String = last.chars().filter(|c| !c.is_control()).collect();
    let clean = clean.trim();
    (!clean.is_empty() && clean != "." && clean != "..").then(|| clean.to_owned())
}

// Read here rather than with a crate: the crates that parse this header are mail parsers (they
// prefer `filename` over `filename*`, the reverse of RFC 6266 §4.3, and bring a charset library for
// encodings HTTP does not use). What HTTP needs is small: parameters split at `;` outside quotes,
// `filename*=UTF-8''…` (RFC 8187: UTF-8 or ISO-8859-1, percent-encoded) winning over `filename=`.
fn disposition_file_name(header: &str) -> Option<String> {
    let mut plain = None;
    for param in split_params(header).into_iter().skip(1) {
        let Some((name, value)) = param.split_once('=') else {
            continue;
        };
        match name.trim().to_ascii_lowercase().as_str() {
            "filename*" => {
                if let Some(name) = extended_value(value.trim()) {
                    return Some(name);
                }
            }
            "filename" => plain = Some(unquote(value.trim())),
            _ => {}
        }
    }
    plain
}

/// `;`-separated parts, a `;` inside a quoted string not separating.
fn split_params(header: &str) -> Vec<&str> {
    let (mut parts, mut start, mut quoted, mut escaped) = (Vec::new(), 0, false, false);
    for (i, c) in header.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => {
                parts.push(&header[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&header[start..]);
    parts
}

fn unquote(value: &str) -> String {
    match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some(inner) => {
            let mut out = String::with_capacity(inner.len());
            let mut chars = inner.chars();
            while let Some(c) = chars.next() {
                out.push(if c == '\\' {
                    chars.next().unwrap_or(c)
                } else {
                    c
                });
            }
            out
        }
        None => value.to_owned(),
    }
}

/// `charset'language'percent-encoded` (RFC 8187).
fn extended_value(value: &str) -> Option<String> {
    let mut parts = value.splitn(3, '\'');
    let (charset, _language, encoded) = (parts.next()?, parts.next()?, parts.next()?);
    let bytes: Vec<u8> = percent_decode_str(encoded).collect();
    match charset.to_ascii_lowercase().as_str() {
        "utf-8" => String::from_utf8(bytes).ok(),
        // ISO-8859-1's bytes are the first 256 code points.
        "iso-8859-1" => Some(bytes.into_iter().map(char::from).collect()),
        _ => None,
    }
}

/// A UUID for an image, derived from its URL (UUID v5 in the URL namespace of RFC 9562).
///
/// Tencent's clients key their image cache by `UUID`: the same URL must give the same UUID, or every
/// re-probe (and every template re-sent) would make viewers' apps download the same picture again
/// under a new key; and two different URLs must not share one, or a viewer would be shown the other
/// picture from cache. A name-based UUID of the URL is exactly that, without storing anything.
pub(super) fn image_uuid(url: &str) -> String {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, url.as_bytes()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn file_names_prefer_the_extended_form_and_fall_back_to_the_path() {
        let u = url("https://cdn.example/a/b/%E6%8A%A5%E5%91%8A%20final.pdf?sig=x");
        assert_eq!(file_name(None, &u).as_deref(), Some("报告 final.pdf"));
        let both =
            r#"attachment; filename="EURO rates.txt"; filename*=UTF-8''%e2%82%ac%20rates.txt"#;
        assert_eq!(file_name(Some(both), &u).as_deref(), Some("€ rates.txt"));
        let quoted = r#"attachment; filename="a;b \"c\".zip""#;
        assert_eq!(
            file_name(Some(quoted), &u).as_deref(),
            Some(r#"a;b "c".zip"#)
        );
        let latin = "attachment; filename*=iso-8859-1'en'%A3%20rates.txt";
        assert_eq!(file_name(Some(latin), &u).as_deref(), Some("£ rates.txt"));
        let path = r#"attachment; filename="../../etc/passwd""#;
        assert_eq!(file_name(Some(path), &u).as_deref(), Some("passwd"));
        assert_eq!(
            file_name(Some("inline"), &u).as_deref(),
            Some("报告 final.pdf")
        );
        assert_eq!(file_name(None, &url("https://cdn.example/")), None);
        assert_eq!(file_name(None, &url("https://cdn.example/dir/")), None);
    }

    #[test]
    fn seconds_round_to_the_nearest_and_never_to_zero() {
        let s = |ms| whole_seconds(Duration::from_millis(ms));
        assert_eq!(s(0), None);
        assert_eq!(s(300), Some(1));
        assert_eq!(s(1_499), Some(1));
        assert_eq!(s(1_500), Some(2));
        assert_eq!(s(2_606), Some(3));
        assert_eq!(s(60_000), Some(60));
    }

    #[test]
    fn the_uuid_follows_the_url() {
        let a = image_uuid("https://cdn.example/a.png");
        assert_eq!(a, image_uuid("https://cdn.example/a.png"));
        assert_ne!(a, image_uuid("https://cdn.example/b.png"));
        assert_eq!(uuid::Uuid::parse_str(&a).unwrap().get_version_num(), 5);
    }

    #[test]
    fn an_audio_only_mp4_is_no_video() {
        let ftyp = |brand: &[u8; 4]| {
            let mut b = vec![0, 0, 0, 20];
            b.extend_from_slice(b"ftyp");
            b.extend_from_slice(brand);
            b.extend_from_slice(&[0, 0, 0, 0]);
            b.extend_from_slice(brand);
            b
        };
        assert_eq!(video_container(&ftyp(b"isom")), Some(("mp4", true)));
        assert_eq!(video_container(&ftyp(b"qt  ")), Some(("mov", true)));
        assert_eq!(video_container(&ftyp(b"3gp4")), Some(("mp4", true)));
        assert_eq!(video_container(&ftyp(b"M4A ")), None);
        let mut webm = b"\x1aE\xdf\xa3\x01\0\0\0\0\0\0\x1fB\x82\x84webm".to_vec();
        webm.resize(300, 0);
        assert_eq!(video_container(&webm), Some(("webm", false)));
        assert_eq!(video_container(b"<!DOCTYPE html><html>"), None);
    }
}
