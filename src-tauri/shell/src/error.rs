//! The error type at the IPC boundary: every command returns `Result<T, IpcError>`, and the UI receives
//! `{code, message}` (plus the per-field problems of an invalid profile or message) so it branches on
//! `code` and marks fields by `field`/`path`, never by parsing text.
//!
//! Not here: deciding what went wrong. desk-core does that; this only carries its verdict across.

use desk_core::message::ValidationReport;
use desk_core::profiles::FieldProblem;
use desk_core::{Error, ErrorCode};
use serde::Serialize;
use ts_rs::TS;

/// What a failed command sends to the UI.
#[derive(Debug, Clone, Serialize, TS, thiserror::Error)]
#[error("{code:?}: {message}")]
#[ts(export)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
    /// Every broken profile, template or schedule rule, when `code` is `INVALID_PROFILE`,
    /// `INVALID_TEMPLATE` or `INVALID_SCHEDULE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub fields: Option<Vec<FieldProblem>>,
    /// The full validation report, when `code` is `INVALID_MESSAGE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub report: Option<Box<ValidationReport>>,
    /// The catalogue message that words the failure in the window's language, when Rust has one
    /// (`message` is the same in English).
    #[serde(rename = "messageId", skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub message_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub params: Option<desk_core::text::Params>,
}

impl IpcError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            fields: None,
            report: None,
            message_id: None,
            params: None,
        }
    }
}

impl From<Error> for IpcError {
    fn from(err: Error) -> Self {
        let mut out = Self::new(err.code(), err.to_string());
        if let Some((id, params)) = err.catalogue() {
            out.message_id = Some(id);
            out.params = Some(params);
        }
        match err {
            Error::InvalidProfile(problems)
            | Error::InvalidTemplate(problems)
            | Error::InvalidSchedule(problems) => {
                out.fields = Some(problems);
            }
            Error::InvalidMessage(report) => out.report = Some(Box::new(report)),
            _ => {}
        }
        out
    }
}

impl From<tauri::Error> for IpcError {
    fn from(err: tauri::Error) -> Self {
        Self::new(ErrorCode::Internal, err.to_string())
    }
}

pub type IpcResult<T> = Result<T, IpcError>;

#[cfg(test)]
mod tests {
    use super::*;
    use desk_core::profiles::{Edition, ProfileDraft, Target};

    #[test]
    fn serializes_as_code_and_message() {
        let err = IpcError::from(Error::InvalidConfig {
            field: "endpoint",
            message: "http:// is allowed only for loopback addresses".into(),
        });
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "code": "INVALID_CONFIG",
                "message": "endpoint: http:// is allowed only for loopback addresses"
            })
        );
    }

    #[test]
    fn an_invalid_profile_carries_every_field_problem() {
        let draft = ProfileDraft {
            name: " ".into(),
            color: "red".into(),
            target: Target::Region {
                region: "atlantis".into(),
            },
            sdkappid: 0,
            admin_identifier: "admin".into(),
            edition: Edition::Pro,
            default_from_account: None,
            usersig_lifetime_secs: None,
            is_sandbox: false,
        };
        let problems = desk_core::profiles::validate(&draft).unwrap_err();
        let json = serde_json::to_value(IpcError::from(Error::InvalidProfile(problems))).unwrap();
        assert_eq!(json["code"], "INVALID_PROFILE");
        let fields: Vec<&str> = json["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["name", "color", "target.region", "sdkappid"]);
    }
}
