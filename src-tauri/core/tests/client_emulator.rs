//! The client against tim-emulator over loopback: success, every error class, re-sign, transport
//! faults, standby fallback, account_check, and that no error text carries the key or a UserSig.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use desk_core::client::{
    AccountStatus, Client, Credentials, Endpoint, ErrorClass, SendOutcome, TransportKind, WireBody,
    explain,
};
use desk_core::clock::ManualClock;
use desk_core::secret::SecretKey;
use desk_core::{Error, ErrorCode};
use tim_emulator::{Config, Emulator, Fault};

const SDKAPPID: u64 = 1400000000;
/// The published test key (docs/TENCENT-API.md, UserSig): obviously not a real app's.
const KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const OTHER_KEY: &str = "0000000000000000000000000000000000000000000000000000000000000000";
const BODY: &str = r#"{"Random":4242,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"Doors open in 5 minutes"}}]}"#;

fn config() -> Config {
    let mut c = Config::new(SDKAPPID, KEY);
    c.admins = vec!["admin".into()];
    c.accounts = vec!["admin".into(), "host_anna".into()];
    c
}

async fn emulator() -> Emulator {
    Emulator::start(config()).await.unwrap()
}

fn creds() -> Credentials {
    Credentials::new(SDKAPPID, "admin", SecretKey::from(KEY)).unwrap()
}

fn client_for(url: &str, standby: Option<&str>) -> Client {
    Client::builder(Endpoint::custom(url, standby).unwrap())
        .timeout(Duration::from_millis(800))
        .build()
        .unwrap()
}

fn client(emu: &Emulator) -> Client {
    client_for(&emu.base_url(), None)
}

fn body() -> WireBody {
    WireBody::new(BODY).unwrap()
}

