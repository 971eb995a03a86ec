//! The desk end to end: real SQLite files, real HTTP over loopback to the emulator, the keychain's
//! in-memory store (the real Secret Service path is covered by `desk_secret_service.rs`).

use std::time::{Duration, SystemTime};

use desk_core::ErrorCode;
use desk_core::client::{AccountStatus, ErrorClass};
use desk_core::desk::{
    Desk, KeyState, SANDBOX_ACCOUNTS, SANDBOX_ADMIN, SANDBOX_SDKAPPID, SandboxTarget,
};
use desk_core::keychain::Keychain;
use desk_core::message::Draft;
use desk_core::outbox::SendSource;
use desk_core::profiles::{Edition, ProfileDraft, Target};
use desk_core::secret::SecretKey;
use tim_emulator::{Config, Emulator, ManualClock};

/// The sanity key docs/TENCENT-API.md (UserSig) documents: published, obviously not a real app's key.
const TEST_KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const SDKAPPID: u64 = 1_400_000_000;

fn desk() -> (tempfile::TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), "desk.sqlite3", Keychain::in_memory_for_tests()).unwrap();
    (dir, desk)
}

fn config() -> Config {
    let mut c = Config::new(SDKAPPID, TEST_KEY);
    c.admins = vec!["administrator".into()];
    c.accounts = vec!["host_anna".into(), "not_admin".into()];
    c
}

fn draft(name: &str, url: &str) -> ProfileDraft {
    ProfileDraft {
        name: name.into(),
        color: "#ff8800".into(),
        target: Target::Custom { url: url.into() },
        sdkappid: SDKAPPID,
        admin_identifier: "administrator".into(),
        edition: Edition::Pro,
        default_from_account: None,
        usersig_lifetime_secs: None,
        is_sandbox: false,
    }
}

fn text(t: &str) -> Draft {
    serde_json::from_value(serde_json::json!({
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": t}}]
    }))
    .unwrap()
}

#[tokio::test]
async fn test_connection_succeeds_with_the_right_key_and_reports_the_round_trip() {
    let emu = Emulator::start(config()).await.unwrap();
    let (_dir, desk) = desk();
    let mut d = draft("Production", &emu.base_url());
    d.default_from_account = Some("host_anna".into());
    let p = desk
        .create_profile(&d, Some(&SecretKey::from(TEST_KEY)))
        .unwrap();
    assert!(matches!(p.key, KeyState::Stored { ref backend, .. } if !backend.is_empty()));

    let report = desk.test_connection(&p.profile.id, &[]).await.unwrap();
    assert!(report.ok, "{report:?}");
    assert_eq!(report.host, Some(emu.addr().to_string()));
    assert!(report.round_trip_ms.is_some());
    let from = report.default_from.unwrap();
    assert_eq!(
        (from.user_id.as_str(), from.status),
        ("host_anna", AccountStatus::Imported)
    );
    assert!(report.problem.is_none());
    assert_eq!(emu.requests_seen(), 1);
    emu.shutdown().await;
}

#[tokio::test]
async fn each_failure_class_comes_back_with_its_code_and_remedy() {
    let emu = Emulator::start(config()).await.unwrap();
    let (_dir, desk) = desk();

    // Wrong key: 70009.
    let p = desk
        .create_profile(
            &draft("Wrong key", &emu.base_url()),
            Some(&SecretKey::from("obviously-wrong-key")),
        )
        .unwrap();
    let r = desk.test_connection(&p.profile.id, &[]).await.unwrap();
    let problem = r.problem.unwrap();
    assert!(!r.ok);
    assert_eq!(problem.tencent_code, Some(70009));
    assert_eq!(problem.class, ErrorClass::Config);
    assert!(problem.remedy.contains("another app"), "{}", problem.remedy);

    // Replacing the key takes effect on the next test (the cached session is dropped).
    desk.set_key(&p.profile.id, &SecretKey::from(TEST_KEY))
        .unwrap();
    assert!(desk.test_connection(&p.profile.id, &[]).await.unwrap().ok);

    // Wrong SDKAppID (as when the region is wrong): 70020, remedy names the region.
    let mut d = draft("Wrong app", &emu.base_url());
    d.sdkappid = SDKAPPID + 1;
    let p = desk
        .create_profile(&d, Some(&SecretKey::from(TEST_KEY)))
        .unwrap();
    let problem = desk
        .test_connection(&p.profile.id, &[])
        .await
        .unwrap()
        .problem
        .unwrap();
    assert_eq!(problem.tencent_code, Some(70020));
    assert!(problem.remedy.contains("region"), "{}", problem.remedy);

    // An account that exists but is not an App admin: 60010.
    let mut d = draft("Not admin", &emu.base_url());
    d.admin_identifier = "not_admin".into();
    let p = desk
        .create_profile(&d, Some(&SecretKey::from(TEST_KEY)))
        .unwrap();
    let problem = desk
        .test_connection(&p.profile.id, &[])
        .await
        .unwrap()
        .problem
        .unwrap();
    assert_eq!(problem.tencent_code, Some(60010));

    // A default sender that does not exist: connected, but not ok.
    let mut d = draft("Ghost sender", &emu.base_url());
    d.default_from_account = Some("ghost".into());
    let p = desk
        .create_profile(&d, Some(&SecretKey::from(TEST_KEY)))
        .unwrap();
    let r = desk.test_connection(&p.profile.id, &[]).await.unwrap();
    assert!(!r.ok);
    assert!(r.round_trip_ms.is_some());
    assert_eq!(r.default_from.unwrap().status, AccountStatus::NotImported);
    assert!(r.problem.unwrap().title.contains("ghost"));

    // Nothing listening: a transport failure, not a Tencent code.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/", l.local_addr().unwrap())
    };
    let p = desk
        .create_profile(
            &draft("Nobody home", &closed),
            Some(&SecretKey::from(TEST_KEY)),
        )
        .unwrap();
    let problem = desk
        .test_connection(&p.profile.id, &[])
        .await
        .unwrap()
        .problem
        .unwrap();
    assert_eq!(problem.class, ErrorClass::Transport);
    assert_eq!(problem.tencent_code, None);
    emu.shutdown().await;
}

