//! Tencent's error codes as the emulator uses them, and the JSON answer every API call gets.
//!
//! Codes are Tencent's documented numbers (docs/TENCENT-API.md, Error codes); where the docs
//! leave the choice open the comment says why this code was picked. This is NOT a shared definition for
//! clients: desk-core keeps its own, so a wrong number here cannot hide a wrong number there.

use serde_json::{Map, Value, json};

/// Invalid command word of the group service: a path under `group_open_http_svc` that has no such command.
pub(crate) const INVALID_COMMAND: i64 = 10003;
/// Invalid parameter in the body; ErrorInfo names the field.
pub(crate) const INVALID_PARAMETER: i64 = 10004;
/// No permission: the console switch for broadcasts is off.
pub(crate) const NO_PERMISSION: i64 = 10007;
/// Broadcasts sent more often than the edition allows.
pub(crate) const SEND_TOO_OFTEN: i64 = 10023;
/// HTTP parse error: bad URL (also used for a wrong method, a bad `random` or `contenttype`).
pub(crate) const BAD_URL: i64 = 60002;
/// The body is not a JSON object.
pub(crate) const BAD_JSON: i64 = 60003;
/// Account or signature error in the URL: used for a missing `identifier`.
pub(crate) const BAD_ACCOUNT_IN_URL: i64 = 60004;
/// REST call rate exceeded: used for account_check's own 100 calls/s.
pub(crate) const REST_RATE: i64 = 60007;
/// "Request resource error, check the request URL": a path that names no service of ours.
pub(crate) const BAD_RESOURCE: i64 = 60009;
/// The identifier is not an App admin.
pub(crate) const NEEDS_ADMIN: i64 = 60010;
/// The URL carries no SDKAppID.
pub(crate) const MISSING_SDKAPPID: i64 = 60012;
/// An account field in the body is not a string.
pub(crate) const ACCOUNT_NOT_STRING: i64 = 60015;
/// UserSig expired.
pub(crate) const SIG_EXPIRED: i64 = 70001;
/// UserSig empty.
pub(crate) const SIG_EMPTY: i64 = 70002;
/// UserSig unparseable (truncated, not base64, not zlib, not the expected JSON).
pub(crate) const SIG_UNPARSEABLE: i64 = 70003;
/// UserSig signed with another key.
pub(crate) const SIG_WRONG_KEY: i64 = 70009;
/// The UserSig was made for another identifier.
pub(crate) const SIG_WRONG_IDENTIFIER: i64 = 70013;
/// The UserSig was made for another SDKAppID.
pub(crate) const SIG_WRONG_SDKAPPID: i64 = 70014;
/// SDKAppID not found here: what a client gets when it talks to the wrong region's domain.
pub(crate) const SDKAPPID_NOT_FOUND: i64 = 70020;
/// Too many failed verifications: wait a minute.
pub(crate) const SIG_LOCKED_OUT: i64 = 70050;
/// The account was never imported into Chat. Tencent's error list gives 70107 for "the requested user
/// account has not been imported", which is what a From_Account naming an unknown account is.
pub(crate) const ACCOUNT_NOT_IMPORTED: i64 = 70107;
/// Invalid parameter of the account (login) service: account_check's malformed CheckItem.
pub(crate) const LOGIN_INVALID_PARAMETER: i64 = 70402;
/// Message too long (over 12,000 bytes).
pub(crate) const MSG_TOO_LONG: i64 = 80002;
/// The JSON request body is too long.
pub(crate) const JSON_TOO_LONG: i64 = 93000;

/// A failed API call: answered as HTTP 200 with `ActionStatus: FAIL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    pub(crate) code: i64,
    pub(crate) info: String,
}

impl ApiError {
    pub(crate) fn new(code: i64, info: impl Into<String>) -> Self {
        Self {
            code,
            info: info.into(),
        }
    }
}

/// The JSON body of an answer. `extra` holds the call's own fields (MsgSeq, ResultItem). Every answer
/// carries a RequestId, as some of Tencent's do, so clients prove they tolerate fields they don't know.
pub(crate) fn body(result: &Result<Map<String, Value>, ApiError>, request_id: &str) -> Value {
    match result {
        Ok(extra) => {
            let mut out = Map::new();
            out.insert("ActionStatus".into(), json!("OK"));
            out.insert("ErrorInfo".into(), json!(""));
            out.insert("ErrorCode".into(), json!(0));
            out.extend(extra.clone());
            out.insert("RequestId".into(), json!(request_id));
            Value::Object(out)
        }
        Err(e) => json!({
            "ActionStatus": "FAIL",
            "ErrorInfo": e.info,
            "ErrorCode": e.code,
            "RequestId": request_id,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_answer_has_tencents_fields_and_the_calls_own() {
        let mut extra = Map::new();
        extra.insert("MsgSeq".into(), json!(7));
        let v = body(&Ok(extra), "r1");
        assert_eq!(v["ActionStatus"], "OK");
        assert_eq!(v["ErrorCode"], 0);
        assert_eq!(v["ErrorInfo"], "");
        assert_eq!(v["MsgSeq"], 7);
        assert_eq!(v["RequestId"], "r1");
    }

    #[test]
    fn fail_answer_carries_code_and_info() {
        let v = body(&Err(ApiError::new(10004, "MsgBody")), "r2");
        assert_eq!(v["ActionStatus"], "FAIL");
        assert_eq!(v["ErrorCode"], 10004);
        assert_eq!(v["ErrorInfo"], "MsgBody");
        assert!(v.get("MsgSeq").is_none());
    }
}
