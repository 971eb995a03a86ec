//! The app in the background: a tray icon whose menu names the next scheduled send, a window that
//! closes into the tray while sends are scheduled, quitting that asks first when some are pending,
//! one instance per user, starting at login, and an OS notification for each scheduled result.
//!
//! Every plugin here is registered and driven from Rust, so the window holds none of their
//! permissions: it only tells Rust which language it shows (`window_language`) and reads or sets
//! start-at-login through the app's own commands.
//!
//! Decisions are plain functions of what is pending ([`Pending`], [`on_close`], [`on_quit`]); the
//! tray's words are [`tray::TrayTexts`]. Tests hold both without a desktop: a tray menu cannot be
//! clicked under Xvfb, which has no tray host.
//!
//! Not here: the schedule itself (desk-core; `scheduler` runs it in this process), or what the window
//! shows of it.

pub mod login;
pub mod notify;
pub mod texts;
pub mod tray;

use std::sync::{Arc, Mutex};

use desk_core::desk::Desk;
use desk_core::message::MsgElement;
use desk_core::schedule::{ItemStatus, ScheduleEvent, ScheduleItem};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, WindowEvent};

use crate::app_state::AppState;
use texts::Language;

/// The flag autostart starts the app with: its window stays hidden (the schedule runs, the tray
/// shows it) until the producer opens it.
pub const BACKGROUND_ARG: &str = "--background";

/// Shared by the tray, the close and quit handlers and the commands.
pub struct Background {
    language: Mutex<Option<Language>>,
    /// Wakes the tray when its words may have changed (the window's language, the schedule).
    changed: tokio::sync::Notify,
    login: login::Login,
    /// Whether the producer was told, this run, that closing left the app running.
    told_closed: Mutex<bool>,
    /// The schedule's events, subscribed before the scheduler starts, until `notify` takes them.
    events: Mutex<Option<tokio::sync::broadcast::Receiver<ScheduleEvent>>>,
    /// The page that asked last to hear of them (`schedule_watch`).
    watcher: Mutex<Option<Channel<ScheduleEvent>>>,
}

impl Default for Background {
    fn default() -> Self {
        Self {
            language: Mutex::new(None),
            changed: tokio::sync::Notify::new(),
            login: login::Login::default(),
            told_closed: Mutex::new(false),
            events: Mutex::new(None),
            watcher: Mutex::new(None),
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Background {
    /// The window's language, or the system's until the window has said.
    pub fn language(&self) -> Language {
        (*lock(&self.language)).unwrap_or_else(texts::system_language)
    }

    /// The window shows `language` now.
    pub fn set_language(&self, language: Language) {
        *lock(&self.language) = Some(language);
        self.changed();
    }

    /// Something the tray shows may have changed: it looks again now.
    pub fn changed(&self) {
        self.changed.notify_one();
    }

    pub async fn wait_changed(&self) {
        self.changed.notified().await;
    }

    pub fn login(&self) -> &login::Login {
        &self.login
    }

    /// Keeps the schedule's events from `desk` (before its scheduler starts) for `notify`.
    pub fn subscribe(&self, desk: &Desk) {
        *lock(&self.events) = Some(desk.watch_schedule());
    }

    pub fn take_events(&self) -> Option<tokio::sync::broadcast::Receiver<ScheduleEvent>> {
        lock(&self.events).take()
    }

    /// Remembers the page to tell of each schedule event: there is one window, and a reloaded page
    /// asks again.
    pub fn watch(&self, on_event: Channel<ScheduleEvent>) {
        *lock(&self.watcher) = Some(on_event);
    }

    /// Tells the page of `event`. A page that has gone is forgotten.
    pub fn forward(&self, event: &ScheduleEvent) {
        let mut watcher = lock(&self.watcher);
        if let Some(channel) = watcher.as_ref()
            && channel.send(event.clone()).is_err()
        {
            *watcher = None;
        }
    }

    /// True the first time it is asked in this run.
    pub fn tell_closed_once(&self) -> bool {
        !std::mem::replace(&mut *lock(&self.told_closed), true)
    }
}

/// The next scheduled send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextSend {
    /// The item's label, else its message's first text (shortened), else `None`.
    pub label: Option<String>,
    pub at_ms: i64,
}

/// What is still to be sent from the schedule.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pending {
    /// Items that will still send: scheduled, held while edited, sending, or missed and waiting for
    /// the producer's decision.
    pub count: usize,
    /// The soonest next occurrence, if any item has one.
    pub next: Option<NextSend>,
}

/// How many characters of a message stand in for a missing label.
const LABEL_FROM_TEXT_CHARS: usize = 40;

/// The name an item goes by outside the window: its label, else its message's first words.
pub fn item_name(item: &ScheduleItem) -> Option<String> {
    if let Some(label) = item
        .label
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        return Some(label.to_owned());
    }
    item.body.msg_body.iter().find_map(|element| match element {
        MsgElement::Text(text) => {
            let words = text.text.split_whitespace().collect::<Vec<_>>().join(" ");
            if words.is_empty() {
                return None;
            }
            let mut short: String = words.chars().take(LABEL_FROM_TEXT_CHARS).collect();
            if words.chars().count() > LABEL_FROM_TEXT_CHARS {
                short.push('…');
            }
            Some(short)
        }
        _ => None,
    })
}

