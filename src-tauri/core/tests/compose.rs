//! What the composer asks of the desk besides sending, over real SQLite files and the emulator on
//! loopback: its draft across a restart, the sender checked with Tencent, a connection kept warm.

use desk_core::ErrorCode;
use desk_core::desk::{DRAFT_MAX_BYTES, Desk, SenderCheck};
use desk_core::keychain::Keychain;
use desk_core::profiles::{Edition, ProfileDraft, Target};
use desk_core::secret::SecretKey;
use tim_emulator::{Config, Emulator};

const TEST_KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const SDKAPPID: u64 = 1_400_000_000;
const DB: &str = "compose.sqlite3";

fn profile(url: &str) -> ProfileDraft {
    ProfileDraft {
        name: "Main show".into(),
        color: "#0090ff".into(),
        target: Target::Custom { url: url.into() },
        sdkappid: SDKAPPID,
        admin_identifier: "administrator".into(),
        edition: Edition::ProPlus,
        default_from_account: None,
        usersig_lifetime_secs: None,
        is_sandbox: false,
    }
}

fn desk_with_profile(dir: &std::path::Path, url: &str) -> (Desk, String) {
    let desk = Desk::open(dir, DB, Keychain::in_memory_for_tests()).unwrap();
    let id = desk
        .create_profile(&profile(url), Some(&SecretKey::from(TEST_KEY)))
        .unwrap()
        .profile
        .id;
    (desk, id)
}

#[test]
fn the_draft_survives_a_restart_and_only_json_of_a_sane_size_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), DB, Keychain::in_memory_for_tests()).unwrap();
    assert_eq!(desk.composer_draft().unwrap(), None);
    let draft = r#"{"elements":[{"type":"text","text":"Doors open at 8"}]}"#;
    desk.save_composer_draft(Some(draft)).unwrap();
    drop(desk);

    let desk = Desk::open(dir.path(), DB, Keychain::in_memory_for_tests()).unwrap();
    assert_eq!(desk.composer_draft().unwrap().as_deref(), Some(draft));
    // Refused, and what was saved is kept.
    let err = desk.save_composer_draft(Some("{not json")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    let huge = format!("\"{}\"", "x".repeat(DRAFT_MAX_BYTES));
    let err = desk.save_composer_draft(Some(&huge)).unwrap_err();
    assert!(err.to_string().contains("draft"), "{err}");
    assert_eq!(desk.composer_draft().unwrap().as_deref(), Some(draft));
    desk.save_composer_draft(None).unwrap();
    assert_eq!(desk.composer_draft().unwrap(), None);
}

#[tokio::test]
async fn a_sender_is_checked_with_tencent_and_a_failed_check_concludes_nothing() {
    let mut config = Config::new(SDKAPPID, TEST_KEY);
    config.admins = vec!["administrator".into()];
    config.accounts = vec!["host_anna".into()];
    let emu = Emulator::start(config).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (desk, id) = desk_with_profile(dir.path(), &emu.base_url());

    assert_eq!(
        desk.check_sender(&id, "host_anna").await.unwrap(),
        SenderCheck::Exists
    );
    assert_eq!(
        desk.check_sender(&id, "host_bob").await.unwrap(),
        SenderCheck::Missing
    );
    let err = desk.check_sender(&id, "host anna").await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(
        emu.requests_seen(),
        2,
        "a malformed account is not asked about"
    );
    emu.shutdown().await;

    match desk.check_sender(&id, "host_anna").await.unwrap() {
        SenderCheck::Unchecked { problem } => {
            assert!(!problem.remedy.is_empty(), "{problem:?}");
        }
        other => panic!("the emulator is gone, yet: {other:?}"),
    }
}

#[tokio::test]
async fn keeping_warm_opens_a_connection_and_never_broadcasts() {
    let mut config = Config::new(SDKAPPID, TEST_KEY);
    config.admins = vec!["administrator".into()];
    let emu = Emulator::start(config).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (desk, id) = desk_with_profile(dir.path(), &emu.base_url());
    let warm = desk.keep_warm(&id).await.unwrap();
    assert!(warm.host.starts_with("127.0.0.1:"), "{warm:?}");
    assert!(emu.delivered().is_empty());
    assert!(
        desk.history(&desk_core::outbox::HistoryFilter::default(), 10)
            .unwrap()
            .is_empty()
    );
    emu.shutdown().await;
    // Nothing listening: said as a transport failure, not a panic or a hang.
    let err = desk.keep_warm(&id).await.unwrap_err();
    assert_eq!(err.code(), ErrorCode::Transport);
}
