//! The window's front door, tested through what the window really goes through: Tauri's IPC with the
//! app's own handler, ACL and capability (`tauri::test`'s mock runtime; no webview). The scenarios are
//! those `bdesk` runs in `src-tauri/cli/tests/cli_both_doors.rs`; both compare against the one Desk,
//! so the two doors cannot drift apart unnoticed.

use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

use crate::app_state::AppState;
use crate::commands::app::AppInfo;
use desk_core::info::BuildKind;
use desk_core::keychain::Keychain;

pub(crate) struct Window {
    app: App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
}

fn window(dir: &std::path::Path) -> Window {
    window_with(dir, |state| state)
}

/// A window over `dir` with the state adjusted first (an export folder, the shortcut's state).
pub(crate) fn window_with(
    dir: &std::path::Path,
    adjust: impl FnOnce(AppState) -> AppState,
) -> Window {
    let info = AppInfo {
        name: "Broadcast Desk".into(),
        version: "0.0.0".into(),
        commit: desk_core::info::COMMIT.into(),
        identifier: "test".into(),
        data_dir: String::new(),
        build_kind: BuildKind::current(),
    };
    let state = adjust(AppState::start_in(
        info,
        Ok(dir.to_owned()),
        Keychain::in_memory_for_tests(),
    ));
    let app = mock_builder()
        .manage(state)
        .invoke_handler(crate::commands::handler())
        .build(tauri::generate_context!())
        .expect("the app builds on the mock runtime");
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("the main window opens");
    Window { app, webview }
}

impl Window {
    /// The app's state, as the commands see it.
    pub(crate) fn state(&self) -> tauri::State<'_, AppState> {
        use tauri::Manager;
        self.app.state::<AppState>()
    }

    /// Invokes `cmd` as the page would; `Err` is the rejection the page would get.
    pub(crate) fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("a URL"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_owned(),
        };
        get_ipc_response(&self.webview, request)
            .map(|body| body.deserialize::<Value>().expect("answers are JSON"))
    }
}

fn draft(name: &str, color: &str) -> Value {
    json!({
        "name": name,
        "color": color,
        "target": { "kind": "region", "region": "singapore" },
        "sdkappid": 1_400_000_000u64,
        "adminIdentifier": "admin",
        "edition": { "kind": "pro" },
        "isSandbox": false,
    })
}