/// What of `items` is pending.
pub fn pending(items: &[ScheduleItem]) -> Pending {
    let live = |item: &&ScheduleItem| {
        matches!(
            item.status,
            ItemStatus::Scheduled | ItemStatus::Editing | ItemStatus::Sending | ItemStatus::Waiting
        )
    };
    let next = items
        .iter()
        .filter(live)
        .filter_map(|item| item.next_at.map(|at| (at, item)))
        .min_by_key(|(at, _)| *at)
        .map(|(at_ms, item)| NextSend {
            label: item_name(item),
            at_ms,
        });
    Pending {
        count: items.iter().filter(live).count(),
        next,
    }
}

/// What closing the window does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseAction {
    /// Sends are scheduled: the window hides, the app (and its scheduler) keeps running in the tray.
    KeepRunning,
    /// Nothing is scheduled: the app quits, as a producer expects of a closed window.
    Quit,
}

/// Closing the window keeps the app running only while something is scheduled: a producer who
/// closes it with nothing scheduled expects it gone, and on desktops with no tray (GNOME without an
/// AppIndicator extension) an app running unseen for no reason would only puzzle.
pub fn on_close(pending: &Pending) -> CloseAction {
    if pending.count > 0 {
        CloseAction::KeepRunning
    } else {
        CloseAction::Quit
    }
}

/// What the tray's Quit does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuitAction {
    /// Nothing is pending: quit at once.
    Quit,
    /// Sends are pending: ask first (they do not go out while the app is closed).
    Ask(Pending),
}

pub fn on_quit(pending: &Pending) -> QuitAction {
    if pending.count > 0 {
        QuitAction::Ask(pending.clone())
    } else {
        QuitAction::Quit
    }
}

/// What is pending now, read on a blocking worker (SQLite). An unreadable schedule counts as
/// nothing pending: the app then behaves as it did before it had a schedule.
pub async fn read_pending(desk: Option<Arc<Desk>>) -> Pending {
    let Some(desk) = desk else {
        return Pending::default();
    };
    tauri::async_runtime::spawn_blocking(move || desk.schedules())
        .await
        .ok()
        .and_then(Result::ok)
        .map(|items| pending(&items))
        .unwrap_or_default()
}

fn desk_of<R: Runtime>(app: &AppHandle<R>) -> Option<Arc<Desk>> {
    app.try_state::<AppState>().and_then(|s| s.desk().ok())
}

