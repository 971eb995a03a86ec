//! The same scenarios through both front doors, comparing what each leaves saved: `bdesk` (the real
//! binary) and the `Desk` calls the window's commands make (each command is one call on the desk, see
//! src-tauri/shell/src/commands; the shell's `window_door` tests run the same scenarios through the
//! real IPC, ACL and capability). Wherever the two once disagreed, the saved rows must now be equal.

mod common;

use common::{NO_KEYCHAIN, TEST_KEY, json};
use desk_core::desk::{Desk, SandboxTarget};
use desk_core::info::BuildKind;
use desk_core::keychain::Keychain;
use desk_core::paths;
use desk_core::profiles::{Edition, PALETTE, Profile, ProfileDraft, SANDBOX_COLOR, Target};
use desk_core::secret::SecretKey;
use std::path::Path;
use std::process::Output;

fn bdesk_in(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--data-dir", dir.to_str().unwrap(), "--json"];
    all.extend_from_slice(args);
    common::run_env(&all, "", &[NO_KEYCHAIN])
}

/// The desk the window opens on this folder (its commands call exactly these methods).
fn window(dir: &Path) -> Desk {
    Desk::open(
        dir,
        paths::database_file_name(BuildKind::current()),
        Keychain::in_memory_for_tests(),
    )
    .unwrap()
}

/// A saved profile without what differs by nature (ids, times): name, colour, target, SDKAppID,
/// admin, edition, sandbox or not, active or not.
type Saved = (String, String, Target, u64, String, Edition, bool, bool);

/// What is saved in `dir`, in list order.
fn saved(dir: &Path) -> Vec<Saved> {
    let desk = window(dir);
    let overview = desk.overview().unwrap();
    overview
        .profiles
        .into_iter()
        .map(|e| {
            let Profile {
                name,
                color,
                target,
                sdkappid,
                admin_identifier,
                edition,
                is_sandbox,
                ..
            } = e.profile;
            (
                name,
                color,
                target,
                sdkappid,
                admin_identifier,
                edition,
                is_sandbox,
                e.active,
            )
        })
        .collect()
}

fn draft(name: &str) -> ProfileDraft {
    ProfileDraft {
        name: name.into(),
        color: PALETTE[0].hex.into(),
        target: Target::Region {
            region: "singapore".into(),
        },
        sdkappid: 1_400_000_000,
        admin_identifier: "admin".into(),
        edition: Edition::Pro,
        default_from_account: None,
        usersig_lifetime_secs: None,
        is_sandbox: false,
    }
}

#[test]
fn the_first_profile_and_its_default_colour_are_the_same_from_either_door() {
    let (cli, app) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let out = bdesk_in(
        cli.path(),
        &[
            "profile",
            "add",
            "--name",
            "Main show",
            "--region",
            "singapore",
            "--sdkappid",
            "1400000000",
            "--identifier",
            "admin",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The window's form starts from the overview's suggested colour, as bdesk does.
    let desk = window(app.path());
    let mut d = draft("Main show");
    d.color = desk.overview().unwrap().next_color;
    desk.create_profile(&d, None).unwrap();
    drop(desk);
    let (from_cli, from_app) = (saved(cli.path()), saved(app.path()));
    assert_eq!(from_cli, from_app);
    assert!(from_cli[0].7, "the first profile is active: {from_cli:?}");
    assert_ne!(from_cli[0].1, SANDBOX_COLOR);
}

/// Makes the sandbox row as the running app does (bdesk cannot: the sandbox lives in the app).
fn with_sandbox(dir: &Path) -> String {
    let desk = window(dir);
    desk.attach_sandbox(SandboxTarget {
        base_url: "http://127.0.0.1:9/".into(),
        key: SecretKey::from("made-up-for-this-run"),
        set_rate: Box::new(|_| {}),
    })
    .unwrap();
    desk.open_sandbox().unwrap().profile.id
}

#[test]
fn neither_door_can_repoint_the_sandbox_or_give_it_a_key() {
    let (cli, app) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    with_sandbox(cli.path());
    let app_sandbox = with_sandbox(app.path());
    let before = saved(cli.path());

    let out = bdesk_in(
        cli.path(),
        &[
            "profile",
            "edit",
            "Sandbox",
            "--endpoint",
            "https://example.com",
            "--sdkappid",
            "1400000000",
            "--identifier",
            "root",
        ],
    );
    assert_ne!(out.status.code(), Some(0));
    let error = json(&out);
    assert_eq!(error["error"]["code"], "INVALID_PROFILE", "{error}");
    let fields: Vec<&str> = error["error"]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["target.url", "sdkappid", "adminIdentifier"]);

    let desk = window(app.path());
    let mut d = desk.profile(&app_sandbox).unwrap().profile.to_draft();
    d.target = Target::Custom {
        url: "https://example.com".into(),
    };
    d.sdkappid = 1_400_000_000;
    d.admin_identifier = "root".into();
    assert_eq!(
        desk.update_profile(&app_sandbox, &d).unwrap_err().code(),
        desk_core::ErrorCode::InvalidProfile
    );
    assert_eq!(
        desk.set_key(&app_sandbox, &SecretKey::from("k"))
            .unwrap_err()
            .code(),
        desk_core::ErrorCode::InvalidInput
    );
    drop(desk);

    let out = common::run_env(
        &[
            "--data-dir",
            cli.path().to_str().unwrap(),
            "--json",
            "secret",
            "set",
            "--profile",
            "Sandbox",
        ],
        TEST_KEY,
        &[NO_KEYCHAIN],
    );
    assert_ne!(out.status.code(), Some(0));

    assert_eq!(saved(cli.path()), before, "bdesk changed nothing");
    assert_eq!(saved(cli.path()), saved(app.path()));
}

#[test]
fn an_identifier_with_a_space_is_refused_before_any_request() {
    // Explicit options follow the profile rules: nothing listens on this port, so a request that
    // left would fail as TRANSPORT, not as the setting it is.
    let out = common::run(
        &[
            "--json",
            "check",
            "--endpoint",
            "http://127.0.0.1:9",
            "--sdkappid",
            "1400000000",
            "--identifier",
            "ad min",
            "--secret-stdin",
        ],
        TEST_KEY,
    );
    assert_eq!(out.status.code(), Some(2));
    let error = json(&out);
    assert_eq!(error["error"]["code"], "INVALID_CONFIG", "{error}");
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--identifier"),
        "{error}"
    );
}

#[test]
fn usersig_lifetimes_outside_the_one_range_are_refused() {
    for expire in ["18446744073709551615", "60", "604801"] {
        let out = common::run(
            &[
                "--json",
                "usersig",
                "--sdkappid",
                "1400000000",
                "--identifier",
                "admin",
                "--secret-stdin",
                "--expire",
                expire,
            ],
            TEST_KEY,
        );
        assert_eq!(out.status.code(), Some(2), "--expire {expire}");
        assert!(
            json(&out)["error"]["message"]
                .as_str()
                .unwrap()
                .contains("604800")
        );
    }
    let out = common::run(
        &[
            "--json",
            "usersig",
            "--sdkappid",
            "1400000000",
            "--identifier",
            "admin",
            "--secret-stdin",
        ],
        TEST_KEY,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["expire"], 14_400, "the app's default");
}
