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
use desk_core::outbox::{Delivery, SendSource};
use desk_core::profiles::{Edition, ProfileDraft, Target};
use desk_core::schedule::{
    ItemStatus, MissedChoice, MissedPolicy, Repeat, RepeatEnd, RunState, ScheduleDraft, SkipReason,
};
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

impl Setup {
    /// A second profile on the same emulator, of `edition`.
    fn profile_of(&self, name: &str, edition: Edition) -> String {
        self.desk
            .create_profile(
                &ProfileDraft {
                    name: name.into(),
                    color: "#e5484d".into(),
                    target: Target::Custom {
                        url: self.emu.base_url(),
                    },
                    sdkappid: SDKAPPID,
                    admin_identifier: "administrator".into(),
                    edition,
                    default_from_account: None,
                    usersig_lifetime_secs: None,
                    is_sandbox: false,
                },
                Some(&SecretKey::from(TEST_KEY)),
            )
            .unwrap()
            .profile
            .id
    }
}

fn ask(profile: &str, at: &str, text: &str) -> ScheduleDraft {
    ScheduleDraft {
        missed: MissedPolicy::Ask,
        ..item(profile, at, text)
    }
}

#[tokio::test]
async fn a_held_occurrence_sent_now_goes_once_and_a_second_decision_is_refused() {
    let s = set_up().await;
    let held = s
        .desk
        .schedule(&ask(&s.profile, "2026-12-01T19:05", "held back"))
        .unwrap();
    let due_at = held.next_at.unwrap();
    // The lid opens 20 minutes after it was due: held for the producer.
    s.clock.advance(Duration::from_secs(25 * 60));
    assert_eq!(s.look().await.held, std::slice::from_ref(&held.id));
    assert!(s.delivered_texts().is_empty());
    assert_eq!(
        s.desk.scheduled_item(&held.id).unwrap().status,
        ItemStatus::Waiting
    );

    let queued = s
        .desk
        .decide_missed(&held.id, due_at, MissedChoice::SendNow)
        .unwrap()
        .expect("sent now");
    let outbox_id = queued.outbox_id().to_owned();
    let sent = s.desk.complete(queued).await.unwrap();
    assert_eq!(sent.delivery, Delivery::Sent);
    assert_eq!(s.delivered_texts(), ["held back"]);
    let item = s.desk.scheduled_item(&held.id).unwrap();
    assert_eq!(item.status, ItemStatus::Done, "no held occurrence is left");
    let run = item.last_run.unwrap();
    assert_eq!(
        (run.state, run.outbox_id.as_str()),
        (RunState::Sent, outbox_id.as_str()),
        "sent under the run's own outbox id"
    );
    let history = s.desk.history(&Default::default(), 10).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].source, SendSource::Scheduled);

    // Another window (or bdesk) decides the same occurrence a moment later: refused, nothing sent.
    for choice in [MissedChoice::SendNow, MissedChoice::Skip] {
        let err = s.desk.decide_missed(&held.id, due_at, choice).unwrap_err();
        assert_eq!(err.code(), ErrorCode::ScheduleChanged, "{err}");
        assert!(err.to_string().contains("it was sent"), "{err}");
    }
    s.look().await;
    assert_eq!(s.delivered_texts(), ["held back"]);
    // An occurrence that never came due is not held.
    let err = s
        .desk
        .decide_missed(&held.id, due_at + 60_000, MissedChoice::Skip)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound, "{err}");
    s.emu.shutdown().await;
}

#[tokio::test]
async fn a_held_occurrence_skipped_is_never_sent_and_a_cancel_skips_what_is_held() {
    let s = set_up().await;
    let mut daily = ask(&s.profile, "2026-12-01T19:05", "nightly");
    daily.repeat = Repeat::Daily;
    let daily = s.desk.schedule(&daily).unwrap();
    let once = s
        .desk
        .schedule(&ask(&s.profile, "2026-12-01T19:05", "once"))
        .unwrap();
    s.clock.advance(Duration::from_secs(30 * 60));
    s.look().await;
    assert!(
        s.desk
            .decide_missed(&daily.id, daily.next_at.unwrap(), MissedChoice::Skip)
            .unwrap()
            .is_none()
    );
    let item = s.desk.scheduled_item(&daily.id).unwrap();
    assert_eq!(item.status, ItemStatus::Scheduled, "waits for tomorrow");
    assert_eq!(item.last_run.unwrap().state, RunState::Skipped);
    // Cancelling an item skips what it held: nothing more of it is sent, and nothing waits.
    s.desk.cancel_scheduled(&once.id).unwrap();
    let err = s
        .desk
        .decide_missed(&once.id, once.next_at.unwrap(), MissedChoice::SendNow)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::ScheduleChanged);
    assert!(err.to_string().contains("skipped"), "{err}");
    s.look().await;
    assert!(s.delivered_texts().is_empty());
    s.emu.shutdown().await;
}

