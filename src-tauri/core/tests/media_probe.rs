//! Media probing against a scripted HTTP/1.1 server written here, on 127.0.0.1: each kind's fields
//! found from files made in the test (real PNG, GIF, BMP and JPEG headers, a WAV, CBR MP3 frames, an
//! M4A and an MP4 with its `moov` after 8 MiB of media), and each way a URL can fail: refused by
//! policy before any connection, redirected to plain http elsewhere, 404, not an image, a server
//! that ignores Range and sends far more than the cap, one that never answers.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use desk_core::media::{MediaKind, MediaProbe, ProbeLimits, probe};
use desk_core::message::{Draft, MsgElement, validate_draft};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

// ---------------------------------------------------------------------------------------------
// The server

#[derive(Clone)]
enum Serve {
    /// A file. `ranges`: answers Range with 206; else 200 with the whole body. `length`: sends
    /// Content-Length on a 200 (else the body ends when the connection closes). `stall_after`:
    /// requests after that many are accepted and never answered.
    File {
        body: Arc<Vec<u8>>,
        content_type: &'static str,
        ranges: bool,
        length: bool,
        disposition: Option<&'static str>,
        stall_after: Option<usize>,
    },
    Status(u16),
    Redirect(String),
    /// Never answers.
    Stall,
    /// `total` bytes of zeros whatever was asked, written as fast as the client takes them; the
    /// bytes the client took are recorded under the path.
    Flood {
        total: u64,
        length: bool,
    },
}

fn file(body: Vec<u8>, content_type: &'static str) -> Serve {
    Serve::File {
        body: Arc::new(body),
        content_type,
        ranges: true,
        length: true,
        disposition: None,
        stall_after: None,
    }
}

#[derive(Default)]
struct Seen {
    /// Each request: path and Range header.
    requests: Vec<(String, Option<String>)>,
    /// Bytes a Flood route managed to write, by path.
    flooded: HashMap<String, u64>,
}

struct Server {
    port: u16,
    seen: Arc<Mutex<Seen>>,
}

