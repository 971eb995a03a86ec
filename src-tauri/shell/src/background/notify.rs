//! OS notifications sent from Rust (tauri-plugin-notification; the window holds no notification
//! permission): one for each scheduled send's result — sent, not sent (why), outcome unknown (check
//! History and decide), skipped (why), held for a decision — and one the first time in a run that
//! closing the window left the app running. The same schedule events reach the window over the
//! Channel it gave `schedule_watch`, and wake the tray.
//!
//! Events come from `Desk::watch_schedule`, subscribed before the app's scheduler starts, so nothing it
//! decides at launch goes untold. A notification is not the record: what happened while nobody
//! watched is also in the schedule's news and History.
//!
//! Not here: deciding what happened (desk-core's scheduler), or the words (`shell.ftl`).

use desk_core::outbox::OutboxEntry;
use desk_core::params;
use desk_core::schedule::{RunState, ScheduleEvent, SkipReason};
use desk_core::text::Params;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;
use tokio::sync::broadcast::error::RecvError;

use super::texts::{Language, text, text_with};
use super::{Pending, tray};
use crate::app_state::AppState;

fn show<R: Runtime>(app: &AppHandle<R>, title: String, body: String) {
    if let Err(e) = app.notification().builder().title(title).body(body).show() {
        eprintln!("Broadcast Desk could not show a notification: {e}");
    }
}

/// Says once per run that the closed window left the app running, and why.
pub fn closed_into_tray<R: Runtime>(app: &AppHandle<R>, pending: &Pending) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let background = state.background();
    if background.tell_closed_once() {
        let language = background.language();
        show(
            app,
            text(language, "closed-title", &params! {}),
            text(
                language,
                "closed-body",
                &params! { "count" => pending.count },
            ),
        );
    }
}

/// A duration in whole seconds, minutes, or hours and minutes.
pub fn duration(language: Language, ms: i64) -> String {
    let secs = ms.max(0) / 1000;
    if secs < 60 {
        text(language, "duration-seconds", &params! { "seconds" => secs })
    } else if secs < 3600 {
        text(
            language,
            "duration-minutes",
            &params! { "minutes" => secs / 60 },
        )
    } else {
        text(
            language,
            "duration-hours",
            &params! { "hours" => secs / 3600, "minutes" => (secs % 3600) / 60 },
        )
    }
}

/// Why an occurrence was skipped, in a sentence.
fn skip_reason(language: Language, reason: Option<&SkipReason>, late_ms: i64) -> String {
    let late = duration(language, late_ms);
    match reason {
        Some(SkipReason::TooLate { max_secs }) => text(
            language,
            "notify-skip-too-late",
            &params! { "late" => late, "max" => duration(language, i64::from(*max_secs) * 1000) },
        ),
        Some(SkipReason::Policy) | None => {
            text(language, "notify-skip-policy", &params! { "late" => late })
        }
        Some(SkipReason::Producer) => text(language, "notify-skip-producer", &params! {}),
        Some(SkipReason::ProfileGone) => text(language, "notify-skip-profile-gone", &params! {}),
        Some(SkipReason::NoKey) => text(language, "notify-skip-no-key", &params! {}),
        Some(SkipReason::Keychain) => text(language, "notify-skip-keychain", &params! {}),
        Some(SkipReason::InvalidMessage) => {
            text(language, "notify-skip-invalid-message", &params! {})
        }
        Some(SkipReason::Failed { message }) => text(
            language,
            "notify-skip-failed",
            &params! { "message" => message.as_str() },
        ),
    }
}

/// Why a broadcast was not sent: Tencent's explanation of its last code (the window's words for it,
/// from core.ftl), cancelled, or where to look.
fn not_sent_reason(language: Language, entry: Option<&OutboxEntry>) -> String {
    match entry {
        Some(entry) if entry.cancelled_at.is_some() => {
            text(language, "error-send-cancelled", &params! {})
        }
        Some(OutboxEntry {
            last_code: Some(code),
            ..
        }) if *code != 0 => {
            let explained = desk_core::client::explain(*code);
            text_with(language, &explained.id, Some("title"), &Params::new())
        }
        _ => text(language, "notify-not-sent-unexplained", &params! {}),
    }
}