#[tokio::test]
async fn a_clock_far_behind_is_named_as_the_cause() {
    // The emulator's clock is a day ahead of ours: every UserSig we make, even a fresh one, has
    // expired by its reckoning — exactly what a producer's laptop with a wrong clock sees.
    let clock = ManualClock::new(SystemTime::now() + Duration::from_secs(86_400));
    let emu = Emulator::start_with_clock(config(), clock).await.unwrap();
    let (_dir, desk) = desk();
    let p = desk
        .create_profile(
            &draft("Skewed", &emu.base_url()),
            Some(&SecretKey::from(TEST_KEY)),
        )
        .unwrap();
    let problem = desk
        .test_connection(&p.profile.id, &[])
        .await
        .unwrap()
        .problem
        .unwrap();
    assert_eq!(problem.tencent_code, Some(70001));
    assert_eq!(
        problem.title,
        "This computer's clock is 24 hours behind Tencent's."
    );
    // It re-signed once before concluding so.
    assert_eq!(emu.requests_seen(), 2);
    emu.shutdown().await;
}

#[tokio::test]
async fn a_clock_minutes_behind_is_named_although_tencent_said_yes() {
    let clock = ManualClock::new(SystemTime::now() + Duration::from_secs(7 * 60));
    let emu = Emulator::start_with_clock(config(), clock).await.unwrap();
    let (_dir, desk) = desk();
    let p = desk
        .create_profile(
            &draft("Seven behind", &emu.base_url()),
            Some(&SecretKey::from(TEST_KEY)),
        )
        .unwrap();
    let report = desk.test_connection(&p.profile.id, &[]).await.unwrap();
    assert!(!report.ok);
    let problem = report.problem.unwrap();
    assert_eq!(problem.tencent_code, None, "Tencent accepted the UserSig");
    assert_eq!(
        problem.title,
        "This computer's clock is 7 minutes behind Tencent's."
    );
    emu.shutdown().await;
}

#[tokio::test]
async fn a_profile_without_a_key_says_so_by_code() {
    let (_dir, desk) = desk();
    let p = desk
        .create_profile(&draft("No key", "http://127.0.0.1:9/"), None)
        .unwrap();
    assert!(matches!(p.key, KeyState::Missing { .. }));
    let err = desk.test_connection(&p.profile.id, &[]).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::MissingSecret);
    let err = desk
        .send(&p.profile.id, text("hi"), SendSource::Window)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::MissingSecret);
}

