//! tauri-build: reads the root `tauri.conf.json`, puts the app's commands under the ACL and resolves the
//! capability files kept in `src-tauri/capabilities/`.

/// Every IPC command the shell registers. tauri-build generates `allow-<name>` / `deny-<name>`
/// permissions for each; a command missing here cannot be granted to the UI at all.
const COMMANDS: &[&str] = &["app_info"];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
