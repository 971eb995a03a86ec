//! Unit tests of templates: the rules, the JSON shapes, the table over real SQLite files, the desk's
//! door, and the migration that brings an existing database to templates.

use std::sync::Arc;

use super::*;
use crate::clock::ManualClock;
use crate::desk::Desk;
use crate::keychain::Keychain;
use crate::message::{MsgElement, TextElem};
use crate::profiles::{FieldProblem, FieldRule};
use crate::store::{MIGRATIONS, Store};
use crate::{Error, ErrorCode};

fn text(t: &str) -> Draft {
    Draft {
        from_account: None,
        random: None,
        msg_body: vec![MsgElement::Text(TextElem { text: t.into() })],
        cloud_custom_data: None,
    }
}

fn draft(name: &str) -> TemplateDraft {
    TemplateDraft {
        name: name.into(),
        body: text("Show starts in 10 minutes"),
        emergency: false,
    }
}

/// A real SQLite file in a temp folder (kept alive by the returned guard).
fn file_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("templates.sqlite3")).unwrap();
    (dir, store)
}

fn field_problems(err: Error) -> Vec<FieldProblem> {
    match err {
        Error::InvalidTemplate(p) => p,
        other => panic!("expected InvalidTemplate, got {other:?}"),
    }
}

fn rules(err: Error) -> Vec<(String, FieldRule)> {
    field_problems(err)
        .into_iter()
        .map(|p| (p.field, p.code))
        .collect()
}

fn name_rule(rule: FieldRule) -> Vec<(String, FieldRule)> {
    vec![("name".to_owned(), rule)]
}

// ---- rules ----

#[test]
fn name_rules_are_the_profile_name_rules() {
    let refused = |name: &str| rules(validate(&draft(name)).unwrap_err());
    assert_eq!(refused(""), name_rule(FieldRule::Empty));
    assert_eq!(refused("  \t "), name_rule(FieldRule::Empty));
    assert_eq!(refused(&"a".repeat(65)), name_rule(FieldRule::TooLong));
    for hidden in [
        "Show\u{200b}start",
        "\u{202e}trats",
        "Soft\u{ad}hyphen",
        "Two\nlines",
    ] {
        assert_eq!(
            refused(hidden),
            name_rule(FieldRule::BadCharacters),
            "{hidden:?}"
        );
    }
    // 64 characters, not bytes.
    let long = "é".repeat(64);
    assert_eq!(validate(&draft(&long)).unwrap().name, long);
    assert_eq!(
        validate(&draft("  Show start  ")).unwrap().name,
        "Show start",
        "trimmed"
    );
    // The same words as a profile's name, from the same catalogue messages.
    let problem = &field_problems(validate(&draft("")).unwrap_err())[0];
    assert_eq!(problem.message_id, "field-required");
    assert_eq!(problem.to_string(), "name: is required");
}

#[test]
fn a_body_that_could_never_be_sent_is_refused_naming_the_field() {
    let mut d = draft("Blank");
    d.body = text("   ");
    let Error::InvalidMessage(report) = validate(&d).unwrap_err() else {
        panic!("expected InvalidMessage");
    };
    assert_eq!(report.errors.len(), 1);
    assert_eq!(report.errors[0].path, "MsgBody[0].MsgContent.Text");

    d.body = text("hello");
    d.body.from_account = Some("has space".into());
    let err = validate(&d).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidMessage);
    let Error::InvalidMessage(report) = err else {
        unreachable!()
    };
    assert_eq!(report.errors[0].path, "From_Account");

    d.body.from_account = None;
    d.body.msg_body.clear();
    assert_eq!(
        validate(&d).unwrap_err().code(),
        ErrorCode::InvalidMessage,
        "an empty MsgBody"
    );
}

#[test]
fn the_name_is_checked_before_the_body() {
    let mut d = draft("");
    d.body.msg_body.clear();
    assert_eq!(validate(&d).unwrap_err().code(), ErrorCode::InvalidTemplate);
}

