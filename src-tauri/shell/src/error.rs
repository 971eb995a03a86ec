//! The error type at the IPC boundary: every command returns `Result<T, IpcError>`, and the UI receives
//! `{code, message}` so it branches on `code`, never on text.
//!
//! Not here: deciding what went wrong. desk-core does that; this only carries its verdict across.

use desk_core::ErrorCode;
use serde::Serialize;
use ts_rs::TS;

/// What a failed command sends to the UI.
#[derive(Debug, Clone, Serialize, TS, thiserror::Error)]
#[error("{code:?}: {message}")]
#[ts(export)]
pub struct IpcError {
    pub code: ErrorCode,
    pub message: String,
}

impl IpcError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

impl From<desk_core::Error> for IpcError {
    fn from(err: desk_core::Error) -> Self {
        Self::new(err.code(), err.to_string())
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

    #[test]
    fn serializes_as_code_and_message() {
        let err = IpcError::from(desk_core::Error::InvalidConfig {
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
}