/// What the notification of `event` says (title, body), or `None` when there is nothing to tell: a
/// send handed to the pipeline (its outcome follows), or what the producer did themselves.
/// `entry` is the broadcast's History row, looked up for a `notSent` one.
pub fn words(
    language: Language,
    event: &ScheduleEvent,
    entry: Option<&OutboxEntry>,
    now_ms: i64,
    zone: &TimeZone,
) -> Option<(String, String)> {
    let label = event
        .label
        .clone()
        .filter(|l| !l.trim().is_empty())
        .unwrap_or_else(|| text(language, "tray-no-label", &params! {}));
    let time = tray::when(event.due_at, now_ms, zone);
    let profile = event.profile_name.as_str();
    let (title, body) = match event.state {
        RunState::Sent => (
            text(language, "notify-sent-title", &params! { "label" => label }),
            text(
                language,
                "notify-sent-body",
                &params! {
                    "time" => time, "profile" => profile,
                    "msgseq" => event.msg_seq.map(|s| s.to_string()).unwrap_or_default(),
                },
            ),
        ),
        RunState::NotSent => (
            text(
                language,
                "notify-not-sent-title",
                &params! { "label" => label },
            ),
            text(
                language,
                "notify-not-sent-body",
                &params! {
                    "reason" => not_sent_reason(language, entry), "time" => time, "profile" => profile,
                },
            ),
        ),
        RunState::Unknown => (
            text(
                language,
                "notify-unknown-title",
                &params! { "label" => label },
            ),
            text(language, "notify-unknown-body", &params! {}),
        ),
        RunState::Skipped if event.reason == Some(SkipReason::Producer) => return None,
        RunState::Skipped => (
            text(
                language,
                "notify-skipped-title",
                &params! { "label" => label },
            ),
            text(
                language,
                "notify-skipped-body",
                &params! {
                    "reason" => skip_reason(language, event.reason.as_ref(), event.late_ms),
                    "time" => time,
                },
            ),
        ),
        RunState::Missed => (
            text(language, "notify-held-title", &params! { "label" => label }),
            text(language, "notify-held-body", &params! { "time" => time }),
        ),
        RunState::Pending | RunState::Queued | RunState::Sending => return None,
    };
    Some((title, body))
}

