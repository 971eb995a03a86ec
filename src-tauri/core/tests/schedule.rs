//! The scheduler against the emulator over loopback, on real SQLite files, with a hand-moved wall
//! clock standing in for suspend and clock changes: nothing early, a missed occurrence handled by its
//! policy on "wake", nothing twice after a clock set back or a crash, one scheduler per folder.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use desk_core::ErrorCode;
use desk_core::clock::ManualClock;
use desk_core::desk::{Desk, SchedulerLease};
use desk_core::keychain::Keychain;
use desk_core::message::Draft;
use desk_core::profiles::{Edition, ProfileDraft, Target};
use desk_core::schedule::{ItemStatus, MissedPolicy, Repeat, RepeatEnd, RunState, ScheduleDraft};
use desk_core::secret::SecretKey;
use desk_core::store::Store;
use tim_emulator::{Config, Emulator};

const TEST_KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const SDKAPPID: u64 = 1_400_000_000;
/// 2026-12-01T18:00:00Z: 19:00 in Berlin.
const T0: u64 = 1_796_148_000;

type Sends = Vec<Pin<Box<dyn Future<Output = ()> + Send>>>;

struct Setup {
    _dir: tempfile::TempDir,
    emu: Emulator,
    clock: Arc<ManualClock>,
    desk: Arc<Desk>,
    profile: String,
    lease: SchedulerLease,
}

async fn set_up() -> Setup {
    let mut config = Config::new(SDKAPPID, TEST_KEY);
    config.admins = vec!["administrator".into()];
    config.rate_per_sec = 100;
    let emu = Emulator::start(config).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let store = Store::open(dir.path().join("schedule.sqlite3"))
        .unwrap()
        .with_clock(clock.clone());
    let desk = Arc::new(Desk::with_store(
        store,
        Keychain::in_memory_for_tests(),
        dir.path().to_owned(),
    ));
    let profile = desk
        .create_profile(
            &ProfileDraft {
                name: "Main show".into(),
                color: "#0090ff".into(),
                target: Target::Custom {
                    url: emu.base_url(),
                },
                sdkappid: SDKAPPID,
                admin_identifier: "administrator".into(),
                edition: Edition::ProPlus,
                default_from_account: None,
                usersig_lifetime_secs: None,
                is_sandbox: false,
            },
            Some(&SecretKey::from(TEST_KEY)),
        )
        .unwrap()
        .profile
        .id;
    let lease = desk.acquire_scheduler("bdesk").unwrap();
    Setup {
        _dir: dir,
        emu,
        clock,
        desk,
        profile,
        lease,
    }
}

fn item(profile: &str, at: &str, text: &str) -> ScheduleDraft {
    ScheduleDraft {
        profile_id: profile.into(),
        body: serde_json::from_value::<Draft>(serde_json::json!({
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": text}}]
        }))
        .unwrap(),
        at: at.into(),
        zone: "Europe/Berlin".into(),
        repeat: Repeat::Once,
        end: RepeatEnd::Never,
        missed: MissedPolicy::default(),
        label: None,
        confirm_far: false,
    }
}

impl Setup {
    /// One look at the schedule, then every send it started, to its end.
    async fn look(&self) -> desk_core::desk::Tick {
        let mut sends: Sends = Vec::new();
        let tick = self
            .desk
            .run_due(&self.lease, &mut |f| sends.push(f))
            .unwrap();
        for send in sends {
            send.await;
        }
        tick
    }

