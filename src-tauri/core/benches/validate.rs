//! How long checking a near-limit message takes, next to plain `serde_json` parsing of the same bytes so
//! the figures read as ratios (machines differ; ratios travel).
//!
//! Run: `cargo bench -p desk-core --bench validate`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use desk_core::message::{
    self, BODY_LIMIT_BYTES, CustomElem, FaceElem, FileElem, ImageElem, ImageInfo, LocationElem,
    MsgElement, RandomRule, SendBroadcastMsg, SoundElem, TextElem, VideoFileElem,
};
use std::hint::black_box;

const URL: &str = "https://cdn.example.com/show/2024/segment-07/asset.bin";

fn mixed_elements() -> Vec<MsgElement> {
    let info = |kind| ImageInfo {
        kind,
        size: 120_000,
        width: 1280,
        height: 720,
        url: URL.into(),
    };
    vec![
        MsgElement::Text(TextElem {
            text: "Doors open at 8 — 大门八点开放 🎉 \"VIP\" line on the left".into(),
        }),
        MsgElement::Location(LocationElem {
            desc: "Main stage".into(),
            latitude: 22.543_096,
            longitude: 114.057_865,
        }),
        MsgElement::Face(FaceElem {
            index: 7,
            data: Some("clap".into()),
        }),
        MsgElement::Sound(SoundElem {
            url: URL.into(),
            uuid: Some("b3c1f0e2".into()),
            size: 62_351,
            second: 12,
            download_flag: 2,
        }),
        MsgElement::Image(ImageElem {
            uuid: "img-7781".into(),
            image_format: 1,
            image_info_array: vec![info(1), info(2), info(3)],
        }),
        MsgElement::File(FileElem {
            url: URL.into(),
            uuid: None,
            file_size: 1_773_552,
            file_name: "running-order.pdf".into(),
            download_flag: 2,
        }),
        MsgElement::VideoFile(VideoFileElem {
            video_url: URL.into(),
            video_uuid: Some("v-1".into()),
            video_size: 8_000_000,
            video_second: 30,
            video_format: "mp4".into(),
            video_download_flag: 2,
            thumb_url: URL.into(),
            thumb_uuid: Some("t-1".into()),
            thumb_size: 20_000,
            thumb_width: 320,
            thumb_height: 180,
            thumb_format: "JPG".into(),
            thumb_download_flag: 2,
        }),
    ]
}

/// A valid message of mixed elements (one custom) just under the limit.
fn near_limit_message() -> SendBroadcastMsg {
    let mut msg = SendBroadcastMsg {
        from_account: Some("stage_bot".into()),
        random: 123_456_789,
        msg_body: vec![MsgElement::Custom(CustomElem {
            data: r#"{"kind":"poll","options":["A","B"]}"#.into(),
            desc: Some("New poll".into()),
            ext: None,
            sound: None,
        })],
        cloud_custom_data: Some(r#"{"show":42,"segment":7}"#.into()),
    };
    let elements = mixed_elements();
    for element in elements.iter().cycle() {
        msg.msg_body.push(element.clone());
        if message::validate(&msg).bytes > BODY_LIMIT_BYTES - 100 {
            msg.msg_body.pop();
            break;
        }
    }
    let room = BODY_LIMIT_BYTES - message::validate(&msg).bytes;
    msg.msg_body.push(MsgElement::Text(TextElem {
        text: "x".repeat(room - 60),
    }));
    msg
}

fn bench(c: &mut Criterion) {
    let msg = near_limit_message();
    let report = message::validate(&msg);
    assert!(report.valid, "{report:#?}");
    let json = message::to_wire_json(&msg);
    println!(
        "message: {} elements, {} counted bytes, {} wire bytes",
        msg.msg_body.len(),
        report.bytes,
        json.len()
    );

    let mut g = c.benchmark_group("near_limit_message");
    g.throughput(Throughput::Bytes(json.len() as u64));
    g.bench_function("baseline serde_json::from_str::<Value>", |b| {
        b.iter(|| serde_json::from_str::<serde_json::Value>(black_box(&json)).unwrap())
    });
    g.bench_function("serde derive from_str::<SendBroadcastMsg>", |b| {
        b.iter(|| serde_json::from_str::<SendBroadcastMsg>(black_box(&json)).unwrap())
    });
    g.bench_function("check_json (read + rules + count)", |b| {
        b.iter(|| message::check_json(black_box(&json), RandomRule::Required).unwrap())
    });
    g.bench_function("validate typed (rules + count)", |b| {
        b.iter(|| message::validate(black_box(&msg)))
    });
    g.bench_function("to_wire_json", |b| {
        b.iter(|| message::to_wire_json(black_box(&msg)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
