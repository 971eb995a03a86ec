//! Unit tests of profiles: the rules, the JSON shapes and the table over real SQLite files.

use std::sync::Arc;
use std::time::Duration;

use super::*;
use crate::client::Region;
use crate::clock::ManualClock;
use crate::store::Store;
use crate::{Error, ErrorCode};

const FAKE_KEY: &str = "obviously-fake-secret-key-for-tests";

fn draft(name: &str) -> ProfileDraft {
    ProfileDraft {
        name: name.into(),
        color: "#FF8800".into(),
        target: Target::Region {
            region: "singapore".into(),
        },
        sdkappid: 1_400_000_000,
        admin_identifier: "administrator".into(),
        edition: Edition::ProPlus,
        default_from_account: None,
        usersig_lifetime_secs: None,
        is_sandbox: false,
    }
}

/// A real SQLite file in a temp folder (kept alive by the returned guard).
fn file_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("profiles.sqlite3")).unwrap();
    (dir, store)
}

fn problems(err: Error) -> Vec<FieldProblem> {
    match err {
        Error::InvalidProfile(p) => p,
        other => panic!("expected InvalidProfile, got {other:?}"),
    }
}

fn rules_of(d: &ProfileDraft) -> Vec<(String, FieldRule)> {
    match validate(d) {
        Ok(_) => Vec::new(),
        Err(p) => p.into_iter().map(|p| (p.field, p.code)).collect(),
    }
}

fn one(field: &str, rule: FieldRule) -> Vec<(String, FieldRule)> {
    vec![(field.to_owned(), rule)]
}

// ---- validation ----

#[test]
fn a_good_draft_is_normalized() {
    let mut d = draft("  Main show  ");
    d.default_from_account = Some("   ".into());
    let v = validate(&d).unwrap();
    assert_eq!(v.name, "Main show");
    assert_eq!(v.color, "#ff8800");
    assert_eq!(
        v.default_from_account, None,
        "blank From_Account means the admin"
    );
    assert_eq!(v.usersig_lifetime_secs, Some(DEFAULT_USERSIG_LIFETIME_SECS));
}

#[test]
fn name_rules() {
    assert_eq!(rules_of(&draft("")), one("name", FieldRule::Empty));
    assert_eq!(rules_of(&draft("   ")), one("name", FieldRule::Empty));
    assert!(
        rules_of(&draft(&"é".repeat(64))).is_empty(),
        "64 characters (not bytes) is fine"
    );
    assert_eq!(
        rules_of(&draft(&"a".repeat(65))),
        one("name", FieldRule::TooLong)
    );
    assert_eq!(
        rules_of(&draft("a\tb")),
        one("name", FieldRule::BadCharacters)
    );
}

/// The name is what the confirm step shows to prevent a send to the wrong app: nothing invisible,
/// nothing that redraws it backwards.
#[test]
fn names_with_hidden_or_reordering_characters_are_refused() {
    for bad in [
        "Pro\u{200b}d",  // zero-width space
        "\u{202e}DORP",  // right-to-left override: shows as "PROD"
        "Prod\u{200d}",  // zero-width joiner
        "Pr\u{ad}od",    // soft hyphen
        "\u{feff}Prod",  // byte-order mark
        "Pr\u{2066}od",  // left-to-right isolate
        "Prod\u{2028}x", // line separator
    ] {
        assert_eq!(
            rules_of(&draft(bad)),
            one("name", FieldRule::BadCharacters),
            "{bad:?}"
        );
    }
    for ok in ["Prod", "본방송", "生放送", "直播 主会场", "Émission"] {
        assert!(rules_of(&draft(ok)).is_empty(), "{ok:?}");
    }
}

#[test]
fn names_that_look_the_same_are_one_name() {
    let (_dir, store) = file_store();
    store.profiles().create(&draft("Prod")).unwrap();
    // Full-width letters and other compatibility forms read the same as the plain ones.
    for twin in ["PROD", "Ｐｒｏｄ", " prod "] {
        let p = problems(store.profiles().create(&draft(twin)).unwrap_err());
        assert_eq!(p.len(), 1, "{twin:?}: {p:?}");
        assert_eq!(p[0].code, FieldRule::NameTaken, "{twin:?}");
        assert!(p[0].message.contains("“Prod”"), "{}", p[0].message);
    }
    assert_eq!(name_key("Ｐｒｏｄ"), name_key("prod"));
    assert_ne!(name_key("Prod"), name_key("Prod 2"));
    // Renaming a profile to a look-alike of itself is fine.
    let only = store.profiles().list().unwrap().remove(0);
    let mut d = only.to_draft();
    d.name = "PROD".into();
    assert_eq!(store.profiles().update(&only.id, &d).unwrap().name, "PROD");
}

