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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct Explanation {
    pub class: ErrorClass,
    /// One line saying what happened.
    pub title: &'static str,
    /// What to do about it.
    pub remedy: &'static str,
    /// The least time to wait before retrying, when Tencent documents one (70050: one minute).
    pub retry_after_secs: Option<u32>,
}

const fn e(class: ErrorClass, title: &'static str, remedy: &'static str) -> Explanation {
    Explanation {
        class,
        title,
        remedy,
        retry_after_secs: None,
    }
}

use ErrorClass::{Config, Message, Ok as Success, Resign, RetryLater};

/// Every code documented for send_broadcast_msg, the common REST codes and the UserSig codes
/// (docs/TENCENT-API.md, Error codes), sorted by code.
static TABLE: &[(i64, Explanation)] = &[
    (0, e(Success, "Sent.", "Nothing to do.")),
    (
        10002,
        e(
            RetryLater,
            "Tencent had an internal error.",
            "Retry in a few seconds; the same message is not delivered twice.",
        ),
    ),
    (
        10003,
        e(
            Config,
            "Tencent did not recognise the command in the URL.",
            "If you use a custom endpoint or proxy, check that it forwards the path unchanged.",
        ),
    ),
    (
        10004,
        e(
            Message,
            "Tencent refused a parameter of the message.",
            "Read Tencent's error text for the field, fix it and send again.",
        ),
    ),
    (
        10007,
        e(
            Config,
            "No permission to broadcast.",
            // The console path is repeated verbatim so a producer can follow it click by click.
            "Turn on the console switch Feature configuration > Group configuration > Group feature \
             configuration > Broadcast messaging of audio-video group (needs Pro, Pro Plus or Enterprise), \
             and check that the identifier is an App admin of this SDKAppID.",
        ),
    ),
    (
        10023,
        e(
            RetryLater,
            "Sending faster than your edition allows.",
            "Pro allows 1 broadcast per second, Pro Plus and Enterprise 5 per second (as set in the console). \
             Wait a moment, or merge several messages into one.",
        ),
    ),
    (
        60002,
        e(
            Config,
            "Tencent could not read the request URL.",
            "If you use a custom endpoint or proxy, check that it forwards the URL unchanged.",
        ),
    ),
    (
        60003,
        e(
            Message,
            "Tencent could not read the message as JSON.",
            "The message body is malformed; rebuild it from the form and send again.",
        ),
    ),
    (
        60004,
        e(
            Config,
            "Tencent rejected the account or signature.",
            "Check the admin identifier and the secret key in the profile.",
        ),
    ),
    (
        60005,
        e(
            Config,
            "Tencent rejected the account or signature.",
            "Check the admin identifier and the secret key in the profile.",
        ),
    ),
    (
        60006,
        e(
            Config,
            "The SDKAppID is invalid.",
            "Copy the SDKAppID again from the Chat console and check the region.",
        ),
    ),
    (
        60007,
        e(
            RetryLater,
            "Too many REST calls for this app.",
            "Wait a moment and retry; slow down automated sends.",
        ),
    ),
    (
        60008,
        // Documented as "timeout or malformed request". A server-side timeout is the likelier case for a
        // body that already passed our validation, and a retry with the same Random cannot deliver twice.
        e(
            RetryLater,
            "Tencent timed out or could not read the request.",
            "Retry; if it repeats, check a custom endpoint or proxy.",
        ),
    ),
    (
        60009,
        e(
            Config,
            "The request reached the wrong Tencent service.",
            "If you use a custom endpoint or proxy, check that it forwards the path unchanged.",
        ),
    ),
    (
        60010,
        e(
            Config,
            "This call needs an App admin.",
            "Use an identifier listed as an App admin in the Chat console.",
        ),
    ),
    (
        60011,
        e(
            RetryLater,
            "Too many calls for this SDKAppID.",
            "Wait a moment and retry; slow down automated sends.",
        ),
    ),
    (
        60012,
        e(
            Config,
            "The SDKAppID is missing from the request.",
            "Set the SDKAppID in the profile; check a custom endpoint or proxy.",
        ),
    ),
    (
        60015,
        e(
            Message,
            "An account field is not a string.",
            "From_Account must be text; fix it and send again.",
        ),
    ),
    (
        60016,
        e(
            Config,
            "This SDKAppID is disabled.",
            "Check the app's status in the Chat console.",
        ),
    ),
    (
        60017,
        e(
            Config,
            "Tencent has disabled this request for the app.",
            "Check the app's status and features in the Chat console or with Tencent support.",
        ),
    ),
    (
        60018,
        e(RetryLater, "Too many requests.", "Wait a moment and retry."),
    ),
    (
        60019,
        e(RetryLater, "Too many requests.", "Wait a moment and retry."),
    ),
    (
        60020,
        e(
            Config,
            "The paid edition has expired.",
            "Renew Pro, Pro Plus or Enterprise for this app in the Chat console.",
        ),
    ),
    (
        60021,
        e(
            Config,
            "Tencent does not accept calls from this computer's IP address.",
            "Add this network's public IP to the app's allowed IPs in the Chat console.",
        ),
    ),
    (
        70001,
        e(
            Resign,
            "The UserSig expired.",
            "Broadcast Desk signs a new one and retries once; if it repeats, check this computer's clock.",
        ),
    ),
    (
        70002,
        e(
            Config,
            "The UserSig was missing.",
            "If you use a custom endpoint or proxy, check that it forwards the query string unchanged.",
        ),
    ),
    (
        70003,
        e(
            Config,
            "The UserSig is invalid.",
            "Check the secret key and the SDKAppID in the profile.",
        ),
    ),
    (
        70005,
        e(
            Config,
            "The UserSig could not be read.",
            "Check the secret key and the SDKAppID in the profile.",
        ),
    ),
    (
        70009,
        e(
            Config,
            "The UserSig was signed with the wrong key.",
            "The secret key probably belongs to another app: copy the key of this SDKAppID from the Chat console.",
        ),
    ),
    (
        70013,
        e(
            Config,
            "The identifier in the URL differs from the one in the UserSig.",
            "A bug or a proxy rewrote the URL; report it with the time of the send.",
        ),
    ),
    (
        70014,
        e(
            Config,
            "The SDKAppID in the URL differs from the one in the UserSig.",
            "A bug or a proxy rewrote the URL; report it with the time of the send.",
        ),
    ),
    (
        70016,
        e(
            Config,
            "Tencent found no key for this SDKAppID.",
            "Check the SDKAppID and that the profile's region is where the app was created.",
        ),
    ),
    (
        70020,
        e(
            Config,
            "Tencent does not know this SDKAppID in this region.",
            "Check the region: it must be the one the app was created in (shown in the Chat console).",
        ),
    ),
    (
        70050,
        Explanation {
            retry_after_secs: Some(60),
            ..e(
                RetryLater,
                "Too many failed signature checks; Tencent is refusing for a minute.",
                "Wait 60 seconds before sending. If it happens again, the secret key is probably wrong.",
            )
        },
    ),
    (
        70051,
        e(
            Config,
            "The admin account is blacklisted.",
            "Use another admin identifier, or ask Tencent support.",
        ),
    ),
    (
        70052,
        e(
            Resign,
            "The UserSig is no longer valid (expired, or the account was kicked).",
            "Broadcast Desk signs a new one and retries once; if it repeats, check this computer's clock.",
        ),
    ),
    (
        70169,
        e(
            RetryLater,
            "Tencent timed out internally.",
            "Retry in a few seconds; the same message is not delivered twice.",
        ),
    ),
    (
        70202,
        e(
            RetryLater,
            "Tencent timed out internally.",
            "Retry in a few seconds; the same message is not delivered twice.",
        ),
    ),
    (
        70402,
        e(
            Message,
            "Tencent refused a parameter.",
            "Read Tencent's error text for the field, fix it and send again.",
        ),
    ),
    (
        70403,
        e(
            Config,
            "This call needs an App admin.",
            "Use an identifier listed as an App admin in the Chat console.",
        ),
    ),
    (
        70500,
        // Tencent gives no retry advice for it, but it is the UserSig service's "internal error", the
        // same situation as 10002; a retry with the same Random cannot deliver twice.
        e(
            RetryLater,
            "Tencent had an internal error.",
            "Retry in a few seconds.",
        ),
    ),
    (
        80002,
        e(
            Message,
            "The message is too long.",
            "Shorten it: MsgBody and CloudCustomData together must stay within 12,000 bytes.",
        ),
    ),
    (
        93000,
        e(
            Message,
            "The JSON packet is too long.",
            "Shorten the message: MsgBody and CloudCustomData together must stay within 12,000 bytes.",
        ),
    ),
];