impl Server {
    async fn start(routes: Vec<(&str, Serve)>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let routes: Arc<HashMap<String, Serve>> =
            Arc::new(routes.into_iter().map(|(p, s)| (p.to_owned(), s)).collect());
        let seen = Arc::new(Mutex::new(Seen::default()));
        let s = seen.clone();
        tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    return;
                };
                tokio::spawn(serve(sock, routes.clone(), s.clone()));
            }
        });
        Server { port, seen }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn requests(&self) -> Vec<(String, Option<String>)> {
        self.seen.lock().unwrap().requests.clone()
    }

    async fn flooded(&self, path: &str) -> u64 {
        // The server notices the client has gone when a write fails; give it a moment.
        for _ in 0..100 {
            if let Some(n) = self.seen.lock().unwrap().flooded.get(path) {
                return *n;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("the flood on {path} never stopped: the client kept reading");
    }
}

async fn serve(mut sock: TcpStream, routes: Arc<HashMap<String, Serve>>, seen: Arc<Mutex<Seen>>) {
    let mut buf = Vec::new();
    let head = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break String::from_utf8_lossy(&buf[..i]).to_string();
        }
        let mut chunk = [0u8; 4096];
        match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    };
    let path = head
        .lines()
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .unwrap_or("/")
        .to_owned();
    let range = head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.eq_ignore_ascii_case("range").then(|| v.trim().to_owned())
    });
    let nth = {
        let mut seen = seen.lock().unwrap();
        seen.requests.push((path.clone(), range.clone()));
        seen.requests.iter().filter(|(p, _)| *p == path).count()
    };
    let route = routes
        .get(path.split('?').next().unwrap_or_default())
        .cloned()
        .unwrap_or(Serve::Status(404));
    let (head, body): (String, Vec<u8>) = match route {
        Serve::Status(code) => (
            format!("HTTP/1.1 {code} X\r\nContent-Length: 0\r\n"),
            vec![],
        ),
        Serve::Redirect(to) => (
            format!("HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\n"),
            vec![],
        ),
        Serve::Stall => {
            tokio::time::sleep(Duration::from_secs(60)).await;
            return;
        }
        Serve::Flood { total, length } => {
            let mut head =
                "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n".to_owned();
            if length {
                head += &format!("Content-Length: {total}\r\n");
            }
            head += "Connection: close\r\n\r\n";
            let mut written = 0u64;
            if sock.write_all(head.as_bytes()).await.is_ok() {
                let chunk = vec![0u8; 64 * 1024];
                while written < total {
                    let n = chunk.len().min((total - written) as usize);
                    if sock.write_all(&chunk[..n]).await.is_err() {
                        break;
                    }
                    written += n as u64;
                }
            }
            seen.lock().unwrap().flooded.insert(path, written);
            return;
        }
        Serve::File {
            body,
            content_type,
            ranges,
            length,
            disposition,
            stall_after,
        } => {
            if stall_after.is_some_and(|n| nth > n) {
                tokio::time::sleep(Duration::from_secs(60)).await;
                return;
            }
            let len = body.len() as u64;
            let mut head = format!("Content-Type: {content_type}\r\n");
            if let Some(d) = disposition {
                head += &format!("Content-Disposition: {d}\r\n");
            }
            let asked = range.as_deref().and_then(|r| {
                let (a, b) = r.strip_prefix("bytes=")?.split_once('-')?;
                Some((a.parse::<u64>().ok()?, b.parse::<u64>().ok()?))
            });
            match asked.filter(|_| ranges) {
                Some((a, _)) if a >= len => (
                    format!(
                        "HTTP/1.1 416 X\r\n{head}Content-Range: bytes */{len}\r\nContent-Length: 0\r\n"
                    ),
                    vec![],
                ),
                Some((a, b)) => {
                    let b = b.min(len - 1);
                    let part = body[a as usize..=b as usize].to_vec();
                    (
                        format!(
                            "HTTP/1.1 206 Partial Content\r\n{head}Content-Range: bytes {a}-{b}/{len}\r\nContent-Length: {}\r\n",
                            part.len()
                        ),
                        part,
                    )
                }
                None => {
                    if length {
                        head += &format!("Content-Length: {len}\r\n");
                    }
                    (format!("HTTP/1.1 200 OK\r\n{head}"), body.to_vec())
                }
            }
        }
    };
    let mut out = head.into_bytes();
    out.extend_from_slice(b"Connection: close\r\n\r\n");
    out.extend_from_slice(&body);
    let _ = sock.write_all(&out).await;
    let _ = sock.shutdown().await;
}

// ---------------------------------------------------------------------------------------------
// Files, made here

fn png(width: u32, height: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc.sum().to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
    chunk(&mut out, b"IHDR", &ihdr);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    for _ in 0..height {
        z.write_all(&[0]).unwrap(); // filter: none
        z.write_all(&vec![0x80; width as usize * 3]).unwrap();
    }
    chunk(&mut out, b"IDAT", &z.finish().unwrap());
    chunk(&mut out, b"IEND", &[]);
    out
}

fn gif(width: u16, height: u16) -> Vec<u8> {
    let mut out = b"GIF89a".to_vec();
    out.extend_from_slice(&width.to_le_bytes());
    out.extend_from_slice(&height.to_le_bytes());
    out.extend_from_slice(&[0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff]); // 2-colour table
    out.extend_from_slice(&[0x2c, 0, 0, 0, 0]);
    out.extend_from_slice(&width.to_le_bytes());
    out.extend_from_slice(&height.to_le_bytes());
    out.extend_from_slice(&[0, 2, 2, 0x4c, 0x01, 0, 0x3b]);
    out
}

fn bmp(width: i32, height: i32) -> Vec<u8> {
    let mut out = b"BM".to_vec();
    out.extend_from_slice(&(54u32 + 4).to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&54u32.to_le_bytes());
    out.extend_from_slice(&40u32.to_le_bytes());
    out.extend_from_slice(&width.to_le_bytes());
    out.extend_from_slice(&height.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&24u16.to_le_bytes());
    out.extend_from_slice(&[0; 24]);
    out.extend_from_slice(&[0; 4]);
    out
}