async fn dead_url() -> String {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    format!("http://{}", l.local_addr().unwrap())
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[tokio::test]
async fn success_returns_msg_seq_and_delivers_the_body() {
    let emu = emulator().await;
    let o = client(&emu)
        .send_broadcast(&creds(), &body())
        .await
        .unwrap();
    assert_eq!(o.class, ErrorClass::Ok, "{o:?}");
    assert_eq!(o.code, Some(0));
    let delivered = emu.delivered();
    assert_eq!(delivered.len(), 1);
    assert_eq!(Some(delivered[0].msg_seq), o.msg_seq);
    assert_eq!(delivered[0].random, 4242);
    assert_eq!(o.http_requests, 1);
    assert!(!o.resigned);
    emu.shutdown().await;
}

#[tokio::test]
async fn every_class_from_representative_codes() {
    let cases = [
        (10002, ErrorClass::RetryLater),
        (10023, ErrorClass::RetryLater),
        (60018, ErrorClass::RetryLater),
        (70050, ErrorClass::RetryLater),
        (10007, ErrorClass::Config),
        (70009, ErrorClass::Config),
        (70020, ErrorClass::Config),
        (60021, ErrorClass::Config),
        (10004, ErrorClass::Message),
        (80002, ErrorClass::Message),
        (93000, ErrorClass::Message),
        (99999, ErrorClass::Config), // undocumented: never retried blindly
    ];
    let emu = emulator().await;
    let cl = client(&emu);
    let c = creds();
    for (code, class) in cases {
        emu.inject(
            Fault::Error {
                code,
                info: format!("injected {code}"),
            },
            1,
        );
        let o = cl.send_broadcast(&c, &body()).await.unwrap();
        assert_eq!((o.code, o.class), (Some(code), class), "{o:?}");
        assert_eq!(o.explanation, explain(code));
        assert_eq!(o.info, format!("injected {code}"));
        assert_eq!(
            (o.http_requests, o.resigned),
            (1, false),
            "no retry for {code}"
        );
        assert_eq!(o.msg_seq, None);
        let err = o.into_result().unwrap_err();
        assert_eq!(err.code(), ErrorCode::Api);
        assert!(matches!(err, Error::Api { code: c, class: k, .. } if c == code && k == class));
    }
    // Nothing was delivered by the failed sends.
    assert!(emu.delivered().is_empty());
    emu.shutdown().await;
}

#[tokio::test]
async fn real_errors_from_the_emulator_model() {
    let emu = emulator().await;
    let cl = client(&emu);
    // The console switch off → 10007, explained with the console path.
    emu.set_broadcast_enabled(false);
    let o = cl.send_broadcast(&creds(), &body()).await.unwrap();
    assert_eq!((o.code, o.class), (Some(10007), ErrorClass::Config));
    assert!(
        o.explanation
            .remedy
            .contains("Broadcast messaging of audio-video group")
    );
    emu.set_broadcast_enabled(true);
    // Another app's key → 70009.
    let wrong = Credentials::new(SDKAPPID, "admin", SecretKey::from(OTHER_KEY)).unwrap();
    let o = cl.send_broadcast(&wrong, &body()).await.unwrap();
    assert_eq!(
        (o.code, o.class),
        (Some(70009), ErrorClass::Config),
        "{o:?}"
    );
    assert!(o.explanation.remedy.contains("another app"));
    emu.shutdown().await;
}

#[tokio::test]
async fn injected_70001_is_resigned_and_retried_exactly_once() {
    let emu = emulator().await;
    let c = creds();
    let before = c.usersig();
    emu.inject(
        Fault::Error {
            code: 70001,
            info: "sig expired".into(),
        },
        1,
    );
    let seen = emu.requests_seen();
    let o = client(&emu).send_broadcast(&c, &body()).await.unwrap();
    assert_eq!(o.class, ErrorClass::Ok, "{o:?}");
    assert!(o.resigned);
    assert_eq!(o.http_requests, 2);
    assert_eq!(emu.requests_seen() - seen, 2);
    assert_eq!(emu.delivered().len(), 1);
    // Re-signed within the same second can give the same text; what matters is it was signed again
    // and is valid.
    let _ = before;
    emu.shutdown().await;
}

#[tokio::test]
async fn a_really_expired_usersig_is_retried_once_then_reported() {
    // This computer's clock is two hours behind the emulator's: every UserSig we sign (one-hour
    // lifetime) is already expired there. Exactly one re-sign, then the outcome says RESIGN.
    let emu = emulator().await;
    let clock = Arc::new(ManualClock::new(now() - 2 * 3600));
    let c = creds()
        .with_lifetime(Duration::from_secs(3600))
        .unwrap()
        .with_clock(clock);
    let seen = emu.requests_seen();
    let o = client(&emu).send_broadcast(&c, &body()).await.unwrap();
    assert_eq!(
        (o.code, o.class),
        (Some(70001), ErrorClass::Resign),
        "{o:?}"
    );
    assert!(o.resigned);
    assert_eq!(o.http_requests, 2);
    assert_eq!(emu.requests_seen() - seen, 2, "retried exactly once");
    assert!(o.explanation.remedy.contains("clock"));
    emu.shutdown().await;
}

#[tokio::test]
async fn http_502_is_transport_and_does_not_fall_back() {
    let (emu, standby) = (emulator().await, emulator().await);
    emu.inject(Fault::Http(502), 1);
    let o = client_for(&emu.base_url(), Some(&standby.base_url()))
        .send_broadcast(&creds(), &body())
        .await
        .unwrap();
    let t = o.transport.as_ref().expect("transport failure");
    assert_eq!(
        (t.kind, t.http_status),
        (TransportKind::HttpStatus, Some(502))
    );
    assert_eq!(o.class, ErrorClass::Transport);
    assert_eq!(standby.requests_seen(), 0);
    let err = o.into_result().unwrap_err();
    assert_eq!(err.code(), ErrorCode::Transport);
    emu.shutdown().await;
    standby.shutdown().await;
}

#[tokio::test]
async fn delay_beyond_the_timeout_is_a_maybe_delivered_timeout() {
    let (emu, standby) = (emulator().await, emulator().await);
    emu.inject(Fault::Delay(Duration::from_secs(3)), 1);
    let o = client_for(&emu.base_url(), Some(&standby.base_url()))
        .send_broadcast(&creds(), &body())
        .await
        .unwrap();
    let t = o.transport.as_ref().expect("transport failure");
    assert_eq!(t.kind, TransportKind::Timeout, "{o:?}");
    assert!(t.may_have_been_delivered());
    assert_eq!(
        standby.requests_seen(),
        0,
        "no fallback after the request went out"
    );
    emu.shutdown().await;
    standby.shutdown().await;
}

#[tokio::test]
async fn dropped_connection_is_connection_lost() {
    let (emu, standby) = (emulator().await, emulator().await);
    emu.inject(Fault::Drop, 1);
    let o = client_for(&emu.base_url(), Some(&standby.base_url()))
        .send_broadcast(&creds(), &body())
        .await
        .unwrap();
    let t = o.transport.as_ref().expect("transport failure");
    assert_eq!(t.kind, TransportKind::ConnectionLost, "{o:?}");
    assert!(t.may_have_been_delivered());
    assert_eq!(standby.requests_seen(), 0);
    emu.shutdown().await;
    standby.shutdown().await;
}

#[tokio::test]
async fn a_lost_answer_after_delivery_is_connection_lost_not_an_error() {
    // The emulator delivers, then resets instead of answering: the case where only the pipeline's
    // same-Random retry can tell. The client must report "maybe delivered" and not retry by itself.
    let (emu, standby) = (emulator().await, emulator().await);
    emu.inject(Fault::DropAfterHandling, 1);
    let o = client_for(&emu.base_url(), Some(&standby.base_url()))
        .send_broadcast(&creds(), &body())
        .await
        .unwrap();
    let t = o.transport.as_ref().expect("transport failure");
    assert_eq!(t.kind, TransportKind::ConnectionLost, "{o:?}");
    assert!(t.may_have_been_delivered());
    assert_eq!(emu.delivered().len(), 1, "it was delivered");
    assert_eq!((emu.requests_seen(), standby.requests_seen()), (1, 0));
    emu.shutdown().await;
    standby.shutdown().await;
}

#[tokio::test]
async fn refused_primary_falls_back_to_the_standby_emulator() {
    let standby = emulator().await;
    let o = client_for(&dead_url().await, Some(&standby.base_url()))
        .send_broadcast(&creds(), &body())
        .await
        .unwrap();
    assert_eq!(o.class, ErrorClass::Ok, "{o:?}");
    assert_eq!(
        o.primary_failure.as_ref().unwrap().kind,
        TransportKind::ConnectionRefused
    );
    assert_eq!(o.host, standby.addr().to_string());
    assert_eq!(standby.requests_seen(), 1);
    assert_eq!(standby.delivered().len(), 1);
    standby.shutdown().await;
}

#[tokio::test]
async fn api_error_never_falls_back() {
    let (emu, standby) = (emulator().await, emulator().await);
    emu.inject(
        Fault::Error {
            code: 10002,
            info: "internal".into(),
        },
        1,
    );
    let o = client_for(&emu.base_url(), Some(&standby.base_url()))
        .send_broadcast(&creds(), &body())
        .await
        .unwrap();
    assert_eq!((o.code, o.class), (Some(10002), ErrorClass::RetryLater));
    assert_eq!(emu.requests_seen(), 1);
    assert_eq!(standby.requests_seen(), 0);
    emu.shutdown().await;
    standby.shutdown().await;
}

#[tokio::test]
async fn account_check_reports_imported_and_not_imported() {
    let emu = emulator().await;
    let cl = client(&emu);
    let check = cl
        .account_check(&creds(), &["admin", "host_anna", "nobody"])
        .await
        .unwrap();
    let statuses: Vec<_> = check
        .accounts
        .iter()
        .map(|a| (a.user_id.as_str(), a.status))
        .collect();
    assert_eq!(
        statuses,
        [
            ("admin", AccountStatus::Imported),
            ("host_anna", AccountStatus::Imported),
            ("nobody", AccountStatus::NotImported)
        ]
    );
    assert_eq!(check.host, emu.addr().to_string());
    assert!(emu.delivered().is_empty(), "account_check never broadcasts");

    let too_many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    let ids: Vec<&str> = too_many.iter().map(String::as_str).collect();
    let err = cl.account_check(&creds(), &ids).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);

    let wrong = Credentials::new(SDKAPPID, "admin", SecretKey::from(OTHER_KEY)).unwrap();
    let err = cl.account_check(&wrong, &["admin"]).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Api {
                code: 70009,
                class: ErrorClass::Config,
                ..
            }
        ),
        "{err:?}"
    );
    emu.shutdown().await;
}

