//! The clock-skew check against tim-emulator over loopback: the server's time is read from the `Date`
//! header of every answer (errors included) and set against the clock that signs UserSigs.
//!
//! Both clocks are manual, so every offset is exact: the emulator's Date shows its clock to the second,
//! and the client's reading is the credentials' clock.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use desk_core::Error;
use desk_core::client::{
    Client, ClockDirection, ClockSkew, Credentials, DEFAULT_LIFETIME, Endpoint, ErrorClass,
    TransportKind, WireBody,
};
use desk_core::clock::ManualClock as SigningClock;
use desk_core::secret::SecretKey;
use tim_emulator::{Config, Emulator, Fault, ManualClock as ServerClock};

const SDKAPPID: u64 = 1400000000;
/// Obviously a test key.
const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
/// This computer's time in every test: 2023-11-14 22:13:20 UTC.
const T: u64 = 1_700_000_000;
const BODY: &str =
    r#"{"Random":99,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Soundcheck"}}]}"#;

fn at(secs: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(secs)
}

/// An emulator whose clock shows `server`, and a client and credentials whose clock shows [`T`].
async fn skewed(server: SystemTime) -> (Emulator, Client, Credentials) {
    let emu = Emulator::start_with_clock(Config::new(SDKAPPID, KEY), ServerClock::new(server))
        .await
        .unwrap();
    let client = Client::builder(Endpoint::custom(&emu.base_url(), None).unwrap())
        .timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    let creds = Credentials::new(SDKAPPID, "admin", SecretKey::from(KEY))
        .unwrap()
        .with_clock(Arc::new(SigningClock::new(T)));
    (emu, client, creds)
}

#[tokio::test]
async fn clocks_in_step_read_as_in_step() {
    let (emu, client, creds) = skewed(at(T)).await;
    let check = client.account_check(&creds, &["admin"]).await.unwrap();
    assert_eq!(check.server_time, Some(at(T)));
    let skew = check.clock_skew.unwrap();
    assert_eq!(skew.direction(), ClockDirection::InStep);
    assert!(!skew.worth_telling());
    emu.shutdown().await;
}

#[tokio::test]
async fn a_computer_minutes_behind_is_named_while_tencent_still_says_yes() {
    // Seven minutes: every UserSig still passes, so only the Date header can tell.
    let (emu, client, creds) = skewed(at(T + 7 * 60)).await;
    let check = client.account_check(&creds, &["admin"]).await.unwrap();
    assert!(!check.resigned);
    assert_eq!(check.server_time, Some(at(T + 420)));
    let skew = check.clock_skew.unwrap();
    assert_eq!(skew, ClockSkew { offset_secs: 420 });
    assert!(skew.worth_telling());
    assert_eq!(
        skew.to_string(),
        "this computer's clock is 7 minutes behind the server's"
    );
    emu.shutdown().await;
}

#[tokio::test]
async fn a_computer_minutes_ahead_is_named_too() {
    let (emu, client, creds) = skewed(at(T - 3 * 60)).await;
    let clocked = client.account_check_clocked(&creds, &["admin"]).await;
    assert!(clocked.result.is_ok(), "{:?}", clocked.result);
    let skew = clocked.clock_skew.unwrap();
    assert_eq!(
        (skew.offset_secs, skew.direction()),
        (-180, ClockDirection::Ahead)
    );
    assert_eq!(clocked.server_time, Some(at(T - 180)));
    emu.shutdown().await;
}

#[tokio::test]
async fn a_clock_behind_by_more_than_a_usersigs_life_gets_70001_with_the_servers_time() {
    // Tencent's clock is past the end of every UserSig this computer makes, the fresh one after the
    // re-sign included: the failure itself carries what the caller needs to name the clock.
    let behind = DEFAULT_LIFETIME.as_secs() + 3600;
    let (emu, client, creds) = skewed(at(T + behind)).await;
    let clocked = client.account_check_clocked(&creds, &["admin"]).await;
    assert!(
        matches!(clocked.result, Err(Error::Api { code: 70001, .. })),
        "{:?}",
        clocked.result
    );
    assert_eq!(emu.requests_seen(), 2, "it re-signed once before giving up");
    assert_eq!(clocked.server_time, Some(at(T + behind)));
    let skew = clocked.clock_skew.unwrap();
    assert_eq!(skew.offset_secs, i64::try_from(behind).unwrap());
    assert_eq!(
        skew.to_string(),
        "this computer's clock is 5 hours behind the server's"
    );

    // A send meets the same, and its outcome carries the same reading.
    let o = client
        .send_broadcast(&creds, &WireBody::new(BODY).unwrap())
        .await
        .unwrap();
    assert_eq!(
        (o.class, o.code, o.resigned),
        (ErrorClass::Resign, Some(70001), true)
    );
    assert_eq!(o.server_time, Some(at(T + behind)));
    assert_eq!(o.clock_skew, Some(skew));
    assert!(emu.delivered().is_empty());
    emu.shutdown().await;
}

#[tokio::test]
async fn an_answer_that_is_not_tencents_is_still_dated() {
    let (emu, client, creds) = skewed(at(T + 600)).await;
    emu.inject(Fault::Http(502), 1);
    let clocked = client.account_check_clocked(&creds, &["admin"]).await;
    assert!(
        matches!(
            clocked.result,
            Err(Error::Transport {
                kind: TransportKind::HttpStatus,
                ..
            })
        ),
        "{:?}",
        clocked.result
    );
    assert_eq!(clocked.clock_skew, Some(ClockSkew { offset_secs: 600 }));
    emu.shutdown().await;
}

#[tokio::test]
async fn no_answer_or_no_date_means_no_reading() {
    // Nothing listens: no answer, so nothing to read.
    let dead = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", dead.local_addr().unwrap());
    drop(dead);
    let creds = Credentials::new(SDKAPPID, "admin", SecretKey::from(KEY)).unwrap();
    let clocked = Client::new(Endpoint::custom(&url, None).unwrap())
        .unwrap()
        .account_check_clocked(&creds, &["admin"])
        .await;
    assert!(clocked.result.is_err());
    assert_eq!((clocked.server_time, clocked.clock_skew), (None, None));

    // A server whose clock no HTTP date can show answers without one: the check passes, undated.
    let (emu, client, creds) = skewed(UNIX_EPOCH - Duration::from_secs(1)).await;
    let check = client.account_check(&creds, &["admin"]).await.unwrap();
    assert_eq!((check.server_time, check.clock_skew), (None, None));
    emu.shutdown().await;
}
