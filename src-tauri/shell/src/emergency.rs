//! The emergency shortcut: one key combination that, pressed anywhere (another app in front, the
//! window minimised), brings the window forward and opens its emergency panel.
//!
//! Rust registers it with Tauri's global-shortcut plugin, so the page needs no global-shortcut
//! permission at all; the page hears of a press over the `Channel` it gave `emergency_watch`, as the
//! sandbox's feed does. Where the shortcut cannot be had, the app works on without it and the panel
//! says why: on Wayland (the compositor does not let apps grab keys, and the plugin grabs them through
//! X11 only), with no X display, or when registering fails (another app may hold the combination).
//!
//! Not here: the panel and what it sends (the page, through `broadcast_send` with `emergency`), or
//! keeping the connection warm for it (`keep_warm`).

use std::sync::Mutex;

use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime};
use ts_rs::TS;

use crate::app_state::AppState;

/// The emergency shortcut, in the plugin's syntax: Ctrl+Shift+F12, or ⌘⇧F12 on macOS. F12 with two
/// modifiers is rarely bound by a desktop or another app, and hard to press by accident; a producer
/// who finds it taken sees so in the panel.
pub const EMERGENCY_SHORTCUT: &str = "CommandOrControl+Shift+F12";

/// Why the shortcut is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub enum ShortcutProblem {
    /// A Wayland session: apps cannot grab keys there.
    Wayland,
    /// No X display to grab keys on.
    NoDisplay,
    /// Registering failed; `detail` says what the system answered (another app may hold the keys).
    Failed,
}

/// Whether the shortcut works, and if not why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "camelCase")]
#[ts(export)]
pub enum ShortcutState {
    Ready,
    Unavailable {
        problem: ShortcutProblem,
        /// The system's words, in English, when it gave some.
        detail: String,
    },
}

/// What `emergency_watch` answers: the shortcut (the plugin's syntax; the page writes it the way its
/// platform does) and whether it works.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct EmergencyShortcut {
    pub accelerator: String,
    pub shortcut: ShortcutState,
}

/// The shortcut's state and the page that listens for it.
pub struct Emergency {
    shortcut: Mutex<ShortcutState>,
    /// The page that asked last: there is one window, and a reloaded page asks again.
    watcher: Mutex<Option<Channel<()>>>,
}