/// A JPEG whose frame header (SOF0) comes after `exif` bytes of APP1 segments.
fn jpeg(width: u16, height: u16, exif: usize) -> Vec<u8> {
    let mut out = vec![0xff, 0xd8];
    out.extend_from_slice(&[0xff, 0xe0, 0, 16]);
    out.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    let mut left = exif;
    while left > 0 {
        let n = left.min(60_000);
        out.extend_from_slice(&[0xff, 0xe1]);
        out.extend_from_slice(&((n + 2) as u16).to_be_bytes());
        out.extend(std::iter::repeat_n(0x45, n));
        left -= n;
    }
    out.extend_from_slice(&[0xff, 0xc0, 0, 11, 8]);
    out.extend_from_slice(&height.to_be_bytes());
    out.extend_from_slice(&width.to_be_bytes());
    out.extend_from_slice(&[1, 1, 0x11, 0]);
    out.extend_from_slice(&[0xff, 0xd9]);
    out
}

/// PCM WAV: 8 kHz, mono, 16-bit.
fn wav(seconds: u32) -> Vec<u8> {
    let data = seconds * 8000 * 2;
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&(36 + data).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&8000u32.to_le_bytes());
    out.extend_from_slice(&16000u32.to_le_bytes()); // bytes per second
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data.to_le_bytes());
    out.resize(out.len() + data as usize, 0);
    out
}

/// Constant-bitrate MP3 frames: MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, mono, silent.
fn mp3(frames: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for _ in 0..frames {
        let mut frame = vec![0xff, 0xfb, 0x90, 0xc0];
        frame.resize(417, 0); // 144 * 128000 / 44100
        out.extend_from_slice(&frame);
    }
    out
}