#[test]
fn the_palette_leaves_out_the_sandbox_violet_which_no_other_profile_may_take() {
    assert!(PALETTE.iter().all(|s| s.hex != SANDBOX_COLOR));
    assert!(PALETTE.iter().all(|s| {
        validate(&{
            let mut d = draft("x");
            d.color = s.hex.into();
            d
        })
        .is_ok()
    }));
    let mut d = draft("x");
    d.color = SANDBOX_COLOR.to_uppercase();
    assert_eq!(rules_of(&d), one("color", FieldRule::Reserved));
    d.is_sandbox = true;
    assert!(rules_of(&d).is_empty());
    assert_eq!(unused_color([]), PALETTE[0].hex);
    assert_eq!(
        unused_color([PALETTE[0].hex, &PALETTE[1].hex.to_uppercase()]),
        PALETTE[2].hex
    );
    let all: Vec<&str> = PALETTE.iter().map(|s| s.hex).collect();
    assert_eq!(unused_color(all), PALETTE[0].hex);
}

#[test]
fn color_rules() {
    for ok in ["#000000", "#abcdef", "#ABCDEF"] {
        let mut d = draft("x");
        d.color = ok.into();
        assert!(rules_of(&d).is_empty(), "{ok}");
    }
    for bad in [
        "", "#fff", "ff8800", "#ff880", "#ff88000", "#gg8800", "red", "#ff 800",
    ] {
        let mut d = draft("x");
        d.color = bad.into();
        assert_eq!(rules_of(&d), one("color", FieldRule::BadFormat), "{bad:?}");
    }
}

#[test]
fn region_rules() {
    for r in Region::ALL.map(Region::id) {
        let mut d = draft("x");
        d.target = Target::Region { region: r.into() };
        assert!(rules_of(&d).is_empty(), "{r}");
    }
    for bad in ["", "Singapore", "us-east", "silicon valley"] {
        let mut d = draft("x");
        d.target = Target::Region { region: bad.into() };
        assert_eq!(
            rules_of(&d),
            one("target.region", FieldRule::UnknownRegion),
            "{bad:?}"
        );
    }
}

#[test]
fn custom_url_rules() {
    let check = |url: &str| {
        let mut d = draft("x");
        d.target = Target::Custom { url: url.into() };
        validate(&d).map(|v| v.target)
    };
    assert_eq!(
        check("https://proxy.example.com").unwrap(),
        Target::Custom {
            url: "https://proxy.example.com/".into()
        }
    );
    for ok in [
        "https://proxy.example.com:8443/tim",
        "http://127.0.0.1:8080",
        "http://127.8.9.10/",
        "http://[::1]:9000",
        "http://localhost:3000",
    ] {
        assert!(check(ok).is_ok(), "{ok}");
    }
    let rule = |url: &str| check(url).unwrap_err()[0].code;
    assert_eq!(rule("http://proxy.example.com"), FieldRule::InsecureUrl);
    assert_eq!(rule("http://10.0.0.1:8080"), FieldRule::InsecureUrl);
    assert_eq!(
        rule("http://localhost.evil.example"),
        FieldRule::InsecureUrl
    );
    for bad in [
        "",
        "proxy.example.com",
        "ftp://example.com",
        "https://user:pw@example.com",
        "https://example.com/?sdkappid=1",
        "https://example.com/#x",
        "file:///etc/passwd",
    ] {
        let p = check(bad).unwrap_err();
        assert_eq!(
            (p[0].field.as_str(), p[0].code),
            ("target.url", FieldRule::BadFormat),
            "{bad:?}"
        );
    }
}

#[test]
fn sdkappid_rules() {
    for (id, ok) in [
        (0, false),
        (1, true),
        (1_400_000_000, true),
        (SDKAPPID_MAX, true),
        (SDKAPPID_MAX + 1, false),
        (u64::MAX, false),
    ] {
        let mut d = draft("x");
        d.sdkappid = id;
        assert_eq!(rules_of(&d).is_empty(), ok, "{id}");
        if !ok {
            assert_eq!(rules_of(&d), one("sdkappid", FieldRule::OutOfRange));
        }
    }
}