#[test]
fn a_random_in_the_body_is_dropped_and_each_send_gets_its_own() {
    let (_dir, store) = file_store();
    let mut d = draft("Doors");
    d.body.random = Some(4242);
    let saved = store.templates().create(&d).unwrap();
    assert_eq!(saved.body.random, None);
    assert_eq!(store.templates().get(&saved.id).unwrap().body.random, None);
    let stored: String = store
        .conn()
        .query_row("SELECT body FROM templates", [], |r| r.get(0))
        .unwrap();
    assert!(!stored.contains("Random"), "{stored}");

    let sends: Vec<u32> = (0..4).map(|_| saved.to_send().random.unwrap()).collect();
    assert!(
        sends.iter().any(|r| *r != sends[0]),
        "four sends, one Random: {sends:?}"
    );
    assert_eq!(
        Draft {
            random: None,
            ..saved.to_send()
        },
        saved.body,
        "the message itself is unchanged"
    );
}

#[test]
fn draft_json_is_camel_case_and_strict() {
    let json = serde_json::json!({
        "name": "Paused",
        "body": {"MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "Stream paused, back shortly"}}]},
        "emergency": true,
    });
    let d: TemplateDraft = serde_json::from_value(json.clone()).unwrap();
    assert!(d.emergency);
    let mut unknown = json;
    unknown["emergncy"] = true.into();
    assert!(serde_json::from_value::<TemplateDraft>(unknown).is_err());
}

#[test]
fn template_json_shape() {
    let (_dir, store) = file_store();
    let t = store.templates().create(&draft("Doors")).unwrap();
    let json = serde_json::to_value(&t).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        ["body", "createdAt", "emergency", "id", "name", "updatedAt"]
    );
    assert_eq!(
        json["body"]["MsgBody"][0]["MsgContent"]["Text"],
        "Show starts in 10 minutes"
    );
}

// ---- the table ----