#[tokio::test]
async fn items_too_close_for_the_profiles_rate_are_flagged_and_ten_minutes_apart_are_not() {
    let s = set_up().await;
    let pro = s.profile_of("Pro show", Edition::Pro);
    let first = s
        .desk
        .schedule(&ScheduleDraft {
            label: Some("Doors".into()),
            ..item(&pro, "2026-12-01T20:00", "doors open")
        })
        .unwrap();
    assert!(first.clashes.is_empty());

    // The same minute on the same Pro profile (1/s): flagged, in the check and on saving.
    let same_minute = item(&pro, "2026-12-01T20:00", "bar open");
    let check = s.desk.check_schedule(&same_minute, None).unwrap();
    assert_eq!(check.clashes.len(), 1, "{check:?}");
    let clash = &check.clashes[0];
    assert_eq!(
        (
            clash.item_id.as_str(),
            clash.label.as_deref(),
            clash.at,
            clash.times
        ),
        (first.id.as_str(), Some("Doors"), first.next_at.unwrap(), 1)
    );
    // Pro paces one broadcast per 1.1 s (the pipeline's interval for 1/s).
    assert_eq!(clash.later_by_ms, 1_100);
    assert_eq!(check.next[0].at, first.next_at.unwrap());
    assert!(!check.far);
    let saved = s.desk.schedule(&same_minute).unwrap();
    assert_eq!(saved.clashes, check.clashes);

    // Ten minutes apart, or the same minute on another profile: no clash.
    let later = item(&pro, "2026-12-01T20:10", "first act");
    assert!(
        s.desk
            .check_schedule(&later, None)
            .unwrap()
            .clashes
            .is_empty()
    );
    let other_profile = item(&s.profile, "2026-12-01T20:00", "elsewhere");
    assert!(
        s.desk
            .check_schedule(&other_profile, None)
            .unwrap()
            .clashes
            .is_empty()
    );
    // An item is not its own clash while edited; the other one still is.
    let editing = s
        .desk
        .check_schedule(&same_minute, Some(&saved.id))
        .unwrap();
    assert_eq!(editing.clashes.len(), 1);
    assert_eq!(editing.clashes[0].item_id, first.id);
    // Saving says so too; moved ten minutes on, it clashes with nothing.
    let resaved = s
        .desk
        .save_scheduled(&saved.id, &same_minute, None)
        .unwrap();
    assert_eq!(resaved.clashes, editing.clashes);
    let moved = s.desk.save_scheduled(&saved.id, &later, None).unwrap();
    assert!(moved.clashes.is_empty(), "{:?}", moved.clashes);

    // A daily item at that minute clashes once with the one-off (on its first day)…
    let mut daily = item(&pro, "2026-12-01T20:00", "nightly");
    daily.repeat = Repeat::Daily;
    let check = s.desk.check_schedule(&daily, None).unwrap();
    assert_eq!(check.next.len(), desk_core::schedule::CHECK_SHOWN);
    let summary: Vec<_> = check
        .clashes
        .iter()
        .map(|c| (c.item_id.as_str(), c.times))
        .collect();
    assert_eq!(summary, [(first.id.as_str(), 1)]);
    // …and another daily item at that minute every day of the horizon (a year and a day).
    let nightly = s.desk.schedule(&daily).unwrap();
    let mut other = daily.clone();
    other.body = item(&pro, "2026-12-01T20:00", "another nightly").body;
    let check = s.desk.check_schedule(&other, None).unwrap();
    let daily_clash = check
        .clashes
        .iter()
        .find(|c| c.item_id == nightly.id)
        .expect("the daily clashes");
    assert_eq!(daily_clash.times, 366);
    // A far date is said, not refused, in the check; refused without confirmFar when saved.
    let far = item(&pro, "2028-12-01T20:00", "far");
    assert!(s.desk.check_schedule(&far, None).unwrap().far);
    assert_eq!(
        s.desk.schedule(&far).unwrap_err().code(),
        ErrorCode::InvalidSchedule
    );
    // Refused like schedule(): a past time, by field.
    let err = s
        .desk
        .check_schedule(&item(&pro, "2025-12-01T20:00", "past"), None)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidSchedule);
    s.emu.shutdown().await;
}