#[tokio::test]
async fn the_sandbox_is_made_once_needs_no_key_and_delivers() {
    let emu = Emulator::start({
        let mut c = Config::new(SANDBOX_SDKAPPID, "made-up-for-this-run");
        c.admins = vec![SANDBOX_ADMIN.into()];
        c.accounts = SANDBOX_ACCOUNTS.map(String::from).to_vec();
        c.rate_per_sec = 5;
        c
    })
    .await
    .unwrap();
    let (_dir, desk) = desk();
    assert_eq!(desk.open_sandbox().unwrap_err().code(), ErrorCode::Internal);
    let rates = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = rates.clone();
    desk.attach_sandbox(SandboxTarget {
        base_url: emu.base_url(),
        key: SecretKey::from("made-up-for-this-run"),
        set_rate: Box::new(move |rate| seen.lock().unwrap().push(rate)),
    })
    .unwrap();

    let first = desk.open_sandbox().unwrap();
    let again = desk.open_sandbox().unwrap();
    assert_eq!(first.profile.id, again.profile.id);
    assert!(first.profile.is_sandbox);
    assert_eq!(first.key, KeyState::BuiltIn);
    let overview = desk.overview().unwrap();
    assert_eq!(overview.profiles.len(), 1);
    assert_eq!(
        overview.active_id.as_deref(),
        Some(first.profile.id.as_str())
    );

    assert!(
        desk.test_connection(&first.profile.id, &[])
            .await
            .unwrap()
            .ok
    );
    let out = desk
        .send(
            &first.profile.id,
            text("Doors open at 8"),
            SendSource::Window,
        )
        .await
        .unwrap();
    assert!(out.is_ok(), "{out:?}");
    let delivered = emu.delivered();
    assert_eq!(delivered.len(), 1);
    assert_eq!(
        delivered[0].msg_body[0]["MsgContent"]["Text"],
        "Doors open at 8"
    );
    assert_eq!(Some(delivered[0].msg_seq), out.outcome.msg_seq);

    // Its identity is fixed (an edit that changes it is refused, by field); its name, colour and
    // default sender are the producer's.
    let mut d = first.profile.to_draft();
    d.sdkappid = 42;
    d.target = Target::Region {
        region: "singapore".into(),
    };
    assert_eq!(
        desk.update_profile(&first.profile.id, &d)
            .unwrap_err()
            .code(),
        ErrorCode::InvalidProfile
    );
    let mut d = first.profile.to_draft();
    d.name = "My sandbox".into();
    d.default_from_account = Some("host".into());
    d.edition = Edition::Pro;
    let edited = desk.update_profile(&first.profile.id, &d).unwrap().profile;
    // The emulator's rate follows the sandbox's edition: Pro Plus when made, Pro after the edit.
    assert_eq!(rates.lock().unwrap().last(), Some(&1));
    assert!(rates.lock().unwrap().contains(&5));
    assert_eq!(edited.name, "My sandbox");
    assert_eq!(edited.sdkappid, SANDBOX_SDKAPPID);
    assert!(matches!(edited.target, Target::Custom { .. }));
    let out = desk
        .send(&first.profile.id, text("From the host"), SendSource::Window)
        .await
        .unwrap();
    assert!(out.is_ok(), "{out:?}");
    assert_eq!(emu.delivered()[1].from_account, "host");

    assert_eq!(
        desk.set_key(&first.profile.id, &SecretKey::from("x"))
            .unwrap_err()
            .code(),
        ErrorCode::InvalidInput
    );
    assert_eq!(
        desk.duplicate_profile(&first.profile.id)
            .unwrap_err()
            .code(),
        ErrorCode::InvalidInput
    );
    emu.shutdown().await;
}

#[tokio::test]
async fn an_invalid_message_is_refused_before_any_request() {
    let emu = Emulator::start(config()).await.unwrap();
    let (_dir, desk) = desk();
    let mut d = draft("P", &emu.base_url());
    d.default_from_account = Some("host_anna".into());
    let p = desk
        .create_profile(&d, Some(&SecretKey::from(TEST_KEY)))
        .unwrap();
    let err = desk
        .send(&p.profile.id, text(""), SendSource::Window)
        .await
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidMessage);
    assert_eq!(emu.requests_seen(), 0);
    // The profile's default sender is used when the message names none.
    desk.send(&p.profile.id, text("hello"), SendSource::Window)
        .await
        .unwrap();
    assert_eq!(emu.delivered()[0].from_account, "host_anna");
    emu.shutdown().await;
}

#[test]
fn duplicates_get_free_names_and_no_key_and_the_first_profile_is_active() {
    let (_dir, desk) = desk();
    let a = desk
        .create_profile(
            &draft("Show", "http://127.0.0.1:9/"),
            Some(&SecretKey::from(TEST_KEY)),
        )
        .unwrap();
    desk.create_profile(&draft("Other", "http://127.0.0.1:9/"), None)
        .unwrap();
    assert_eq!(
        desk.overview().unwrap().active_id.as_deref(),
        Some(a.profile.id.as_str())
    );

    let copy = desk.duplicate_profile(&a.profile.id).unwrap();
    let copy2 = desk.duplicate_profile(&a.profile.id).unwrap();
    assert_eq!(copy.profile.name, "Show copy");
    assert_eq!(copy2.profile.name, "Show copy 2");
    assert!(matches!(copy.key, KeyState::Missing { .. }));

    desk.delete_profile(&a.profile.id).unwrap();
    assert!(!desk.keychain().contains(&a.profile.id).unwrap());
    assert_eq!(desk.overview().unwrap().active_id, None);
    assert_eq!(
        desk.profile(&a.profile.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn a_rejected_profile_changes_nothing_saved() {
    let (_dir, desk) = desk();
    let p = desk
        .create_profile(&draft("Keep", "http://127.0.0.1:9/"), None)
        .unwrap();
    let mut bad = p.profile.to_draft();
    bad.name = String::new();
    bad.sdkappid = 0;
    let err = desk.update_profile(&p.profile.id, &bad).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidProfile);
    assert_eq!(desk.profile(&p.profile.id).unwrap().profile, p.profile);
}
