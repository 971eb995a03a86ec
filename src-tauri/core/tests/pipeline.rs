//! The send pipeline against the Tencent emulator over loopback, with its fault switches: every
//! broadcast written down before it leaves, retried with the same Random only while that is harmless,
//! paced across every sender on one data folder, and ended in exactly one of three outcomes.

use std::sync::Arc;
use std::time::{Duration, Instant};

use desk_core::client::ErrorClass;
use desk_core::desk::Desk;
use desk_core::keychain::Keychain;
use desk_core::message::Draft;
use desk_core::outbox::{Delivery, HistoryFilter, SendSource};
use desk_core::profiles::{Edition, ProfileDraft, Target};
use desk_core::secret::SecretKey;
use tim_emulator::{Config, Emulator, Fault};

/// The sanity key docs/TENCENT-API.md (UserSig) documents: published, obviously not a real app's key.
const TEST_KEY: &str = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
const SDKAPPID: u64 = 1_400_000_000;
const DB: &str = "pipeline.sqlite3";

fn config(rate: u32) -> Config {
    let mut c = Config::new(SDKAPPID, TEST_KEY);
    c.admins = vec!["administrator".into()];
    c.rate_per_sec = rate;
    c
}

fn desk_in(dir: &std::path::Path) -> Desk {
    Desk::open(dir, DB, Keychain::in_memory_for_tests()).unwrap()
}

