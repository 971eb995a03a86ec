//! Tencent's REST wire format, as far as the client needs it: the request URL and the answer envelope.
//!
//! Deliberately NOT here: the broadcast body. It arrives already serialized and validated (see
//! `crate::message`); the client sends those bytes untouched.

use std::fmt;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::{Deserialize, Serialize};
use url::Url;

/// The REST commands the client issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Command {
    SendBroadcastMsg,
    AccountCheck,
}

impl Command {
    pub(crate) const fn path(self) -> &'static str {
        match self {
            Self::SendBroadcastMsg => "v4/group_open_http_svc/send_broadcast_msg",
            Self::AccountCheck => "v4/im_open_login_svc/account_check",
        }
    }
}

/// Everything but RFC 3986 unreserved characters is encoded; `*` is kept literal because it is legal
/// in a query (a sub-delimiter) and TLSSigAPIv2 chose `*-_` precisely so a UserSig travels as-is,
/// which is how the official samples send it.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'*');

/// The request URL. It holds the UserSig, so Debug redacts it and the URL itself is only handed to
/// reqwest, whose errors are stripped of it.
#[derive(Clone)]
pub(crate) struct RequestUrl(Url);

impl RequestUrl {
    /// `{base}{command}?sdkappid=&identifier=&usersig=&random=&contenttype=json`. `random` identifies
    /// this HTTP request only (it is not the body's dedupe `Random`), so every request gets a new one.
    pub(crate) fn new(
        base: &Url,
        command: Command,
        sdkappid: u64,
        identifier: &str,
        usersig: &str,
        random: u32,
    ) -> Self {
        let mut url = base
            .join(command.path())
            .expect("command paths are relative");
        let query = format!(
            "sdkappid={sdkappid}&identifier={}&usersig={}&random={random}&contenttype=json",
            utf8_percent_encode(identifier, QUERY_VALUE),
            utf8_percent_encode(usersig, QUERY_VALUE),
        );
        url.set_query(Some(&query));
        Self(url)
    }

    /// The URL as a producer may see it: the `usersig` parameter left out (it is a bearer token).
    pub(crate) fn without_usersig(&self) -> Url {
        let mut shown = self.0.clone();
        let pairs: Vec<(String, String)> = self
            .0
            .query_pairs()
            .filter(|(k, _)| k != "usersig")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        shown.query_pairs_mut().clear().extend_pairs(pairs);
        shown
    }

    pub(crate) fn into_url(self) -> Url {
        self.0
    }

    #[cfg(test)]
    pub(crate) fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Debug for RequestUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut shown = self.0.clone();
        let pairs: Vec<(String, String)> = self
            .0
            .query_pairs()
            .map(|(k, v)| {
                let v = if k == "usersig" {
                    "<redacted>".to_owned()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        shown.query_pairs_mut().clear().extend_pairs(pairs);
        f.debug_tuple("RequestUrl").field(&shown.as_str()).finish()
    }
}

/// Tencent's answer envelope, shared by the commands used here. Every field is optional and unknown
/// fields (RequestId today, whatever tomorrow) are ignored, so a change on Tencent's side degrades to
/// "missing field" rather than a parse failure. ActionStatus is ignored on purpose: success is
/// `ErrorCode == 0` (docs/TENCENT-API.md, Answers), and the two could only ever disagree in a broken answer.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub(crate) struct Envelope {
    #[serde(default)]
    pub error_code: Option<i64>,
    #[serde(default)]
    pub error_info: Option<String>,
    #[serde(default)]
    pub msg_seq: Option<u64>,
    #[serde(default)]
    pub request_id: Option<String>,
    #[serde(default)]
    pub result_item: Option<Vec<ResultItem>>,
}

/// One account of an account_check answer.
#[derive(Debug, Deserialize)]
pub(crate) struct ResultItem {
    #[serde(rename = "UserID")]
    pub user_id: String,
    #[serde(rename = "ResultCode", default)]
    pub result_code: i64,
    #[serde(rename = "ResultInfo", default)]
    pub result_info: String,
    #[serde(rename = "AccountStatus", default)]
    pub account_status: Option<String>,
}

/// The account_check body (docs/TENCENT-API.md, Test connection).
#[derive(Debug, Serialize)]
pub(crate) struct AccountCheckBody<'a> {
    #[serde(rename = "CheckItem")]
    pub check_item: Vec<CheckItem<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct CheckItem<'a> {
    #[serde(rename = "UserID")]
    pub user_id: &'a str,
}