/// Brings the main window forward: unminimised, shown (it may be hidden in the tray), focused. A
/// window manager may refuse focus (focus stealing prevention); the window is then where it was.
pub fn show_window<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The plugin that keeps one instance per user: a second launch tells the first (which comes
/// forward) and exits. Registered before anything else, so the second process opens nothing.
/// Debug and release builds are separate apps here, as their databases and keychain entries are.
pub fn single_instance<R: Runtime>() -> tauri::plugin::TauriPlugin<R> {
    let id = match desk_core::info::BuildKind::current() {
        desk_core::info::BuildKind::Release => "io.broadcastdesk.desktop",
        desk_core::info::BuildKind::Debug => "io.broadcastdesk.desktop.dev",
    };
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(id)
        .callback(|app, _argv, _cwd| show_window(app))
        .build()
}

/// Sets up the rest once the app exists: the plugins driven from Rust, the window shown unless
/// started in the background, the tray, and the notifications of scheduled results.
pub fn setup<R: Runtime>(app: &AppHandle<R>) {
    for (name, registered) in [
        (
            "notification",
            app.plugin(tauri_plugin_notification::init()),
        ),
        ("dialog", app.plugin(tauri_plugin_dialog::init())),
        (
            "autostart",
            app.plugin(
                tauri_plugin_autostart::Builder::new()
                    .arg(BACKGROUND_ARG)
                    .build(),
            ),
        ),
    ] {
        if let Err(e) = registered {
            eprintln!("Broadcast Desk: the {name} plugin could not start: {e}");
        }
    }
    if let Some(state) = app.try_state::<AppState>() {
        state.background().login().attach(app.clone());
    }
    if !std::env::args().any(|a| a == BACKGROUND_ARG) {
        show_window(app);
    }
    if let Err(e) = tray::create(app) {
        // No tray (no StatusNotifier host, no libayatana): the window works as before; closing it
        // with sends scheduled still keeps the app running, and starting it again brings it back.
        eprintln!("Broadcast Desk: no tray icon here: {e}");
    }
    notify::start(app);
}

/// The window's close button: hide into the tray while something is scheduled, else quit. Decided
/// off the main thread (the schedule is read from SQLite), so the close is always held first.
pub fn on_window_event<R: Runtime>(window: &tauri::Window<R>, event: &WindowEvent) {
    let WindowEvent::CloseRequested { api, .. } = event else {
        return;
    };
    if window.label() != "main" {
        return;
    }
    api.prevent_close();
    let app = window.app_handle().clone();
    tauri::async_runtime::spawn(async move {
        let pending = read_pending(desk_of(&app)).await;
        match on_close(&pending) {
            CloseAction::Quit => app.exit(0),
            CloseAction::KeepRunning => {
                if let Some(window) = app.get_webview_window("main") {
                    let _ = window.hide();
                }
                notify::closed_into_tray(&app, &pending);
            }
        }
    });
}

/// The tray's Quit: at once when nothing is pending, else after the producer confirms.
pub fn quit<R: Runtime>(app: &AppHandle<R>) {
    use tauri_plugin_dialog::{DialogExt, MessageDialogButtons, MessageDialogKind};
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let pending = read_pending(desk_of(&app)).await;
        let QuitAction::Ask(pending) = on_quit(&pending) else {
            app.exit(0);
            return;
        };
        let language = app
            .try_state::<AppState>()
            .map(|s| s.background().language())
            .unwrap_or_default();
        let words = tray::quit_question(language, &pending, &tray::local_zone());
        let exit = app.clone();
        app.dialog()
            .message(words.message)
            .title(words.title)
            .kind(MessageDialogKind::Warning)
            .buttons(MessageDialogButtons::OkCancelCustom(
                words.confirm,
                words.keep,
            ))
            .show(move |quit| {
                if quit {
                    exit.exit(0);
                }
            });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(
        status: ItemStatus,
        next_at: Option<i64>,
        label: Option<&str>,
        text: &str,
    ) -> ScheduleItem {
        use desk_core::schedule::{MissedPolicy, Repeat, RepeatEnd};
        ScheduleItem {
            id: "i".into(),
            profile_id: "p".into(),
            profile_name: "Live".into(),
            body: serde_json::from_value(serde_json::json!({
                "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": text}}]
            }))
            .unwrap(),
            at: "2026-12-01T20:00".into(),
            zone: "Europe/Berlin".into(),
            repeat: Repeat::Once,
            end: RepeatEnd::Never,
            missed: MissedPolicy::Skip,
            label: label.map(Into::into),
            status,
            next_at,
            next_note: None,
            last_run: None,
            created_at: 0,
            updated_at: 0,
            clashes: Vec::new(),
        }
    }

    #[test]
    fn closing_keeps_the_app_running_only_while_something_is_scheduled_and_quitting_asks_then() {
        let none = pending(&[
            item(ItemStatus::Done, None, Some("old"), "x"),
            item(ItemStatus::Cancelled, Some(5), Some("gone"), "x"),
        ]);
        assert_eq!(none, Pending::default());
        assert_eq!(on_close(&none), CloseAction::Quit);
        assert_eq!(on_quit(&none), QuitAction::Quit);

        let some = pending(&[
            item(ItemStatus::Scheduled, Some(2_000), Some("Doors open"), "x"),
            item(
                ItemStatus::Scheduled,
                Some(1_000),
                None,
                "  Welcome   to the\nshow  ",
            ),
            item(ItemStatus::Waiting, None, Some("held"), "x"),
            item(ItemStatus::Done, None, None, "x"),
        ]);
        assert_eq!(some.count, 3, "a held occurrence is pending too");
        assert_eq!(
            some.next,
            Some(NextSend {
                label: Some("Welcome to the show".into()),
                at_ms: 1_000
            }),
            "the soonest, named by its text when it has no label"
        );
        assert_eq!(on_close(&some), CloseAction::KeepRunning);
        assert_eq!(on_quit(&some), QuitAction::Ask(some.clone()));
    }

    #[test]
    fn an_item_without_a_label_goes_by_its_first_words() {
        let long = "word ".repeat(20);
        let name = item_name(&item(ItemStatus::Scheduled, None, Some(" "), &long)).unwrap();
        assert_eq!(name.chars().count(), LABEL_FROM_TEXT_CHARS + 1);
        assert!(name.ends_with('…'));
        assert_eq!(
            item_name(&item(ItemStatus::Scheduled, None, None, "")),
            None
        );
    }

    /// A system switch that lives in memory.
    #[derive(Default)]
    struct FakeLogin(Mutex<bool>);

    impl login::LoginItem for FakeLogin {
        fn enabled(&self) -> Result<bool, String> {
            Ok(*lock(&self.0))
        }
        fn set(&self, enabled: bool) -> Result<(), String> {
            *lock(&self.0) = enabled;
            Ok(())
        }
    }

    /// Through the window's real IPC (mock runtime): an item scheduled as the window schedules it is
    /// what the tray names next, in the language the window says it shows; start at login is read
    /// and set through the app's commands, off until turned on.
    #[test]
    fn the_tray_names_what_the_window_scheduled_in_the_windows_language() {
        use serde_json::json;
        let dir = tempfile::tempdir().unwrap();
        let window = crate::window_door::window_with(dir.path(), |s| s);
        let sandbox = window.invoke("sandbox_open", json!({})).unwrap();
        let berlin = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
        let at = (jiff::Timestamp::now() + jiff::SignedDuration::from_mins(150))
            .to_zoned_datetime(berlin.clone());
        window
            .invoke(
                "schedule_add",
                json!({"draft": {
                    "profileId": sandbox["profile"]["id"],
                    "body": {"MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "Hi"}}]},
                    "at": at.strftime("%Y-%m-%dT%H:%M").to_string(),
                    "zone": "Europe/Berlin",
                    "repeat": {"kind": "once"},
                    "end": {"kind": "never"},
                    "label": "Doors open",
                }}),
            )
            .unwrap();
        let state = window.state();
        let pending = tauri::async_runtime::block_on(read_pending(state.desk().ok()));
        assert_eq!(pending.count, 1);
        assert_eq!(on_close(&pending), CloseAction::KeepRunning);

        window
            .invoke("window_language", json!({"language": "ko"}))
            .unwrap();
        assert_eq!(state.background().language(), Language::Ko);
        let now = jiff::Timestamp::now().as_millisecond();
        let texts = tray::tray_texts(state.background().language(), &pending, now, &berlin);
        let time = at.strftime("%H:%M").to_string();
        assert!(
            texts
                .next
                .starts_with(&format!("다음: Doors open, {time} (2시간 ")),
            "{}",
            texts.next
        );
        assert_eq!(texts.quit, "종료");
        // Only a language of ours: the window says "en" for its pseudo-language.
        window
            .invoke("window_language", json!({"language": "en-XA"}))
            .unwrap_err();
        assert_eq!(state.background().language(), Language::Ko);

        // No switch attached (the mock runtime has no autostart plugin): a refusal, not a guess.
        let refused = window.invoke("start_at_login", json!({})).unwrap_err();
        assert_eq!(refused["code"], "INTERNAL");
        state
            .background()
            .login()
            .attach_item(std::sync::Arc::new(FakeLogin::default()));
        assert_eq!(window.invoke("start_at_login", json!({})), Ok(json!(false)));
        assert_eq!(
            window.invoke("start_at_login_set", json!({"enabled": true})),
            Ok(json!(true))
        );
        assert_eq!(window.invoke("start_at_login", json!({})), Ok(json!(true)));
    }

    /// The window hears each schedule event over the Channel it gave last; a page gone is forgotten.
    #[test]
    fn schedule_events_reach_the_page_that_asked_last() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let background = Background::default();
        let event = ScheduleEvent {
            item_id: "i".into(),
            label: None,
            profile_name: "Live".into(),
            due_at: 0,
            late_ms: 0,
            state: desk_core::schedule::RunState::Sent,
            msg_seq: Some(1),
            reason: None,
            outbox_id: "o".into(),
        };
        background.forward(&event); // nobody listens yet: nothing breaks
        let heard = std::sync::Arc::new(AtomicUsize::new(0));
        let counter = heard.clone();
        background.watch(Channel::new(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }));
        background.forward(&event);
        background.forward(&event);
        assert_eq!(heard.load(Ordering::SeqCst), 2);
        background.watch(Channel::new(|_| Err(tauri::Error::WebviewNotFound)));
        background.forward(&event);
        assert!(lock(&background.watcher).is_none());
    }
}