/// Every error and outcome the client can produce in these scenarios, formatted every way a caller
/// could (Display, Debug, JSON), must contain neither the key nor any UserSig used.
#[tokio::test]
async fn no_error_text_ever_contains_the_key_or_a_usersig() {
    let emu = emulator().await;
    let cl = client(&emu);
    let c = creds();
    let mut sigs = vec![c.usersig().expose().clone()];
    let mut texts: Vec<String> = Vec::new();
    let record = |o: &SendOutcome, texts: &mut Vec<String>| {
        texts.push(format!("{o:?}"));
        texts.push(serde_json::to_string(o).unwrap());
        if let Err(e) = o.clone().into_result() {
            texts.push(format!("{e}"));
            texts.push(format!("{e:?}"));
        }
    };

    for fault in [
        Fault::Error {
            code: 70009,
            info: "bad sig".into(),
        },
        Fault::Error {
            code: 70001,
            info: "expired".into(),
        },
        Fault::Http(502),
        Fault::Delay(Duration::from_secs(3)),
        Fault::Drop,
    ] {
        emu.inject(fault, 1);
        let o = cl.send_broadcast(&c, &body()).await.unwrap();
        record(&o, &mut texts);
        sigs.push(c.usersig().expose().clone());
    }
    let refused = client_for(&dead_url().await, None)
        .send_broadcast(&c, &body())
        .await
        .unwrap();
    record(&refused, &mut texts);
    let dns = client_for("https://primary.invalid", None)
        .send_broadcast(&c, &body())
        .await
        .unwrap();
    record(&dns, &mut texts);
    let wrong = Credentials::new(SDKAPPID, "admin", SecretKey::from(OTHER_KEY)).unwrap();
    sigs.push(wrong.usersig().expose().clone());
    if let Err(e) = cl.account_check(&wrong, &["admin"]).await {
        texts.push(format!("{e}"));
        texts.push(format!("{e:?}"));
    }
    texts.push(format!("{c:?}"));
    texts.push(format!("{cl:?}"));

    assert!(texts.len() > 20);
    for text in &texts {
        for secret in std::iter::once(KEY)
            .chain(std::iter::once(OTHER_KEY))
            .chain(sigs.iter().map(String::as_str))
        {
            assert!(!text.contains(secret), "secret in: {text}");
            // A truncated UserSig or key would be a leak too.
            let mid = &secret[secret.len() / 3..secret.len() / 3 + 20];
            assert!(!text.contains(mid), "secret fragment in: {text}");
        }
    }
    emu.shutdown().await;
}
