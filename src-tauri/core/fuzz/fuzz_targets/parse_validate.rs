//! Any text through `check_json` (the JSON reader, the shape checks and the rules): it must never panic,
//! and what it calls valid must really be sendable: within the limit, the same verdict from the typed
//! rules, and a wire form that reads back to the same message.

#![no_main]

use desk_core::message::{self, BODY_LIMIT_BYTES, RandomRule};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let is_json = serde_json::from_str::<serde_json::Value>(text).is_ok();
    for rule in [RandomRule::Required, RandomRule::Optional] {
        let Ok(checked) = message::check_json(text, rule) else {
            assert!(!is_json, "serde_json reads it but check_json does not");
            return;
        };
        assert!(is_json, "check_json reads what serde_json rejects");
        let report = checked.report;
        assert_eq!(report.valid, report.errors.is_empty());
        assert_eq!(report.valid, checked.draft.is_some());
        let Some(draft) = checked.draft else {
            continue;
        };
        assert!(report.bytes <= BODY_LIMIT_BYTES);
        assert_eq!(message::validate_draft(&draft), report);
        let msg = draft.clone().with_random(draft.random.unwrap_or(0));
        let wire = message::to_wire_json(&msg);
        assert_eq!(message::parse(&wire).unwrap(), msg);
    }
});
