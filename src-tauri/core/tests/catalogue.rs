//! The English catalogue the core renders from (`ui/locales/en/core.ftl`) and the ids the core uses
//! are the same set: a message the code names but the catalogue lacks would show as its bare id, and
//! one the catalogue has but nothing uses is a translation nobody reads. The other languages are held
//! to the English file by the UI's catalogue test.

use std::collections::BTreeSet;
use std::path::Path;

/// Every string literal in the core's sources that looks like one of our catalogue ids.
fn ids_named_in_sources(dir: &Path, out: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_named_in_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let prefixed = [
                    "field-",
                    "message-",
                    "connection-",
                    "keychain-",
                    "error-",
                    "media-",
                ]
                .iter()
                .any(|p| literal.starts_with(p));
                if prefixed && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                    out.insert(literal.to_owned());
                }
            }
        }
    }
}

#[test]
fn the_core_uses_exactly_the_english_catalogues_messages() {
    let mut used = BTreeSet::new();
    ids_named_in_sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    // Transport kinds' names (`connection-lost`) are parts of ids, not ids.
    for kind in desk_core::client::TransportKind::ALL {
        used.remove(kind.catalogue_name());
    }
    // Ids the code builds from a code or a kind rather than naming them literally.
    used.extend(desk_core::client::documented_codes().map(|c| format!("tencent-{c}")));
    used.insert("tencent-unknown".into());
    used.extend(
        desk_core::client::TransportKind::ALL
            .iter()
            .map(|k| format!("transport-{}", k.catalogue_name())),
    );
    let catalogue: BTreeSet<String> = desk_core::text::message_ids().into_iter().collect();
    let missing: Vec<_> = used.difference(&catalogue).collect();
    let unused: Vec<_> = catalogue.difference(&used).collect();
    assert!(
        missing.is_empty() && unused.is_empty(),
        "named by the core but not in ui/locales/en/core.ftl: {missing:?}; \
         in the catalogue but used by nothing: {unused:?}"
    );
}

#[test]
fn every_message_renders_without_fluent_errors_in_english() {
    // Rendering with no parameters shows a missing variable as `{$name}`; with them, nothing of
    // Fluent's syntax may remain.
    let report = desk_core::message::check_json(
        r#"{"MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": ""}}], "From_Account": "a b"}"#,
        desk_core::message::RandomRule::Optional,
    )
    .unwrap()
    .report;
    assert!(!report.valid);
    for problem in &report.errors {
        assert!(
            !problem.message.contains('{') && !problem.message.contains(&problem.message_id),
            "{problem:?}"
        );
    }
}
