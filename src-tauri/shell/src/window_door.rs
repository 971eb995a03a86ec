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

struct Window {
    _app: App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
}

fn window(dir: &std::path::Path) -> Window {
    let info = AppInfo {
        name: "Broadcast Desk".into(),
        version: "0.0.0".into(),
        identifier: "test".into(),
        data_dir: String::new(),
        build_kind: BuildKind::current(),
    };
    let state = AppState::start_in(info, Ok(dir.to_owned()), Keychain::in_memory_for_tests());
    let app = mock_builder()
        .manage(state)
        .invoke_handler(crate::commands::handler())
        .build(tauri::generate_context!())
        .expect("the app builds on the mock runtime");
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("the main window opens");
    Window { _app: app, webview }
}

impl Window {
    /// Invokes `cmd` as the page would; `Err` is the rejection the page would get.
    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
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
