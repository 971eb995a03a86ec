//! tauri-build: reads the root `tauri.conf.json`, puts the app's commands under the ACL and resolves the
//! capability files kept in `src-tauri/capabilities/`.

/// Every IPC command the shell registers. tauri-build generates `allow-<name>` / `deny-<name>`
/// permissions for each; a command missing here cannot be granted to the UI at all.
const COMMANDS: &[&str] = &[
    "app_info",
    "profiles_overview",
    "regions",
    "profile_create",
    "profile_update",
    "profile_duplicate",
    "profile_delete",
    "profile_activate",
    "connection_test",
    "secret_status",
    "secret_set",
    "secret_delete",
    "broadcast_send",
    "sandbox_open",
    "sandbox_info",
    "sandbox_deliveries",
    "sandbox_watch",
];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
