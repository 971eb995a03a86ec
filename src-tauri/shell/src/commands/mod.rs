//! The app's IPC commands, declared once.
//!
//! The `commands!` list below is the one place a command is named: it registers the handlers with
//! Tauri, it is what `build.rs` reads to put each command under the ACL, a unit test holds the
//! capability file to it, and the typed TypeScript calls (`ui/src/bindings/commands.ts`) are
//! generated from it. Each entry repeats the command's arguments and result so the generator can
//! see them, and the compiler checks the repetition: the list calls every command with exactly the
//! declared argument and result types.
//!
//! Each command is an adapter of a few lines in the module of its domain. Every one is `async`, so
//! none runs on the main thread, and anything that touches SQLite or the keychain (D-Bus, possibly
//! an unlock prompt) goes through [`on_desk`], which runs it on a blocking worker.
//!
//! Not here: rules (desk-core) or state (`app_state`).

pub mod app;
pub mod background;
pub mod broadcast;
pub mod compose;
pub mod emergency;
pub mod keys;
pub mod outbox;
pub mod profiles;
pub mod sandbox;
pub mod schedule;
pub mod templates;
#[cfg(test)]
pub(crate) mod typescript;

use desk_core::desk::Desk;

use crate::app_state::AppState;
use crate::error::{IpcError, IpcResult};

/// Declares every command: `module::name(arg: Type, …) -> Result;`. `build.rs` parses this list, so
/// keep one entry per line in this shape.
macro_rules! commands {
    ($( $module:ident :: $name:ident ( $( $arg:ident : $ty:ty ),* ) -> $ret:ty ; )*) => {
        /// Every command's name, in declaration order.
        #[cfg(test)]
        pub const NAMES: &[&str] = &[$( stringify!($name) ),*];

        /// The handler Tauri dispatches invocations to (any runtime: tests use the mock one).
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$( $module::$name ),*]
        }

        /// The declared signatures, for the TypeScript generator.
        #[cfg(test)]
        pub(crate) fn signatures(cfg: &ts_rs::Config) -> Vec<typescript::Signature> {
            #[allow(unused_imports)]
            use typescript::{ByTs as _, Special as _};
            vec![$(
                typescript::Signature {
                    name: stringify!($name),
                    args: vec![$( (stringify!($arg), (&typescript::Probe::<$ty>::new()).ts(cfg)) ),*],
                    result: (&typescript::Probe::<$ret>::new()).ts(cfg),
                },
            )*]
        }

        /// Never called: it only has to compile, which it does only while each command takes the
        /// state and exactly the declared arguments, and answers the declared result.
        #[allow(dead_code, clippy::too_many_arguments)]
        mod signature_check {
            use super::*;
            $(
                pub async fn $name(state: tauri::State<'_, AppState>, $( $arg: $ty ),*) -> IpcResult<$ret> {
                    super::$module::$name(state, $( $arg ),*).await
                }
            )*
        }
    };
}

use desk_core::client::{RegionInfo, RequestPreview};
use desk_core::desk::{
    ConnectionReport, ExportFormat, ExportedFile, KeyState, LinePlace, ProfileEntry, ProfileUsage,
    ProfilesOverview, SenderCheck, Sent,
};
use desk_core::media::{MediaKind, MediaProbe};
use desk_core::message::{Draft, ValidationReport};
use desk_core::outbox::{BroadcastDetails, HistoryFilter, OutboxEntry, Resolution};
use desk_core::profiles::ProfileDraft;
use desk_core::secret::SecretKey;
use desk_core::templates::{Template, TemplateDraft};
use tauri::ipc::Channel;

use desk_core::info::Limits;
use desk_core::text::Language;

use self::app::AppInfo;
use self::sandbox::{SandboxDelivery, SandboxInfo};
use self::schedule::{ScheduleDetails, Zones};
use crate::emergency::EmergencyShortcut;
use desk_core::schedule::{
    MissedChoice, RunNews, ScheduleCheck, ScheduleDraft, ScheduleEvent, ScheduleItem,
};