fn mp4_box(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
    let mut out = ((body.len() + 8) as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(body);
    out
}

fn ftyp(brand: &[u8; 4]) -> Vec<u8> {
    let mut body = brand.to_vec();
    body.extend_from_slice(&[0, 0, 2, 0]);
    body.extend_from_slice(brand);
    body.extend_from_slice(b"mp41");
    mp4_box(b"ftyp", &body)
}

/// `mvhd`, version 0 (ISO/IEC 14496-12 §8.2.2).
fn mvhd(timescale: u32, duration: u32) -> Vec<u8> {
    let mut body = vec![0; 4]; // version, flags
    body.extend_from_slice(&[0; 8]); // creation, modification
    body.extend_from_slice(&timescale.to_be_bytes());
    body.extend_from_slice(&duration.to_be_bytes());
    body.extend_from_slice(&0x0001_0000u32.to_be_bytes()); // rate 1.0
    body.extend_from_slice(&0x0100u16.to_be_bytes()); // volume 1.0
    body.extend_from_slice(&[0; 10]);
    for v in [0x0001_0000u32, 0, 0, 0, 0x0001_0000, 0, 0, 0, 0x4000_0000] {
        body.extend_from_slice(&v.to_be_bytes());
    }
    body.extend_from_slice(&[0; 24]);
    body.extend_from_slice(&2u32.to_be_bytes()); // next track
    mp4_box(b"mvhd", &body)
}

/// A video: `ftyp`, then `media` bytes of `mdat`, then the `moov` (no "fast start").
fn mp4_moov_last(media: usize, timescale: u32, duration: u32) -> Vec<u8> {
    let mut out = ftyp(b"isom");
    out.extend_from_slice(&mp4_box(b"mdat", &vec![0; media]));
    out.extend_from_slice(&mp4_box(b"moov", &mvhd(timescale, duration)));
    out
}

/// An audio-only MP4 (M4A): one track whose handler is `soun`, its length in `mdhd`.
fn m4a(timescale: u32, duration: u32) -> Vec<u8> {
    let mut mdhd = vec![0; 12]; // version, flags, creation, modification
    mdhd.extend_from_slice(&timescale.to_be_bytes());
    mdhd.extend_from_slice(&duration.to_be_bytes());
    mdhd.extend_from_slice(&[0x55, 0xc4, 0, 0]); // language und, quality
    let mut hdlr = vec![0; 8]; // version, flags, pre_defined
    hdlr.extend_from_slice(b"soun");
    hdlr.extend_from_slice(&[0; 13]);
    let mdia = [mp4_box(b"mdhd", &mdhd), mp4_box(b"hdlr", &hdlr)].concat();
    let trak = mp4_box(b"trak", &mp4_box(b"mdia", &mdia));
    let moov = mp4_box(b"moov", &[mvhd(timescale, duration), trak].concat());
    [ftyp(b"M4A "), moov, mp4_box(b"mdat", &[0; 64])].concat()
}

// ---------------------------------------------------------------------------------------------
// Checks

async fn probe_ok(url: &str, kind: MediaKind) -> MediaProbe {
    probe(url, kind, &ProbeLimits::default()).await.unwrap()
}

/// Problems as `field: id`, for exact comparisons; each also renders in English without any of
/// Fluent's syntax left (a missing parameter would show as `{$name}`).
fn problems(p: &MediaProbe) -> Vec<String> {
    for problem in &p.problems {
        assert!(
            !problem.message.contains('{') && !problem.message.contains(&problem.message_id),
            "{problem:?}"
        );
    }
    p.problems
        .iter()
        .map(|p| format!("{}: {}", p.field, p.message_id))
        .collect()
}

fn no_problems(p: &MediaProbe) {
    assert_eq!(problems(p), Vec::<String>::new(), "{p:#?}");
}

// ---------------------------------------------------------------------------------------------
// Each kind's fields

#[tokio::test]
async fn images_give_format_size_dimensions_and_a_stable_uuid() {
    let png = png(37, 21);
    let png_len = png.len() as u64;
    let server = Server::start(vec![
        ("/a.png", file(png, "image/png")),
        ("/b.gif", file(gif(3, 5), "image/gif")),
        ("/c.bmp", file(bmp(640, -480), "image/bmp")),
        ("/d", file(jpeg(1920, 1080, 0), "image/jpeg")),
    ])
    .await;

    let p = probe_ok(&server.url("/a.png"), MediaKind::Image).await;
    no_problems(&p);
    assert_eq!((p.width, p.height), (Some(37), Some(21)));
    assert_eq!(
        (p.image_format, p.format.as_deref()),
        (Some(3), Some("PNG"))
    );
    assert_eq!(p.size, Some(png_len));
    assert_eq!(p.requests, 1);
    let uuid = p.uuid.clone().unwrap();
    let again = probe_ok(&server.url("/a.png"), MediaKind::Image).await;
    assert_eq!(
        again.uuid.as_deref(),
        Some(uuid.as_str()),
        "same URL, same UUID"
    );

    let p = probe_ok(&server.url("/b.gif"), MediaKind::Image).await;
    no_problems(&p);
    assert_eq!(
        (p.image_format, p.width, p.height),
        (Some(2), Some(3), Some(5))
    );
    assert_ne!(
        p.uuid.as_deref(),
        Some(uuid.as_str()),
        "another URL, another UUID"
    );

    let p = probe_ok(&server.url("/c.bmp"), MediaKind::Image).await;
    no_problems(&p);
    assert_eq!(
        (p.image_format, p.width, p.height),
        (Some(4), Some(640), Some(480))
    );

    // The format is the bytes', not the URL's: no extension here.
    let p = probe_ok(&server.url("/d"), MediaKind::Image).await;
    no_problems(&p);
    assert_eq!(
        (p.image_format, p.width, p.height),
        (Some(1), Some(1920), Some(1080))
    );

    // The element built from it passes the message rules.
    let p = probe_ok(&server.url("/a.png"), MediaKind::Image).await;
    let element = p.to_element();
    let MsgElement::Image(image) = &element else {
        panic!("{element:?}")
    };
    assert_eq!(image.uuid, uuid);
    assert_eq!(image.image_format, 3);
    let info = &image.image_info_array[0];
    assert_eq!(
        (info.kind, info.size, info.width, info.height),
        (1, png_len as u32, 37, 21)
    );
    assert_eq!(info.url, server.url("/a.png"));
    let draft = Draft {
        from_account: None,
        random: None,
        msg_body: vec![element],
        cloud_custom_data: None,
    };
    assert!(validate_draft(&draft).valid, "{:?}", validate_draft(&draft));
}

#[tokio::test]
async fn a_jpeg_frame_header_behind_a_large_exif_block_is_fetched_where_it_is() {
    let jpeg = jpeg(4032, 3024, 150_000);
    let len = jpeg.len() as u64;
    let server = Server::start(vec![("/photo.jpg", file(jpeg, "image/jpeg"))]).await;
    let p = probe_ok(&server.url("/photo.jpg"), MediaKind::Image).await;
    no_problems(&p);
    assert_eq!((p.width, p.height), (Some(4032), Some(3024)));
    assert_eq!(p.size, Some(len));
    let requests = server.requests();
    assert!(requests.len() >= 2, "{requests:?}");
    assert_eq!(requests[0].1.as_deref(), Some("bytes=0-65535"));
    // Later pieces start where the parser looked, not at 0 again.
    assert!(
        requests[1..]
            .iter()
            .all(|(_, r)| r.as_deref().is_some_and(|r| !r.starts_with("bytes=0-"))),
        "{requests:?}"
    );
}

#[tokio::test]
async fn a_video_thumbnail_is_an_image_with_a_format_string() {
    let server = Server::start(vec![("/t.jpg", file(jpeg(320, 180, 0), "image/jpeg"))]).await;
    let p = probe_ok(&server.url("/t.jpg"), MediaKind::VideoThumb).await;
    no_problems(&p);
    assert_eq!(p.format.as_deref(), Some("JPG"));
    assert_eq!(p.uuid, None, "only an image's UUID is required");
    let MsgElement::VideoFile(v) = p.to_element() else {
        panic!()
    };
    assert_eq!(
        (v.thumb_width, v.thumb_height, v.thumb_format.as_str()),
        (320, 180, "JPG")
    );
    assert_eq!(v.thumb_url, server.url("/t.jpg"));
}

#[tokio::test]
async fn sounds_give_their_length() {
    let wav = wav(10);
    let wav_len = wav.len() as u64;
    let server = Server::start(vec![
        ("/a.wav", file(wav, "audio/wav")),
        ("/b.mp3", file(mp3(383), "audio/mpeg")),
        (
            "/c.m4a",
            file(m4a(44_100, 44_100 * 7 + 20_000), "audio/mp4"),
        ),
        (
            "/d.amr",
            file(
                b"#!AMR\n\x3c\x55\x00\x88\xb6\x66\x79\xe1".to_vec(),
                "audio/amr",
            ),
        ),
    ])
    .await;

    let p = probe_ok(&server.url("/a.wav"), MediaKind::Sound).await;
    no_problems(&p);
    assert_eq!((p.seconds, p.format.as_deref()), (Some(10), Some("wav")));
    assert_eq!(p.size, Some(wav_len));
    // 160 KB of samples, never read: the header says how many there are.
    assert!(p.bytes_read <= 64 * 1024, "{}", p.bytes_read);

    let p = probe_ok(&server.url("/b.mp3"), MediaKind::Sound).await;
    no_problems(&p);
    // 383 frames of 1152 samples at 44.1 kHz: 10.0 s.
    assert_eq!((p.seconds, p.format.as_deref()), (Some(10), Some("mp3")));

    let p = probe_ok(&server.url("/c.m4a"), MediaKind::Sound).await;
    no_problems(&p);
    assert_eq!((p.seconds, p.format.as_deref()), (Some(7), Some("m4a")));
    let MsgElement::Sound(s) = p.to_element() else {
        panic!()
    };
    assert_eq!(
        (s.second, s.size as u64, s.download_flag),
        (7, p.size.unwrap(), 2)
    );

    let p = probe_ok(&server.url("/d.amr"), MediaKind::Sound).await;
    assert_eq!(problems(&p), ["Second: media-duration-unsupported"]);
    assert_eq!(p.problems[0].params["format"], "AMR".into());
    assert_eq!(p.seconds, None);
    assert!(p.size.is_some(), "what was found is still there");
}

#[tokio::test]
async fn a_video_whose_moov_is_at_the_end_costs_two_small_reads() {
    let mp4 = mp4_moov_last(8 * 1024 * 1024, 1000, 12_345);
    let len = mp4.len() as u64;
    let server = Server::start(vec![("/v.mp4", file(mp4, "video/mp4"))]).await;
    let p = probe_ok(&server.url("/v.mp4"), MediaKind::Video).await;
    no_problems(&p);
    assert_eq!(p.format.as_deref(), Some("mp4"));
    assert_eq!(p.seconds, Some(12));
    assert_eq!(p.size, Some(len));
    assert_eq!(p.requests, 2, "{:?}", server.requests());
    assert!(p.bytes_read < 100 * 1024, "{}", p.bytes_read);
    let MsgElement::VideoFile(v) = p.to_element() else {
        panic!()
    };
    assert_eq!((v.video_second, v.video_format.as_str()), (12, "mp4"));
    assert_eq!(v.video_size as u64, len);
}

#[tokio::test]
async fn files_are_named_by_the_server_or_the_path() {
    let server = Server::start(vec![
        (
            "/download",
            Serve::File {
                body: Arc::new(vec![7; 5000]),
                content_type: "application/pdf",
                ranges: true,
                length: true,
                disposition: Some(
                    "attachment; filename=\"rates.pdf\"; filename*=UTF-8''%E2%82%AC%20rates.pdf",
                ),
                stall_after: None,
            },
        ),
        (
            "/docs/%E6%8A%A5%E5%91%8A.pdf",
            file(vec![1; 100], "application/pdf"),
        ),
        ("/", file(vec![1; 100], "application/octet-stream")),
    ])
    .await;
    let p = probe_ok(&server.url("/download?token=abc"), MediaKind::File).await;
    no_problems(&p);
    assert_eq!(p.file_name.as_deref(), Some("€ rates.pdf"));
    assert_eq!(p.size, Some(5000));

    let p = probe_ok(&server.url("/docs/%E6%8A%A5%E5%91%8A.pdf"), MediaKind::File).await;
    no_problems(&p);
    assert_eq!(p.file_name.as_deref(), Some("报告.pdf"));
    let MsgElement::File(f) = p.to_element() else {
        panic!()
    };
    assert_eq!((f.file_name.as_str(), f.file_size), ("报告.pdf", 100));

    let p = probe_ok(&server.url("/"), MediaKind::File).await;
    assert_eq!(problems(&p), ["FileName: media-file-name-unknown"]);
    assert_eq!(p.size, Some(100));
}

// ---------------------------------------------------------------------------------------------
// Limits

#[tokio::test]
async fn a_server_that_ignores_range_is_cut_off_at_the_cap() {
    const TOTAL: u64 = 64 * 1024 * 1024;
    let server = Server::start(vec![
        (
            "/unsized",
            Serve::Flood {
                total: TOTAL,
                length: false,
            },
        ),
        (
            "/sized",
            Serve::Flood {
                total: TOTAL,
                length: true,
            },
        ),
    ])
    .await;
    let limits = ProbeLimits {
        max_bytes: 512 * 1024,
        ..ProbeLimits::default()
    };

    let p = probe(&server.url("/unsized"), MediaKind::File, &limits)
        .await
        .unwrap();
    assert_eq!(p.bytes_read, 512 * 1024);
    assert_eq!(p.size, None);
    assert_eq!(problems(&p), ["FileSize: media-size-unknown"]);
    assert_eq!(p.problems[0].params["mib"], 1.into());
    let written = server.flooded("/unsized").await;
    assert!(written < TOTAL, "the whole body was sent: {written}");

    let p = probe(&server.url("/sized"), MediaKind::File, &limits)
        .await
        .unwrap();
    no_problems(&p);
    assert_eq!(p.size, Some(TOTAL), "the length the server declared");
    assert_eq!(p.bytes_read, 512 * 1024);
    assert!(server.flooded("/sized").await < TOTAL);
}

#[tokio::test]
async fn a_server_that_never_answers_hits_the_time_limit() {
    let server = Server::start(vec![("/slow.png", Serve::Stall)]).await;
    let limits = ProbeLimits {
        time: Duration::from_millis(300),
        ..ProbeLimits::default()
    };
    let started = Instant::now();
    let p = probe(&server.url("/slow.png"), MediaKind::Image, &limits)
        .await
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(problems(&p), ["ImageInfoArray[0].URL: media-timeout"]);
    assert_eq!(p.problems[0].params["seconds"], 1.into());
    assert_eq!((p.size, p.width), (None, None));
}

#[tokio::test]
async fn a_timeout_after_the_first_answer_keeps_what_was_found() {
    // The first piece comes; the MP3's end (its last frames and an ID3v1 tag) never does.
    let server = Server::start(vec![(
        "/long.mp3",
        Serve::File {
            body: Arc::new(mp3(2000)),
            content_type: "audio/mpeg",
            ranges: true,
            length: true,
            disposition: None,
            stall_after: Some(1),
        },
    )])
    .await;
    let limits = ProbeLimits {
        time: Duration::from_secs(1),
        ..ProbeLimits::default()
    };
    let p = probe(&server.url("/long.mp3"), MediaKind::Sound, &limits)
        .await
        .unwrap();
    assert_eq!(p.size, Some(2000 * 417));
    assert_eq!(p.seconds, None);
    assert_eq!(problems(&p), ["Url: media-timeout"]);
    assert_eq!(p.requests, 2);
}

#[tokio::test]
async fn a_length_beyond_the_cap_is_said_to_be_so() {
    // The moov sits after 8 MiB of media, and the cap is the first piece: its length is past what
    // may be read, and the problem says how much was.
    let server = Server::start(vec![(
        "/v.mp4",
        file(mp4_moov_last(8 * 1024 * 1024, 600, 6000), "video/mp4"),
    )])
    .await;
    let limits = ProbeLimits {
        max_bytes: 64 * 1024,
        ..ProbeLimits::default()
    };
    let p = probe(&server.url("/v.mp4"), MediaKind::Video, &limits)
        .await
        .unwrap();
    assert_eq!(problems(&p), ["VideoSecond: media-duration-not-found"]);
    assert_eq!(p.problems[0].params["kib"], 64.into());
    assert_eq!(p.requests, 1);
    assert_eq!(p.format.as_deref(), Some("mp4"));
}

// ---------------------------------------------------------------------------------------------
// Failures

#[tokio::test]
async fn not_found_is_one_problem_on_the_url() {
    let server = Server::start(vec![]).await;
    let p = probe_ok(&server.url("/gone.mp4"), MediaKind::Video).await;
    assert_eq!(problems(&p), ["VideoUrl: media-http-status"]);
    assert_eq!(p.problems[0].params["status"], 404.into());
    assert_eq!(
        p.problems[0].message,
        "nothing is at this address (HTTP 404); check the link"
    );
    assert_eq!((p.size, p.seconds, p.format.as_ref()), (None, None, None));
}

#[tokio::test]
async fn something_else_than_an_image_is_said_to_be_so() {
    let page = b"<!DOCTYPE html><html><body><img src=\"/a.png\"></body></html>".to_vec();
    let server = Server::start(vec![
        ("/gallery", file(page, "text/html; charset=utf-8")),
        ("/blob", file(vec![0x42; 3000], "application/octet-stream")),
        ("/mislabelled", file(png(4, 4), "text/plain")),
        ("/song.m4a", file(m4a(1000, 3000), "audio/mp4")),
    ])
    .await;

    let p = probe_ok(&server.url("/gallery"), MediaKind::Image).await;
    assert_eq!(problems(&p), ["ImageInfoArray[0].URL: media-not-image"]);
    assert_eq!(p.problems[0].params["found"], "page".into());
    assert_eq!(p.content_type.as_deref(), Some("text/html"));
    assert_eq!((p.uuid, p.image_format), (None, None));

    let p = probe_ok(&server.url("/blob"), MediaKind::VideoThumb).await;
    assert_eq!(problems(&p), ["ThumbUrl: media-not-image"]);
    assert_eq!(p.problems[0].params["found"], "other".into());

    // Right bytes, wrong label: found, and the label named as a risk.
    let p = probe_ok(&server.url("/mislabelled"), MediaKind::Image).await;
    assert_eq!(problems(&p), ["ImageInfoArray[0].URL: media-content-type"]);
    assert_eq!((p.width, p.height), (Some(4), Some(4)));

    let p = probe_ok(&server.url("/gallery"), MediaKind::Sound).await;
    assert_eq!(problems(&p), ["Url: media-not-sound"]);

    // An audio-only MP4 is no video.
    let p = probe_ok(&server.url("/song.m4a"), MediaKind::Video).await;
    assert_eq!(problems(&p), ["VideoUrl: media-not-video"]);
}

#[tokio::test]
async fn urls_the_policy_refuses_are_never_fetched() {
    for (url, id) in [
        // Hosts that cannot be reached even if the policy broke: `.invalid` never resolves (the
        // client answers it locally), and 0.0.0.0 is this computer though it is not loopback.
        ("http://0.0.0.0:9/a.png", "media-url-insecure"),
        ("http://cdn.invalid/a.png", "media-url-insecure"),
        ("ftp://127.0.0.1/a.png", "media-url-scheme"),
        ("https://user:pw@cdn.invalid/a.png", "media-url-credentials"),
        ("cdn.invalid/a.png", "media-url-invalid"),
    ] {
        let started = Instant::now();
        let p = probe_ok(url, MediaKind::Image).await;
        assert_eq!(
            problems(&p),
            [format!("ImageInfoArray[0].URL: {id}")],
            "{url}"
        );
        assert_eq!((p.requests, p.bytes_read), (0, 0), "{url}");
        assert!(started.elapsed() < Duration::from_millis(500), "{url}");
    }
    let p = probe_ok("  http://[::1]:9/a.png \n", MediaKind::Image).await;
    assert_eq!(p.url, "http://[::1]:9/a.png", "trimmed");
    assert_ne!(
        problems(&p),
        ["ImageInfoArray[0].URL: media-url-insecure"],
        "loopback is allowed"
    );
}

#[tokio::test]
async fn redirects_are_followed_only_where_the_policy_allows() {
    let server = Server::start(vec![("/a.png", file(png(2, 3), "image/png"))]).await;
    let port = server.port;
    let hop = |to: &str| Serve::Redirect(to.to_owned());
    let redirects = Server::start(vec![
        ("/short", hop(&format!("http://localhost:{port}/a.png"))),
        ("/relative", hop("/short")),
        // `.invalid` never resolves: nothing could leave this computer even if the check broke.
        ("/away", hop("http://media.invalid/a.png")),
        ("/ftp", hop("ftp://127.0.0.1/a.png")),
        ("/loop", hop("/loop")),
    ])
    .await;

    let p = probe_ok(&redirects.url("/relative"), MediaKind::Image).await;
    no_problems(&p);
    assert_eq!((p.width, p.height, p.requests), (Some(2), Some(3), 3));
    assert_eq!(
        p.url,
        redirects.url("/relative"),
        "the element keeps the pasted URL"
    );

    let p = probe_ok(&redirects.url("/away"), MediaKind::Image).await;
    assert_eq!(
        problems(&p),
        ["ImageInfoArray[0].URL: media-redirect-insecure"]
    );
    assert_eq!(p.problems[0].params["host"], "media.invalid".into());
    assert_eq!(p.requests, 1, "nothing was sent to the redirect's target");

    let p = probe_ok(&redirects.url("/ftp"), MediaKind::Image).await;
    assert_eq!(
        problems(&p),
        ["ImageInfoArray[0].URL: media-redirect-invalid"]
    );

    let p = probe_ok(&redirects.url("/loop"), MediaKind::Image).await;
    assert_eq!(
        problems(&p),
        ["ImageInfoArray[0].URL: media-redirect-too-many"]
    );
    assert_eq!(p.requests, 6, "the first request and five redirects");
}

#[tokio::test]
async fn an_empty_file_and_a_refused_connection() {
    let server = Server::start(vec![("/empty", file(vec![], "image/png"))]).await;
    let p = probe_ok(&server.url("/empty"), MediaKind::Image).await;
    assert_eq!(p.size, Some(0));
    assert_eq!(problems(&p), ["ImageInfoArray[0].URL: media-not-image"]);

    // A port nothing listens on (bound, then closed).
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let p = probe_ok(&format!("http://127.0.0.1:{port}/a.png"), MediaKind::Image).await;
    assert_eq!(problems(&p), ["ImageInfoArray[0].URL: media-fetch-failed"]);
    assert_eq!(p.problems[0].params["kind"], "connection-refused".into());
}

// ---------------------------------------------------------------------------------------------
// The desk's door

#[tokio::test]
async fn the_desk_probes_with_the_default_limits() {
    use desk_core::desk::Desk;
    use desk_core::keychain::Keychain;
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), "desk.sqlite3", Keychain::in_memory_for_tests()).unwrap();
    let server = Server::start(vec![(
        "/v.mp4",
        file(mp4_moov_last(1000, 90_000, 900_000), "video/mp4"),
    )])
    .await;
    let p = desk
        .probe_media(&server.url("/v.mp4"), MediaKind::Video)
        .await
        .unwrap();
    no_problems(&p);
    assert_eq!(p.seconds, Some(10));
    let p = desk
        .probe_media("http://cdn.invalid/a.png", MediaKind::Image)
        .await
        .unwrap();
    assert_eq!(problems(&p), ["ImageInfoArray[0].URL: media-url-insecure"]);
    assert_eq!(p.requests, 0);
}