#[tokio::test]
async fn after_a_sleep_the_news_says_what_happened_and_seen_news_is_not_told_again() {
    let s = set_up().await;
    let mut late_ok = item(&s.profile, "2026-12-01T19:05", "send if late");
    late_ok.missed = MissedPolicy::SendIfLate { max_secs: 3600 };
    let ids: Vec<String> = [
        late_ok,
        item(&s.profile, "2026-12-01T19:06", "default policy"),
        ask(&s.profile, "2026-12-01T19:07", "ask me"),
        item(&s.profile, "2026-12-01T19:50", "on time"),
    ]
    .iter()
    .map(|d| s.desk.schedule(d).unwrap().id)
    .collect();
    // Asleep from 19:00 to 19:40: 35 minutes late.
    s.clock.advance(Duration::from_secs(40 * 60));
    s.look().await;
    let news = s.desk.schedule_news().unwrap();
    let summary: Vec<_> = news
        .iter()
        .map(|n| (n.item_id.as_str(), n.state, n.reason.clone(), n.late_ms))
        .collect();
    let min = 60 * 1000;
    assert_eq!(
        summary,
        [
            (ids[0].as_str(), RunState::Sent, None, 35 * min),
            (
                ids[1].as_str(),
                RunState::Skipped,
                Some(SkipReason::TooLate { max_secs: 900 }),
                34 * min
            ),
            (ids[2].as_str(), RunState::Missed, None, 33 * min),
        ],
        "sent late, skipped with why, held; by due time"
    );
    assert_eq!(news[0].delivery, Some(Delivery::Sent));
    assert!(news[0].msg_seq.is_some());
    assert_eq!(news[0].profile_name, "Main show");

    // Seen up to the latest shown: gone. Later news (an on-time send is none; a skip is) stays.
    let up_to = news.iter().map(|n| n.at).max().unwrap();
    s.clock.advance(Duration::from_secs(11 * 60));
    s.look().await;
    s.desk.mark_schedule_news_seen(up_to).unwrap();
    assert!(s.desk.schedule_news().unwrap().is_empty());
    assert_eq!(s.delivered_texts(), ["send if late", "on time"]);

    // A profile whose key is gone: its next occurrence is skipped, and the news says why.
    let keyless = s
        .desk
        .schedule(&item(&s.profile, "2026-12-01T20:00", "no key"))
        .unwrap();
    s.desk.delete_key(&s.profile).unwrap();
    s.clock.advance(Duration::from_secs(10 * 60));
    s.look().await;
    let news = s.desk.schedule_news().unwrap();
    assert_eq!(news.len(), 1);
    assert_eq!(
        (news[0].item_id.as_str(), news[0].reason.clone()),
        (keyless.id.as_str(), Some(SkipReason::NoKey))
    );
    s.emu.shutdown().await;
}

#[tokio::test]
async fn watchers_hear_each_decision_and_the_outcome_of_each_send() {
    let s = set_up().await;
    let mut events = s.desk.watch_schedule();
    let sent = s
        .desk
        .schedule(&ScheduleDraft {
            label: Some("Doors".into()),
            ..item(&s.profile, "2026-12-01T19:01", "doors")
        })
        .unwrap();
    let skipped = s
        .desk
        .schedule(&ScheduleDraft {
            missed: MissedPolicy::Skip,
            ..item(&s.profile, "2026-12-01T19:02", "skipped")
        })
        .unwrap();
    let held = s
        .desk
        .schedule(&ask(&s.profile, "2026-12-01T19:03", "held"))
        .unwrap();
    // Seven to nine minutes late: the default policy sends, the others skip and hold.
    s.clock.advance(Duration::from_secs(10 * 60));
    s.look().await;
    let mut heard = Vec::new();
    while let Ok(event) = events.try_recv() {
        heard.push(event);
    }
    let summary: Vec<_> = heard
        .iter()
        .map(|e| (e.item_id.as_str(), e.state))
        .collect();
    assert_eq!(
        summary,
        [
            (sent.id.as_str(), RunState::Queued),
            (skipped.id.as_str(), RunState::Skipped),
            (held.id.as_str(), RunState::Missed),
            (sent.id.as_str(), RunState::Sent),
        ]
    );
    assert_eq!(heard[0].label.as_deref(), Some("Doors"));
    assert_eq!(heard[0].profile_name, "Main show");
    assert_eq!(heard[1].reason, Some(SkipReason::Policy));
    assert_eq!(heard[3].msg_seq, Some(s.emu.delivered()[0].msg_seq));
    assert_eq!(heard[3].due_at, sent.next_at.unwrap());

    // The producer's decisions are heard too.
    s.desk
        .decide_missed(&held.id, held.next_at.unwrap(), MissedChoice::Skip)
        .unwrap();
    let event = events.try_recv().unwrap();
    assert_eq!(
        (event.item_id.as_str(), event.state, event.reason),
        (
            held.id.as_str(),
            RunState::Skipped,
            Some(SkipReason::Producer)
        )
    );
    s.emu.shutdown().await;
}

#[tokio::test]
async fn the_list_says_of_each_item_what_reading_it_alone_says() {
    let s = set_up().await;
    let mut ids = Vec::new();
    for n in 0..30 {
        let mut draft = item(&s.profile, "2026-12-01T19:05", &format!("item {n}"));
        if n % 3 == 0 {
            draft.missed = MissedPolicy::Ask;
        }
        ids.push(s.desk.schedule(&draft).unwrap().id);
    }
    s.clock.advance(Duration::from_secs(30 * 60));
    s.look().await;
    // What the list says of each item is what reading it alone says.
    let listed = s.desk.schedules().unwrap();
    assert_eq!(listed.len(), 30);
    for item in &listed {
        assert_eq!(item, &s.desk.scheduled_item(&item.id).unwrap());
        let expected = if ids.iter().position(|id| id == &item.id).unwrap() % 3 == 0 {
            ItemStatus::Waiting
        } else {
            ItemStatus::Done
        };
        assert_eq!(item.status, expected);
    }
    s.emu.shutdown().await;
}