impl Default for Emergency {
    fn default() -> Self {
        Self {
            // Replaced in the app's set-up, before the page can ask.
            shortcut: Mutex::new(ShortcutState::Unavailable {
                problem: ShortcutProblem::Failed,
                detail: "not registered".into(),
            }),
            watcher: Mutex::new(None),
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Emergency {
    pub fn set_shortcut(&self, state: ShortcutState) {
        *lock(&self.shortcut) = state;
    }

    /// Remembers the page to tell of each press, and answers how the shortcut stands.
    pub fn watch(&self, on_shortcut: Channel<()>) -> EmergencyShortcut {
        *lock(&self.watcher) = Some(on_shortcut);
        EmergencyShortcut {
            accelerator: EMERGENCY_SHORTCUT.into(),
            shortcut: lock(&self.shortcut).clone(),
        }
    }

    /// Tells the page the shortcut was pressed. A page that has gone is forgotten.
    pub fn pressed(&self) {
        let mut watcher = lock(&self.watcher);
        if let Some(channel) = watcher.as_ref()
            && channel.send(()).is_err()
        {
            *watcher = None;
        }
    }
}

/// Why this session cannot have a global shortcut, from its environment (`var` reads a variable).
/// Only X11 grabs keys for the plugin on Linux and the BSDs; elsewhere the system's own API does.
pub fn unsupported_session(var: impl Fn(&str) -> Option<String>) -> Option<ShortcutProblem> {
    if !cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd",
        target_os = "dragonfly"
    )) {
        return None;
    }
    let set = |name: &str| var(name).is_some_and(|v| !v.is_empty());
    // A window on Wayland never receives an X11 grab, even with XWayland running; and an X11 window
    // under a Wayland compositor receives it only while an X11 window has the focus.
    if set("WAYLAND_DISPLAY") || var("XDG_SESSION_TYPE").as_deref() == Some("wayland") {
        return Some(ShortcutProblem::Wayland);
    }
    if !set("DISPLAY") {
        return Some(ShortcutProblem::NoDisplay);
    }
    None
}

/// Registers the shortcut (the plugin first) and says how it went. Never fails the app: without
/// the shortcut, the header's button still opens the panel.
pub fn register<R: Runtime>(app: &AppHandle<R>) -> ShortcutState {
    use tauri_plugin_global_shortcut::{GlobalShortcutExt, ShortcutState as Key};
    if let Some(problem) = unsupported_session(|name| std::env::var(name).ok()) {
        return ShortcutState::Unavailable {
            problem,
            detail: String::new(),
        };
    }
    let failed = |detail: String| ShortcutState::Unavailable {
        problem: ShortcutProblem::Failed,
        detail,
    };
    if let Err(e) = app.plugin(tauri_plugin_global_shortcut::Builder::new().build()) {
        return failed(e.to_string());
    }
    let registered = app
        .global_shortcut()
        .on_shortcut(EMERGENCY_SHORTCUT, |app, _, event| {
            if event.state == Key::Pressed {
                bring_forward(app);
            }
        });
    match registered {
        Ok(()) => ShortcutState::Ready,
        Err(e) => failed(e.to_string()),
    }
}

/// The window in front, then the panel open in it (the shortcut and the tray's Emergency…).
pub(crate) fn bring_forward<R: Runtime>(app: &AppHandle<R>) {
    crate::background::show_window(app);
    if let Some(state) = app.try_state::<AppState>() {
        state.emergency().pressed();
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| vars.get(name).cloned()
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn only_an_x11_session_can_have_the_shortcut() {
        assert_eq!(unsupported_session(env(&[("DISPLAY", ":0")])), None);
        assert_eq!(
            unsupported_session(env(&[("DISPLAY", ":0"), ("WAYLAND_DISPLAY", "wayland-0")])),
            Some(ShortcutProblem::Wayland),
            "XWayland's display is no way around the compositor"
        );
        assert_eq!(
            unsupported_session(env(&[("DISPLAY", ":0"), ("XDG_SESSION_TYPE", "wayland")])),
            Some(ShortcutProblem::Wayland)
        );
        assert_eq!(
            unsupported_session(env(&[("XDG_SESSION_TYPE", "x11")])),
            Some(ShortcutProblem::NoDisplay)
        );
        assert_eq!(
            unsupported_session(env(&[("DISPLAY", "")])),
            Some(ShortcutProblem::NoDisplay)
        );
    }

    #[test]
    fn a_press_reaches_the_page_that_asked_last_and_a_page_gone_is_forgotten() {
        let emergency = Emergency::default();
        // Nobody listening yet: a press is lost, and nothing breaks.
        emergency.pressed();
        let (old, new) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let counting = |n: Arc<AtomicUsize>| {
            Channel::<()>::new(move |_| {
                n.fetch_add(1, Ordering::SeqCst);
                Ok(())
            })
        };
        let answer = emergency.watch(counting(old.clone()));
        assert_eq!(answer.accelerator, EMERGENCY_SHORTCUT);
        emergency.set_shortcut(ShortcutState::Ready);
        assert_eq!(
            emergency.watch(counting(new.clone())).shortcut,
            ShortcutState::Ready
        );
        emergency.pressed();
        emergency.pressed();
        assert_eq!(
            (old.load(Ordering::SeqCst), new.load(Ordering::SeqCst)),
            (0, 2)
        );

        let gone = Channel::<()>::new(|_| Err(tauri::Error::WebviewNotFound));
        emergency.watch(gone);
        emergency.pressed();
        assert!(lock(&emergency.watcher).is_none());
    }
}
