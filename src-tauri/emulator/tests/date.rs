//! The `Date` header: every answer carries one, from the emulator's clock, as a real server's carries
//! its own. Clients compare it with their clock to warn that UserSigs will be judged by a clock that
//! differs from theirs.

mod common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use common::*;
use serde_json::json;
use tim_emulator::{Emulator, Fault, ManualClock};

fn date_of(response: &reqwest::Response) -> Option<SystemTime> {
    let value = response.headers().get("date")?.to_str().ok()?;
    httpdate::parse_http_date(value).ok()
}

#[tokio::test]
async fn every_kind_of_answer_is_dated_by_the_emulators_clock_not_the_machines() {
    // Years away from the machine's clock, so hyper's own Date (the machine's) could not pass.
    let shown = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let clock = ManualClock::new(shown);
    let emu = Emulator::start_with_clock(Harness::config(), clock.clone())
        .await
        .unwrap();
    let sig = sign(APP, KEY, "admin", clock.unix_secs(), 86400);
    let url = format!(
        "{}{SEND}?sdkappid={APP}&identifier=admin&usersig={sig}&random=1&contenttype=json",
        emu.base_url()
    );
    let body = json!({"Random": 1, "MsgBody": text_msg("hi")}).to_string();
    let http = client();
    emu.inject(Fault::Http(502), 1);
    emu.inject(
        Fault::Error {
            code: 10002,
            info: "busy".into(),
        },
        1,
    );
    // A bare gateway status, an injected error, a success, and a refusal (bad JSON).
    for (body, status) in [
        (body.clone(), 502),
        (body.clone(), 200),
        (body.clone(), 200),
        ("not json".to_owned(), 200),
    ] {
        let response = http.post(&url).body(body).send().await.unwrap();
        assert_eq!(response.status().as_u16(), status);
        assert_eq!(date_of(&response), Some(shown), "{:?}", response.headers());
    }
    // The header moves with the clock.
    clock.advance(Duration::from_secs(90));
    let response = http.post(&url).body(body).send().await.unwrap();
    assert_eq!(date_of(&response), Some(shown + Duration::from_secs(90)));
    emu.shutdown().await;
}

#[tokio::test]
async fn the_system_clock_dates_answers_too() {
    let emu = Emulator::start(Harness::config()).await.unwrap();
    let response = client()
        .post(format!("{}{SEND}", emu.base_url()))
        .send()
        .await
        .unwrap();
    assert!(date_of(&response).is_some(), "{:?}", response.headers());
    emu.shutdown().await;
}

#[tokio::test]
async fn a_clock_outside_what_http_dates_can_show_sends_no_date() {
    let clock = ManualClock::new(UNIX_EPOCH - Duration::from_secs(1));
    let emu = Emulator::start_with_clock(Harness::config(), clock)
        .await
        .unwrap();
    let response = client()
        .post(format!("{}{SEND}", emu.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.headers().get("date").is_none());
    emu.shutdown().await;
}