commands! {
    app::app_info() -> AppInfo;
    app::limits() -> Limits;
    background::window_language(language: Language) -> ();
    background::start_at_login() -> bool;
    background::start_at_login_set(enabled: bool) -> bool;
    background::schedule_watch(on_event: Channel<ScheduleEvent>) -> ();
    profiles::profiles_overview() -> ProfilesOverview;
    profiles::regions() -> Vec<RegionInfo>;
    profiles::profile_create(draft: ProfileDraft, key: Option<SecretKey>) -> ProfileEntry;
    profiles::profile_update(id: String, draft: ProfileDraft) -> ProfileEntry;
    profiles::profile_duplicate(id: String) -> ProfileEntry;
    profiles::profile_delete(id: String) -> ();
    profiles::profile_activate(id: String) -> ();
    profiles::profile_usage(id: String) -> ProfileUsage;
    profiles::connection_test(id: String) -> ConnectionReport;
    keys::key_set(id: String, key: SecretKey) -> KeyState;
    keys::key_delete(id: String) -> KeyState;
    broadcast::broadcast_send(id: String, draft: Draft, emergency: bool, on_queued: Channel<String>) -> Sent;
    broadcast::broadcast_send_again(id: String, on_queued: Channel<String>) -> Sent;
    emergency::emergency_watch(on_shortcut: Channel<()>) -> EmergencyShortcut;
    compose::message_check(json: String) -> ValidationReport;
    compose::message_preview(id: String, draft: Draft) -> RequestPreview;
    compose::composer_draft() -> Option<String>;
    compose::composer_draft_save(draft: Option<String>) -> ();
    compose::sender_check(id: String, account: String) -> SenderCheck;
    compose::media_probe(url: String, kind: MediaKind) -> MediaProbe;
    templates::templates() -> Vec<Template>;
    templates::template_create(draft: TemplateDraft) -> Template;
    templates::template_update(id: String, draft: TemplateDraft) -> Template;
    templates::template_rename(id: String, name: String) -> Template;
    templates::template_duplicate(id: String, name: String) -> Template;
    templates::template_delete(id: String) -> ();
    outbox::outbox_cancel(id: String) -> ();
    outbox::outbox_place(id: String) -> Option<LinePlace>;
    outbox::outbox_resolve(id: String, resolution: Resolution) -> Option<Sent>;
    outbox::outbox_open() -> Vec<OutboxEntry>;
    outbox::history(filter: HistoryFilter, limit: u32) -> Vec<OutboxEntry>;
    outbox::history_export(filter: HistoryFilter, format: ExportFormat) -> ExportedFile;
    outbox::broadcast_details(id: String) -> BroadcastDetails;
    schedule::schedule_list() -> Vec<ScheduleItem>;
    schedule::schedule_add(draft: ScheduleDraft) -> ScheduleItem;
    schedule::schedule_show(id: String) -> ScheduleDetails;
    schedule::schedule_edit_begin(id: String) -> i64;
    schedule::schedule_edit_end(id: String) -> ();
    schedule::schedule_save(id: String, draft: ScheduleDraft, edit_began: Option<i64>) -> ScheduleItem;
    schedule::schedule_cancel(id: String) -> ();
    schedule::schedule_check(draft: ScheduleDraft, editing: Option<String>) -> ScheduleCheck;
    schedule::schedule_decide(id: String, due_at: i64, choice: MissedChoice) -> Option<String>;
    schedule::schedule_news() -> Vec<RunNews>;
    schedule::schedule_news_seen(up_to: i64) -> ();
    schedule::zones() -> Zones;
    sandbox::sandbox_open() -> ProfileEntry;
    sandbox::sandbox_info() -> SandboxInfo;
    sandbox::sandbox_deliveries() -> Vec<SandboxDelivery>;
    sandbox::sandbox_watch(on_delivery: Channel<SandboxDelivery>) -> ();
}

/// Runs `work` on the desk on a blocking worker thread: SQLite may wait on another process's write
/// lock and the keychain on D-Bus or an unlock prompt, neither of which may stall the window.
pub(crate) async fn on_desk<T, F>(state: &AppState, work: F) -> IpcResult<T>
where
    T: Send + 'static,
    F: FnOnce(&Desk) -> desk_core::Result<T> + Send + 'static,
{
    let desk = state.desk()?;
    tauri::async_runtime::spawn_blocking(move || work(&desk))
        .await
        .map_err(|e| IpcError::new(desk_core::ErrorCode::Internal, e.to_string()))?
        .map_err(IpcError::from)
}

/// As [`on_desk`] for work that also waits on the network (send, test connection): the blocking
/// parts (reading the profile and its key) and the request run together on one worker.
pub(crate) async fn on_desk_async<T, F, Fut>(state: &AppState, work: F) -> IpcResult<T>
where
    T: Send + 'static,
    F: FnOnce(std::sync::Arc<Desk>) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = desk_core::Result<T>>,
{
    let desk = state.desk()?;
    tauri::async_runtime::spawn_blocking(move || tauri::async_runtime::block_on(work(desk)))
        .await
        .map_err(|e| IpcError::new(desk_core::ErrorCode::Internal, e.to_string()))?
        .map_err(IpcError::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `build.rs` put under the ACL, which it parsed from the `commands!` list above.
    const ACL: &str = env!("BDESK_ACL_COMMANDS");

    #[test]
    fn the_acl_has_exactly_the_declared_commands() {
        let acl: Vec<&str> = ACL.split(',').collect();
        assert_eq!(acl, NAMES);
    }

    /// Exactly ours, and so no plugin's or core's permission: the window needs none (plugins are driven
    /// from Rust), and the release build relies on it. `tauri build` removes every command no
    /// capability allows (`build.removeUnusedCommands` in tauri.conf.json); the build scripts of
    /// tauri and its plugins look for capabilities beside tauri.conf.json, where there are none of
    /// ours, so they remove all of theirs. A core or plugin permission granted here would name a
    /// command the release app no longer has: move the capability inline into tauri.conf.json first.
    #[test]
    fn the_window_may_call_exactly_the_declared_commands() {
        let text = include_str!("../../../capabilities/main-window.json");
        let capability: serde_json::Value = serde_json::from_str(text).unwrap();
        let granted: Vec<String> = capability["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_owned())
            .collect();
        let declared: Vec<String> = NAMES
            .iter()
            .map(|n| format!("allow-{}", n.replace('_', "-")))
            .collect();
        assert_eq!(
            granted, declared,
            "src-tauri/capabilities/main-window.json must grant each declared command, in order"
        );
    }
}
