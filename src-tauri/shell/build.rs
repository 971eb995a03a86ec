//! tauri-build: reads the root `tauri.conf.json`, puts the app's commands under the ACL and resolves the
//! capability files kept in `src-tauri/capabilities/`.
//!
//! The commands are read from the one list that declares them, the `commands!` block in
//! `src-tauri/shell/src/commands/mod.rs`, so a command cannot be registered without being under the
//! ACL. (tauri-build generates `allow-<name>` / `deny-<name>` for each; a unit test holds the
//! capability file to the same list.)

const DECLARATIONS: &str = "src-tauri/shell/src/commands/mod.rs";

/// The names in the `commands! { module::name(…) -> …; … }` invocation: one entry per line.
fn declared_commands(source: &str) -> Vec<String> {
    let start = source
        .find("\ncommands! {")
        .expect("commands/mod.rs invokes `commands! {`");
    source[start + 1..]
        .lines()
        .skip(1)
        .map(str::trim)
        .take_while(|line| *line != "}")
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .map(|line| {
            let path = line.split('(').next().expect("split yields one part");
            let name = path.rsplit("::").next().expect("rsplit yields one part");
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{DECLARATIONS}: cannot read a command name from {line:?}"
            );
            name.to_owned()
        })
        .collect()
}

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed={DECLARATIONS}");
    let source = std::fs::read_to_string(DECLARATIONS).expect("commands/mod.rs is readable");
    let commands = declared_commands(&source);
    println!("cargo:rustc-env=BDESK_ACL_COMMANDS={}", commands.join(","));
    // tauri-build wants a 'static list; a build script runs once, so leaking it costs nothing.
    let names: &'static [&'static str] =
        Vec::leak(commands.into_iter().map(|c| &*String::leak(c)).collect());
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(tauri_build::AppManifest::new().commands(names)),
    )
    .expect("tauri-build failed");
}