fn profile(url: &str, edition: Edition) -> ProfileDraft {
    ProfileDraft {
        name: "Main show".into(),
        color: "#0090ff".into(),
        target: Target::Custom { url: url.into() },
        sdkappid: SDKAPPID,
        admin_identifier: "administrator".into(),
        edition,
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

/// A desk with one profile pointing at `url`; returns the folder, the desk and the profile's id.
fn set_up(url: &str, edition: Edition) -> (tempfile::TempDir, Desk, String) {
    set_up_with(url, edition, |desk| desk)
}

/// As [`set_up`], with the desk adjusted first (a short dedupe window).
fn set_up_with(
    url: &str,
    edition: Edition,
    adjust: impl FnOnce(Desk) -> Desk,
) -> (tempfile::TempDir, Desk, String) {
    let dir = tempfile::tempdir().unwrap();
    let desk = adjust(desk_in(dir.path()));
    let id = desk
        .create_profile(&profile(url, edition), Some(&SecretKey::from(TEST_KEY)))
        .unwrap()
        .profile
        .id;
    (dir, desk, id)
}

/// A dedupe window of `secs`: the last 30 s of it are closed to new attempts.
fn window(secs: u64) -> impl FnOnce(Desk) -> Desk {
    move |desk| desk.with_dedupe_window(Duration::from_secs(secs))
}

#[tokio::test]
async fn a_lost_answer_is_retried_with_the_same_random_and_delivered_once() {
    let emu = Emulator::start(config(5)).await.unwrap();
    // The first attempt is handled (delivered) but its answer is lost; the second gets an answer.
    emu.inject(Fault::DropAfterHandling, 1);
    let (_dir, desk, id) = set_up(&emu.base_url(), Edition::ProPlus);
    let sent = desk
        .send(&id, text("Doors open at 8"), SendSource::Window)
        .await
        .unwrap();
    assert_eq!(sent.delivery, Delivery::Sent, "{sent:?}");
    assert_eq!(sent.attempts, 2);
    let delivered = emu.delivered();
    assert_eq!(
        delivered.len(),
        1,
        "Tencent dropped the repeat: delivered once"
    );
    assert_eq!(delivered[0].random, sent.random);
    assert_eq!(sent.outcome.msg_seq, Some(delivered[0].msg_seq));

    // History remembers the broadcast and both attempts.
    let history = desk
        .history(
            &HistoryFilter {
                profile_id: Some(id.clone()),
                ..HistoryFilter::default()
            },
            10,
        )
        .unwrap();
    assert_eq!(history.len(), 1);
    let row = &history[0];
    assert_eq!(
        (row.delivery, row.attempts, row.msg_seq),
        (Delivery::Sent, 2, Some(delivered[0].msg_seq))
    );
    assert!(
        row.maybe_delivered,
        "the first attempt may have been delivered"
    );
    assert_eq!(row.source, SendSource::Window);
    assert_eq!(row.random, sent.random);
    let details = desk.broadcast(&row.id).unwrap();
    let tries: Vec<_> = details
        .attempts
        .iter()
        .map(|a| (a.n, a.class, a.msg_seq))
        .collect();
    assert_eq!(
        tries,
        [
            (1, ErrorClass::Transport, None),
            (2, ErrorClass::Ok, Some(delivered[0].msg_seq))
        ]
    );
    assert!(
        details
            .body
            .contains(&format!("\"Random\":{}", sent.random))
    );
    emu.shutdown().await;
}

#[tokio::test]
async fn too_fast_is_backed_off_and_retried_until_it_goes_out() {
    // The console says 1 per second; the profile claims Pro Plus, so the pipeline paces at 5 and the
    // emulator refuses the second with 10023.
    let emu = Emulator::start(config(1)).await.unwrap();
    let (_dir, desk, id) = set_up(&emu.base_url(), Edition::ProPlus);
    let first = desk
        .send(&id, text("one"), SendSource::Window)
        .await
        .unwrap();
    let second = desk
        .send(&id, text("two"), SendSource::Window)
        .await
        .unwrap();
    assert_eq!(first.delivery, Delivery::Sent);
    assert_eq!(second.delivery, Delivery::Sent, "{second:?}");
    assert!(second.attempts >= 2, "10023 was answered and retried");
    assert_eq!(emu.delivered().len(), 2);
    emu.shutdown().await;
}

#[tokio::test]
async fn a_setting_tencent_refuses_is_not_sent_and_never_retried() {
    let emu = Emulator::start(config(5)).await.unwrap();
    emu.set_broadcast_enabled(false);
    let (_dir, desk, id) = set_up(&emu.base_url(), Edition::ProPlus);
    let sent = desk
        .send(&id, text("hi"), SendSource::Window)
        .await
        .unwrap();
    assert_eq!(sent.delivery, Delivery::NotSent);
    assert_eq!(sent.attempts, 1);
    assert_eq!(sent.outcome.class, ErrorClass::Config);
    assert_eq!(sent.outcome.code, Some(10007));
    assert_eq!(emu.requests_seen(), 1);
    emu.shutdown().await;
}

#[tokio::test]
async fn nothing_listening_is_not_sent_when_the_window_closes() {
    // A port nobody listens on: every attempt is refused before anything leaves.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    drop(listener);
    let (_dir, desk, id) = set_up_with(&url, Edition::ProPlus, window(32));
    let sent = desk.send(&id, text("hi"), SendSource::Cli).await.unwrap();
    assert_eq!(
        sent.delivery,
        Delivery::NotSent,
        "certainly not sent: {sent:?}"
    );
    assert!(sent.attempts >= 2, "retried while the window was open");
    let row = &desk.history(&HistoryFilter::default(), 1).unwrap()[0];
    assert!(!row.maybe_delivered);
    assert_eq!(row.delivery, Delivery::NotSent);
}

#[tokio::test]
async fn no_answer_until_the_window_closes_is_an_unknown_outcome_not_a_guess() {
    let emu = Emulator::start(config(5)).await.unwrap();
    // Every attempt is handled and then its answer lost.
    emu.inject(Fault::DropAfterHandling, 1000);
    let (_dir, desk, id) = set_up_with(&emu.base_url(), Edition::ProPlus, window(32));
    let sent = desk
        .send(&id, text("hi"), SendSource::Emergency)
        .await
        .unwrap();
    assert_eq!(sent.delivery, Delivery::Unknown, "{sent:?}");
    assert_eq!(sent.outcome.class, ErrorClass::Transport);
    // Delivered once however many attempts: each carried the same Random and body.
    assert_eq!(emu.delivered().len(), 1);
    let row = &desk.history(&HistoryFilter::default(), 1).unwrap()[0];
    assert_eq!(
        (row.delivery, row.source),
        (Delivery::Unknown, SendSource::Emergency)
    );
    assert!(row.maybe_delivered);
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn senders_on_one_data_folder_share_the_pace() {
    // Three desks on one folder stand for the app and two bdesk processes: each has its own SQLite
    // connection, and only the shared pacing table keeps them together under Pro's 1 per second.
    let emu = Arc::new(Emulator::start(config(1)).await.unwrap());
    let (dir, first, id) = set_up(&emu.base_url(), Edition::Pro);
    let desks = [
        Arc::new(first),
        Arc::new(desk_in(dir.path())),
        Arc::new(desk_in(dir.path())),
    ];
    // Each test keychain is its own: give the others the key too.
    for desk in &desks[1..] {
        desk.set_key(&id, &SecretKey::from(TEST_KEY)).unwrap();
    }
    let mut sends = Vec::new();
    for (n, desk) in desks.iter().enumerate() {
        for m in 0..2 {
            let desk = desk.clone();
            let id = id.clone();
            sends.push(tokio::spawn(async move {
                desk.send(&id, text(&format!("{n}-{m}")), SendSource::Cli)
                    .await
                    .unwrap()
            }));
        }
    }
    for send in sends {
        let sent = send.await.unwrap();
        assert_eq!(sent.delivery, Delivery::Sent);
        assert_eq!(
            sent.attempts, 1,
            "paced together: Tencent never had to say too fast"
        );
    }
    let mut times: Vec<_> = emu.delivered().iter().map(|d| d.received_at).collect();
    times.sort();
    assert_eq!(times.len(), 6);
    for pair in times.windows(2) {
        let gap = pair[1].duration_since(pair[0]).unwrap();
        assert!(gap >= Duration::from_millis(900), "one per second: {gap:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broadcast_left_sending_by_a_dead_process_is_resumed_and_delivered_once() {
    let emu = Emulator::start(config(5)).await.unwrap();
    // The first request is held for a while before Tencent handles it: the sender dies meanwhile.
    emu.inject(Fault::Delay(Duration::from_secs(3)), 1);
    let (dir, desk, id) = set_up(&emu.base_url(), Edition::ProPlus);
    let desk = Arc::new(desk);
    let sending = {
        let desk = desk.clone();
        let id = id.clone();
        tokio::spawn(async move {
            desk.send(&id, text("Doors open at 8"), SendSource::Cli)
                .await
        })
    };
    // Until the request is on its way…
    while emu.requests_seen() == 0 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // …then the process "dies": its send stops mid-flight and its sender lock goes with it.
    sending.abort();
    let _ = sending.await;
    drop(Arc::into_inner(desk).expect("the aborted send let go of the desk"));

    let row = desk_in(dir.path())
        .history(&HistoryFilter::default(), 1)
        .unwrap()
        .remove(0);
    assert_eq!(row.delivery, Delivery::Sending, "left in flight");

    // The next process on this folder finds it, takes it over and resumes it with its own Random.
    let next = desk_in(dir.path());
    next.set_key(&id, &SecretKey::from(TEST_KEY)).unwrap();
    let recovered = next.recover(Some(&id)).await.unwrap();
    assert_eq!(recovered, vec![(row.id.clone(), Delivery::Sent)]);
    // The held request is handled too: Tencent drops it as a repeat.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let delivered = emu.delivered();
    assert_eq!(delivered.len(), 1, "delivered once, not twice");
    assert_eq!(delivered[0].random, row.random);
    let row = next
        .history(&HistoryFilter::default(), 1)
        .unwrap()
        .remove(0);
    assert_eq!(row.delivery, Delivery::Sent);
    // A live sender's rows are left alone, and a row is resumed only once.
    assert!(next.recover(None).await.unwrap().is_empty());
    emu.shutdown().await;
}

#[tokio::test]
async fn a_broadcast_left_sending_past_its_window_is_unknown_not_resent() {
    let emu = Emulator::start(config(5)).await.unwrap();
    emu.inject(Fault::Delay(Duration::from_secs(2)), 1);
    let dir = tempfile::tempdir().unwrap();
    let desk = Arc::new(desk_in(dir.path()).with_dedupe_window(Duration::from_secs(31)));
    let id = desk
        .create_profile(
            &profile(&emu.base_url(), Edition::ProPlus),
            Some(&SecretKey::from(TEST_KEY)),
        )
        .unwrap()
        .profile
        .id;
    let sending = {
        let desk = desk.clone();
        let id = id.clone();
        tokio::spawn(async move { desk.send(&id, text("hi"), SendSource::Cli).await })
    };
    while emu.requests_seen() == 0 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    sending.abort();
    let _ = sending.await;
    drop(Arc::into_inner(desk).expect("the aborted send let go of the desk"));
    // One second of window: gone by the time the next process looks.
    tokio::time::sleep(Duration::from_millis(1200)).await;
    let next = desk_in(dir.path()).with_dedupe_window(Duration::from_secs(31));
    next.set_key(&id, &SecretKey::from(TEST_KEY)).unwrap();
    let recovered = next.recover(None).await.unwrap();
    assert_eq!(recovered.len(), 1);
    assert_eq!(
        recovered[0].1,
        Delivery::Unknown,
        "it may have left: the producer decides"
    );
    assert_eq!(emu.requests_seen(), 1, "not sent again");
    emu.shutdown().await;
}

#[tokio::test]
async fn an_unknown_outcome_is_decided_once_marked_delivered_or_sent_again_as_a_new_message() {
    let emu = Emulator::start(config(5)).await.unwrap();
    emu.inject(Fault::DropAfterHandling, 1000);
    let (_dir, desk, id) = set_up_with(&emu.base_url(), Edition::ProPlus, window(31));
    let first = desk
        .send(&id, text("one"), SendSource::Window)
        .await
        .unwrap();
    let second = desk
        .send(&id, text("two"), SendSource::Window)
        .await
        .unwrap();
    assert_eq!(
        (first.delivery, second.delivery),
        (Delivery::Unknown, Delivery::Unknown)
    );
    assert_eq!(
        desk.open_items().unwrap().len(),
        2,
        "both wait for a decision"
    );

    use desk_core::outbox::Resolution;
    assert!(
        desk.resolve(&first.outbox_id, Resolution::Delivered, SendSource::Window)
            .await
            .unwrap()
            .is_none()
    );
    // A decision is made once.
    assert!(
        desk.resolve(&first.outbox_id, Resolution::SentAgain, SendSource::Window)
            .await
            .is_err()
    );

    emu.clear_faults();
    let again = desk
        .resolve(&second.outbox_id, Resolution::SentAgain, SendSource::Window)
        .await
        .unwrap()
        .expect("sent again");
    assert_eq!(again.delivery, Delivery::Sent);
    assert_ne!(again.random, second.random, "a new message: a new Random");
    let row = desk
        .history(&HistoryFilter::default(), 10)
        .unwrap()
        .into_iter()
        .find(|r| r.id == second.outbox_id)
        .unwrap();
    assert_eq!(row.resolution, Some(Resolution::SentAgain));
    assert_eq!(row.resent_as.as_deref(), Some(again.outbox_id.as_str()));
    assert!(desk.open_items().unwrap().is_empty());
    emu.shutdown().await;
}

fn text_of(d: &tim_emulator::Delivered) -> String {
    d.msg_body[0]["MsgContent"]["Text"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_emergency_goes_ahead_of_the_announcements_queued_before_it() {
    // Pro's pace (one every 1.1 s): the emergency, queued ~60 ms after the first announcement,
    // finds the line still full even on a machine busy enough to delay it by most of a second.
    let emu = Emulator::start(config(1)).await.unwrap();
    let (_dir, desk, id) = set_up(&emu.base_url(), Edition::Pro);
    let desk = Arc::new(desk);
    let mut sends = Vec::new();
    for n in 1..=6 {
        let (desk, id) = (Arc::clone(&desk), id.clone());
        sends.push(tokio::spawn(async move {
            desk.send(
                &id,
                text(&format!("announcement {n}")),
                SendSource::Scheduled,
            )
            .await
        }));
        // Queued in this order.
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let emergency = desk
        .send(&id, text("STREAM PAUSED"), SendSource::Emergency)
        .await
        .unwrap();
    assert_eq!(emergency.delivery, Delivery::Sent, "{emergency:?}");
    for s in sends {
        assert_eq!(s.await.unwrap().unwrap().delivery, Delivery::Sent);
    }
    let order: Vec<String> = emu.delivered().iter().map(text_of).collect();
    let at = order.iter().position(|t| t == "STREAM PAUSED").unwrap();
    // Announcement 1 left at once and 2 had its slot booked when the emergency came; it goes
    // before 3 to 6, which were queued before it.
    assert!(
        at <= 2,
        "the emergency waited behind queued announcements: {order:?}"
    );
    assert_eq!(order.len(), 7);
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_queued_send_can_be_cancelled_until_it_leaves_and_is_then_never_sent() {
    let emu = Emulator::start(config(1)).await.unwrap();
    let (_dir, desk, id) = set_up(&emu.base_url(), Edition::Pro);
    let desk = Arc::new(desk);
    // Sent now: the next slot is Pro's interval (1.1 s) away.
    let first = desk
        .send(&id, text("first"), SendSource::Window)
        .await
        .unwrap();
    let second = desk.queue(&id, text("second"), SendSource::Window).unwrap();
    let second_id = second.outbox_id().to_owned();
    let d2 = Arc::clone(&desk);
    let second = tokio::spawn(async move { d2.complete(second).await });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let listed = desk.open_items().unwrap();
    assert!(
        listed
            .iter()
            .any(|e| e.id == second_id && e.delivery == Delivery::Queued),
        "{listed:?}"
    );
    desk.cancel(&second_id).unwrap();
    let err = second.await.unwrap().unwrap_err();
    assert_eq!(err.code(), desk_core::ErrorCode::Cancelled, "{err}");
    assert_eq!(first.delivery, Delivery::Sent);
    // Cancelling what has left is refused, and says why.
    let err = desk.cancel(&first.outbox_id).unwrap_err();
    assert_eq!(err.code(), desk_core::ErrorCode::NotQueued);
    assert!(err.to_string().contains("already sent"), "{err}");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let texts: Vec<String> = emu.delivered().iter().map(text_of).collect();
    assert_eq!(texts, ["first"]);
    let row = &desk.history(&HistoryFilter::default(), 10).unwrap()[0];
    assert_eq!(
        (row.id.as_str(), row.delivery),
        (second_id.as_str(), Delivery::NotSent)
    );
    assert!(row.cancelled_at.is_some() && row.attempts == 0);
    emu.shutdown().await;
}

#[tokio::test]
async fn a_queued_broadcast_knows_its_place_in_the_line_from_any_process() {
    let emu = Emulator::start(config(1)).await.unwrap();
    let (dir, desk, id) = set_up(&emu.base_url(), Edition::Pro);
    // Written down, not yet sent: three announcements, then an emergency that jumps the line.
    let queued: Vec<_> = (1..=3)
        .map(|n| {
            desk.queue(&id, text(&format!("announcement {n}")), SendSource::Window)
                .unwrap()
        })
        .collect();
    let emergency = desk
        .queue(&id, text("STREAM PAUSED"), SendSource::Emergency)
        .unwrap();
    let other = desk_in(dir.path());
    let place = |outbox_id: &str| other.line_place(outbox_id).unwrap();
    assert_eq!(place(emergency.outbox_id()).unwrap().ahead, 0);
    let aheads: Vec<u32> = queued
        .iter()
        .map(|q| place(q.outbox_id()).unwrap().ahead)
        .collect();
    assert_eq!(aheads, [1, 2, 3]);
    // One Pro interval (1 call/s, spread over 1.1 s) per broadcast ahead, counted from now: the two
    // reads are a few milliseconds apart.
    let started = Instant::now();
    let first = place(queued[0].outbox_id()).unwrap().leaves_at;
    let last = place(queued[2].outbox_id()).unwrap().leaves_at;
    let apart = i64::try_from(started.elapsed().as_millis()).unwrap() + 1;
    assert!(
        (2 * 1_100..=2 * 1_100 + apart).contains(&(last - first)),
        "{} ms apart",
        last - first
    );

    desk.cancel(queued[0].outbox_id()).unwrap();
    assert_eq!(
        place(queued[0].outbox_id()),
        None,
        "a cancelled one has no place"
    );
    assert_eq!(place(queued[1].outbox_id()).unwrap().ahead, 1);
    emu.shutdown().await;
}

#[tokio::test]
async fn another_process_can_cancel_a_broadcast_this_one_has_queued() {
    let emu = Emulator::start(config(5)).await.unwrap();
    let (dir, desk, id) = set_up(&emu.base_url(), Edition::ProPlus);
    let queued = desk
        .queue(&id, text("not this one"), SendSource::Cli)
        .unwrap();
    // bdesk, or the window, on the same data folder.
    desk_in(dir.path()).cancel(queued.outbox_id()).unwrap();
    let err = desk.complete(queued).await.unwrap_err();
    assert_eq!(err.code(), desk_core::ErrorCode::Cancelled);
    assert_eq!(emu.requests_seen(), 0, "nothing left");
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn deleting_a_profile_cancels_its_queued_broadcasts_and_says_how_many_first() {
    let emu = Emulator::start(config(1)).await.unwrap();
    let (_dir, desk, id) = set_up(&emu.base_url(), Edition::Pro);
    let desk = Arc::new(desk);
    desk.send(&id, text("on air"), SendSource::Window)
        .await
        .unwrap();
    // Two more wait for Pro's next slots.
    let mut waiting = Vec::new();
    for n in 0..2 {
        let queued = desk
            .queue(&id, text(&format!("later {n}")), SendSource::Scheduled)
            .unwrap();
        let d = Arc::clone(&desk);
        waiting.push(tokio::spawn(async move { d.complete(queued).await }));
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    let usage = desk.profile_usage(&id).unwrap();
    assert_eq!((usage.queued, usage.sending), (2, 0));
    desk.delete_profile(&id).unwrap();
    for w in waiting {
        let err = w.await.unwrap().unwrap_err();
        assert_eq!(err.code(), desk_core::ErrorCode::Cancelled);
    }
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(emu.delivered().len(), 1, "only the one sent before");
    let cancelled = desk
        .history(
            &HistoryFilter {
                delivery: Some(Delivery::NotSent),
                ..HistoryFilter::default()
            },
            10,
        )
        .unwrap();
    assert_eq!(cancelled.len(), 2);
    assert!(cancelled.iter().all(|e| e.cancelled_at.is_some()));
    emu.shutdown().await;
}

#[tokio::test]
async fn any_ended_broadcast_can_be_sent_again_as_a_new_message_through_its_profile() {
    use desk_core::ErrorCode;
    use desk_core::outbox::Resolution;
    let emu = Emulator::start(config(5)).await.unwrap();
    let (_dir, desk, id) = set_up_with(&emu.base_url(), Edition::ProPlus, window(31));
    let first = desk
        .send(&id, text("Doors open"), SendSource::Window)
        .await
        .unwrap();
    assert_eq!(first.delivery, Delivery::Sent);

    let again = desk
        .complete(
            desk.queue_again(&first.outbox_id, SendSource::Window)
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(again.delivery, Delivery::Sent);
    assert_ne!(again.outbox_id, first.outbox_id);
    assert_ne!(again.random, first.random, "a new message: a new Random");
    let delivered = emu.delivered();
    assert_eq!(
        delivered.iter().map(text_of).collect::<Vec<_>>(),
        ["Doors open", "Doors open"],
        "Tencent did not drop it as a repeat"
    );
    // The first is left as it was: sent, nothing to decide, nothing linked.
    let row = desk.broadcast(&first.outbox_id).unwrap().entry;
    assert_eq!((row.resolution, row.resent_as), (None, None));

    // Not one that has not ended: it can still be cancelled, or is on its way.
    let queued = desk.queue(&id, text("Queued"), SendSource::Window).unwrap();
    let err = desk
        .queue_again(queued.outbox_id(), SendSource::Window)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "{err}");
    desk.cancel(queued.outbox_id()).unwrap();
    assert_eq!(
        desk.complete(queued).await.unwrap_err().code(),
        ErrorCode::Cancelled
    );

    // An unknown outcome nobody decided on is decided by it, once, and linked to the new one.
    emu.inject(Fault::DropAfterHandling, 1000);
    let lost = desk
        .send(&id, text("Stream paused"), SendSource::Emergency)
        .await
        .unwrap();
    assert_eq!(lost.delivery, Delivery::Unknown);
    emu.clear_faults();
    let resent = desk
        .complete(
            desk.queue_again(&lost.outbox_id, SendSource::Window)
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(resent.delivery, Delivery::Sent);
    let row = desk.broadcast(&lost.outbox_id).unwrap().entry;
    assert_eq!(row.resolution, Some(Resolution::SentAgain));
    assert_eq!(row.resent_as.as_deref(), Some(resent.outbox_id.as_str()));
    assert!(desk.open_items().unwrap().is_empty());
    let again = desk
        .resolve(&lost.outbox_id, Resolution::Delivered, SendSource::Window)
        .await
        .unwrap_err();
    assert_eq!(again.code(), desk_core::ErrorCode::NotDecidable);
    assert!(again.to_string().contains("already decided on"), "{again}");
    // One that was sent takes no decision either, and says why.
    let sent = desk
        .resolve(&resent.outbox_id, Resolution::Delivered, SendSource::Window)
        .await
        .unwrap_err();
    assert_eq!(sent.code(), desk_core::ErrorCode::NotDecidable);
    assert!(sent.to_string().contains("this one was sent"), "{sent}");

    // Its profile gone, there is nothing to send it through.
    desk.delete_profile(&id).unwrap();
    assert_eq!(
        desk.queue_again(&first.outbox_id, SendSource::Window)
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
    emu.shutdown().await;
}
