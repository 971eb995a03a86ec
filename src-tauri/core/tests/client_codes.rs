//! The explanation table against the codes in docs/TENCENT-API.md, Error codes: every documented code
//! is in it, nothing undocumented is, and each sits in the class given there.

use std::collections::BTreeSet;

use desk_core::client::{ErrorClass, documented_codes, explain, lookup};

/// Written out from docs/TENCENT-API.md, Error codes (Tencent's "Error Codes" page), group by group,
/// not taken from the table under test.
const API: &[i64] = &[10002, 10003, 10004, 10007, 10023];
const COMMON: &[i64] = &[
    60002, 60003, 60004, 60005, 60006, 60007, 60008, 60009, 60010, 60011, 60012, 60015, 60016,
    60017, 60018, 60019, 60020, 60021,
];
const USERSIG: &[i64] = &[
    70001, 70002, 70003, 70005, 70009, 70013, 70014, 70016, 70020, 70050, 70051, 70052, 70169,
    70202, 70402, 70403, 70500,
];
const SIZE: &[i64] = &[80002, 93000];

#[test]
fn every_documented_code_is_in_the_table_and_nothing_else() {
    let documented: BTreeSet<i64> = [API, COMMON, USERSIG, SIZE]
        .concat()
        .into_iter()
        .chain([0])
        .collect();
    let table: BTreeSet<i64> = documented_codes().collect();
    assert_eq!(table, documented);
    for code in &documented {
        let x = lookup(*code).unwrap();
        assert!(!x.title.is_empty() && !x.remedy.is_empty(), "{code}");
        assert_eq!(explain(*code), x);
    }
}

#[test]
fn classes_follow_the_documented_classes() {
    use ErrorClass::*;
    let expect = |codes: &[i64], class: ErrorClass| {
        for code in codes {
            assert_eq!(explain(*code).class, class, "{code}");
        }
    };
    expect(&[0], Ok);
    // "retry with backoff"
    expect(
        &[
            10002, 10023, 60007, 60011, 60018, 60019, 70169, 70202, 70050,
        ],
        RetryLater,
    );
    // "re-sign and retry once"
    expect(&[70001, 70052], Resign);
    // "configuration errors, never retried and explained to the user"
    expect(
        &[
            60004, 60005, 60006, 60010, 60020, 60021, 70003, 70009, 70013, 70014, 70016, 70020,
            10007,
        ],
        Config,
    );
    // "message errors shown on the field"
    expect(&[10004, 80002, 93000, 60003], Message);
}

#[test]
fn no_documented_code_is_classed_as_transport() {
    for code in documented_codes() {
        assert_ne!(explain(code).class, ErrorClass::Transport, "{code}");
    }
}

#[test]
fn classes_serialize_like_error_codes() {
    let json = serde_json::to_string(&[ErrorClass::RetryLater, ErrorClass::Ok]).unwrap();
    assert_eq!(json, r#"["RETRY_LATER","OK"]"#);
}