    fn delivered_texts(&self) -> Vec<String> {
        self.emu
            .delivered()
            .iter()
            .map(|d| {
                d.msg_body[0]["MsgContent"]["Text"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }
}

#[tokio::test]
async fn nothing_goes_early_and_a_due_item_goes_once_even_if_the_clock_is_set_back() {
    let s = set_up().await;
    let scheduled = s
        .desk
        .schedule(&item(&s.profile, "2026-12-01T19:10", "Doors open"))
        .unwrap();
    assert_eq!(scheduled.status, ItemStatus::Scheduled);
    assert_eq!(scheduled.next_at, Some((T0 as i64 + 600) * 1000));

    s.clock.advance(Duration::from_secs(599));
    assert!(s.look().await.sent.is_empty(), "a second early");
    s.clock.advance(Duration::from_secs(1));
    assert_eq!(s.look().await.sent, std::slice::from_ref(&scheduled.id));
    assert_eq!(s.delivered_texts(), ["Doors open"]);

    // The clock is set back an hour and comes forward again: nothing twice.
    s.clock.set(T0);
    s.look().await;
    s.clock.advance(Duration::from_secs(700));
    s.look().await;
    assert_eq!(s.delivered_texts(), ["Doors open"]);
    let done = s.desk.scheduled_item(&scheduled.id).unwrap();
    assert_eq!(done.status, ItemStatus::Done);
    let run = done.last_run.unwrap();
    assert_eq!(run.state, RunState::Sent);
    assert_eq!(run.msg_seq, Some(s.emu.delivered()[0].msg_seq));
    s.emu.shutdown().await;
}

#[tokio::test]
async fn after_a_sleep_each_missed_occurrence_follows_its_policy() {
    let s = set_up().await;
    let mut late_ok = item(&s.profile, "2026-12-01T19:05", "send if late");
    late_ok.missed = MissedPolicy::SendIfLate { max_secs: 3600 };
    let default_policy = item(&s.profile, "2026-12-01T19:05", "default policy");
    let mut ask = item(&s.profile, "2026-12-01T19:05", "ask me");
    ask.missed = MissedPolicy::Ask;
    let ids: Vec<String> = [late_ok, default_policy, ask]
        .iter()
        .map(|d| s.desk.schedule(d).unwrap().id)
        .collect();

    // The lid closes at 19:00 and opens at 19:40: 35 minutes late.
    s.clock.advance(Duration::from_secs(40 * 60));
    let tick = s.look().await;
    assert_eq!(tick.sent, [ids[0].clone()]);
    assert_eq!(tick.skipped, [ids[1].clone()]);
    assert_eq!(tick.held, [ids[2].clone()]);
    assert_eq!(s.delivered_texts(), ["send if late"]);
    let skipped = s.desk.scheduled_item(&ids[1]).unwrap().last_run.unwrap();
    assert_eq!(
        (skipped.state, skipped.late_ms),
        (RunState::Skipped, 35 * 60 * 1000)
    );
    assert_eq!(
        s.desk.scheduled_item(&ids[2]).unwrap().status,
        ItemStatus::Waiting
    );
    s.emu.shutdown().await;
}

#[tokio::test]
async fn a_daily_item_moves_to_the_next_civil_day_and_a_cancelled_one_never_goes() {
    let s = set_up().await;
    let mut daily = item(&s.profile, "2026-12-01T19:30", "nightly");
    daily.repeat = Repeat::Daily;
    daily.end = RepeatEnd::Count { times: 2 };
    let daily = s.desk.schedule(&daily).unwrap();
    let cancelled = s
        .desk
        .schedule(&item(&s.profile, "2026-12-01T19:30", "never"))
        .unwrap();
    s.desk.cancel_scheduled(&cancelled.id).unwrap();
    assert_eq!(
        s.desk.upcoming(&daily.id, 10).unwrap(),
        [
            (T0 as i64 + 1800) * 1000,
            (T0 as i64 + 1800 + 86_400) * 1000
        ]
    );
    s.clock.advance(Duration::from_secs(1800));
    s.look().await;
    s.clock.advance(Duration::from_secs(86_400));
    s.look().await;
    s.clock.advance(Duration::from_secs(86_400));
    s.look().await;
    assert_eq!(s.delivered_texts(), ["nightly", "nightly"]);
    assert_eq!(
        s.desk.scheduled_item(&daily.id).unwrap().status,
        ItemStatus::Done
    );
    assert_eq!(
        s.desk.scheduled_item(&cancelled.id).unwrap().status,
        ItemStatus::Cancelled
    );
    assert_eq!(s.desk.scheduled_runs(&daily.id).unwrap().len(), 2);
    s.emu.shutdown().await;
}

#[tokio::test]
async fn an_occurrence_taken_but_never_written_down_is_resumed_once_under_its_own_id() {
    let s = set_up().await;
    let scheduled = s
        .desk
        .schedule(&item(&s.profile, "2026-12-01T19:01", "once only"))
        .unwrap();
    s.clock.advance(Duration::from_secs(61));
    // A scheduler that died right after taking it: the run exists, the outbox has no row.
    let store = Store::open(s._dir.path().join("schedule.sqlite3"))
        .unwrap()
        .with_clock(s.clock.clone());
    let taken = store.schedules().take_due(s.clock_ms()).unwrap().unwrap();
    drop(store);
    assert_eq!(
        s.desk
            .scheduled_item(&scheduled.id)
            .unwrap()
            .last_run
            .unwrap()
            .state,
        RunState::Pending
    );
    // Nothing more is due; the next scheduler resumes it.
    assert!(s.look().await.sent.is_empty());
    let mut sends: Sends = Vec::new();
    let tick = s
        .desk
        .reconcile_schedule(&s.lease, &mut |f| sends.push(f))
        .unwrap();
    for send in sends {
        send.await;
    }
    assert_eq!(tick.sent, std::slice::from_ref(&scheduled.id));
    let mut sends: Sends = Vec::new();
    s.desk
        .reconcile_schedule(&s.lease, &mut |f| sends.push(f))
        .unwrap();
    assert!(sends.is_empty(), "written down now: not resumed again");
    assert_eq!(s.delivered_texts(), ["once only"]);
    let history = s.desk.history(&Default::default(), 10).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].id, taken.outbox_id);
    s.emu.shutdown().await;
}

#[tokio::test]
async fn a_second_scheduler_on_the_folder_is_told_who_runs_it() {
    let s = set_up().await;
    let other = Desk::open(
        s._dir.path(),
        "schedule.sqlite3",
        Keychain::in_memory_for_tests(),
    )
    .unwrap();
    let err = other.acquire_scheduler("app").unwrap_err();
    assert_eq!(err.code(), ErrorCode::SchedulerBusy);
    let words = err.to_string();
    assert!(
        words.contains("bdesk run-scheduler") && words.contains(&std::process::id().to_string()),
        "{words}"
    );
    drop(s.lease);
    other.acquire_scheduler("app").expect("free once released");
    s.emu.shutdown().await;
}

impl Setup {
    fn clock_ms(&self) -> i64 {
        use desk_core::clock::Clock;
        self.clock.now_unix_ms()
    }
}

#[tokio::test]
async fn an_item_being_edited_does_not_fire_and_an_edit_overtaken_by_its_send_is_refused() {
    let s = set_up().await;
    let first = s
        .desk
        .schedule(&item(&s.profile, "2026-12-01T19:05", "first words"))
        .unwrap();
    let began = s.desk.begin_edit(&first.id).unwrap();
    assert_eq!(
        s.desk.scheduled_item(&first.id).unwrap().status,
        ItemStatus::Editing
    );
    // Due while the edit is open: held.
    s.clock.advance(Duration::from_secs(6 * 60));
    assert!(s.look().await.sent.is_empty());
    let mut edited = item(&s.profile, "2026-12-01T19:15", "better words");
    edited.missed = MissedPolicy::Skip;
    let saved = s
        .desk
        .save_scheduled(&first.id, &edited, Some(began))
        .unwrap();
    assert_eq!(
        saved.id, first.id,
        "edited in place, not deleted and made again"
    );
    assert_eq!(saved.status, ItemStatus::Scheduled);
    s.clock.advance(Duration::from_secs(9 * 60));
    s.look().await;
    assert_eq!(s.delivered_texts(), ["better words"]);

    // An edit left open past the hold: the item fires, and the late save is refused, unchanged.
    let second = s
        .desk
        .schedule(&item(&s.profile, "2026-12-01T19:20", "on time"))
        .unwrap();
    let began = s.desk.begin_edit(&second.id).unwrap();
    s.clock.advance(Duration::from_secs(11 * 60));
    s.look().await;
    let err = s
        .desk
        .save_scheduled(
            &second.id,
            &item(&s.profile, "2026-12-01T21:00", "too late"),
            Some(began),
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ScheduleChanged, "{err}");
    assert!(err.to_string().contains("started sending"), "{err}");
    assert_eq!(s.delivered_texts(), ["better words", "on time"]);
    assert_eq!(
        s.desk.scheduled_item(&second.id).unwrap().status,
        ItemStatus::Done
    );
    s.emu.shutdown().await;
}

#[tokio::test]
async fn a_repeating_item_that_has_started_can_be_edited_keeping_its_first_date() {
    let s = set_up().await;
    let mut daily = item(&s.profile, "2026-12-01T19:10", "nightly");
    daily.repeat = Repeat::Daily;
    let daily_item = s.desk.schedule(&daily).unwrap();
    s.clock.advance(Duration::from_secs(600));
    s.look().await;
    // The next day, the text changes; the first date (now past) stays as typed.
    s.clock.advance(Duration::from_secs(3600));
    daily.body = item(&s.profile, "2026-12-01T19:10", "nightly, new words").body;
    let saved = s.desk.save_scheduled(&daily_item.id, &daily, None).unwrap();
    assert_eq!(saved.next_at, Some((T0 as i64 + 600 + 86_400) * 1000));
    // A one-off item in the past stays refused.
    let once = s
        .desk
        .schedule(&item(&s.profile, "2026-12-02T19:00", "tomorrow"))
        .unwrap();
    let err = s
        .desk
        .save_scheduled(
            &once.id,
            &item(&s.profile, "2026-12-01T19:00", "yesterday"),
            None,
        )
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidSchedule);
    s.emu.shutdown().await;
}
