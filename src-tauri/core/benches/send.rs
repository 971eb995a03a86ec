//! Client overhead: a warm `send_broadcast` (UserSig from the cache, URL building, classification)
//! against a bare keep-alive reqwest POST of the same bytes to the same emulator with the same URL
//! shape, in one run, so the two can be compared as a ratio on the same machine.
//!
//! Run: `cargo bench -p desk-core --bench send -- --measurement-time 5`

mod common;

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use desk_core::client::{Client, Credentials, Endpoint, WireBody};
use desk_core::secret::SecretKey;

use common::{KEY, SDKAPPID};

const BODY: &str = r#"{"Random":4242,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Doors open in 5 minutes"}}]}"#;

fn send(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let emu = rt.block_on(common::emulator());

    let creds = Credentials::new(SDKAPPID, "admin", SecretKey::from(KEY)).unwrap();
    let client = Client::new(Endpoint::custom(&emu.base_url(), None).unwrap()).unwrap();
    let body = WireBody::new(BODY).unwrap();

    // The bare baseline: one pooled reqwest client, the same URL shape with a fresh random each time
    // and the UserSig signed once up front.
    let bare = reqwest::Client::new();
    let usersig = creds.usersig();
    let base = format!(
        "{}/v4/group_open_http_svc/send_broadcast_msg?sdkappid={SDKAPPID}&identifier=admin&usersig={}",
        emu.base_url(),
        usersig.expose()
    );
    let bytes = bytes::Bytes::from_static(BODY.as_bytes());

    // Warm both pools and check both paths really succeed, so neither measures an error path.
    let o = rt.block_on(client.send_broadcast(&creds, &body)).unwrap();
    assert!(o.is_ok(), "{o:?}");
    let text = rt.block_on(async {
        bare.post(format!("{base}&random=1&contenttype=json"))
            .header("content-type", "application/json")
            .body(bytes.clone())
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    });
    assert!(text.contains("\"ErrorCode\":0"), "{text}");

    let mut group = c.benchmark_group("send_to_emulator");
    group.bench_function("desk_core_send_broadcast", |b| {
        b.iter(|| {
            let o = rt.block_on(client.send_broadcast(&creds, &body)).unwrap();
            assert!(o.is_ok(), "{o:?}");
            black_box(o.msg_seq)
        })
    });
    group.bench_function("bare_reqwest_post", |b| {
        b.iter(|| {
            rt.block_on(async {
                let url = format!("{base}&random={}&contenttype=json", rand::random::<u32>());
                let resp = bare
                    .post(url)
                    .header("content-type", "application/json")
                    .body(bytes.clone())
                    .send()
                    .await
                    .unwrap();
                assert!(resp.status().is_success());
                black_box(resp.bytes().await.unwrap())
            })
        })
    });
    group.finish();
    rt.block_on(emu.shutdown());
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_secs(1));
    targets = send
}
criterion_main!(benches);