/// The profile form and the message rules must agree on From_Account, or a saved default sender
/// could make every send fail.
#[test]
fn default_from_account_rule_matches_the_message_rule() {
    for value in [
        "admin",
        "host anna",
        "x\u{7f}",
        "a!~",
        "",
        &"b".repeat(33),
        "é",
    ] {
        let mut d = draft("x");
        d.default_from_account = Some(value.into());
        let profile_ok = validate(&d).is_ok();
        let body = serde_json::json!({
            "From_Account": value,
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}],
        });
        let message_ok = crate::message::check_value(&body, crate::message::RandomRule::Optional)
            .report
            .valid;
        // An empty default means "none" in the profile, so only non-empty values must agree.
        if !value.is_empty() {
            assert_eq!(profile_ok, message_ok, "{value:?}");
        }
    }
}

#[test]
fn a_saved_profile_gives_its_endpoint_and_credentials() {
    let (_dir, store) = file_store();
    let mut d = draft("Region");
    d.usersig_lifetime_secs = Some(3600);
    let p = store.profiles().create(&d).unwrap();
    assert_eq!(
        p.endpoint().unwrap(),
        crate::client::Endpoint::from(Region::Singapore)
    );
    let creds = p.credentials(SecretKey::from(FAKE_KEY)).unwrap();
    assert_eq!(creds.sdkappid(), 1_400_000_000);
    assert_eq!(creds.identifier(), "administrator");
    assert_eq!(creds.lifetime(), Duration::from_secs(3600));

    d.name = "Custom".into();
    d.target = Target::Custom {
        url: "http://127.0.0.1:9/".into(),
    };
    let p = store.profiles().create(&d).unwrap();
    let hosts = p.endpoint().unwrap().hosts();
    assert_eq!(hosts.primary.as_str(), "http://127.0.0.1:9/");
}

#[test]
fn account_rules_apply_to_admin_and_from_account() {
    let cases: [(&str, Option<FieldRule>); 10] = [
        ("admin", None),
        ("host_anna-01", None),
        (&"a".repeat(32), None),
        ("", Some(FieldRule::Empty)),
        (&"a".repeat(33), Some(FieldRule::TooLong)),
        ("anna\u{e9}", Some(FieldRule::BadCharacters)),
        (" admin", Some(FieldRule::BadCharacters)),
        ("ad\nmin", Some(FieldRule::BadCharacters)),
        ("host anna", Some(FieldRule::BadCharacters)),
        ("!~", None),
    ];
    for (value, want) in cases {
        let mut d = draft("x");
        d.admin_identifier = value.into();
        assert_eq!(
            rules_of(&d),
            want.map(|r| one("adminIdentifier", r)).unwrap_or_default(),
            "admin {value:?}"
        );
        if !value.is_empty() {
            let mut d = draft("x");
            d.default_from_account = Some(value.into());
            assert_eq!(
                rules_of(&d),
                want.map(|r| one("defaultFromAccount", r))
                    .unwrap_or_default(),
                "from {value:?}"
            );
        }
    }
}

#[test]
fn lifetime_and_custom_rate_rules() {
    for (secs, ok) in [
        (1799, false),
        (1800, true),
        (14_400, true),
        (604_800, true),
        (604_801, false),
    ] {
        let mut d = draft("x");
        d.usersig_lifetime_secs = Some(secs);
        assert_eq!(rules_of(&d).is_empty(), ok, "{secs}");
    }
    for (rate, ok) in [(0, false), (1, true), (5, true), (6, false)] {
        let mut d = draft("x");
        d.edition = Edition::Custom { rate_per_sec: rate };
        let got = rules_of(&d);
        assert_eq!(got.is_empty(), ok, "{rate}");
        if !ok {
            assert_eq!(got, one("edition.ratePerSec", FieldRule::OutOfRange));
        }
    }
    assert_eq!(Edition::Pro.rate_per_sec(), 1);
    assert_eq!(Edition::ProPlus.rate_per_sec(), 5);
    assert_eq!(Edition::Enterprise.rate_per_sec(), 5);
    assert_eq!(Edition::Custom { rate_per_sec: 3 }.rate_per_sec(), 3);
}