#[test]
fn create_get_find_and_list_by_name() {
    let (_dir, store) = file_store();
    let templates = store.templates();
    let b = templates.create(&draft("beta")).unwrap();
    let mut d = draft("Alpha");
    d.emergency = true;
    let a = templates.create(&d).unwrap();
    assert_ne!(a.id, b.id);
    assert_eq!(uuid::Uuid::parse_str(&a.id).unwrap().get_version_num(), 4);
    assert_eq!(templates.get(&a.id).unwrap(), a);
    assert!(a.emergency);
    let names: Vec<String> = templates
        .list()
        .unwrap()
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names, ["Alpha", "beta"], "sorted ignoring case");

    assert_eq!(templates.find_by_name("ALPHA").unwrap(), Some(a.clone()));
    assert_eq!(
        templates.find_by_name("ａｌｐｈａ").unwrap(),
        Some(a),
        "full-width forms"
    );
    assert_eq!(templates.find_by_name("gamma").unwrap(), None);
    let err = templates.get("nope").unwrap_err();
    assert!(
        matches!(
            err,
            Error::NotFound {
                what: "template",
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn a_look_alike_name_is_refused_on_create_rename_update_and_duplicate() {
    let (_dir, store) = file_store();
    let templates = store.templates();
    let show = templates.create(&draft("Show start")).unwrap();
    let other = templates.create(&draft("Other")).unwrap();

    let same = field_problems(templates.create(&draft("Show start")).unwrap_err());
    assert_eq!(same.len(), 1);
    assert_eq!(
        (same[0].field.as_str(), same[0].code),
        ("name", FieldRule::NameTaken)
    );
    assert_eq!(same[0].message_id, "field-template-name-taken");
    assert_eq!(
        same[0].message,
        "another template is already called “Show start”"
    );

    let twin = field_problems(templates.create(&draft("ＳＨＯＷ START")).unwrap_err());
    assert_eq!(twin[0].message_id, "field-template-name-lookalike");
    assert!(
        twin[0].message.contains("“Show start”"),
        "{}",
        twin[0].message
    );

    assert_eq!(
        rules(templates.rename(&other.id, " show start ").unwrap_err()),
        name_rule(FieldRule::NameTaken)
    );
    let mut onto = other.to_draft();
    onto.name = "SHOW START".into();
    assert_eq!(
        rules(templates.update(&other.id, &onto).unwrap_err()),
        name_rule(FieldRule::NameTaken)
    );
    assert_eq!(
        rules(templates.duplicate(&other.id, "show start").unwrap_err()),
        name_rule(FieldRule::NameTaken)
    );
    assert_eq!(templates.list().unwrap().len(), 2, "nothing was saved");
    assert_eq!(templates.get(&other.id).unwrap(), other);

    // A template may take a look-alike of its own name (a change of case).
    let recased = templates.rename(&show.id, "SHOW START").unwrap();
    assert_eq!(recased.name, "SHOW START");
    assert_eq!(recased.id, show.id);
}

#[test]
fn the_database_holds_the_name_rule_too() {
    let (_dir, store) = file_store();
    store.templates().create(&draft("Doors")).unwrap();
    let err = store
        .conn()
        .execute(
            "INSERT INTO templates (id, name, name_key, body, emergency, created_at, updated_at)
             VALUES ('x', 'DOORS', 'doors', '{}', 0, 0, 0)",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("UNIQUE"), "{err}");
}

#[test]
fn rename_keeps_id_body_and_created_at_and_checks_only_the_name() {
    let (_dir, store) = file_store();
    let clock = Arc::new(ManualClock::default());
    clock.set_ms(1000);
    let store = store.with_clock(clock.clone());
    let templates = store.templates();
    let t = templates.create(&draft("Doors")).unwrap();
    clock.set_ms(2000);
    let renamed = templates.rename(&t.id, "  Doors open  ").unwrap();
    assert_eq!(renamed.name, "Doors open");
    assert_eq!(
        (
            renamed.id.as_str(),
            &renamed.body,
            renamed.created_at,
            renamed.updated_at
        ),
        (t.id.as_str(), &t.body, 1000, 2000)
    );
    assert_eq!(templates.get(&t.id).unwrap(), renamed);
    assert_eq!(
        rules(templates.rename(&t.id, "\u{200b}").unwrap_err()),
        name_rule(FieldRule::BadCharacters)
    );
    assert_eq!(
        templates.rename("nope", "Fine").unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn update_replaces_name_body_and_emergency_and_a_failed_one_changes_nothing() {
    let (_dir, store) = file_store();
    let clock = Arc::new(ManualClock::default());
    clock.set_ms(1000);
    let store = store.with_clock(clock.clone());
    let templates = store.templates();
    let t = templates.create(&draft("Doors")).unwrap();
    clock.set_ms(5000);
    let changed = TemplateDraft {
        name: "Paused".into(),
        body: text("Stream paused, back shortly"),
        emergency: true,
    };
    let updated = templates.update(&t.id, &changed).unwrap();
    assert_eq!(updated.to_draft(), changed);
    assert_eq!((updated.created_at, updated.updated_at), (1000, 5000));
    assert_eq!(templates.get(&t.id).unwrap(), updated);

    let mut bad = changed.clone();
    bad.body = text("");
    assert_eq!(
        templates.update(&t.id, &bad).unwrap_err().code(),
        ErrorCode::InvalidMessage
    );
    assert_eq!(templates.get(&t.id).unwrap(), updated);
    assert_eq!(
        templates.update("nope", &changed).unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn duplicate_copies_body_and_emergency_under_a_new_name_and_id() {
    let (_dir, store) = file_store();
    let templates = store.templates();
    let mut d = draft("Paused");
    d.emergency = true;
    d.body.cloud_custom_data = Some("scene-2".into());
    let original = templates.create(&d).unwrap();
    let copy = templates.duplicate(&original.id, "Paused (long)").unwrap();
    assert_ne!(copy.id, original.id);
    assert_eq!(copy.name, "Paused (long)");
    assert_eq!((&copy.body, copy.emergency), (&original.body, true));
    assert_eq!(templates.list().unwrap().len(), 2);
    assert_eq!(
        templates.duplicate("nope", "x").unwrap_err().code(),
        ErrorCode::NotFound
    );
}

#[test]
fn delete_removes_one_template_once() {
    let (_dir, store) = file_store();
    let templates = store.templates();
    let a = templates.create(&draft("A")).unwrap();
    let b = templates.create(&draft("B")).unwrap();
    templates.delete(&a.id).unwrap();
    assert_eq!(
        templates.get(&a.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(templates.list().unwrap(), [b]);
    assert_eq!(
        templates.delete(&a.id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    // Its name is free again.
    templates.create(&draft("a")).unwrap();
}

#[test]
fn a_hand_edited_body_is_an_internal_error_not_a_panic() {
    let (_dir, store) = file_store();
    let t = store.templates().create(&draft("Doors")).unwrap();
    store
        .conn()
        .execute("UPDATE templates SET body = '{\"text\": 1}'", [])
        .unwrap();
    assert_eq!(
        store.templates().get(&t.id).unwrap_err().code(),
        ErrorCode::Internal
    );
    assert_eq!(
        store.templates().list().unwrap_err().code(),
        ErrorCode::Internal
    );
}

// ---- the desk ----

fn desk() -> (tempfile::TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path(), "desk.sqlite3", Keychain::in_memory_for_tests()).unwrap();
    (dir, desk)
}

#[test]
fn the_desk_finds_a_template_by_id_or_by_a_name_that_reads_the_same() {
    let (_dir, desk) = desk();
    let t = desk.create_template(&draft("Show start")).unwrap();
    assert_eq!(desk.template(&t.id).unwrap(), t);
    assert_eq!(desk.template("show start").unwrap(), t);
    assert_eq!(desk.template("ｓｈｏｗ ｓｔａｒｔ").unwrap(), t);
    let err = desk.template("ghost").unwrap_err();
    assert!(
        matches!(&err, Error::NotFound { what: "template", id } if id == "ghost"),
        "{err:?}"
    );
    assert_eq!(desk.templates().unwrap(), std::slice::from_ref(&t));

    let renamed = desk.rename_template(&t.id, "Doors").unwrap();
    let copy = desk.duplicate_template(&t.id, "Doors 2").unwrap();
    let mut changed = copy.to_draft();
    changed.emergency = true;
    let changed = desk.update_template(&copy.id, &changed).unwrap();
    assert_eq!(desk.templates().unwrap(), [renamed, changed.clone()]);
    desk.delete_template(&t.id).unwrap();
    assert_eq!(desk.templates().unwrap(), [changed]);
}

#[test]
fn template_draft_is_the_body_with_a_fresh_random_that_passes_the_send_rules() {
    let (_dir, desk) = desk();
    let t = desk.create_template(&draft("Doors")).unwrap();
    let first = desk.template_draft("doors").unwrap();
    let second = desk.template_draft(&t.id).unwrap();
    assert!(first.random.is_some() && second.random.is_some());
    assert_ne!(first.random, second.random);
    assert_eq!(first.msg_body, t.body.msg_body);
    assert!(crate::message::validate_draft(&first).valid);
    assert_eq!(
        desk.template_draft("ghost").unwrap_err().code(),
        ErrorCode::NotFound
    );
}

// ---- the migration ----

/// A database made by a build that knew only the first three migrations, with a broadcast in its
/// outbox, opens in this build with the row as it was and templates ready to use.
#[test]
fn a_version_3_database_with_an_outbox_row_migrates_and_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in &MIGRATIONS[..3] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 3).unwrap();
        conn.execute(
            "INSERT INTO outbox (id, profile_name, target, sdkappid, body, body_hash, random, source,
                 os_user, created_at, state, heartbeat_at, owner, msg_seq)
             VALUES ('b1', 'Main', 'adminapisgp.im.qcloud.com', 1400000000, '{}', 'hash', 7, 'cli',
                 'anna', 1000, 'sent', 1000, 'gone', 99)",
            [],
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), MIGRATIONS.len());
    let row: (String, i64, i64, String, Option<i64>) = store
        .conn()
        .query_row(
            "SELECT profile_name, random, msg_seq, state, cancelled_at FROM outbox WHERE id = 'b1'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .unwrap();
    assert_eq!(row, ("Main".into(), 7, 99, "sent".into(), None));
    assert_eq!(store.outbox().get("b1").unwrap().random, 7);
    store.templates().create(&draft("Doors")).unwrap();
    assert_eq!(store.templates().list().unwrap().len(), 1);
}
