//! What each Tencent answer means and what a producer can do about it: one table shared by the UI, the
//! CLI and the send pipeline, so all three use the same words and the same retry decision.
//!
//! Deliberately NOT here: the retry policy itself (backoff, pacing, the 5-minute dedupe window). This
//! module only says which *kind* of answer it is; the pipeline decides when to act on it.

use serde::Serialize;
use ts_rs::TS;

use super::transport::TransportKind;

/// What kind of answer a request got, i.e. what the caller should do next.
///
/// Serialized like [`crate::ErrorCode`] (`SCREAMING_SNAKE_CASE`) so the UI sees one casing for codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[ts(export)]
pub enum ErrorClass {
    /// Success (`ErrorCode` 0).
    Ok,
    /// Tencent is busy or rate-limiting; the same request (same body, same `Random`) may be retried later.
    RetryLater,
    /// The UserSig expired; sign a new one and retry once.
    Resign,
    /// A setting is wrong (key, SDKAppID, region, admin, console switch, edition). Retrying cannot help.
    Config,
    /// The message itself was refused; fix the named field.
    Message,
    /// No usable answer came back (refused, DNS, TLS, timeout, HTTP 5xx, garbage body).
    Transport,
}

/// Plain-language meaning of an answer and a remedy a producer can act on.
///
/// `id` names the catalogue message (`ui/locales/<lang>/core.ftl`) whose `.title` and `.remedy` the
/// window shows in the producer's language; `title` and `remedy` are the English ones, for bdesk and
/// logs, rendered from the same catalogue ([`crate::text`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Explanation {
    /// The catalogue message: `tencent-<code>`, `tencent-unknown` or `transport-<kind>`.
    pub id: String,
    pub class: ErrorClass,
    /// One line saying what happened (English).
    pub title: String,
    /// What to do about it (English).
    pub remedy: String,
    /// The least time to wait before retrying, when Tencent documents one (70050: one minute).
    pub retry_after_secs: Option<u32>,
}

impl Explanation {
    fn from_catalogue(id: String, class: ErrorClass, retry_after_secs: Option<u32>) -> Self {
        Self {
            title: crate::text::english_attribute(&id, "title"),
            remedy: crate::text::english_attribute(&id, "remedy"),
            id,
            class,
            retry_after_secs,
        }
    }
}

use ErrorClass::{Config, Message, Ok as Success, Resign, RetryLater};

/// Every code documented for send_broadcast_msg, the common REST codes and the UserSig codes
/// (docs/TENCENT-API.md, Error codes), sorted by code, with its class and Tencent's documented wait.
/// The words are the catalogue's `tencent-<code>`.
static TABLE: &[(i64, ErrorClass, Option<u32>)] = &[
    (0, Success, None),
    (10002, RetryLater, None),
    (10003, Config, None),
    (10004, Message, None),
    (10007, Config, None),
    (10023, RetryLater, None),
    (60002, Config, None),
    (60003, Message, None),
    (60004, Config, None),
    (60005, Config, None),
    (60006, Config, None),
    (60007, RetryLater, None),
    // Documented as "timeout or malformed request". A server-side timeout is the likelier case for a
    // body that already passed our validation, and a retry with the same Random cannot deliver twice.
    (60008, RetryLater, None),
    (60009, Config, None),
    (60010, Config, None),
    (60011, RetryLater, None),
    (60012, Config, None),
    (60015, Message, None),
    (60016, Config, None),
    (60017, Config, None),
    (60018, RetryLater, None),
    (60019, RetryLater, None),
    (60020, Config, None),
    (60021, Config, None),
    (70001, Resign, None),
    (70002, Config, None),
    (70003, Config, None),
    (70005, Config, None),
    (70009, Config, None),
    (70013, Config, None),
    (70014, Config, None),
    (70016, Config, None),
    (70020, Config, None),
    (70050, RetryLater, Some(60)),
    (70051, Config, None),
    (70052, Resign, None),
    (70169, RetryLater, None),
    (70202, RetryLater, None),
    (70402, Message, None),
    (70403, Config, None),
    // Tencent gives no retry advice for it, but it is the UserSig service's "internal error", the
    // same situation as 10002; a retry with the same Random cannot deliver twice.
    (70500, RetryLater, None),
    (80002, Message, None),
    (93000, Message, None),
];

/// The documented explanation of `code`, or `None` if the code is not documented.
pub fn lookup(code: i64) -> Option<Explanation> {
    TABLE
        .binary_search_by_key(&code, |(c, _, _)| *c)
        .ok()
        .map(|i| {
            let (code, class, retry) = TABLE[i];
            Explanation::from_catalogue(format!("tencent-{code}"), class, retry)
        })
}

/// The explanation of `code`. An undocumented code is classed as a configuration problem: never
/// retried blindly (a retry loop on an unknown failure could hammer Tencent or hide a real fault),
/// and always shown to the producer.
pub fn explain(code: i64) -> Explanation {
    lookup(code)
        .unwrap_or_else(|| Explanation::from_catalogue("tencent-unknown".into(), Config, None))
}

/// Every documented code, ascending.
pub fn documented_codes() -> impl Iterator<Item = i64> {
    TABLE.iter().map(|(c, _, _)| *c)
}

/// The explanation of a transport failure (no Tencent code exists for these); its words are the
/// catalogue's `transport-<kind>`.
pub fn explain_transport(kind: TransportKind) -> Explanation {
    Explanation::from_catalogue(
        format!("transport-{}", kind.catalogue_name()),
        ErrorClass::Transport,
        None,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONSOLE_SWITCH: &str = "Feature configuration > Group configuration > Group feature configuration > \
                                  Broadcast messaging of audio-video group";

    #[test]
    fn table_is_sorted_and_unique_so_binary_search_finds_every_code() {
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
        for (code, _, _) in TABLE {
            assert_eq!(lookup(*code).map(|x| x.title), Some(explain(*code).title));
        }
    }

    #[test]
    fn unknown_codes_are_not_retried() {
        assert_eq!(lookup(12345), None);
        assert_eq!(explain(12345).class, ErrorClass::Config);
        assert_eq!(explain(-1).class, ErrorClass::Config);
    }

    #[test]
    fn named_remedies_say_what_to_do() {
        assert!(explain(10007).remedy.contains(CONSOLE_SWITCH));
        assert!(explain(10007).remedy.contains("admin"));
        assert!(explain(70020).remedy.contains("region"));
        assert!(explain(70009).remedy.contains("another app"));
        let rate = &explain(10023).remedy;
        assert!(
            rate.contains("Pro allows 1") && rate.contains("5 per second"),
            "{rate}"
        );
        assert_eq!(explain(70050).retry_after_secs, Some(60));
        assert!(explain(70050).remedy.contains("60 seconds"));
    }

    #[test]
    fn every_transport_kind_is_its_own_class() {
        for kind in TransportKind::ALL {
            let x = explain_transport(kind);
            assert_eq!(x.class, ErrorClass::Transport);
            assert!(!x.title.is_empty() && !x.remedy.is_empty());
        }
    }
}