/// Tells each scheduled result: an OS notification, the window's Channel, the tray.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let Some(state) = app.try_state::<AppState>() else {
        return;
    };
    let (Some(mut events), Ok(desk)) = (state.background().take_events(), state.desk()) else {
        return;
    };
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        loop {
            let event = match events.recv().await {
                Ok(event) => event,
                // Some were missed (hundreds at once): the news and History still have them.
                Err(RecvError::Lagged(_)) => continue,
                Err(RecvError::Closed) => return,
            };
            let Some(state) = app.try_state::<AppState>() else {
                return;
            };
            let background = state.background();
            background.forward(&event);
            background.changed();
            let entry = if event.state == RunState::NotSent {
                let desk = desk.clone();
                let id = event.outbox_id.clone();
                tauri::async_runtime::spawn_blocking(move || desk.broadcast(&id))
                    .await
                    .ok()
                    .and_then(Result::ok)
                    .map(|details| details.entry)
            } else {
                None
            };
            let now = Timestamp::now().as_millisecond();
            let zone = tray::local_zone();
            if let Some((title, body)) =
                words(background.language(), &event, entry.as_ref(), now, &zone)
            {
                show(&app, title, body);
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin() -> TimeZone {
        TimeZone::get("Europe/Berlin").unwrap()
    }

    /// 2026-11-30 20:00 in Berlin.
    fn eight() -> i64 {
        "2026-11-30T20:00:00+01:00[Europe/Berlin]"
            .parse::<jiff::ZonedDateTime>()
            .unwrap()
            .timestamp()
            .as_millisecond()
    }

    fn event(state: RunState) -> ScheduleEvent {
        ScheduleEvent {
            item_id: "i".into(),
            label: Some("Doors open".into()),
            profile_name: "Main show".into(),
            due_at: eight(),
            late_ms: 0,
            state,
            msg_seq: None,
            reason: None,
            outbox_id: "o".into(),
        }
    }

    fn say(event: &ScheduleEvent, entry: Option<&OutboxEntry>) -> Option<(String, String)> {
        words(Language::En, event, entry, eight() + 5_000, &berlin())
    }

    #[test]
    fn each_result_is_told_clearly_and_the_pipelines_steps_are_not() {
        let mut sent = event(RunState::Sent);
        sent.msg_seq = Some(4242);
        assert_eq!(
            say(&sent, None),
            Some((
                "Sent: Doors open".into(),
                "Due at 20:00 through Main show (MsgSeq 4242).".into()
            ))
        );
        let (title, body) = say(&event(RunState::Unknown), None).unwrap();
        assert_eq!(title, "Outcome unknown: Doors open");
        assert!(body.contains("Check History and decide"), "{body}");

        let mut skipped = event(RunState::Skipped);
        skipped.late_ms = 35 * 60_000;
        skipped.reason = Some(SkipReason::TooLate { max_secs: 15 * 60 });
        assert_eq!(
            say(&skipped, None),
            Some((
                "Skipped: Doors open".into(),
                "It was 35 min late, more than the 15 min its missed-send policy allows. It was due \
                 at 20:00."
                    .into()
            ))
        );
        skipped.reason = Some(SkipReason::NoKey);
        assert!(say(&skipped, None).unwrap().1.starts_with("No secret key"));
        skipped.reason = Some(SkipReason::Producer);
        assert_eq!(say(&skipped, None), None, "the producer did it themselves");

        let (title, body) = say(&event(RunState::Missed), None).unwrap();
        assert_eq!(title, "Waiting for you: Doors open");
        assert!(body.contains("send it now or skip it"), "{body}");

        for step in [RunState::Pending, RunState::Queued, RunState::Sending] {
            assert_eq!(
                say(&event(step), None),
                None,
                "{step:?}: its outcome follows"
            );
        }
    }

    #[test]
    fn not_sent_says_why_in_tencents_words_and_the_windows_language() {
        let entry = OutboxEntry {
            id: "o".into(),
            profile_id: Some("p".into()),
            profile_name: "Main show".into(),
            target: "h".into(),
            random: 1,
            source: desk_core::outbox::SendSource::Scheduled,
            os_user: "u".into(),
            created_at: 0,
            first_attempt_at: Some(0),
            delivery: desk_core::outbox::Delivery::NotSent,
            msg_seq: None,
            attempts: 1,
            last_class: Some(desk_core::client::ErrorClass::Config),
            last_code: Some(70009),
            last_info: Some("x".into()),
            maybe_delivered: false,
            finished_at: Some(0),
            resolution: None,
            resent_as: None,
            cancelled_at: None,
        };
        let (title, body) = say(&event(RunState::NotSent), Some(&entry)).unwrap();
        assert_eq!(title, "Not sent: Doors open");
        assert_eq!(
            body,
            format!(
                "{} Due at 20:00 through Main show.",
                desk_core::text::english_attribute("tencent-70009", "title")
            )
        );
        let (_, korean) = words(
            Language::Ko,
            &event(RunState::NotSent),
            Some(&entry),
            eight(),
            &berlin(),
        )
        .unwrap();
        assert!(
            !korean.contains(&desk_core::text::english_attribute(
                "tencent-70009",
                "title"
            )),
            "Tencent's explanation in Korean: {korean}"
        );
        let (_, unexplained) = say(&event(RunState::NotSent), None).unwrap();
        assert!(
            unexplained.starts_with("Tencent did not accept it"),
            "{unexplained}"
        );
    }
}
