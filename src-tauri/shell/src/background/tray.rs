//! The tray icon and its menu: the next scheduled send with its countdown (or "Nothing scheduled"),
//! Open Broadcast Desk, Emergency… and Quit, in the window's language. The menu's words are looked
//! at again every [`REFRESH`] and at once when the window's language or the schedule changes, and
//! set only when they differ (each change is a D-Bus call to the tray host on Linux).
//!
//! On Linux the icon is an AppIndicator (libayatana): it shows where a StatusNotifier host runs (KDE,
//! most desktops; GNOME only with the AppIndicator extension), and its menu opens on any click.
//!
//! Not here: what Quit and closing decide (`background`), or the emergency panel (`emergency`).

use std::time::Duration;

use desk_core::params;
use jiff::Timestamp;
use jiff::tz::TimeZone;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Runtime};

use super::texts::{Language, text};
use super::{NextSend, Pending, desk_of, read_pending};
use crate::app_state::AppState;

/// How often the tray looks at the schedule: its countdown counts minutes, so it is never more than
/// this stale, and a change bdesk made in another process shows within it.
pub const REFRESH: Duration = Duration::from_secs(10);

/// The tray's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayTexts {
    pub tooltip: String,
    /// The first line: the next send with its countdown, or that nothing is scheduled.
    pub next: String,
    pub open: String,
    pub emergency: String,
    pub quit: String,
}

/// The computer's zone, where the tray says when the next send goes out.
pub fn local_zone() -> TimeZone {
    TimeZone::system()
}

/// When `at_ms` is, on the computer's clock: the time alone on today's date, else with its date (ISO
/// 8601, which reads the same in every language here).
pub fn when(at_ms: i64, now_ms: i64, zone: &TimeZone) -> String {
    let (Ok(at), Ok(now)) = (
        Timestamp::from_millisecond(at_ms),
        Timestamp::from_millisecond(now_ms),
    ) else {
        return String::new();
    };
    let local = at.to_zoned_datetime(zone.clone());
    if local.date() == now.to_zoned_datetime(zone.clone()).date() {
        local.strftime("%H:%M").to_string()
    } else {
        local.strftime("%Y-%m-%d %H:%M").to_string()
    }
}

/// How long until `at_ms`, in whole minutes, hours and minutes, or days.
pub fn countdown(language: Language, at_ms: i64, now_ms: i64) -> String {
    let minutes = (at_ms - now_ms).max(0) / 60_000;
    if minutes < 1 {
        text(language, "tray-countdown-now", &params! {})
    } else if minutes < 60 {
        text(
            language,
            "tray-countdown-minutes",
            &params! { "minutes" => minutes },
        )
    } else if minutes < 48 * 60 {
        text(
            language,
            "tray-countdown-hours",
            &params! { "hours" => minutes / 60, "minutes" => minutes % 60 },
        )
    } else {
        text(
            language,
            "tray-countdown-days",
            &params! { "days" => minutes / (24 * 60) },
        )
    }
}

/// The name of the next send, as the tray and the quit question say it.
pub fn label(language: Language, next: &NextSend) -> String {
    next.label
        .clone()
        .unwrap_or_else(|| text(language, "tray-no-label", &params! {}))
}

/// The tray's words for what is pending at `now_ms`.
pub fn tray_texts(
    language: Language,
    pending: &Pending,
    now_ms: i64,
    zone: &TimeZone,
) -> TrayTexts {
    let next = match &pending.next {
        Some(next) => text(
            language,
            "tray-next",
            &params! {
                "label" => label(language, next),
                "time" => when(next.at_ms, now_ms, zone),
                "countdown" => countdown(language, next.at_ms, now_ms),
            },
        ),
        None => text(language, "tray-nothing", &params! {}),
    };
    TrayTexts {
        tooltip: text(language, "tray-tooltip", &params! {}),
        next,
        open: text(language, "tray-open", &params! {}),
        emergency: text(language, "tray-emergency", &params! {}),
        quit: text(language, "tray-quit", &params! {}),
    }
}

/// The question before quitting with sends pending.
pub struct QuitQuestion {
    pub title: String,
    pub message: String,
    pub confirm: String,
    pub keep: String,
}

pub fn quit_question(language: Language, pending: &Pending, zone: &TimeZone) -> QuitQuestion {
    let now = Timestamp::now().as_millisecond();
    let (label, time) = match &pending.next {
        Some(next) => (label(language, next), when(next.at_ms, now, zone)),
        None => (text(language, "tray-no-label", &params! {}), String::new()),
    };
    QuitQuestion {
        title: text(language, "quit-title", &params! {}),
        message: text(
            language,
            "quit-message",
            &params! { "count" => pending.count, "label" => label, "time" => time },
        ),
        confirm: text(language, "quit-confirm", &params! {}),
        keep: text(language, "quit-keep", &params! {}),
    }
}

fn language_of<R: Runtime>(app: &AppHandle<R>) -> Language {
    app.try_state::<AppState>()
        .map(|s| s.background().language())
        .unwrap_or_default()
}