/// Parses an answer body; `None` if it is not a Tencent envelope (no JSON, or no ErrorCode).
pub(crate) fn parse_envelope(body: &[u8]) -> Option<Envelope> {
    serde_json::from_slice::<Envelope>(body)
        .ok()
        .filter(|e| e.error_code.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://adminapisgp.im.qcloud.com/").unwrap()
    }

    #[test]
    fn url_has_the_documented_shape() {
        let u = RequestUrl::new(
            &base(),
            Command::SendBroadcastMsg,
            1400000000,
            "admin",
            "eJw*abc-def_",
            4294967295,
        );
        assert_eq!(
            u.as_str(),
            "https://adminapisgp.im.qcloud.com/v4/group_open_http_svc/send_broadcast_msg\
             ?sdkappid=1400000000&identifier=admin&usersig=eJw*abc-def_&random=4294967295&contenttype=json"
        );
        let u = RequestUrl::new(&base(), Command::AccountCheck, 1, "a", "s", 0);
        assert!(
            u.as_str().starts_with(
                "https://adminapisgp.im.qcloud.com/v4/im_open_login_svc/account_check?"
            )
        );
    }

    #[test]
    fn identifier_and_usersig_are_percent_encoded_and_decode_back() {
        let ident = "a b&c=d+e/é%";
        let sig = "x+y/z=?&#";
        let u = RequestUrl::new(&base(), Command::SendBroadcastMsg, 7, ident, sig, 1);
        let q = u.as_str().split_once('?').unwrap().1;
        assert!(
            q.contains("identifier=a%20b%26c%3Dd%2Be%2F%C3%A9%25&"),
            "{q}"
        );
        assert!(q.contains("usersig=x%2By%2Fz%3D%3F%26%23&"), "{q}");
        let url = u.into_url();
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert!(pairs.contains(&("identifier".into(), ident.into())));
        assert!(pairs.contains(&("usersig".into(), sig.into())));
    }

    #[test]
    fn path_prefix_of_a_proxy_is_kept() {
        let base = Url::parse("http://127.0.0.1:9/tencent/").unwrap();
        let u = RequestUrl::new(&base, Command::SendBroadcastMsg, 1, "a", "s", 2);
        assert!(
            u.as_str().starts_with(
                "http://127.0.0.1:9/tencent/v4/group_open_http_svc/send_broadcast_msg?"
            )
        );
    }

    #[test]
    fn debug_hides_the_usersig() {
        let u = RequestUrl::new(
            &base(),
            Command::SendBroadcastMsg,
            1,
            "admin",
            "SECRETSIG",
            2,
        );
        let dbg = format!("{u:?}");
        assert!(
            !dbg.contains("SECRETSIG") && dbg.contains("usersig=%3Credacted%3E"),
            "{dbg}"
        );
        assert!(dbg.contains("identifier=admin"));
    }

    #[test]
    fn envelope_tolerates_extra_fields_and_needs_error_code() {
        let ok = parse_envelope(
            br#"{"ActionStatus":"OK","ErrorInfo":"","ErrorCode":0,"MsgSeq":1283,"RequestId":"r-1","New":[1]}"#,
        )
        .unwrap();
        assert_eq!((ok.error_code, ok.msg_seq), (Some(0), Some(1283)));
        assert_eq!(ok.request_id.as_deref(), Some("r-1"));
        let fail = parse_envelope(br#"{"ActionStatus":"FAIL","ErrorInfo":"no","ErrorCode":10007}"#)
            .unwrap();
        assert_eq!((fail.error_code, fail.msg_seq), (Some(10007), None));
        assert!(parse_envelope(b"<html>502 Bad Gateway</html>").is_none());
        assert!(parse_envelope(br#"{"ActionStatus":"OK"}"#).is_none());
    }

    #[test]
    fn account_check_body_and_answer() {
        let body = AccountCheckBody {
            check_item: vec![
                CheckItem { user_id: "admin" },
                CheckItem {
                    user_id: "host_anna",
                },
            ],
        };
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"CheckItem":[{"UserID":"admin"},{"UserID":"host_anna"}]}"#
        );
        let env = parse_envelope(
            br#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":"","ResultItem":[{"UserID":"admin","ResultCode":0,
            "ResultInfo":"","AccountStatus":"Imported"},{"UserID":"host_anna","ResultCode":0,"ResultInfo":"",
            "AccountStatus":"NotImported"}]}"#,
        )
        .unwrap();
        let items = env.result_item.unwrap();
        assert_eq!(items[1].user_id, "host_anna");
        assert_eq!(items[1].account_status.as_deref(), Some("NotImported"));
    }
}