#[test]
fn the_first_profile_saved_through_the_window_is_active_and_takes_the_suggested_colour() {
    let dir = tempfile::tempdir().unwrap();
    let w = window(dir.path());
    let overview = w.invoke("profiles_overview", json!({})).unwrap();
    let color = overview["nextColor"].as_str().unwrap().to_owned();
    let limits = w.invoke("limits", json!({})).unwrap();
    assert_eq!(
        limits["palette"][0]["hex"], color,
        "the palette's first colour"
    );
    let entry = w
        .invoke(
            "profile_create",
            json!({ "draft": draft("Main show", &color), "key": null }),
        )
        .unwrap();
    assert_eq!(entry["active"], true);
    let second = w
        .invoke(
            "profile_create",
            json!({ "draft": draft("Rehearsal", &color), "key": null }),
        )
        .unwrap();
    assert_eq!(second["active"], false);
    // The violet is the sandbox's.
    let err = w
        .invoke(
            "profile_create",
            json!({ "draft": draft("Lookalike", limits["sandboxColor"].as_str().unwrap()), "key": null }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "INVALID_PROFILE");
    assert_eq!(err["fields"][0]["code"], "RESERVED");
}

#[test]
fn the_window_cannot_repoint_the_sandbox_or_give_it_a_key() {
    let dir = tempfile::tempdir().unwrap();
    let w = window(dir.path());
    let sandbox = w.invoke("sandbox_open", json!({})).unwrap();
    let id = sandbox["profile"]["id"].clone();
    let mut edited = sandbox["profile"].clone();
    for field in ["id", "createdAt", "updatedAt"] {
        edited.as_object_mut().unwrap().remove(field);
    }
    edited["target"] = json!({ "kind": "custom", "url": "https://example.com" });
    edited["adminIdentifier"] = json!("root");
    let err = w
        .invoke("profile_update", json!({ "id": id, "draft": edited }))
        .unwrap_err();
    assert_eq!(err["code"], "INVALID_PROFILE", "{err}");
    let fields: Vec<&str> = err["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["target.url", "adminIdentifier"]);

    let err = w
        .invoke("key_set", json!({ "id": id, "key": "0123456789abcdef" }))
        .unwrap_err();
    assert_eq!(err["code"], "INVALID_INPUT", "{err}");
    let after = w.invoke("profiles_overview", json!({})).unwrap();
    assert_eq!(after["profiles"][0]["profile"], sandbox["profile"]);
}

#[test]
fn a_command_that_is_not_declared_is_refused_by_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let w = window(dir.path());
    // Removed in favour of the overview's key states; nothing may answer it any more.
    assert!(w.invoke("secret_status", json!({ "id": "x" })).is_err());
}

/// History's filter as the window sends it: every field, `null` unless `set` gives it.
fn filter(set: Value) -> Value {
    let mut all = json!({
        "sinceMs": null, "untilMs": null, "profileId": null, "delivery": null, "source": null,
        "text": null,
    });
    for (k, v) in set.as_object().unwrap() {
        all[k] = v.clone();
    }
    all
}

/// A text broadcast as the sandbox's quick send makes it.
fn text(t: &str) -> Value {
    json!({ "MsgBody": [{ "MsgType": "TIMTextElem", "MsgContent": { "Text": t } }] })
}

#[test]
fn a_send_through_the_window_reaches_the_sandbox_and_is_in_history_with_its_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let w = window(dir.path());
    let sandbox = w.invoke("sandbox_open", json!({})).unwrap();
    let profile = sandbox["profile"]["id"].as_str().unwrap().to_owned();
    let sent = w
        .invoke(
            "broadcast_send",
            json!({ "id": profile, "draft": text("Doors open"), "emergency": false, "onQueued": "__CHANNEL__:7" }),
        )
        .unwrap();
    assert_eq!(sent["delivery"], "sent", "{sent}");
    let msg_seq = sent["msgSeq"].as_u64().expect("a MsgSeq");
    let outbox_id = sent["outboxId"].as_str().unwrap();

    let history = w
        .invoke(
            "history",
            json!({ "filter": filter(json!({ "profileId": profile, "delivery": "sent" })), "limit": 10 }),
        )
        .unwrap();
    let rows = history.as_array().unwrap();
    assert_eq!(rows.len(), 1, "{history}");
    assert_eq!(rows[0]["id"], outbox_id);
    assert_eq!(rows[0]["msgSeq"], msg_seq);
    assert_eq!(rows[0]["source"], "window");
    assert_eq!(rows[0]["attempts"], 1);
    // Another outcome, or another profile, lists nothing.
    for filter in [
        json!({ "filter": filter(json!({ "delivery": "unknown" })), "limit": 10 }),
        json!({ "filter": filter(json!({ "profileId": "someone-else" })), "limit": 10 }),
    ] {
        assert_eq!(w.invoke("history", filter).unwrap(), json!([]));
    }

    let details = w
        .invoke("broadcast_details", json!({ "id": outbox_id }))
        .unwrap();
    assert_eq!(details["attempts"][0]["class"], "OK");
    assert_eq!(details["attempts"][0]["msgSeq"], msg_seq);
    let body: Value = serde_json::from_str(details["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["MsgBody"], text("Doors open")["MsgBody"]);
    assert_eq!(body["Random"], sent["random"]);
    // Nothing is left for the producer to decide.
    assert_eq!(w.invoke("outbox_open", json!({})).unwrap(), json!([]));
}

#[test]
fn a_cancel_names_what_it_cannot_cancel_and_a_sent_broadcast_is_not_decided_on() {
    let dir = tempfile::tempdir().unwrap();
    let w = window(dir.path());
    let err = w
        .invoke("outbox_cancel", json!({ "id": "no-such-broadcast" }))
        .unwrap_err();
    assert_eq!(err["code"], "NOT_FOUND", "{err}");

    let sandbox = w.invoke("sandbox_open", json!({})).unwrap();
    let sent = w
        .invoke(
            "broadcast_send",
            json!({ "id": sandbox["profile"]["id"], "draft": text("Hello"), "emergency": true, "onQueued": "__CHANNEL__:8" }),
        )
        .unwrap();
    let id = sent["outboxId"].clone();
    // The emergency button's send is marked so in History.
    let details = w.invoke("broadcast_details", json!({ "id": id })).unwrap();
    assert_eq!(details["entry"]["source"], "emergency", "{details}");
    // It has left: too late to cancel, with the catalogue's words for why.
    let err = w.invoke("outbox_cancel", json!({ "id": id })).unwrap_err();
    assert_eq!(err["code"], "NOT_QUEUED", "{err}");
    assert_eq!(err["messageId"], "error-not-queued");
    assert_eq!(err["params"]["delivery"], "sent");
    // Only an unknown outcome waits for a decision; a sent one is refused either way.
    for resolution in ["delivered", "sentAgain"] {
        let err = w
            .invoke(
                "outbox_resolve",
                json!({ "id": id, "resolution": resolution }),
            )
            .unwrap_err();
        assert_eq!(err["code"], "NOT_DECIDABLE", "{err}");
        // In the window's language: the catalogue's words, with why.
        assert_eq!(err["messageId"], "error-not-decidable");
        assert_eq!(err["params"]["decided"], "no");
        assert_eq!(err["params"]["delivery"], "sent");
    }
    let details = w.invoke("broadcast_details", json!({ "id": id })).unwrap();
    assert_eq!(details["entry"]["resolution"], Value::Null);
    assert_eq!(details["entry"]["resentAs"], Value::Null);
    assert_eq!(
        w.invoke(
            "history",
            json!({ "filter": filter(json!({})), "limit": 10 })
        )
        .unwrap()
        .as_array()
        .unwrap()
        .len(),
        1,
        "nothing was sent again"
    );
}

#[test]
fn the_emergency_watch_answers_the_shortcut_and_whether_it_works_here() {
    use crate::emergency::{EMERGENCY_SHORTCUT, ShortcutProblem, ShortcutState};
    let dir = tempfile::tempdir().unwrap();
    // As the app's set-up leaves it on Wayland: the panel is told, the app works on.
    let w = window_with(dir.path(), |state| {
        state.emergency().set_shortcut(ShortcutState::Unavailable {
            problem: ShortcutProblem::Wayland,
            detail: String::new(),
        });
        state
    });
    let answer = w
        .invoke("emergency_watch", json!({ "onShortcut": "__CHANNEL__:3" }))
        .unwrap();
    assert_eq!(
        answer,
        json!({
            "accelerator": EMERGENCY_SHORTCUT,
            "shortcut": { "state": "unavailable", "problem": "wayland", "detail": "" },
        })
    );
    // Registered: ready; a press goes to the channel the page gave (its delivery is the unit test's).
    use tauri::Manager;
    let state = w.app.state::<AppState>();
    state.emergency().set_shortcut(ShortcutState::Ready);
    let answer = w
        .invoke("emergency_watch", json!({ "onShortcut": "__CHANNEL__:4" }))
        .unwrap();
    assert_eq!(answer["shortcut"], json!({ "state": "ready" }));
    state.emergency().pressed();
    // Without a channel the command is refused (the page must listen to be told).
    assert!(w.invoke("emergency_watch", json!({})).is_err());
}

#[test]
fn history_searches_and_exports_through_the_window_and_sends_a_past_broadcast_again() {
    let dir = tempfile::tempdir().unwrap();
    let exports = tempfile::tempdir().unwrap();
    let w = window_with(dir.path(), |state| {
        state.with_export_dir(exports.path().to_owned())
    });
    let sandbox = w.invoke("sandbox_open", json!({})).unwrap();
    let profile = sandbox["profile"]["id"].as_str().unwrap().to_owned();
    let mut sent = Vec::new();
    for (t, emergency) in [("Doors open", false), ("Stream paused", true)] {
        sent.push(
            w.invoke(
                "broadcast_send",
                json!({ "id": profile, "draft": text(t), "emergency": emergency, "onQueued": "__CHANNEL__:5" }),
            )
            .unwrap(),
        );
    }
    let listed = |f: Value| -> Vec<String> {
        w.invoke("history", json!({ "filter": filter(f), "limit": 10 }))
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let (doors, paused) = (
        sent[0]["outboxId"].as_str().unwrap().to_owned(),
        sent[1]["outboxId"].as_str().unwrap().to_owned(),
    );
    assert_eq!(listed(json!({ "text": "PAUSED" })), [paused.as_str()]);
    assert_eq!(
        listed(json!({ "text": sent[0]["msgSeq"].to_string() })),
        [doors.as_str()]
    );
    assert_eq!(listed(json!({ "source": "emergency" })), [paused.as_str()]);
    assert_eq!(listed(json!({ "untilMs": 0 })), Vec::<String>::new());
    // A filter field the core does not know is refused, not ignored.
    assert!(
        w.invoke(
            "history",
            json!({ "filter": { "query": "x" }, "limit": 10 })
        )
        .is_err()
    );

    let csv = w
        .invoke(
            "history_export",
            json!({ "filter": filter(json!({ "source": "window" })), "format": "csv" }),
        )
        .unwrap();
    assert_eq!(csv["rows"], 1, "{csv}");
    let path = std::path::PathBuf::from(csv["path"].as_str().unwrap());
    assert_eq!(path.parent(), Some(exports.path()));
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(
        written.contains(&doors) && !written.contains(&paused),
        "{written}"
    );

    let again = w
        .invoke(
            "broadcast_send_again",
            json!({ "id": doors, "onQueued": "__CHANNEL__:6" }),
        )
        .unwrap();
    assert_eq!(again["delivery"], "sent", "{again}");
    assert_ne!(again["random"], sent[0]["random"]);
    let delivered = w.invoke("sandbox_deliveries", json!({})).unwrap();
    let texts: Vec<&str> = delivered
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["msgBody"][0]["MsgContent"]["Text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Doors open", "Stream paused", "Doors open"]);
    let err = w
        .invoke(
            "broadcast_send_again",
            json!({ "id": "no-such-broadcast", "onQueued": "__CHANNEL__:7" }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "NOT_FOUND", "{err}");
}

#[test]
fn the_schedule_through_the_window_refuses_the_past_by_field_and_lists_what_it_keeps() {
    let dir = tempfile::tempdir().unwrap();
    let w = window(dir.path());
    let sandbox = w.invoke("sandbox_open", json!({})).unwrap();
    let profile = sandbox["profile"]["id"].clone();
    let zones = w.invoke("zones", json!({})).unwrap();
    assert!(
        zones["names"]
            .as_array()
            .unwrap()
            .iter()
            .any(|z| z == "Europe/Berlin"),
        "{zones}"
    );
    let draft = |at: &str| {
        json!({ "draft": {
            "profileId": profile, "body": text("Doors open"), "at": at, "zone": "Asia/Seoul",
            "repeat": {"kind": "once"}, "end": {"kind": "never"},
        }})
    };
    let err = w
        .invoke("schedule_add", draft("2025-12-01T20:00"))
        .unwrap_err();
    assert_eq!(err["code"], "INVALID_SCHEDULE", "{err}");
    assert_eq!(err["fields"][0]["field"], "at");
    assert_eq!(err["fields"][0]["messageId"], "field-schedule-in-the-past");

    let item = w
        .invoke("schedule_add", draft("2099-12-01T20:00"))
        .unwrap_err();
    assert_eq!(
        item["fields"][0]["code"], "OUT_OF_RANGE",
        "far ahead asks first"
    );
    let mut confirmed = draft("2099-12-01T20:00");
    confirmed["draft"]["confirmFar"] = json!(true);
    let item = w.invoke("schedule_add", confirmed).unwrap();
    let id = item["id"].clone();
    let shown = w.invoke("schedule_show", json!({ "id": id })).unwrap();
    assert_eq!(shown["item"]["status"], "scheduled");
    assert_eq!(shown["upcoming"].as_array().unwrap().len(), 1);
    let listed = w.invoke("schedule_list", json!({})).unwrap();
    assert_eq!(listed[0]["id"], id);
    w.invoke("schedule_cancel", json!({ "id": id })).unwrap();
    let shown = w.invoke("schedule_show", json!({ "id": id })).unwrap();
    assert_eq!(shown["item"]["status"], "cancelled");
}

#[test]
fn a_draft_is_checked_with_its_clashes_and_a_held_send_is_decided_through_the_window() {
    use desk_core::clock::{Clock, ManualClock, SystemClock};

    let dir = tempfile::tempdir().unwrap();
    let w = window(dir.path());
    let sandbox = w.invoke("sandbox_open", json!({})).unwrap();
    let profile = sandbox["profile"]["id"].clone();
    let at = desk_core::schedule::time::local_in(SystemClock.now_unix_ms(), 7200, "UTC").unwrap();
    let draft = json!({
        "profileId": profile, "body": text("Doors open"), "at": at, "zone": "UTC",
        "repeat": {"kind": "once"}, "end": {"kind": "never"}, "missed": {"kind": "ask"},
    });
    let check = w
        .invoke("schedule_check", json!({ "draft": draft, "editing": null }))
        .unwrap();
    assert_eq!(check["clashes"], json!([]), "{check}");
    assert_eq!(check["far"], false);
    let first = w.invoke("schedule_add", json!({ "draft": draft })).unwrap();
    assert_eq!(check["next"][0]["at"], first["nextAt"]);
    // A second item at the same second of the same profile is told which one it clashes with.
    let check = w
        .invoke("schedule_check", json!({ "draft": draft, "editing": null }))
        .unwrap();
    assert_eq!(check["clashes"][0]["itemId"], first["id"], "{check}");
    assert_eq!(
        check["clashes"][0]["laterByMs"], 220,
        "the sandbox is Pro Plus (5/s)"
    );

    // Found 20 minutes late by a scheduler: held (the store the app uses, with a clock moved on).
    let next_at = first["nextAt"].as_i64().unwrap();
    let file = desk_core::paths::database_file_name(BuildKind::current());
    let clock = std::sync::Arc::new(ManualClock::new(
        u64::try_from(next_at / 1000 + 20 * 60).unwrap(),
    ));
    let store = desk_core::store::Store::open(dir.path().join(file))
        .unwrap()
        .with_clock(clock.clone());
    let taken = store
        .schedules()
        .take_due(clock.now_unix_ms())
        .unwrap()
        .unwrap();
    store.schedules().hold(&taken.outbox_id).unwrap();
    let news = w.invoke("schedule_news", json!({})).unwrap();
    assert_eq!(news[0]["state"], "missed", "{news}");
    // Seen, it is not told again; the item still waits for the decision.
    w.invoke("schedule_news_seen", json!({ "upTo": news[0]["at"] }))
        .unwrap();
    assert_eq!(w.invoke("schedule_news", json!({})).unwrap(), json!([]));
    let shown = w
        .invoke("schedule_show", json!({ "id": first["id"] }))
        .unwrap();
    assert_eq!(shown["item"]["status"], "waiting");

    let decided = w
        .invoke(
            "schedule_decide",
            json!({ "id": first["id"], "dueAt": next_at, "choice": "sendNow" }),
        )
        .unwrap();
    assert_eq!(decided.as_str(), Some(taken.outbox_id.as_str()));
    // The answer came at once; the send finishes in the background.
    let start = std::time::Instant::now();
    let details = loop {
        let details = w
            .invoke("broadcast_details", json!({ "id": decided }))
            .unwrap();
        if details["entry"]["delivery"] == "sent" {
            break details;
        }
        assert!(start.elapsed().as_secs() < 10, "{details}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(details["entry"]["source"], "scheduled");
    let again = w
        .invoke(
            "schedule_decide",
            json!({ "id": first["id"], "dueAt": next_at, "choice": "skip" }),
        )
        .unwrap_err();
    assert_eq!(again["code"], "SCHEDULE_CHANGED", "{again}");
    assert_eq!(again["messageId"], "error-schedule-not-held");
    assert_eq!(again["params"]["state"], "sent");

    // What the producer sent themselves is not news.
    assert_eq!(w.invoke("schedule_news", json!({})).unwrap(), json!([]));
}