/// Creates the tray icon with its menu, and keeps the menu's words current for as long as the app
/// runs.
pub fn create<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let now = Timestamp::now().as_millisecond();
    let texts = tray_texts(language_of(app), &Pending::default(), now, &local_zone());
    let next = MenuItem::with_id(app, "next", &texts.next, false, None::<&str>)?;
    let open = MenuItem::with_id(app, "open", &texts.open, true, None::<&str>)?;
    let emergency = MenuItem::with_id(app, "emergency", &texts.emergency, true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", &texts.quit, true, None::<&str>)?;
    let menu = Menu::with_items(
        app,
        &[
            &next,
            &PredefinedMenuItem::separator(app)?,
            &open,
            &emergency,
            &PredefinedMenuItem::separator(app)?,
            &quit,
        ],
    )?;
    let mut builder = TrayIconBuilder::with_id("main")
        .tooltip(&texts.tooltip)
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| match event.id().as_ref() {
            "open" => super::show_window(app),
            "emergency" => crate::emergency::bring_forward(app),
            "quit" => super::quit(app),
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    let tray = builder.build(app)?;

    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let mut shown = texts;
        loop {
            let pending = read_pending(desk_of(&app)).await;
            let now = Timestamp::now().as_millisecond();
            let texts = tray_texts(language_of(&app), &pending, now, &local_zone());
            if texts != shown {
                let _ = next.set_text(&texts.next);
                let _ = open.set_text(&texts.open);
                let _ = emergency.set_text(&texts.emergency);
                let _ = quit.set_text(&texts.quit);
                let _ = tray.set_tooltip(Some(&texts.tooltip));
                shown = texts;
            }
            let Some(state) = app.try_state::<AppState>() else {
                tokio::time::sleep(REFRESH).await;
                continue;
            };
            tokio::select! {
                () = tokio::time::sleep(REFRESH) => {}
                () = state.background().wait_changed() => {}
            }
        }
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60_000;

    fn berlin() -> TimeZone {
        TimeZone::get("Europe/Berlin").unwrap()
    }

    /// 2026-11-30 12:00 in Berlin.
    fn noon() -> i64 {
        "2026-11-30T12:00:00+01:00[Europe/Berlin]"
            .parse::<jiff::ZonedDateTime>()
            .unwrap()
            .timestamp()
            .as_millisecond()
    }

    fn next_in(label: Option<&str>, ms: i64) -> Pending {
        Pending {
            count: 1,
            next: Some(NextSend {
                label: label.map(Into::into),
                at_ms: noon() + ms,
            }),
        }
    }

    #[test]
    fn the_first_line_names_the_next_send_with_its_time_and_countdown() {
        let texts = tray_texts(
            Language::En,
            &next_in(Some("Doors open"), 95 * MIN),
            noon(),
            &berlin(),
        );
        assert_eq!(texts.next, "Next: Doors open at 13:35 (in 1 h 35 min)");
        assert_eq!(
            (
                texts.open.as_str(),
                texts.emergency.as_str(),
                texts.quit.as_str()
            ),
            ("Open Broadcast Desk", "Emergency…", "Quit")
        );
        assert_eq!(
            tray_texts(Language::En, &Pending::default(), noon(), &berlin()).next,
            "Nothing scheduled"
        );
        assert_eq!(
            tray_texts(Language::En, &next_in(None, 30_000), noon(), &berlin()).next,
            "Next: a scheduled broadcast at 12:00 (due now)"
        );
        assert_eq!(
            tray_texts(
                Language::En,
                &next_in(Some("A"), 7 * MIN + 59_000),
                noon(),
                &berlin()
            )
            .next,
            "Next: A at 12:07 (in 7 min)"
        );
        assert_eq!(
            tray_texts(
                Language::En,
                &next_in(Some("A"), 3 * 24 * 60 * MIN),
                noon(),
                &berlin()
            )
            .next,
            "Next: A at 2026-12-03 12:00 (in 3 days)",
            "the date, on another day"
        );
    }

    #[test]
    fn the_menu_speaks_the_windows_language() {
        let pending = next_in(Some("開場"), 5 * MIN);
        assert_eq!(
            tray_texts(Language::Ja, &pending, noon(), &berlin()).next,
            "次：開場、12:05（5 分後）"
        );
        assert_eq!(
            tray_texts(Language::Ko, &pending, noon(), &berlin()).next,
            "다음: 開場, 12:05 (5분 후)"
        );
        assert_eq!(
            tray_texts(Language::ZhHans, &Pending::default(), noon(), &berlin()).next,
            "没有定时发送"
        );
        for language in Language::ALL {
            let texts = tray_texts(language, &pending, noon(), &berlin());
            for words in [&texts.next, &texts.open, &texts.emergency, &texts.quit] {
                assert!(
                    !words.contains('{') && !words.starts_with("tray-"),
                    "{words}"
                );
            }
        }
    }

    #[test]
    fn the_quit_question_counts_what_is_pending_and_names_the_next() {
        let mut pending = next_in(Some("Doors open"), 10 * MIN);
        pending.count = 3;
        let question = quit_question(Language::En, &pending, &berlin());
        assert!(
            question
                .message
                .starts_with("3 scheduled items are still to be sent"),
            "{}",
            question.message
        );
        assert!(
            question.message.contains("Doors open"),
            "{}",
            question.message
        );
        assert_eq!(
            (question.confirm.as_str(), question.keep.as_str()),
            ("Quit anyway", "Keep running")
        );
        pending.count = 1;
        assert!(
            quit_question(Language::En, &pending, &berlin())
                .message
                .starts_with("One scheduled item is still to be sent")
        );
    }
}