#[test]
fn every_problem_is_reported_at_once_with_field_and_rule_in_the_message() {
    let d = ProfileDraft {
        name: "".into(),
        color: "blue".into(),
        target: Target::Custom {
            url: "http://example.com".into(),
        },
        sdkappid: 0,
        admin_identifier: "".into(),
        edition: Edition::Custom { rate_per_sec: 9 },
        default_from_account: Some("x".repeat(40)),
        usersig_lifetime_secs: Some(1),
        is_sandbox: true,
    };
    let p = validate(&d).unwrap_err();
    let fields: Vec<&str> = p.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "name",
            "color",
            "target.url",
            "sdkappid",
            "adminIdentifier",
            "defaultFromAccount",
            "usersigLifetimeSecs",
            "edition.ratePerSec"
        ]
    );
    for problem in &p {
        // The field is in `field` and in Display, not repeated inside the message.
        assert!(!problem.message.contains(&problem.field), "{problem:?}");
        assert!(
            problem
                .to_string()
                .starts_with(&format!("{}: ", problem.field))
        );
    }
}

// ---- wire format ----

#[test]
fn draft_json_is_camel_case_and_strict() {
    let json = r##"{"name":"Main","color":"#112233","target":{"kind":"custom","url":"http://127.0.0.1:9"},
        "sdkappid":1400000000,"adminIdentifier":"admin","edition":{"kind":"custom","ratePerSec":2},
        "isSandbox":true}"##;
    let d: ProfileDraft = serde_json::from_str(json).unwrap();
    assert_eq!(d.edition, Edition::Custom { rate_per_sec: 2 });
    assert_eq!(d.usersig_lifetime_secs, None);
    let unknown = json.replace("\"isSandbox\"", "\"secretKey\":\"x\",\"isSandbox\"");
    assert!(
        serde_json::from_str::<ProfileDraft>(&unknown).is_err(),
        "unknown fields are refused"
    );
    let edition: Edition = serde_json::from_str(r#"{"kind":"proPlus"}"#).unwrap();
    assert_eq!(edition, Edition::ProPlus);
    assert!(serde_json::from_str::<Edition>(r#"{"kind":"custom","ratePerSec":3,"x":1}"#).is_err());
    // serde ignores `deny_unknown_fields` on unit variants of tagged enums: `{"kind":"pro",
    // "ratePerSec":3}` reads as Pro. Harmless (the rate is implied by the edition), so accepted.
}

#[test]
fn profile_json_shape() {
    let store = Store::open_in_memory()
        .unwrap()
        .with_clock(Arc::new(ManualClock::new(1_700_000_000)));
    let p = store.profiles().create(&draft("Main")).unwrap();
    let v = serde_json::to_value(&p).unwrap();
    assert_eq!(
        v["target"],
        serde_json::json!({"kind": "region", "region": "singapore"})
    );
    assert_eq!(v["edition"], serde_json::json!({"kind": "proPlus"}));
    assert_eq!(v["adminIdentifier"], "administrator");
    assert_eq!(v["usersigLifetimeSecs"], 14_400);
    assert_eq!(v["createdAt"], 1_700_000_000_000i64);
    let back: Profile = serde_json::from_value(v).unwrap();
    assert_eq!(back, p);
}

// ---- CRUD on real files ----

#[test]
fn create_get_list_on_a_file() {
    let (_dir, store) = file_store();
    let profiles = store.profiles();
    let b = profiles.create(&draft("beta")).unwrap();
    let mut d = draft("Alpha");
    d.target = Target::Custom {
        url: "http://127.0.0.1:8080".into(),
    };
    d.edition = Edition::Custom { rate_per_sec: 3 };
    d.default_from_account = Some("host_anna".into());
    d.is_sandbox = true;
    d.usersig_lifetime_secs = Some(1800);
    let a = profiles.create(&d).unwrap();
    assert_ne!(a.id, b.id);
    assert_eq!(uuid::Uuid::parse_str(&a.id).unwrap().get_version_num(), 4);
    assert_eq!(profiles.get(&a.id).unwrap(), a);
    assert_eq!(a.default_from_account.as_deref(), Some("host_anna"));
    let names: Vec<String> = profiles
        .list()
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Alpha", "beta"], "sorted ignoring case");
    assert_eq!(
        profiles.get("nope").unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn names_are_unique_ignoring_case() {
    let (_dir, store) = file_store();
    store.profiles().create(&draft("Main")).unwrap();
    let mut d = draft(" main ");
    d.color = "nope".into();
    let p = problems(store.profiles().create(&d).unwrap_err());
    let rules: Vec<FieldRule> = p.iter().map(|p| p.code).collect();
    assert_eq!(
        rules,
        [FieldRule::BadFormat, FieldRule::NameTaken],
        "both problems reported"
    );
    assert_eq!(store.profiles().list().unwrap().len(), 1);
}

#[test]
fn update_replaces_fields_and_keeps_id_and_created_at() {
    let (_dir, store) = file_store();
    let clock = Arc::new(ManualClock::default());
    clock.set_ms(1000);
    let store = store.with_clock(clock.clone());
    let p = store.profiles().create(&draft("Main")).unwrap();
    clock.set_ms(2000);
    let mut d = p.to_draft();
    d.name = "Main (renamed)".into();
    d.edition = Edition::Pro;
    let u = store.profiles().update(&p.id, &d).unwrap();
    assert_eq!(
        (u.id.as_str(), u.created_at, u.updated_at),
        (p.id.as_str(), 1000, 2000)
    );
    assert_eq!(store.profiles().get(&p.id).unwrap(), u);
    // Keeping its own name (in another case) is not a conflict.
    d.name = "MAIN (RENAMED)".into();
    store.profiles().update(&p.id, &d).unwrap();
    assert_eq!(
        store.profiles().update("missing", &d).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn a_failed_update_leaves_the_row_untouched() {
    let (dir, store) = file_store();
    let p = store.profiles().create(&draft("Main")).unwrap();
    store.profiles().create(&draft("Other")).unwrap();
    let mut bad = p.to_draft();
    bad.sdkappid = 0;
    bad.admin_identifier = "changed".into();
    assert_eq!(
        store.profiles().update(&p.id, &bad).unwrap_err().code(),
        ErrorCode::InvalidProfile
    );
    let mut taken = p.to_draft();
    taken.name = "other".into();
    taken.color = "#000000".into();
    assert_eq!(
        problems(store.profiles().update(&p.id, &taken).unwrap_err())[0].code,
        FieldRule::NameTaken
    );
    drop(store);
    let reopened = Store::open(dir.path().join("profiles.sqlite3")).unwrap();
    assert_eq!(reopened.profiles().get(&p.id).unwrap(), p);
}

#[test]
fn duplicate_copies_everything_but_id_name_and_secret() {
    let (_dir, store) = file_store();
    let mut d = draft("Main");
    d.default_from_account = Some("host".into());
    let p = store.profiles().create(&d).unwrap();
    let copy = store.profiles().duplicate(&p.id, "Main copy").unwrap();
    assert_ne!(copy.id, p.id);
    assert_eq!(copy.name, "Main copy");
    let (mut a, mut b) = (p.to_draft(), copy.to_draft());
    a.name.clear();
    b.name.clear();
    assert_eq!(a, b);
    assert_eq!(
        problems(store.profiles().duplicate(&p.id, "MAIN").unwrap_err())[0].code,
        FieldRule::NameTaken
    );
    assert_eq!(
        store
            .profiles()
            .duplicate("missing", "x")
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
}

#[test]
fn active_profile_setting() {
    let (dir, store) = file_store();
    assert_eq!(store.profiles().active().unwrap(), None);
    let p = store.profiles().create(&draft("Main")).unwrap();
    assert_eq!(
        store
            .profiles()
            .set_active(Some("missing"))
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
    store.profiles().set_active(Some(&p.id)).unwrap();
    drop(store);
    let store = Store::open(dir.path().join("profiles.sqlite3")).unwrap();
    assert_eq!(store.profiles().active().unwrap(), Some(p));
    store.profiles().set_active(None).unwrap();
    assert_eq!(store.profiles().active().unwrap(), None);
}

#[test]
fn a_hand_edited_row_is_an_internal_error_not_a_panic() {
    let store = Store::open_in_memory().unwrap();
    let p = store.profiles().create(&draft("Main")).unwrap();
    store
        .conn()
        .execute("UPDATE profiles SET sdkappid = -5 WHERE id = ?1", [&p.id])
        .unwrap_err(); // the CHECK constraint refuses it outright
    store
        .conn()
        .execute_batch("PRAGMA ignore_check_constraints = ON")
        .unwrap();
    store
        .conn()
        .execute("UPDATE profiles SET sdkappid = -5 WHERE id = ?1", [&p.id])
        .unwrap();
    assert_eq!(
        store.profiles().get(&p.id).unwrap_err().code(),
        ErrorCode::Internal
    );
    assert_eq!(
        store.profiles().list().unwrap_err().code(),
        ErrorCode::Internal
    );
}

#[test]
fn invalid_profile_error_lists_every_message() {
    let store = Store::open_in_memory().unwrap();
    let mut d = draft("");
    d.sdkappid = 0;
    let err = store.profiles().create(&d).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("name: is required") && text.contains("sdkappid: must be"),
        "{text}"
    );
}