/// An undocumented code. Classed as a configuration problem: never retried blindly (a retry loop on an
/// unknown failure could hammer Tencent or hide a real fault), and always shown to the producer.
const UNKNOWN: Explanation = e(
    Config,
    "Tencent answered with an error code Broadcast Desk does not know.",
    "Read Tencent's error text; look the code up in Tencent's Chat error code list (doc 1047/34348).",
);

/// The documented explanation of `code`, or `None` if the code is not documented.
pub fn lookup(code: i64) -> Option<Explanation> {
    TABLE
        .binary_search_by_key(&code, |(c, _)| *c)
        .ok()
        .map(|i| TABLE[i].1)
}

/// The explanation of `code`; undocumented codes get a generic, non-retryable one.
pub fn explain(code: i64) -> Explanation {
    lookup(code).unwrap_or(UNKNOWN)
}

/// Every documented code, ascending.
pub fn documented_codes() -> impl Iterator<Item = i64> {
    TABLE.iter().map(|(c, _)| *c)
}

/// The explanation of a transport failure (no Tencent code exists for these).
pub fn explain_transport(kind: TransportKind) -> Explanation {
    use TransportKind as K;
    let (title, remedy) = match kind {
        K::ConnectionRefused => (
            "The server refused the connection.",
            "Check the endpoint; for a local emulator or proxy, check that it is running.",
        ),
        K::Dns => (
            "The server's name could not be resolved.",
            "Check the internet connection and DNS; Broadcast Desk already tried the standby host if there is one.",
        ),
        K::ConnectTimeout => (
            "Connecting to the server timed out.",
            "Check the internet connection and any firewall; nothing was sent.",
        ),
        K::Tls => (
            "The secure connection could not be set up (certificate or TLS error).",
            "Check the endpoint, the computer's clock, and any network that intercepts HTTPS; nothing was sent.",
        ),
        K::Connect => (
            "Could not connect to the server.",
            "Check the internet connection and the endpoint; nothing was sent.",
        ),
        K::Timeout => (
            "No answer in time; the message may or may not have been delivered.",
            "Retrying the same message within 5 minutes is safe: Tencent drops a duplicate with the same Random.",
        ),
        K::ConnectionLost => (
            "The connection broke before an answer came; the message may or may not have been delivered.",
            "Retrying the same message within 5 minutes is safe: Tencent drops a duplicate with the same Random.",
        ),
        K::HttpStatus => (
            "The server answered with an HTTP error instead of a Tencent result.",
            "Retry in a few seconds; if it persists, check the endpoint or proxy.",
        ),
        K::BadResponse => (
            "The server's answer was not a Tencent result.",
            "Check the endpoint: something other than Tencent's REST API answered.",
        ),
        K::Other => (
            "The request failed for an unexpected reason.",
            "Retry; if it persists, report it with the time of the send.",
        ),
    };
    e(ErrorClass::Transport, title, remedy)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONSOLE_SWITCH: &str = "Feature configuration > Group configuration > Group feature configuration > \
                                  Broadcast messaging of audio-video group";

    #[test]
    fn table_is_sorted_and_unique_so_binary_search_finds_every_code() {
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
        for (code, _) in TABLE {
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
        let rate = explain(10023).remedy;
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
